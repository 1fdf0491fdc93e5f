#include "outbox.h"

#include "sqlerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Jiandu {

Outbox::Outbox(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QString> Outbox::append(const QString &type, const QString &entity, const QString &actor,
                               QJsonObject operation, qint64 nowMs)
{
    QString id = operation.value(u"id"_s).toString();
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    operation.insert(u"id"_s, id);
    operation.insert(u"type"_s, type);
    if (!operation.contains(u"timeMs"_s))
        operation.insert(u"timeMs"_s, double(nowMs));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO outbox (op_id, type, entity, actor, operation, created_ms)"
              " VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(type);
    q.addBindValue(entity);
    q.addBindValue(actor);
    q.addBindValue(QString::fromUtf8(QJsonDocument(operation).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    if (!q.exec())
        return Error{tr("The change could not be queued for the central service."),
                     describeSqlError(q.lastError())};
    return id;
}

Result<QList<Outbox::Entry>> Outbox::pending(int limit, const QString &actor)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, op_id, type, entity, operation, created_ms, attempts,"
              " coalesce(last_error, ''), actor FROM outbox o WHERE actor = ?"
              // A record another account changed first waits for that account's changes.
              " AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.entity = o.entity"
              " AND earlier.seq < o.seq AND earlier.actor <> o.actor)"
              " ORDER BY seq LIMIT ?"_s);
    q.addBindValue(actor);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{tr("The queued changes could not be read."), describeSqlError(q.lastError())};
    QList<Entry> entries;
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.type = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.operation = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        e.createdMs = q.value(5).toLongLong();
        e.attempts = q.value(6).toInt();
        e.lastError = q.value(7).toString();
        e.actor = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

Result<qint64> Outbox::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM outbox"_s) || !q.next())
        return Error{tr("The queued changes could not be read."), describeSqlError(q.lastError())};
    return q.value(0).toLongLong();
}

Result<bool> Outbox::holds(const QString &entity)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM outbox WHERE entity = ? LIMIT 1"_s);
    q.addBindValue(entity);
    if (!q.exec())
        return Error{tr("The queued changes could not be read."), describeSqlError(q.lastError())};
    return q.next();
}

Result<void> Outbox::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The queued change could not be removed."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> Outbox::supersede(const QString &entity, const QString &type)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM outbox WHERE entity = ? AND type = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(type);
    if (!q.exec())
        return Error{tr("The queued change could not be removed."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> Outbox::recordFailure(const QList<QString> &ids, const QString &why)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE op_id = ?"_s);
    for (const QString &id : ids) {
        q.addBindValue(why);
        q.addBindValue(id);
        if (!q.exec())
            return Error{tr("The queued changes could not be updated."),
                         describeSqlError(q.lastError())};
    }
    return {};
}

} // namespace Jiandu
