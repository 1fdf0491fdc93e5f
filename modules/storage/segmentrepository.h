#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <core/mediasegment.h>
#include <core/result.h>

namespace Jiandu {

//! The recording index: which file holds which camera's footage of which time.
class JIANDU_STORAGE_EXPORT SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::SegmentRepository)

public:
    explicit SegmentRepository(QSqlDatabase db);
    Result<void> add(const MediaSegment &segment);
    //! \a cameraId's segments overlapping [fromMs, toMs), oldest first.
    Result<QList<MediaSegment>> overlapping(const QString &cameraId, qint64 fromMs, qint64 toMs);
    //! Periods in [fromMs, toMs) with no footage: each a (start, end) pair.
    Result<QList<QPair<qint64, qint64>>> gaps(const QString &cameraId, qint64 fromMs, qint64 toMs);
    //! The \a limit oldest segments of all cameras, oldest first.
    Result<QList<MediaSegment>> oldest(int limit);
    //! Where \a cameraId's recording ends last (0: it was never recorded here).
    Result<qint64> latestEnd(const QString &cameraId);
    Result<qint64> totalBytes();
    Result<void> remove(const MediaSegment &segment);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
