#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! The cache's shared files known by the SHA-256 of their content — problem attachments,
//! patrol findings' snapshots — and which of them still travel: to the central service (a
//! file this workstation attached to a record it changed) or from it (a file a record
//! pulled from the service names, not here yet). A module records a file here in the same
//! transaction as the record naming it, as with the Outbox; the sync moves the files.
class JIANDU_STORAGE_EXPORT FileCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::FileCatalog)

public:
    struct Entry
    {
        QString sha256;
        QString path; //!< where it lies here; empty while it is awaited
        qint64 bytes = 0;
        int attempts = 0;
        QString lastError;
    };
    struct Counts
    {
        qint64 toUpload = 0;
        qint64 toDownload = 0;
    };

    explicit FileCatalog(QSqlDatabase db);

    //! 64 lower-case hex digits: a name a file may have here (and nothing else is used as one).
    static bool isSha256(const QString &text);

    //! File \a sha256 lies at \a path here and is to reach the central service.
    Result<void> share(const QString &sha256, const QString &path, qint64 bytes);
    //! A record names file \a sha256: fetched from the service unless it is here already (a
    //! name that is not a SHA-256 is ignored).
    Result<void> want(const QString &sha256, qint64 bytes);
    //! Where file \a sha256 lies here; empty if it is not (yet) here.
    Result<QString> pathOf(const QString &sha256);

    //! Files to send, or to fetch, whose next attempt is due at \a nowMs; fewest attempts first.
    Result<QList<Entry>> uploads(int limit, qint64 nowMs);
    Result<QList<Entry>> downloads(int limit, qint64 nowMs);
    Result<Counts> counts();

    Result<void> uploaded(const QString &sha256);
    Result<void> received(const QString &sha256, const QString &path, qint64 bytes);
    //! An attempt failed with \a why; the next is due at \a retryMs. \a giveUp: it can never
    //! succeed (the local file changed since it was attached): not tried again.
    Result<void> recordFailure(const QString &sha256, const QString &why, qint64 retryMs,
                               bool giveUp = false);

private:
    Result<QList<Entry>> due(bool upload, int limit, qint64 nowMs);

    QSqlDatabase m_db;
};

} // namespace Jiandu
