#include "findingrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

FindingRepository::FindingRepository(QSqlDatabase db)
    : m_db(db)
{}

Result<PatrolFinding> FindingRepository::add(PatrolFinding f)
{
    if (f.note.trimmed().isEmpty())
        return Error{tr("Describe the problem you found."), {}};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO patrol_finding (camera_id, camera_name, unit, time_ms, operator, "
              "note, snapshot_path, snapshot_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(f.cameraId), QVariant(f.cameraName), QVariant(f.unit),
                              QVariant(f.timeMs), QVariant(f.operatorName), QVariant(f.note),
                              QVariant(f.snapshotPath), QVariant(f.snapshotSha256)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The finding could not be stored."), q.lastError().text()};
    f.id = q.lastInsertId().toLongLong();
    return f;
}

namespace {

QList<PatrolFinding> readFindings(QSqlQuery &q)
{
    QList<PatrolFinding> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return result;
}

const QString kColumns = u"SELECT id, camera_id, camera_name, unit, time_ms, operator, note, "
                         "snapshot_path, snapshot_sha256 FROM patrol_finding "_s;

} // namespace

Result<QList<PatrolFinding>> FindingRepository::recent(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + u"ORDER BY time_ms DESC, id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{tr("The findings cannot be read."), q.lastError().text()};
    return readFindings(q);
}

Result<QList<PatrolFinding>> FindingRepository::between(qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + u"WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id"_s);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Error{tr("The findings cannot be read."), q.lastError().text()};
    return readFindings(q);
}

} // namespace Jiandu
