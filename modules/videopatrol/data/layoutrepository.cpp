#include "layoutrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QString camerasText(const QStringList &cameras)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(cameras)).toJson(QJsonDocument::Compact));
}

QStringList camerasOf(const QJsonArray &array)
{
    QStringList cameras;
    for (const QJsonValue &v : array)
        cameras.append(v.toString());
    return cameras;
}

QStringList camerasOf(const QString &text)
{
    return camerasOf(QJsonDocument::fromJson(text.toUtf8()).array());
}

} // namespace

LayoutRepository::LayoutRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<NamedLayout>> LayoutRepository::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT unit, name, tiles, cameras, saved_by, saved_ms, version FROM"
                " video_layout ORDER BY name, unit"_s))
        return Error{tr("The saved layouts could not be read."), q.lastError().text()};
    QList<NamedLayout> layouts;
    while (q.next())
        layouts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                        camerasOf(q.value(3).toString()), q.value(4).toString(),
                        q.value(5).toLongLong(), q.value(6).toInt()});
    return layouts;
}

Result<NamedLayout> LayoutRepository::save(NamedLayout layout, const QString &actor, qint64 nowMs)
{
    layout.name = layout.name.simplified();
    if (layout.name.isEmpty())
        return Error{tr("Give the layout a name."), {}};
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    QSqlQuery q(m_db);
    // Saved over the version this workstation knows: one saved elsewhere since wins.
    if (!execBound(q, u"SELECT version FROM video_layout WHERE unit = ? AND name = ?"_s,
                   {layout.unit, layout.name}))
        return Error{tr("The layout could not be saved."), q.lastError().text()};
    const int base = q.next() ? q.value(0).toInt() : 0;
    layout.savedBy = actor;
    layout.savedMs = nowMs;
    layout.version = base;
    if (!execBound(q,
                   u"INSERT OR REPLACE INTO video_layout (unit, name, tiles, cameras, saved_by,"
                   " saved_ms, version) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {layout.unit, layout.name, layout.tiles, camerasText(layout.cameras), actor,
                    nowMs, base}))
        return Error{tr("The layout could not be saved."), q.lastError().text()};
    const QJsonObject op{{u"name"_s, layout.name},
                         {u"tiles"_s, layout.tiles},
                         {u"cameras"_s, QJsonArray::fromStringList(layout.cameras)},
                         {u"baseVersion"_s, base}};
    if (auto queued = Outbox(m_db).append(
            u"layout.save"_s, u"layout:"_s + layout.unit + u'/' + layout.name, actor, op, nowMs);
        !queued)
        return queued.error();
    if (!transaction.commit())
        return Error{tr("The layout could not be saved."), m_db.lastError().text()};
    return layout;
}

Result<void> LayoutRepository::remove(const QString &unit, const QString &name,
                                      const QString &actor, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    QSqlQuery q(m_db);
    if (!execBound(q, u"SELECT version FROM video_layout WHERE unit = ? AND name = ?"_s,
                   {unit, name}))
        return Error{tr("The layout could not be deleted."), q.lastError().text()};
    if (!q.next())
        return {}; // gone already
    const int base = q.value(0).toInt();
    if (!execBound(q, u"DELETE FROM video_layout WHERE unit = ? AND name = ?"_s, {unit, name}))
        return Error{tr("The layout could not be deleted."), q.lastError().text()};
    if (auto queued =
            Outbox(m_db).append(u"layout.delete"_s, u"layout:"_s + unit + u'/' + name, actor,
                                {{u"name"_s, name}, {u"baseVersion"_s, base}}, nowMs);
        !queued)
        return queued.error();
    if (!transaction.commit())
        return Error{tr("The layout could not be deleted."), m_db.lastError().text()};
    return {};
}

Result<void> LayoutRepository::pushToWall(const QString &unit, const QString &cameraId,
                                          const QString &actor, qint64 nowMs)
{
    if (auto queued = Outbox(m_db).append(u"wall.push"_s, u"wall:"_s + unit, actor,
                                          {{u"cameraId"_s, cameraId}}, nowMs);
        !queued)
        return queued.error();
    return {};
}

Result<void> LayoutRepository::applyRemote(const QJsonObject &body)
{
    const QString unit = body.value(u"unit"_s).toString();
    const QString name = body.value(u"name"_s).toString();
    if (name.isEmpty())
        return Error{tr("The central service sent a layout without its name."), {}};
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT OR REPLACE INTO video_layout (unit, name, tiles, cameras, saved_by,"
                   " saved_ms, version) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {unit, name, std::clamp(body.value(u"tiles"_s).toInt(), 1, 64),
                    camerasText(camerasOf(body.value(u"cameras"_s).toArray())),
                    body.value(u"savedBy"_s).toString(),
                    qint64(body.value(u"savedMs"_s).toDouble()), body.value(u"version"_s).toInt()}))
        return Error{tr("The layout could not be stored."), q.lastError().text()};
    return {};
}

Result<void> LayoutRepository::removeRemote(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    QSqlQuery q(m_db);
    if (!execBound(q, u"DELETE FROM video_layout WHERE unit = ? AND name = ?"_s,
                   {key.left(slash), key.mid(slash + 1)}))
        return Error{tr("The layout could not be removed."), q.lastError().text()};
    return {};
}

Result<void> LayoutRepository::applyRemoteWall(const QJsonObject &body)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT OR REPLACE INTO wall_push (unit, cameras, sent_by, sent_ms)"
                   " VALUES (?, ?, ?, ?)"_s,
                   {body.value(u"unit"_s).toString(),
                    camerasText(camerasOf(body.value(u"cameras"_s).toArray())),
                    body.value(u"sentBy"_s).toString(),
                    qint64(body.value(u"sentMs"_s).toDouble())}))
        return Error{tr("The video wall's cameras could not be stored."), q.lastError().text()};
    return {};
}

Result<LayoutRepository::Wall> LayoutRepository::latestWall()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT cameras, sent_by, sent_ms FROM wall_push ORDER BY sent_ms DESC"
                " LIMIT 1"_s))
        return Error{tr("The video wall's cameras could not be read."), q.lastError().text()};
    if (!q.next())
        return Wall{};
    return Wall{camerasOf(q.value(0).toString()), q.value(1).toString(), q.value(2).toLongLong()};
}

} // namespace Jiandu
