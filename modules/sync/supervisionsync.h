#pragma once

#include "supervisionclient.h"
#include "supervisionstore.h"
#include "syncexport.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Jiandu {
class CacheThread;
class LocalCache;
} // namespace Jiandu

namespace Jiandu::Sync {

class FileTransfer;

//! One round of the supervision data's two-way sync: first the files this workstation's
//! records name (FileTransfer), then its queued operations (the Outbox, oldest first, in
//! batches; each batch's answers stored with the operations' removal), then the service's
//! change log from the saved position to its end, a page at a time (each stored with the new
//! position), and last the files the records pulled name. Killed at any instant, the next
//! round resends what has no stored answer (the service applies an id once) and re-reads
//! from the last stored position: nothing lost, nothing twice.
class JIANDU_SYNC_EXPORT SupervisionSync : public QObject
{
    Q_OBJECT

public:
    struct Progress
    {
        qint64 pushed = 0;        //!< operations the service answered this round
        qint64 conflicts = 0;     //!< of them, decided against this workstation
        qint64 pulled = 0;        //!< changes read this round
        qint64 next = 0;          //!< the position in the change log
        qint64 head = 0;          //!< the log's end, as last seen
        qint64 pending = 0;       //!< operations still queued
        qint64 filesSent = 0;     //!< shared files the service confirmed this round
        qint64 filesReceived = 0; //!< shared files stored here this round
    };
    static constexpr int kPushBatch = 200;
    static constexpr int kPageSize = 500;

    //! \a participants store the records of their kinds (they must outlive the round).
    SupervisionSync(const LocalCache &cache, CentralAccount account,
                    QList<const ISyncParticipant *> participants, QObject *parent = nullptr);
    ~SupervisionSync() override;

    //! Runs one round; \a done with what it did, or why it stopped (what was stored stays).
    void run(std::function<void(Result<Progress>)> done);
    //! Stops after the step in hand; the round ends with an error saying so.
    void cancel();
    bool isRunning() const { return bool(m_done); }
    SupervisionClient &client() { return *m_client; }
    //! The cache's name for this server and account (the position belongs to it).
    QString scope() const;

signals:
    void progressed(const Jiandu::Sync::SupervisionSync::Progress &progress);
    //! Records of \a kinds were stored (from the log or from the answers).
    void recordsChanged(const QStringList &kinds);
    void conflictsArrived(int count);

private:
    void prepare();
    void sendFiles();
    void fetchFiles();
    void pushNext();
    void pullNext();
    void finish(Result<Progress> result);

    CentralAccount m_account;
    QList<const ISyncParticipant *> m_participants;
    std::unique_ptr<CacheThread> m_cache;
    SupervisionClient *m_client;
    FileTransfer *m_files;
    std::function<void(Result<Progress>)> m_done;
    Progress m_progress;
    bool m_cancelled = false;
    bool m_prepared = false;
};

} // namespace Jiandu::Sync
