#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <core/result.h>

namespace Jiandu::Sync {

//! A record the central service sends: its kind ("alert", "problem"), its key within the
//! kind, and its whole state — or, deleted, nothing (a tombstone); or its verdict that the
//! record is not shared (withdrawn).
struct RemoteChange
{
    QString kind;
    QString key;
    bool deleted = false;
    QJsonObject body;
    //! The service refused this workstation's version and holds none the account may see
    //! (opened outside the account's scope, an alert referred twice): the workstation keeps
    //! its copy apart, unshared, or drops what it may not hold.
    bool withdrawn = false;
};

//! A module whose records are shared through the central service (published through
//! IShell::addService; jiandu-cli uses the module's implementation directly). The sync pulls
//! the records and hands each to the participant of its kind, inside the transaction that
//! also moves the sync's position, so a kill at any instant loses or repeats nothing. Its
//! local changes reach the sync through the cache's Outbox. Header only.
class ISyncParticipant
{
public:
    virtual ~ISyncParticipant() = default;
    //! The kinds of record it keeps.
    virtual QStringList kinds() const = 0;
    //! Stores \a change through \a db, within the sync's transaction, on the sync's database
    //! thread: it keeps no state of its own between calls. A record with operations still
    //! waiting in the Outbox is never handed over (the service's answer to them decides).
    virtual Result<void> apply(QSqlDatabase &db, const RemoteChange &change) const = 0;
    //! After records of \a kinds were stored, on the participant's own thread: show them.
    virtual void changed(const QStringList &kinds) { Q_UNUSED(kinds); }
};

} // namespace Jiandu::Sync

Q_DECLARE_INTERFACE(Jiandu::Sync::ISyncParticipant, "org.jiandu.Sync.Participant/1")
