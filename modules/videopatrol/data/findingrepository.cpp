#include "findingrepository.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <storage/filecatalog.h>
#include <storage/outbox.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

FindingRepository::FindingRepository(QSqlDatabase db)
    : m_db(db)
{}

Result<PatrolFinding> FindingRepository::add(PatrolFinding f)
{
    if (f.note.trimmed().isEmpty())
        return Error{tr("Describe the problem you found."), {}};
    if (f.uid.isEmpty())
        f.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO patrol_finding (camera_id, camera_name, unit, time_ms, operator, "
              "note, snapshot_path, snapshot_sha256, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(f.cameraId), QVariant(f.cameraName), QVariant(f.unit), QVariant(f.timeMs),
          QVariant(f.operatorName), QVariant(f.note), QVariant(f.snapshotPath),
          QVariant(f.snapshotSha256), QVariant(f.uid)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The finding could not be stored."), q.lastError().text()};
    f.id = q.lastInsertId().toLongLong();
    const QJsonObject op{{u"finding"_s, QJsonObject{{u"uid"_s, f.uid},
                                                    {u"cameraId"_s, f.cameraId},
                                                    {u"cameraName"_s, f.cameraName},
                                                    {u"unit"_s, f.unit},
                                                    {u"timeMs"_s, double(f.timeMs)},
                                                    {u"note"_s, f.note},
                                                    {u"snapshotSha256"_s, f.snapshotSha256}}}};
    if (auto queued = Outbox(m_db).append(u"finding.add"_s, u"finding:"_s + f.uid, f.operatorName,
                                          op, f.timeMs);
        !queued)
        return queued.error();
    // The snapshot goes to the central service with the finding naming it.
    if (auto shared = FileCatalog(m_db).share(f.snapshotSha256, f.snapshotPath,
                                              QFileInfo(f.snapshotPath).size());
        !shared)
        return shared.error();
    if (!transaction.commit())
        return Error{tr("The finding could not be stored."), m_db.lastError().text()};
    return f;
}

Result<void> FindingRepository::applyRemote(const QJsonObject &body)
{
    const QString uid = body.value(u"uid"_s).toString();
    if (uid.isEmpty())
        return Error{tr("The central service sent a finding without its id."), {}};
    const QVariantList values{
        body.value(u"cameraId"_s).toString(),       body.value(u"cameraName"_s).toString(),
        body.value(u"unit"_s).toString(),           qint64(body.value(u"timeMs"_s).toDouble()),
        body.value(u"operator"_s).toString(),       body.value(u"note"_s).toString(),
        body.value(u"snapshotSha256"_s).toString(), uid};
    QSqlQuery q(m_db);
    const auto run = [&](const QString &sql) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    // Known here (the answer to this workstation's own, or an update): changed; else added.
    if (!run(u"UPDATE patrol_finding SET camera_id = ?, camera_name = ?, unit = ?, time_ms = ?,"
             " operator = ?, note = ?, snapshot_sha256 = ? WHERE uid = ?"_s))
        return Error{tr("The finding could not be stored."), q.lastError().text()};
    if (q.numRowsAffected() > 0)
        return {};
    if (!run(u"INSERT INTO patrol_finding (camera_id, camera_name, unit, time_ms, operator,"
             " note, snapshot_sha256, uid, snapshot_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')"_s))
        return Error{tr("The finding could not be stored."), q.lastError().text()};
    // Its snapshot comes by its hash, after the record.
    return FileCatalog(m_db).want(body.value(u"snapshotSha256"_s).toString(), 0);
}

namespace {

QList<PatrolFinding> readFindings(QSqlQuery &q)
{
    QList<PatrolFinding> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                       q.value(9).toString()});
    return result;
}

// A finding pulled from the central service has its snapshot where the sync stored it.
const QString kColumns =
    u"SELECT id, camera_id, camera_name, unit, time_ms, operator, note, coalesce(nullif("
    "snapshot_path, ''), (SELECT path FROM shared_file WHERE sha256 = snapshot_sha256), ''), "
    "snapshot_sha256, uid FROM patrol_finding "_s;

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
