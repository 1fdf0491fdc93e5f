#include "trackrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

TrackRepository::TrackRepository(QSqlDatabase db)
    : m_db(db)
{}

Result<void> TrackRepository::add(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return {};
    SqlTransaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO casearea_track (tag, room, kind, at_ms) VALUES (?, ?, ?, ?)"_s);
    for (const Row &row : rows) {
        q.addBindValue(row.tag);
        q.addBindValue(row.room);
        q.addBindValue(row.in ? u"in"_s : u"out"_s);
        q.addBindValue(row.atMs);
        if (!q.exec())
            return Error{tr("Where people were could not be kept in the cache."),
                         q.lastError().text()};
    }
    if (!transaction.commit())
        return Error{tr("Where people were could not be kept in the cache."),
                     m_db.lastError().text()};
    return {};
}

Result<QList<TrackRepository::Row>> TrackRepository::between(qint64 fromMs, qint64 toMs,
                                                             const QStringList &tags)
{
    QString only;
    QVariantList tagValues;
    if (!tags.isEmpty()) {
        only = u" AND tag IN (%1)"_s.arg(QStringList(tags.size(), u"?"_s).join(u','));
        for (const QString &tag : tags)
            tagValues.append(tag);
    }
    // Where each tag was at the start (its last row of the day before, at most: a stay longer
    // than a day is an alarm of its own), then every row of the time.
    constexpr qint64 kLookBackMs = 24 * 3600 * 1000;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q,
                   u"SELECT tag, room, kind, max(at_ms) FROM casearea_track"
                   " WHERE at_ms < ? AND at_ms >= ?%1 GROUP BY tag"
                   " UNION ALL SELECT tag, room, kind, at_ms FROM casearea_track"
                   " WHERE at_ms >= ? AND at_ms < ?%1"_s.arg(only),
                   QVariantList{fromMs, fromMs - kLookBackMs} + tagValues +
                       QVariantList{fromMs, toMs} + tagValues))
        return Error{tr("The history of the area could not be read from the cache."),
                     q.lastError().text()};
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString() == u"in"_s,
                     q.value(3).toLongLong()});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.atMs < b.atMs; });
    return rows;
}

QList<CaseArea::RoomStretch> TrackRepository::stretches(const QList<Row> &rows, const QString &tag,
                                                        qint64 fromMs, qint64 toMs)
{
    QList<CaseArea::RoomStretch> out;
    bool open = false;
    for (const Row &row : rows) {
        if (row.tag != tag)
            continue;
        if (open)
            out.last().toMs = row.atMs;
        open = row.in;
        if (row.in)
            out.append({row.room, row.atMs, row.atMs});
    }
    if (open)
        out.last().toMs = toMs;
    QList<CaseArea::RoomStretch> within;
    for (CaseArea::RoomStretch s : std::as_const(out)) {
        s.fromMs = std::max(s.fromMs, fromMs);
        s.toMs = std::min(s.toMs, toMs);
        if (s.toMs > s.fromMs)
            within.append(s);
    }
    return within;
}

QHash<QString, QString> TrackRepository::roomsAt(const QList<Row> &rows, qint64 atMs)
{
    QHash<QString, QString> where;
    for (const Row &row : rows) {
        if (row.atMs > atMs)
            break;
        if (row.in)
            where.insert(row.tag, row.room);
        else
            where.remove(row.tag);
    }
    return where;
}

} // namespace Jiandu
