#pragma once

#include "tracking/areasimulation.h"

#include <QObject>
#include <QTimer>

namespace Jiandu {

class Journeys;
class LivePlace;

//! The demo site's positioning system: a made-up stretch of the area's day (AreaSimulation)
//! played in real time, begun five minutes ago so the plan is busy at once, and begun again
//! when it ends. Its desk steps go through the book as the desk's would, without being kept.
class SimulatedFeed : public QObject
{
    Q_OBJECT

public:
    SimulatedFeed(LivePlace &place, Journeys &journeys, QObject *parent = nullptr);

private:
    void play();
    void step(const RuleEvent &event);

    LivePlace &m_place;
    Journeys &m_journeys;
    CaseArea::AreaSimulation::Day m_day;
    qsizetype m_nextFix = 0;
    qsizetype m_nextStep = 0;
    quint32 m_round = 0;
    QTimer m_timer;
};

} // namespace Jiandu
