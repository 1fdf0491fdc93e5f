#pragma once

#include "placejudge.h"

#include <QIODevice>

namespace Jiandu::CaseArea {

//! A recorded day of an area judged as the live client judges it: the positions and the
//! journey's steps in source-time order through the same tracker and judge, time moving with
//! the messages, so a day replays in seconds and raises what it raised then.
class PlaceReplay
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::PlaceReplay)

public:
    struct Positions
    {
        QList<PositionFix> fixes;
        QStringList errors; //!< "NAME:LINE: reason", one a line refused
    };
    //! Position messages, one JSON object a line (blank lines skipped).
    static Positions readPositions(QIODevice &device, const QString &name);

    struct Outcome
    {
        QList<RuleEvent> events; //!< journey and place events in time order
        RoomTracker::Counters counters;
        qint64 lastMs = 0;
    };
    static Outcome run(const FloorPlan &plan, const PlaceThresholds &thresholds,
                       QList<PositionFix> fixes, QList<RuleEvent> journey);
};

} // namespace Jiandu::CaseArea
