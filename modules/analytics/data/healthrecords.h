#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <core/migration.h>
#include <core/result.h>
#include <opencv2/core.hpp>

namespace Jiandu {
class LocalCache;
}

namespace Jiandu::Analytics {

namespace HealthSchema {
const QList<Migration> &migrations();
Result<void> migrate(LocalCache &cache);
} // namespace HealthSchema

//! A camera's verdict as kept: when it changed and to what.
struct HealthEntry
{
    QString cameraId;
    qint64 atMs = 0;
    QString verdict;    //!< "ok", "suspect", "fault", "cannot-judge"
    QStringList faults; //!< check keys found faulty
    QString findings;   //!< what was seen, in words
};

//! The cameras' reference views and the history of their verdicts, in the cache.
class HealthRecords
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Analytics::HealthRecords)

public:
    explicit HealthRecords(QSqlDatabase db);

    //! Keeps \a picture (8-bit BGR) as \a cameraId's reference view, replacing any before.
    Result<void> storeReference(const QString &cameraId, const cv::Mat &picture, qint64 atMs);
    //! Forgets \a cameraId's reference view (its view was changed on purpose).
    Result<void> dropReference(const QString &cameraId);
    //! Every stored reference view by camera; a damaged one is left out (and logged).
    Result<QHash<QString, cv::Mat>> references();

    Result<void> record(const HealthEntry &entry);
    //! The latest entry of every camera.
    Result<QList<HealthEntry>> latest();

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu::Analytics
