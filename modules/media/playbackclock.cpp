#include "playbackclock.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace Jiandu {

PlaybackClock::PlaybackClock(Monotonic monotonic, QObject *parent)
    : QObject(parent)
    , m_monotonic(std::move(monotonic))
{
    if (!m_monotonic) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_monotonic = [timer] {
            return timer->elapsed();
        };
    }
    m_anchorMonotonicMs = m_monotonic();
}

qint64 PlaybackClock::position() const
{
    if (!m_playing)
        return m_anchorWallMs;
    return m_anchorWallMs +
           qint64(std::llround(double(m_monotonic() - m_anchorMonotonicMs) * m_rate));
}

void PlaybackClock::reanchor()
{
    m_anchorWallMs = position();
    m_anchorMonotonicMs = m_monotonic();
}

void PlaybackClock::play()
{
    if (m_playing)
        return;
    m_anchorMonotonicMs = m_monotonic();
    m_playing = true;
    Q_EMIT stateChanged();
}

void PlaybackClock::pause()
{
    if (!m_playing)
        return;
    reanchor();
    m_playing = false;
    Q_EMIT stateChanged();
}

void PlaybackClock::setRate(double rate)
{
    reanchor();
    m_rate = std::clamp(rate, kMinRate, kMaxRate);
    Q_EMIT stateChanged();
}

void PlaybackClock::seek(qint64 wallMs)
{
    moveTo(wallMs);
    Q_EMIT seeked(wallMs);
}

void PlaybackClock::moveTo(qint64 wallMs)
{
    m_anchorWallMs = wallMs;
    m_anchorMonotonicMs = m_monotonic();
}

} // namespace Jiandu
