#include "incidentrepository.h"

#include "boundquery.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

const QString kColumns =
    u"jqbh, yJqbh, bjFldm, jjr, jjsj, jjdw, bjr, bjrZjhm, fssj, bzFsdz, jqlbDm, jqlbMc, djr, "
    "djsj, cznr, czmj, czdwDm, czdwMc, xgsj, bjbz, sjc"_s;

QVariant time(qint64 ms)
{
    return ms ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

Incident fromRow(const QSqlQuery &q)
{
    Incident i;
    i.jqbh = q.value(0).toString();
    i.yJqbh = q.value(1).toString();
    i.bjFldm = q.value(2).toString();
    i.jjr = q.value(3).toString();
    i.jjsjMs = q.value(4).toLongLong();
    i.jjdw = q.value(5).toString();
    i.bjr = q.value(6).toString();
    i.bjrZjhm = q.value(7).toString();
    i.fssjMs = q.value(8).toLongLong();
    i.bzFsdz = q.value(9).toString();
    i.jqlbDm = q.value(10).toString();
    i.jqlbMc = q.value(11).toString();
    i.djr = q.value(12).toString();
    i.djsjMs = q.value(13).toLongLong();
    i.cznr = q.value(14).toString();
    i.czmj = q.value(15).toString();
    i.czdwDm = q.value(16).toString();
    i.czdwMc = q.value(17).toString();
    i.xgsjMs = q.value(18).toLongLong();
    i.bjbz = q.value(19).toLongLong() != 0;
    i.sjcMs = q.value(20).toLongLong();
    return i;
}

} // namespace

IncidentRepository::IncidentRepository(QSqlDatabase db)
    : m_db(db)
    , m_upsert(db)
    , m_find(db)
{}

Result<void> IncidentRepository::upsert(const QList<Incident> &incidents, bool ownTransaction)
{
    if (incidents.isEmpty())
        return {};
    // Rows go to an in-memory staging table first and reach the cache in one statement.
    // Row by row, every INSERT OR REPLACE opens a statement journal, and SQLCipher encrypts
    // each page it journals: four times slower than plain SQLite. Staged, the pages are
    // journaled once per batch.
    if (m_upsert.lastQuery().isEmpty()) {
        QSqlQuery setup(m_db);
        if (!setup.exec(u"CREATE TEMP TABLE IF NOT EXISTS incident_stage AS "
                        "SELECT * FROM main.incident WHERE 0"_s) ||
            !m_upsert.prepare(u"INSERT INTO temp.incident_stage (%1) VALUES "
                              "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s.arg(kColumns)))
            return Error{tr("The cache cannot store incidents."),
                         setup.lastError().text() + m_upsert.lastError().text()};
    }
    if (ownTransaction && !m_db.transaction())
        return Error{tr("The cache is busy or read-only; the incidents were not stored."),
                     m_db.lastError().text()};
    const auto failed = [this, ownTransaction](const QString &detail) {
        if (ownTransaction)
            m_db.rollback(); // the staging table rolls back with it
        return Error{tr("The incidents could not be stored (is the disk full?); nothing of "
                        "this batch was stored."),
                     detail};
    };
    for (const Incident &i : incidents) {
        if (i.jqbh.isEmpty()) {
            if (ownTransaction)
                m_db.rollback();
            return Error{tr("An incident without 警情编号 (jqbh) cannot be stored; nothing of "
                            "this batch was stored."),
                         {}};
        }
        const QVariant values[] = {
            i.jqbh,         i.yJqbh,        i.bjFldm,       i.jjr,    time(i.jjsjMs), i.jjdw,
            i.bjr,          i.bjrZjhm,      time(i.fssjMs), i.bzFsdz, i.jqlbDm,       i.jqlbMc,
            i.djr,          time(i.djsjMs), i.cznr,         i.czmj,   i.czdwDm,       i.czdwMc,
            time(i.xgsjMs), int(i.bjbz),    time(i.sjcMs)};
        for (int column = 0; column < 21; ++column)
            m_upsert.bindValue(column, values[column]);
        if (!m_upsert.exec())
            return failed(m_upsert.lastError().text());
    }
    QSqlQuery merge(m_db);
    if (!merge.exec(u"INSERT OR REPLACE INTO main.incident SELECT * FROM temp.incident_stage"_s) ||
        !merge.exec(u"DELETE FROM temp.incident_stage"_s))
        return failed(merge.lastError().text());
    if (ownTransaction && !m_db.commit())
        return failed(m_db.lastError().text());
    return {};
}

Result<std::optional<Incident>> IncidentRepository::find(const QString &jqbh)
{
    if (m_find.lastQuery().isEmpty() &&
        !m_find.prepare(u"SELECT %1 FROM incident WHERE jqbh = ?"_s.arg(kColumns)))
        return Error{tr("The cache cannot be read."), m_find.lastError().text()};
    m_find.bindValue(0, jqbh);
    if (!m_find.exec())
        return Error{tr("The cache cannot be read."), m_find.lastError().text()};
    std::optional<Incident> found;
    if (m_find.next())
        found = fromRow(m_find);
    m_find.finish();
    return found;
}

Result<QList<Incident>> IncidentRepository::receivedBetween(qint64 fromMs, qint64 toMs, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM incident WHERE jjsj >= ? AND jjsj < ? ORDER BY jjsj, jqbh "
              "LIMIT ?"_s.arg(kColumns));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    QList<Incident> result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

Result<qint64> IncidentRepository::newestReceivedMs()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT coalesce(max(jjsj), 0) FROM incident"_s) || !q.next())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    return q.value(0).toLongLong();
}

Result<qint64> IncidentRepository::newestChangeMs()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT coalesce(max(sjc), 0) FROM incident"_s) || !q.next())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    return q.value(0).toLongLong();
}

Result<QList<Incident>> IncidentRepository::search(const QString &text, int limit)
{
    const QString pattern = containingPattern(text);
    if (pattern.isEmpty())
        return QList<Incident>{};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT %1 FROM incident WHERE jqbh LIKE ?1 ESCAPE '\\' OR bjr LIKE ?1 ESCAPE "
        "'\\' OR bjrZjhm LIKE ?1 ESCAPE '\\' OR bzFsdz LIKE ?1 ESCAPE '\\' OR cznr LIKE "
        "?1 ESCAPE '\\' OR jqlbMc LIKE ?1 ESCAPE '\\' ORDER BY jjsj DESC, jqbh LIMIT ?2"_s.arg(
            kColumns));
    q.addBindValue(pattern);
    q.addBindValue(std::clamp(limit, 1, 1000));
    if (!q.exec())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    QList<Incident> result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

Result<qint64> IncidentRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM incident"_s) || !q.next())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    return q.value(0).toLongLong();
}

} // namespace Jiandu
