#include "clock.h"

namespace Jiandu {

Clock::~Clock() = default;

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

VirtualClock::VirtualClock(qint64 startMs)
    : m_nowMs(startMs)
{}

VirtualClock::VirtualClock(const QDateTime &start)
    : m_nowMs(start.toMSecsSinceEpoch())
{}

qint64 VirtualClock::nowMs() const
{
    return m_nowMs.load(std::memory_order_acquire);
}

void VirtualClock::setNowMs(qint64 ms)
{
    m_nowMs.store(ms, std::memory_order_release);
}

void VirtualClock::advanceMs(qint64 deltaMs)
{
    m_nowMs.fetch_add(deltaMs, std::memory_order_acq_rel);
}

} // namespace Jiandu
