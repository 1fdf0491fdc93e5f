#pragma once

#include "syncexport.h"

#include <QObject>
#include <functional>
#include <storage/filecatalog.h>

namespace Jiandu {
class CacheThread;
} // namespace Jiandu

namespace Jiandu::Sync {

class SupervisionClient;

//! Moves the cache's shared files (FileCatalog) to and from the central service, a piece at
//! a time: an upload asks the service how much it holds and goes on from there; a download
//! keeps each piece it received, sealed, and goes on after the last one kept. A file counts
//! as sent when the service has checked its SHA-256, as received when this workstation has
//! (then it is sealed under the cache's key like every file of the cache). A file that
//! cannot move now (the service lacks it yet, a local file vanished) waits its turn with
//! the reason recorded and does not hold up the others; a lost connection stops the run.
class JIANDU_SYNC_EXPORT FileTransfer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kPiece = 4 * 1024 * 1024;

    struct Progress
    {
        qint64 sent = 0;     //!< files the service confirmed this run
        qint64 received = 0; //!< files stored here this run
        qint64 bytes = 0;    //!< bytes moved this run
    };

    //! Downloads go to \a directory ("files" beside the cache).
    FileTransfer(CacheThread &cache, SupervisionClient &client, QString directory,
                 QObject *parent = nullptr);

    //! Sends every file due; \a done when none is left or the connection failed.
    void upload(std::function<void(Result<Progress>)> done);
    //! Fetches every awaited file due.
    void download(std::function<void(Result<Progress>)> done);
    void cancel() { m_cancelled = true; }

    //! When a file that could not move is tried again (doubling from a minute to an hour).
    static qint64 retryAt(int attempts, qint64 nowMs);

private:
    void nextFile();
    void sendFrom(const FileCatalog::Entry &file, qint64 offset);
    void fetchFrom(const FileCatalog::Entry &file, qint64 total, int piece);
    void assemble(const FileCatalog::Entry &file, qint64 total);
    //! This file failed for \a why: recorded; the run goes on with the next unless the
    //! connection itself failed (\a stop).
    void failed(const FileCatalog::Entry &file, const Error &why, bool giveUp = false);
    void finish(Result<Progress> result);

    CacheThread &m_cache;
    SupervisionClient &m_client;
    QString m_directory;
    bool m_uploading = true;
    bool m_cancelled = false;
    QList<FileCatalog::Entry> m_queue;
    QSet<QString> m_tried; // files attempted this run (a failed one is not tried twice)
    Progress m_progress;
    std::function<void(Result<Progress>)> m_done;
};

} // namespace Jiandu::Sync
