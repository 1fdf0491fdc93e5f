#pragma once

#include "supervisionclient.h"
#include "syncexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>
#include <storage/outbox.h>

namespace Jiandu::Sync {

//! The supervision data's side of the cache: where the pull stands in the service's change
//! log, what the service answered this workstation's operations, and the operations it
//! decided against. Each page of changes is stored with the new position, and each batch of
//! answers with the removal of their operations from the Outbox, in one transaction.
class JIANDU_SYNC_EXPORT SupervisionStore
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Sync::SupervisionStore)

public:
    //! An operation of this workstation the service did not take as it was.
    struct Conflict
    {
        qint64 id = 0;
        qint64 timeMs = 0; //!< when the answer came
        QString opType;
        QString entity;
        QJsonObject operation;
        QString status; //!< "conflict" (someone else was first) or "refused" (not allowed)
        QString message;
        QJsonObject winner; //!< for a conflict: actor, action, timeMs of the change that won
        bool seen = false;
    };
    struct State
    {
        qint64 next = 0;
        qint64 records = 0;
        qint64 lastSuccessMs = 0;
        qint64 pending = 0;
        qint64 filesToSend = 0;    //!< shared files the service has yet to receive
        qint64 filesToReceive = 0; //!< shared files named by records, not here yet
        qint64 unseenConflicts = 0;
        QString tree; //!< the account's part of the tree the position was taken in
    };
    //! What a batch of answers did.
    struct Answered
    {
        int applied = 0;
        int conflicts = 0;  //!< conflicts and refusals, now in the conflict list
        int retry = 0;      //!< not applied now (the service said so): stay queued
        int unreadable = 0; //!< answers not understood: the operations stay queued
        QStringList kinds;  //!< kinds of record stored from the answers
    };

    //! \a scope names the server and the account: the position in the log is theirs.
    SupervisionStore(QSqlDatabase db, QString scope);

    Result<State> state();
    //! Stores \a page: every change goes to the participant of its kind, except a record with
    //! operations still queued (the service's answer to them decides it); then the position.
    //! The kinds stored.
    Result<QStringList> storePage(const ChangePage &page,
                                  const QList<const ISyncParticipant *> &participants);
    //! The account's part of the tree is now \a tree: the position starts over.
    Result<void> restart(const QString &tree);
    //! The pull reached the end of the log at \a nowMs.
    Result<void> markSuccess(qint64 nowMs);
    Result<Answered> storeAnswers(const QList<Outbox::Entry> &sent, const QJsonArray &answers,
                                  const QList<const ISyncParticipant *> &participants,
                                  qint64 nowMs);
    //! The newest \a limit conflicts first.
    Result<QList<Conflict>> conflicts(int limit);
    Result<void> markConflictsSeen();

private:
    //! Sets \a assignments (SQL, "column = ?, …" bound to \a values) on this scope's row.
    Result<void> setState(const QString &assignments, const QVariantList &values);
    Result<void> applyChange(const RemoteChange &change,
                             const QList<const ISyncParticipant *> &participants);

    QSqlDatabase m_db;
    QString m_scope;
};

} // namespace Jiandu::Sync
