#pragma once

#include "shareclient.h"
#include "sharestore.h"
#include "syncexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>

namespace Jiandu {
class CacheThread;
class LocalCache;
} // namespace Jiandu

namespace Jiandu::Sync {

//! Pulls share feeds into the cache as a third-party consumer of seed 004's API must: pages of
//! at most 200 records over windows of at most 7 days, each next page starting at the last
//! record's cursor time. The range to read is cut into windows read side by side over several
//! connections (one page of a window in flight at a time), so the 200-record limit costs
//! round trips, not throughput.
//!
//! Each page is stored with its window's new cursor in one transaction (ShareStore); records
//! are upserted by key, so the page that overlaps the last one (the same second read again,
//! and a few minutes re-read for late commits) adds nothing twice. A page of 200 records all
//! in the second it started at cannot be paged through by any consumer of this API; it is
//! stored, the next second is read, and the crowded second is counted and logged.
class JIANDU_SYNC_EXPORT SharePull : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<ShareFeed> feeds;
        qint64 sinceMs = 0;                 //!< where a feed never pulled begins
        qint64 untilMs = 0;                 //!< where the plan ends (0: now)
        qint64 windowMs = 24 * 3600 * 1000; //!< one window's span (at most 7 days)
        qint64 overlapMs = 120 * 1000;      //!< re-read before the last end, for late commits
        int connections = 6;                //!< windows read at once
        int maxAttempts = 8;
        int firstBackoffMs = 500;
        int maxBackoffMs = 30000;
        int timeoutMs = 30000;
        int cacheKiB = 64 * 1024; //!< the writer's SQLite page cache
    };
    struct FeedProgress
    {
        ShareFeed feed = ShareFeed::Jq;
        qint64 records = 0; //!< stored in this run
        qint64 pages = 0;
        qint64 rejected = 0; //!< records the reader refused (logged)
        qint64 crowdedSeconds = 0;
        int windowsDone = 0;
        int windowsTotal = 0;
        QString error;     //!< why the feed stopped, if it did
        QString errorCode; //!< its Error::code ("network", "timeout", …)
    };
    struct Summary
    {
        QList<FeedProgress> feeds;
        qint64 elapsedMs = 0;
        qint64 writeMs = 0; //!< time the cache spent storing
        ShareClient::Statistics network;
        bool cancelled = false;
        bool ok() const;
    };

    SharePull(const LocalCache &cache, ShareEndpoint endpoint, Options options,
              QObject *parent = nullptr);
    ~SharePull() override;

    void start();
    //! Stops asking for pages; what is stored stays and the next pull resumes from it.
    void cancel();
    Summary summary() const;

signals:
    void progress(const Jiandu::Sync::SharePull::FeedProgress &feed);
    void retrying(const QString &reason);
    void finished(const Jiandu::Sync::SharePull::Summary &summary);

private:
    struct Lane;
    void planned(QList<ShareStore::FeedState> states);
    void fillLanes();
    void requestPage(std::shared_ptr<Lane> lane);
    void pageArrived(std::shared_ptr<Lane> lane, Result<SharePage> page);
    void flush();
    void failFeed(ShareFeed feed, const Error &error);
    void finishIfDone();

    Options m_options;
    std::unique_ptr<CacheThread> m_cache;
    ShareClient *m_client;
    QHash<int, FeedProgress> m_progress;
    std::deque<std::pair<ShareFeed, ShareStore::Window>> m_queue;
    int m_activeLanes = 0;
    QList<ShareStore::PageWrite> m_pending;
    qint64 m_pendingRecords = 0;
    QList<std::shared_ptr<Lane>> m_parked; // windows waiting for the cache to catch up
    QTimer m_batchTimer;
    bool m_batchWaited = false;
    bool m_writing = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    QElapsedTimer m_elapsed;
    qint64 m_writeMs = 0;
};

} // namespace Jiandu::Sync

Q_DECLARE_METATYPE(Jiandu::Sync::SharePull::FeedProgress)
Q_DECLARE_METATYPE(Jiandu::Sync::SharePull::Summary)
