#pragma once

#include "sharefeed.h"
#include "syncexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu::Sync {

//! Where a share-feed pull stands, in the cache: per feed, the time up to which every record
//! is here, and the windows of the current plan still being read, each with its cursor. A
//! page's records and its window's new cursor are written in one transaction, so a pull
//! killed at any instant resumes where its last commit left it: nothing lost, nothing twice.
class JIANDU_SYNC_EXPORT ShareStore
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Sync::ShareStore)

public:
    struct Window
    {
        qint64 startMs = 0;
        qint64 endMs = 0;    //!< inclusive, as the API's endDateTime
        qint64 cursorMs = 0; //!< the next page's startDateTime
        friend bool operator==(const Window &, const Window &) = default;
    };
    struct FeedState
    {
        ShareFeed feed = ShareFeed::Jq;
        qint64 syncedToMs = 0;    //!< 0: never pulled
        qint64 planEndMs = 0;     //!< the end of the plan the windows belong to
        qint64 records = 0;       //!< records stored, all pulls together
        qint64 lastSuccessMs = 0; //!< when a plan last finished
        qint64 crowdedSeconds = 0;
        QList<Window> windows; //!< still to read, oldest first
    };
    //! One page to store: its records and what it did to its window.
    struct PageWrite
    {
        ShareFeed feed = ShareFeed::Jq;
        qint64 windowStartMs = 0;
        qint64 nextCursorMs = 0;
        bool windowDone = false;
        //! The page was all one second, more than a page holds (see SharePull).
        bool crowded = false;
        QList<ShareRecord> records;
    };

    explicit ShareStore(QSqlDatabase db);

    Result<FeedState> state(ShareFeed feed);
    //! Starts a plan: \a windows to read, ending at \a planEndMs (one transaction).
    Result<void> plan(ShareFeed feed, const QList<Window> &windows, qint64 planEndMs);
    //! The share key's secret, kept in the encrypted cache (empty if none was set).
    Result<QString> shareSecret();
    Result<void> setShareSecret(const QString &secret);
    //! Stores \a pages (records, cursors, finished windows) in one transaction, all or none.
    //! Returns the number of records written.
    Result<qint64> write(const QList<PageWrite> &pages, qint64 nowMs);

private:
    Result<void> storeIncidents(const QList<PageWrite> &pages);
    //! The records of \a feed, other than jq (those go through storeIncidents()), in \a pages.
    Result<void> storeRecords(ShareFeed feed, const QList<PageWrite> &pages);
    QSqlDatabase m_db;
};

} // namespace Jiandu::Sync
