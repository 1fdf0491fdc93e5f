#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <core/incident.h>
#include <core/result.h>
#include <optional>

namespace Jiandu {

//! 警情 records in the cache: bulk upsert for sync, point and time-range reads for the UI.
class JIANDU_STORAGE_EXPORT IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::IncidentRepository)

public:
    explicit IncidentRepository(QSqlDatabase db);

    //! Inserts or replaces \a incidents by jqbh in one transaction: all or nothing.
    //! Stores \a incidents all or none; in a transaction of its own unless \a ownTransaction
    //! is false (the caller's is open and decides).
    Result<void> upsert(const QList<Incident> &incidents, bool ownTransaction = true);
    Result<std::optional<Incident>> find(const QString &jqbh);
    //! Incidents received (jjsj) in [fromMs, toMs), oldest first, at most \a limit.
    Result<QList<Incident>> receivedBetween(qint64 fromMs, qint64 toMs, int limit = 1000);
    Result<qint64> count();
    //! The latest receipt time (jjsj) of any incident, 0 when there is none.
    Result<qint64> newestReceivedMs();
    //! The latest change stamp (sjc) of any incident, 0 when there is none: what moves when
    //! an incident arrives or is updated.
    Result<qint64> newestChangeMs();
    //! The incidents whose number, reporter, reporter's ID number, place, category or
    //! disposal mention \a text, newest first, at most \a limit; none for an empty text.
    Result<QList<Incident>> search(const QString &text, int limit = 50);

private:
    QSqlDatabase m_db;
    QSqlQuery m_upsert; // prepared once, reused for every record
    QSqlQuery m_find;
};

} // namespace Jiandu
