#include "sharestore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <core/incidentjson.h>
#include <storage/incidentrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

Error storeError(const QString &detail)
{
    return Error{ShareStore::tr("The pulled records could not be stored (is the disk full?); "
                                "the pull resumes from its last stored page."),
                 detail};
}

Error readError(const QString &detail)
{
    return Error{ShareStore::tr("The sync state in the cache cannot be read."), detail};
}

QString compact(const QJsonObject &fields)
{
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QVariant timeOf(const QJsonObject &fields, const QString &name)
{
    const qint64 ms = IncidentJson::parseTime(fields.value(name).toString());
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ShareStore::ShareStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ShareStore::FeedState> ShareStore::state(ShareFeed feed)
{
    FeedState state;
    state.feed = feed;
    const QString name = shareFeedInfo(feed).name;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT synced_to_ms, plan_end_ms, records, last_success_ms, crowded_seconds "
              "FROM sync_share_feed WHERE feed = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return readError(q.lastError().text());
    if (q.next()) {
        state.syncedToMs = q.value(0).toLongLong();
        state.planEndMs = q.value(1).toLongLong();
        state.records = q.value(2).toLongLong();
        state.lastSuccessMs = q.value(3).toLongLong();
        state.crowdedSeconds = q.value(4).toLongLong();
    }
    q.prepare(u"SELECT start_ms, end_ms, cursor_ms FROM sync_share_window WHERE feed = ? "
              "ORDER BY start_ms"_s);
    q.addBindValue(name);
    if (!q.exec())
        return readError(q.lastError().text());
    while (q.next())
        state.windows.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return state;
}

Result<QString> ShareStore::shareSecret()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM sync_credential WHERE name = 'share-secret'"_s);
    if (!q.exec())
        return readError(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> ShareStore::setShareSecret(const QString &secret)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO sync_credential (name, value) VALUES ('share-secret', ?)"_s);
    q.addBindValue(secret);
    if (!q.exec())
        return Error{tr("The share key's secret could not be stored in the cache."),
                     q.lastError().text()};
    return {};
}

Result<void> ShareStore::plan(ShareFeed feed, const QList<Window> &windows, qint64 planEndMs)
{
    const QString name = shareFeedInfo(feed).name;
    if (!m_db.transaction())
        return storeError(m_db.lastError().text());
    QSqlQuery q(m_db);
    // (SQLCipher 3's SQLite has no upsert.)
    bool ok = q.prepare(u"INSERT OR IGNORE INTO sync_share_feed (feed) VALUES (?)"_s);
    q.addBindValue(name);
    ok = ok && q.exec();
    ok = ok && q.prepare(u"UPDATE sync_share_feed SET plan_end_ms = ? WHERE feed = ?"_s);
    q.addBindValue(planEndMs);
    q.addBindValue(name);
    ok = ok && q.exec();
    ok = ok && q.prepare(u"INSERT OR REPLACE INTO sync_share_window (feed, start_ms, end_ms, "
                         "cursor_ms) VALUES (?, ?, ?, ?)"_s);
    for (const Window &w : windows) {
        if (!ok)
            break;
        q.addBindValue(name);
        q.addBindValue(w.startMs);
        q.addBindValue(w.endMs);
        q.addBindValue(w.cursorMs);
        ok = q.exec();
    }
    if (!ok || !m_db.commit()) {
        const QString detail = q.lastError().text() + m_db.lastError().text();
        m_db.rollback();
        return storeError(detail);
    }
    return {};
}

Result<void> ShareStore::storeIncidents(const QList<PageWrite> &pages)
{
    // All the batch's 警情 in one upsert, in key order: the inserts walk the table's B-tree
    // from one end to the other instead of jumping between its leaves.
    QList<Incident> incidents;
    for (const PageWrite &page : pages) {
        if (page.feed != ShareFeed::Jq)
            continue;
        for (const ShareRecord &record : page.records) {
            Result<Incident> incident = IncidentJson::fromShareApi(record.fields);
            if (incident)
                incidents.append(std::move(incident).value());
            else
                qWarning("share jq: record %s not stored: %s", qUtf8Printable(record.key),
                         qUtf8Printable(incident.error().text()));
        }
    }
    std::sort(incidents.begin(), incidents.end(),
              [](const Incident &a, const Incident &b) { return a.jqbh < b.jqbh; });
    if (auto stored = IncidentRepository(m_db).upsert(incidents, false); !stored)
        return stored.error();
    return {};
}

Result<void> ShareStore::storeRecords(ShareFeed feed, const QList<PageWrite> &pages)
{
    // As for 警情: the batch's records of the feed, in key order, through an in-memory
    // staging table into the cache in one statement (row by row, every INSERT OR REPLACE
    // would journal and re-encrypt its pages).
    QList<const ShareRecord *> records;
    for (const PageWrite &page : pages) {
        if (page.feed != feed)
            continue;
        for (const ShareRecord &record : page.records)
            records.append(&record);
    }
    if (records.isEmpty())
        return {};
    std::sort(records.begin(), records.end(),
              [](const ShareRecord *a, const ShareRecord *b) { return a->key < b->key; });
    const QString table = u"share_"_s + shareFeedInfo(feed).name;
    QString columns;
    switch (feed) {
    case ShareFeed::Jb:
        columns = u"id, jqbh, bj_fldm, jjsj, jjdw, status, xgsj, record"_s;
        break;
    case ShareFeed::Jqxf:
        columns = u"xfbh, jqbh, xfsj, jsdw_dm, sjc, record"_s;
        break;
    case ShareFeed::Jqfk:
    case ShareFeed::Jq:
        columns = u"fkbh, jqbh, xfbh, fksj, sjc, record"_s;
        break;
    }
    const int count = int(columns.count(u',')) + 1;
    QSqlQuery q(m_db);
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS %1_stage AS SELECT * FROM main.%1 WHERE 0"_s.arg(
            table)) ||
        !q.prepare(u"INSERT INTO temp.%1_stage (%2) VALUES (%3)"_s.arg(
            table, columns, QStringList(count, u"?"_s).join(u", "_s))))
        return storeError(q.lastError().text());
    for (const ShareRecord *record : records) {
        const QJsonObject &f = record->fields;
        const auto text = [&f](const char *name) {
            return f.value(QLatin1String(name)).toString();
        };
        q.addBindValue(record->key);
        q.addBindValue(text("jqbh"));
        switch (feed) {
        case ShareFeed::Jb:
            q.addBindValue(text("bjFldm"));
            q.addBindValue(timeOf(f, u"jjsj"_s));
            q.addBindValue(text("jjdw"));
            q.addBindValue(text("status"));
            q.addBindValue(record->cursorMs);
            break;
        case ShareFeed::Jqxf:
            q.addBindValue(timeOf(f, u"xfsj"_s));
            q.addBindValue(text("jsdwDm"));
            q.addBindValue(record->cursorMs);
            break;
        case ShareFeed::Jqfk:
        case ShareFeed::Jq:
            q.addBindValue(text("xfbh"));
            q.addBindValue(timeOf(f, u"fksj"_s));
            q.addBindValue(record->cursorMs);
            break;
        }
        q.addBindValue(compact(f));
        if (!q.exec())
            return storeError(q.lastError().text());
    }
    QSqlQuery merge(m_db);
    if (!merge.exec(u"INSERT OR REPLACE INTO main.%1 SELECT * FROM temp.%1_stage"_s.arg(table)) ||
        !merge.exec(u"DELETE FROM temp.%1_stage"_s.arg(table)))
        return storeError(merge.lastError().text());
    return {};
}

Result<qint64> ShareStore::write(const QList<PageWrite> &pages, qint64 nowMs)
{
    if (!m_db.transaction())
        return storeError(m_db.lastError().text());
    const auto failed = [this](const Error &error) {
        m_db.rollback();
        return error;
    };
    qint64 written = 0;
    QSqlQuery cursor(m_db), finished(m_db), feedRow(m_db);
    cursor.prepare(u"UPDATE sync_share_window SET cursor_ms = ? WHERE feed = ? AND start_ms = ?"_s);
    finished.prepare(u"DELETE FROM sync_share_window WHERE feed = ? AND start_ms = ?"_s);
    // The feed is complete up to the oldest cursor of its windows still open, or to the end
    // of its plan once none is.
    feedRow.prepare(
        u"UPDATE sync_share_feed SET records = records + ?, crowded_seconds = crowded_seconds + ?,"
        " synced_to_ms = coalesce((SELECT min(cursor_ms) FROM sync_share_window w"
        "   WHERE w.feed = sync_share_feed.feed), plan_end_ms),"
        " last_success_ms = CASE WHEN EXISTS (SELECT 1 FROM sync_share_window w"
        "   WHERE w.feed = sync_share_feed.feed) THEN last_success_ms ELSE ? END"
        " WHERE feed = ?"_s);
    if (auto stored = storeIncidents(pages); !stored)
        return failed(stored.error());
    for (ShareFeed feed : {ShareFeed::Jb, ShareFeed::Jqxf, ShareFeed::Jqfk}) {
        if (auto stored = storeRecords(feed, pages); !stored)
            return failed(stored.error());
    }
    for (const PageWrite &page : pages) {
        const QString name = shareFeedInfo(page.feed).name;
        QSqlQuery &step = page.windowDone ? finished : cursor;
        if (!page.windowDone)
            step.addBindValue(page.nextCursorMs);
        step.addBindValue(name);
        step.addBindValue(page.windowStartMs);
        if (!step.exec())
            return failed(storeError(step.lastError().text()));
        feedRow.addBindValue(page.records.size());
        feedRow.addBindValue(page.crowded ? 1 : 0);
        feedRow.addBindValue(nowMs);
        feedRow.addBindValue(name);
        if (!feedRow.exec())
            return failed(storeError(feedRow.lastError().text()));
        written += page.records.size();
    }
    if (!m_db.commit())
        return failed(storeError(m_db.lastError().text()));
    return written;
}

} // namespace Jiandu::Sync
