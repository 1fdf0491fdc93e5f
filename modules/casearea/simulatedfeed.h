#pragma once

#include "tracking/areasimulation.h"

#include <QObject>
#include <QTimer>

namespace Jiandu {

class LivePlace;

//! The demo site's positioning system: a made-up stretch of the area's day (AreaSimulation)
//! played in real time, begun five minutes ago so the plan is busy at once, and begun again
//! when it ends.
class SimulatedFeed : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedFeed(LivePlace &place, QObject *parent = nullptr);

private:
    void play();

    LivePlace &m_place;
    CaseArea::AreaSimulation::Day m_day;
    qsizetype m_nextFix = 0;
    qsizetype m_nextStep = 0;
    quint32 m_round = 0;
    QTimer m_timer;
};

} // namespace Jiandu
