#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Jiandu::Central {

class ConnectionPool;

//! Events from upstream systems (警情, 案件, 办案区, 物品) as JSON lines, one event a line:
//! {"id": "…", "type": "area.entered", "time": "2026-11-23 09:30:00" | ISO 8601 | ms,
//!  "subject": {…}}. Every line is checked on its own; the good ones of a batch are committed
//! together (accepted = committed), each id once: a repeated id is counted, not applied again.
class EventIntake
{
public:
    struct Refused
    {
        int line = 0;
        QString reason;
    };
    struct Outcome
    {
        int accepted = 0;   //!< new events, committed
        int duplicates = 0; //!< ids already taken (in an earlier batch or this one)
        QList<Refused> refused;
        QStringList stored; //!< the ids now stored: accepted ones and duplicates
    };
    //! Events dated later than now by more than this are refused (a wrong clock upstream
    //! would otherwise move the engine's clock and fire deadlines early).
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;
    static constexpr int kMaxIdLength = 128;

    explicit EventIntake(ConnectionPool &pool)
        : m_pool(pool)
    {}

    //! Checks and stores \a lines from \a source; throws PgError if the database fails (then
    //! nothing of the batch is stored).
    Outcome submit(const QByteArray &lines, const QString &source, qint64 nowMs);

private:
    ConnectionPool &m_pool;
};

} // namespace Jiandu::Central
