#include "healthrecords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <cstring>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Analytics {

namespace HealthSchema {

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         // A camera's view as it should be: BGR rows packed, compressed.
         {u"CREATE TABLE analytics_reference ("
          " camera_id TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL,"
          " picture BLOB NOT NULL, taken_ms INTEGER NOT NULL)"_s,
          // Each change of a camera's verdict, for its history and the report.
          u"CREATE TABLE analytics_health ("
          " id INTEGER PRIMARY KEY, camera_id TEXT NOT NULL, at_ms INTEGER NOT NULL,"
          " verdict TEXT NOT NULL, faults TEXT NOT NULL, findings TEXT NOT NULL)"_s,
          u"CREATE INDEX analytics_health_by_camera ON analytics_health (camera_id, at_ms)"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"analytics"_s, migrations());
}

} // namespace HealthSchema

namespace {
constexpr int kLargestSide = 8192;
}

HealthRecords::HealthRecords(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> HealthRecords::storeReference(const QString &cameraId, const cv::Mat &picture,
                                           qint64 atMs)
{
    if (picture.empty() || picture.type() != CV_8UC3 || !picture.isContinuous())
        return Error{tr("The reference view is not a colour picture."), cameraId};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO analytics_reference (camera_id, width, height, picture, "
              "taken_ms) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(cameraId);
    q.addBindValue(picture.cols);
    q.addBindValue(picture.rows);
    q.addBindValue(qCompress(
        QByteArray(reinterpret_cast<const char *>(picture.data), qsizetype(picture.total() * 3))));
    q.addBindValue(atMs);
    if (!q.exec())
        return Error{tr("The reference view could not be stored."), q.lastError().text()};
    return {};
}

Result<void> HealthRecords::dropReference(const QString &cameraId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM analytics_reference WHERE camera_id = ?"_s);
    q.addBindValue(cameraId);
    if (!q.exec())
        return Error{tr("The reference view could not be forgotten."), q.lastError().text()};
    return {};
}

Result<QHash<QString, cv::Mat>> HealthRecords::references()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT camera_id, width, height, picture FROM analytics_reference"_s))
        return Error{tr("The reference views cannot be read."), q.lastError().text()};
    QHash<QString, cv::Mat> views;
    while (q.next()) {
        const int width = q.value(1).toInt();
        const int height = q.value(2).toInt();
        const QByteArray bytes = qUncompress(q.value(3).toByteArray());
        if (width < 1 || height < 1 || width > kLargestSide || height > kLargestSide ||
            bytes.size() != qsizetype(width) * height * 3) {
            qWarning("The reference view of camera %s is damaged; it is taken again.",
                     qPrintable(q.value(0).toString()));
            continue;
        }
        cv::Mat picture(height, width, CV_8UC3);
        std::memcpy(picture.data, bytes.constData(), size_t(bytes.size()));
        views.insert(q.value(0).toString(), picture);
    }
    return views;
}

Result<void> HealthRecords::record(const HealthEntry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO analytics_health (camera_id, at_ms, verdict, faults, findings) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.cameraId);
    q.addBindValue(entry.atMs);
    q.addBindValue(entry.verdict);
    // Never NULL: an empty text is bound as one.
    q.addBindValue(entry.faults.join(u',') + u""_s);
    q.addBindValue(entry.findings + u""_s);
    if (!q.exec())
        return Error{tr("The camera's health could not be recorded."), q.lastError().text()};
    return {};
}

Result<QList<HealthEntry>> HealthRecords::latest()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT camera_id, at_ms, verdict, faults, findings FROM analytics_health h "
                "WHERE id = (SELECT max(id) FROM analytics_health WHERE camera_id = h.camera_id) "
                "ORDER BY camera_id"_s))
        return Error{tr("The cameras' health cannot be read."), q.lastError().text()};
    QList<HealthEntry> entries;
    while (q.next())
        entries << HealthEntry{
            q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString().split(u',', Qt::SkipEmptyParts), q.value(4).toString()};
    return entries;
}

} // namespace Jiandu::Analytics
