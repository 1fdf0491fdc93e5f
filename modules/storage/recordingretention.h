#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>
#include <functional>

namespace Jiandu {

//! Keeps the recordings within the workstation's limits: segments older than the age limit,
//! and the oldest segments while the total is over the size limit or the disk is short of
//! free space, are deleted (file and index entry) — oldest first, like a recorder that
//! overwrites its oldest footage instead of stopping.
class JIANDU_STORAGE_EXPORT RecordingRetention
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::RecordingRetention)

public:
    struct Policy
    {
        int maxAgeDays = 30;          //!< 0: no age limit
        qint64 maxBytes = 0;          //!< 0: no size limit
        qint64 minFreeBytes = 0;      //!< 0: free space not watched
        QString recordingsDirectory;  //!< the volume whose free space is watched
        int maxDeletionsPerRun = 500; //!< a run stays short; the next one continues
    };
    struct Report
    {
        int segments = 0;
        qint64 bytes = 0;
        QStringList undeletable; //!< files that could not be deleted (kept in the index)
    };
    //! Free space of a volume; replaceable so tests need not fill a disk.
    using FreeSpace = std::function<qint64(const QString &directory)>;

    static Result<Report> apply(QSqlDatabase db, const Policy &policy, qint64 nowMs,
                                const FreeSpace &freeSpace = {});
    static qint64 freeSpaceOf(const QString &directory);
};

} // namespace Jiandu
