#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! The local changes waiting for the central service. A module that changes a record other
//! workstations share (a problem step, an acknowledgement) appends the operation here in the
//! same transaction as the change, so a change is never stored without its operation nor
//! the other way round, whenever the workstation is killed. The sync sends them oldest
//! first, under the id given here (the service applies an id once), and removes an entry in
//! the transaction that stores the service's answer.
class JIANDU_STORAGE_EXPORT Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Outbox)

public:
    struct Entry
    {
        qint64 seq = 0;
        QString id;            //!< the operation's id (a UUID)
        QString type;          //!< "problem.step", "alert.acknowledge", …
        QString entity;        //!< the record it changes ("problem:<uid>", "alert:<id>")
        QString actor;         //!< who made it: sent only while that account is signed in
        QJsonObject operation; //!< as sent: id, type, timeMs and the operation's fields
        qint64 createdMs = 0;
        int attempts = 0;
        QString lastError;
    };

    explicit Outbox(QSqlDatabase db);

    //! Appends \a operation of \a actor (its "id" and "type" are set here if missing)
    //! changing \a entity; to be called inside the caller's transaction. The id it went under.
    Result<QString> append(const QString &type, const QString &entity, const QString &actor,
                           QJsonObject operation, qint64 nowMs);
    //! The oldest \a limit entries \a actor made (another officer's wait for their sign-in:
    //! the service records an operation as the account that sends it), except those on a
    //! record another account changed before (they follow that account's, in order).
    Result<QList<Entry>> pending(int limit, const QString &actor);
    Result<qint64> count();
    //! Whether anything for \a entity still waits.
    Result<bool> holds(const QString &entity);
    Result<void> remove(const QString &id);
    //! Removes the waiting operations of \a type on \a entity: a newer whole-record change
    //! (a plan saved again) replaces them. One already on its way is answered as before.
    Result<void> supersede(const QString &entity, const QString &type);
    //! A send that failed as a whole: counted on every entry sent, with why.
    Result<void> recordFailure(const QList<QString> &ids, const QString &why);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
