#pragma once

#include "coreexport.h"

#include <QDateTime>
#include <atomic>

namespace Jiandu {

//! The source of "now" for everything that reasons about time (deadlines, rotation, logs).
//! Injected so that tests run a 30-day deadline in milliseconds of virtual time.
class JIANDU_CORE_EXPORT Clock
{
public:
    virtual ~Clock();
    //! Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

//! The wall clock of the machine.
class JIANDU_CORE_EXPORT SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    //! The process-wide system clock; never null.
    static SystemClock *instance();
};

//! A clock that only moves when told to; safe to read from any thread.
class JIANDU_CORE_EXPORT VirtualClock final : public Clock
{
public:
    explicit VirtualClock(qint64 startMs = 0);
    explicit VirtualClock(const QDateTime &start);
    qint64 nowMs() const override;
    void setNowMs(qint64 ms);
    void advanceMs(qint64 deltaMs);

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace Jiandu
