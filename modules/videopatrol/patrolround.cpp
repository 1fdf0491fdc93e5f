#include "patrolround.h"

namespace Jiandu {

PatrolRound::PatrolRound(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &PatrolRound::advance);
}

void PatrolRound::start(const QList<SiteCamera> &cameras, int perStep, int intervalMs)
{
    m_cameras = cameras;
    m_perStep = std::max(1, perStep);
    m_next = 0;
    m_round = 0;
    m_unseen.clear();
    if (m_cameras.isEmpty())
        return;
    for (const SiteCamera &camera : m_cameras)
        m_unseen[camera.unit].insert(camera.id);
    emit unitsScheduled(m_unseen.keys());
    advance();
    m_timer.start(intervalMs);
}

PatrolRound::Progress PatrolRound::progress() const
{
    Progress p;
    p.cameras = int(m_cameras.size());
    p.firstCamera = m_shownFrom + 1;
    p.lastCamera = (m_shownFrom + m_shownCount - 1) % std::max(1, p.cameras) + 1;
    p.round = m_round;
    p.msToNext = m_timer.isActive() ? std::max(0, m_timer.remainingTime()) : 0;
    return p;
}

void PatrolRound::stop()
{
    m_timer.stop();
}

void PatrolRound::advance()
{
    if (m_cameras.isEmpty())
        return;
    QList<SiteCamera> now;
    // Never show a camera twice in one step, even when there are fewer cameras than tiles.
    const int count = std::min<int>(m_perStep, int(m_cameras.size()));
    if (m_next == 0 || m_round == 0)
        ++m_round;
    m_shownFrom = m_next;
    m_shownCount = count;
    for (int i = 0; i < count; ++i)
        now.append(m_cameras[(m_next + i) % m_cameras.size()]);
    m_next = (m_next + count) % int(m_cameras.size());
    emit step(now);
    for (const SiteCamera &camera : std::as_const(now)) {
        const auto unit = m_unseen.find(camera.unit);
        if (unit == m_unseen.end() || !unit->remove(camera.id) || !unit->isEmpty())
            continue;
        m_unseen.erase(unit);
        emit unitPatrolled(camera.unit);
    }
}

} // namespace Jiandu
