#include "simulatedfeed.h"

#include "liveplace.h"

namespace Jiandu {

SimulatedFeed::SimulatedFeed(LivePlace &place, QObject *parent)
    : QObject(parent)
    , m_place(place)
{
    m_place.setFeedState(tr("Simulated positions (demo site)"), true);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedFeed::play);
    m_timer.start(500);
    play();
}

void SimulatedFeed::play()
{
    const qint64 now = m_place.nowMs();
    if (m_nextFix >= m_day.fixes.size() && m_nextStep >= m_day.journey.size()) {
        m_day = CaseArea::AreaSimulation::generate(m_place.tracker().plan(), now - 5 * 60 * 1000,
                                                   ++m_round);
        m_nextFix = m_nextStep = 0;
        if (m_day.fixes.isEmpty())
            return m_timer.stop();
    }
    // The journey's steps first: a band is bound before its positions count.
    QList<RuleEvent> steps;
    while (m_nextStep < m_day.journey.size() && m_day.journey[m_nextStep].timeMs <= now)
        steps.append(m_day.journey[m_nextStep++]);
    if (!steps.isEmpty())
        m_place.journey(steps);
    QList<CaseArea::PositionFix> fixes;
    while (m_nextFix < m_day.fixes.size() && m_day.fixes[m_nextFix].sourceMs <= now)
        fixes.append(m_day.fixes[m_nextFix++]);
    if (!fixes.isEmpty())
        m_place.feed(fixes);
}

} // namespace Jiandu
