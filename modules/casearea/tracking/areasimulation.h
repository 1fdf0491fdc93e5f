#pragma once

#include "floorplan.h"
#include "positionfix.h"

#include <rules/ruleengine.h>

namespace Jiandu::CaseArea {

//! A stretch of a case-handling area's day, made up but lifelike, for the demo site, the
//! simulator and the tests: subjects brought in one after another, each escorted through
//! 入区登记 at the entrance, 人身安全检查, 信息采集, 物品保管, 候问 and 讯问 by officers who
//! walk along the corridor, the positioning system reporting every tag each second with a
//! little noise. Four things go wrong as they do in real areas: an officer leaves a subject
//! alone in a waiting room (无人看管), one officer questions a subject alone (单人审问), a
//! wristband's battery dies (the tag goes silent), and a tag jitters at a door.
class AreaSimulation
{
public:
    struct Day
    {
        QList<PositionFix> fixes; //!< in time order
        QList<RuleEvent> journey; //!< area.entered, safetycheck.done, …, officer.card-bound
        qint64 endMs = 0;
    };
    //! The plan needs rooms of the types entrance, corridor, safety-check, info-collection,
    //! storage, waiting and interrogation; an empty day if it lacks one.
    static Day generate(const FloorPlan &plan, qint64 startMs, quint32 seed);
};

} // namespace Jiandu::CaseArea
