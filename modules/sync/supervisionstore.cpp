#include "supervisionstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/filecatalog.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

SupervisionStore::SupervisionStore(QSqlDatabase db, QString scope)
    : m_db(std::move(db))
    , m_scope(std::move(scope))
{}

Result<SupervisionStore::State> SupervisionStore::state()
{
    State s;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT next_seq, records, last_success_ms, tree FROM sync_supervision"
              " WHERE scope = ?"_s);
    q.addBindValue(m_scope);
    if (!q.exec())
        return Error{tr("The sync state could not be read."), describeSqlError(q.lastError())};
    if (q.next()) {
        s.next = q.value(0).toLongLong();
        s.records = q.value(1).toLongLong();
        s.lastSuccessMs = q.value(2).toLongLong();
        s.tree = q.value(3).toString();
    }
    if (!q.exec(u"SELECT (SELECT count(*) FROM outbox),"
                " (SELECT count(*) FROM sync_conflict WHERE seen = 0)"_s) ||
        !q.next())
        return Error{tr("The sync state could not be read."), describeSqlError(q.lastError())};
    s.pending = q.value(0).toLongLong();
    s.unseenConflicts = q.value(1).toLongLong();
    const auto files = FileCatalog(m_db).counts();
    if (!files)
        return files.error();
    s.filesToSend = files->toUpload;
    s.filesToReceive = files->toDownload;
    return s;
}

Result<void> SupervisionStore::applyChange(const RemoteChange &change,
                                           const QList<const ISyncParticipant *> &participants)
{
    for (const ISyncParticipant *p : participants) {
        if (p->kinds().contains(change.kind))
            return p->apply(m_db, change);
    }
    // A kind no module here keeps (a newer service): passed over, not an error.
    return {};
}

Result<QStringList> SupervisionStore::storePage(const ChangePage &page,
                                                const QList<const ISyncParticipant *> &participants)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; the sync will try again."),
                     describeSqlError(m_db.lastError())};
    Outbox outbox(m_db);
    QStringList kinds;
    for (const RemoteChange &change : page.changes) {
        const auto queued = outbox.holds(change.kind + u':' + change.key);
        if (!queued)
            return queued.error();
        if (*queued)
            continue;
        if (auto stored = applyChange(change, participants); !stored)
            return stored.error();
        if (!kinds.contains(change.kind))
            kinds.append(change.kind);
    }
    if (auto saved = setState(u"next_seq = ?, records = records + ?, tree = ?"_s,
                              {page.next, page.changes.size(), page.scope});
        !saved)
        return saved.error();
    if (!transaction.commit())
        return Error{tr("The records from the central service could not be stored."),
                     describeSqlError(m_db.lastError())};
    return kinds;
}

Result<void> SupervisionStore::setState(const QString &assignments, const QVariantList &values)
{
    // The cache's SQLite predates UPSERT: the row first, then the change.
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO sync_supervision (scope) VALUES (?)"_s);
    q.addBindValue(m_scope);
    if (q.exec()) {
        q.prepare(u"UPDATE sync_supervision SET "_s + assignments + u" WHERE scope = ?"_s);
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(m_scope);
        if (q.exec())
            return {};
    }
    return Error{tr("The sync state could not be saved."), describeSqlError(q.lastError())};
}

Result<void> SupervisionStore::restart(const QString &tree)
{
    return setState(u"next_seq = 0, tree = ?"_s, {tree});
}

Result<void> SupervisionStore::markSuccess(qint64 nowMs)
{
    return setState(u"last_success_ms = ?"_s, {nowMs});
}

Result<SupervisionStore::Answered>
SupervisionStore::storeAnswers(const QList<Outbox::Entry> &sent, const QJsonArray &answers,
                               const QList<const ISyncParticipant *> &participants, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; the sync will try again."),
                     describeSqlError(m_db.lastError())};
    Outbox outbox(m_db);
    Answered answered;
    // The records the answers carry, the last of each: stored once nothing more waits for it.
    QList<RemoteChange> records;
    const auto keep = [&records](RemoteChange change) {
        records.removeIf(
            [&](const RemoteChange &c) { return c.kind == change.kind && c.key == change.key; });
        records.append(std::move(change));
    };
    for (qsizetype i = 0; i < sent.size() && i < answers.size(); ++i) {
        const Outbox::Entry &entry = sent.at(i);
        const QJsonObject answer = answers.at(i).toObject();
        const QString status = answer.value(u"status"_s).toString();
        if (status == u"retry"_s) {
            ++answered.retry; // not applied now: stays queued, sent again
            continue;
        }
        if (status != u"applied"_s && status != u"conflict"_s && status != u"refused"_s) {
            ++answered.unreadable;
            continue;
        }
        if (auto removed = outbox.remove(entry.id); !removed)
            return removed.error();
        if (status == u"applied"_s) {
            ++answered.applied;
        } else {
            ++answered.conflicts;
            QSqlQuery q(m_db);
            q.prepare(u"INSERT INTO sync_conflict (time_ms, op_id, op_type, entity, operation,"
                      " status, message, winner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 {QVariant(nowMs), QVariant(entry.id), QVariant(entry.type), QVariant(entry.entity),
                  QVariant(compact(entry.operation)), QVariant(status),
                  QVariant(answer.value(u"message"_s).toString()),
                  answer.contains(u"winner"_s)
                      ? QVariant(compact(answer.value(u"winner"_s).toObject()))
                      : QVariant()})
                q.addBindValue(v);
            if (!q.exec())
                return Error{tr("The central service's answer could not be stored."),
                             describeSqlError(q.lastError())};
        }
        // The records an answer carries, each under its kind, keyed as the change log keys it.
        for (const auto &[kind, key] :
             {std::pair{u"problem"_s, u"uid"_s}, std::pair{u"finding"_s, u"uid"_s},
              std::pair{u"alert"_s, u"id"_s}, std::pair{u"layout"_s, u"key"_s},
              std::pair{u"wall"_s, u"unit"_s}, std::pair{u"rule"_s, u"ruleId"_s},
              std::pair{u"ruleaudit"_s, u"uid"_s}, std::pair{u"plan"_s, u"key"_s},
              std::pair{u"areastep"_s, u"uid"_s}, std::pair{u"reservation"_s, u"uid"_s},
              std::pair{u"instruction"_s, u"uid"_s}}) {
            const QJsonObject body = answer.value(kind).toObject();
            if (body.isEmpty())
                continue;
            const QJsonValue k = body.value(key);
            keep({kind, k.isDouble() ? QString::number(qint64(k.toDouble())) : k.toString(), false,
                  body});
        }
        if (const QJsonObject gone = answer.value(u"gone"_s).toObject(); !gone.isEmpty())
            keep({gone.value(u"kind"_s).toString(),
                  gone.value(u"key"_s).toString(),
                  false,
                  {},
                  true});
    }
    for (const RemoteChange &record : std::as_const(records)) {
        const auto queued = outbox.holds(record.kind + u':' + record.key);
        if (!queued)
            return queued.error();
        if (*queued)
            continue;
        if (auto stored = applyChange(record, participants); !stored)
            return stored.error();
        if (!answered.kinds.contains(record.kind))
            answered.kinds.append(record.kind);
    }
    if (!transaction.commit())
        return Error{tr("The central service's answers could not be stored."),
                     describeSqlError(m_db.lastError())};
    return answered;
}

Result<QList<SupervisionStore::Conflict>> SupervisionStore::conflicts(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, time_ms, op_type, entity, operation, status, message,"
              " coalesce(winner, '{}'), seen FROM sync_conflict ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{tr("The conflicts could not be read."), describeSqlError(q.lastError())};
    QList<Conflict> list;
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toLongLong();
        c.timeMs = q.value(1).toLongLong();
        c.opType = q.value(2).toString();
        c.entity = q.value(3).toString();
        c.operation = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        c.status = q.value(5).toString();
        c.message = q.value(6).toString();
        c.winner = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        c.seen = q.value(8).toBool();
        list.append(c);
    }
    return list;
}

Result<void> SupervisionStore::markConflictsSeen()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE sync_conflict SET seen = 1 WHERE seen = 0"_s))
        return Error{tr("The conflicts could not be updated."), describeSqlError(q.lastError())};
    return {};
}

} // namespace Jiandu::Sync
