#include "sharepull.h"

#include "syncschema.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <storage/cachethread.h>
#include <storage/localcache.h>
#include <storage/schema.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMaxWindowMs = 7 * 24 * 3600 * kSecondMs;
// Pages are stored in batches: every commit re-encrypts the pages it touched, so a few
// thousand records a transaction cost far less each than one page of 200. A batch waits for
// this many records, or kBatchWaitMs, whichever comes first.
constexpr qint64 kBatchRecords = 10000;
constexpr int kBatchWaitMs = 300;
// Past this many records waiting for the cache, windows pause their next page.
constexpr qint64 kMaxPendingRecords = 40000;

struct WriteOutcome
{
    qint64 records = 0;
    qint64 ms = 0;
};

} // namespace

struct SharePull::Lane
{
    ShareFeed feed;
    ShareStore::Window window;
};

bool SharePull::Summary::ok() const
{
    if (cancelled)
        return false;
    for (const FeedProgress &feed : feeds) {
        if (!feed.error.isEmpty())
            return false;
    }
    return true;
}

SharePull::SharePull(const LocalCache &cache, ShareEndpoint endpoint, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_cache(std::make_unique<CacheThread>(cache, u"share-pull"_s))
    , m_client(new ShareClient(std::move(endpoint), this))
{
    qRegisterMetaType<FeedProgress>();
    qRegisterMetaType<Summary>();
    m_options.windowMs = std::clamp(m_options.windowMs, kSecondMs, kMaxWindowMs);
    m_options.connections = std::max(1, m_options.connections);
    m_client->setMaxAttempts(m_options.maxAttempts);
    m_client->setBackoff(m_options.firstBackoffMs, m_options.maxBackoffMs);
    m_client->setTimeout(m_options.timeoutMs);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] {
        m_batchWaited = true;
        flush();
    });
    connect(m_client, &ShareClient::retrying, this,
            [this](const QString &reason, int attempt, int pauseMs) {
                emit retrying(tr("%1 (attempt %2, again in %3 s)")
                                  .arg(reason)
                                  .arg(attempt)
                                  .arg(pauseMs / 1000.0, 0, 'f', 1));
            });
}

SharePull::~SharePull()
{
    m_client->abort();
    m_cache.reset(); // finishes the write in progress before the pull goes
}

void SharePull::start()
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    const Options options = m_options;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_cache->run<QList<ShareStore::FeedState>>(
        this,
        [options, nowMs](QSqlDatabase &db) -> Result<QList<ShareStore::FeedState>> {
            if (auto migrated = Schema::migrate(db, SyncSchema::module(), SyncSchema::migrations());
                !migrated)
                return migrated.error();
            // Windows side by side write at as many places in the tables' B-trees; every page
            // SQLCipher evicts is encrypted on the way out and decrypted when needed again. A
            // page cache the size of the working set keeps them in (this connection only).
            // Checkpoints every 10 000 pages rather than 1 000: a page several batches change
            // is re-encrypted into the file once.
            QSqlQuery(db).exec(u"PRAGMA cache_size = -%1"_s.arg(options.cacheKiB));
            QSqlQuery(db).exec(u"PRAGMA wal_autocheckpoint = 10000"_s);
            QSqlQuery(db).exec(u"PRAGMA temp_store = MEMORY"_s);
            ShareStore store(db);
            QList<ShareStore::FeedState> states;
            // Whole seconds: the API's times have no more.
            const qint64 until =
                (options.untilMs ? options.untilMs : nowMs) / kSecondMs * kSecondMs;
            for (ShareFeed feed : options.feeds) {
                auto state = store.state(feed);
                if (!state)
                    return state.error();
                // An interrupted plan is finished first; the rest up to now is added to it.
                qint64 from = 0;
                if (!state->windows.isEmpty())
                    from = state->planEndMs + kSecondMs;
                else if (state->syncedToMs > 0)
                    from = state->syncedToMs - options.overlapMs;
                else
                    from = options.sinceMs;
                from = from / kSecondMs * kSecondMs;
                QList<ShareStore::Window> windows;
                for (qint64 start = from; start <= until; start += options.windowMs) {
                    const qint64 end = std::min(start + options.windowMs - kSecondMs, until);
                    windows.append({start, end, start});
                }
                if (!windows.isEmpty()) {
                    if (auto planned = store.plan(feed, windows, until); !planned)
                        return planned.error();
                    state = store.state(feed);
                    if (!state)
                        return state.error();
                }
                states.append(*state);
            }
            return states;
        },
        [this](Result<QList<ShareStore::FeedState>> states) {
            if (!states) {
                for (ShareFeed feed : m_options.feeds)
                    failFeed(feed, states.error());
                finishIfDone();
                return;
            }
            planned(*states);
        });
}

void SharePull::planned(QList<ShareStore::FeedState> states)
{
    // Round robin over the feeds, oldest window first within each, so every feed moves.
    QList<std::deque<ShareStore::Window>> perFeed;
    for (const ShareStore::FeedState &state : states) {
        FeedProgress &progress = m_progress[int(state.feed)];
        progress.feed = state.feed;
        progress.windowsTotal = int(state.windows.size());
        perFeed.append(
            std::deque<ShareStore::Window>(state.windows.cbegin(), state.windows.cend()));
        emit this->progress(progress);
    }
    for (bool more = true; more;) {
        more = false;
        for (int i = 0; i < perFeed.size(); ++i) {
            if (perFeed[i].empty())
                continue;
            m_queue.emplace_back(states[i].feed, perFeed[i].front());
            perFeed[i].pop_front();
            more = true;
        }
    }
    fillLanes();
    finishIfDone();
}

void SharePull::fillLanes()
{
    while (!m_cancelled && m_activeLanes < m_options.connections && !m_queue.empty()) {
        auto lane = std::make_shared<Lane>();
        std::tie(lane->feed, lane->window) = m_queue.front();
        m_queue.pop_front();
        if (!m_progress[int(lane->feed)].error.isEmpty())
            continue;
        ++m_activeLanes;
        requestPage(lane);
    }
}

void SharePull::requestPage(std::shared_ptr<Lane> lane)
{
    m_client->page(lane->feed, lane->window.cursorMs, lane->window.endMs,
                   [this, lane](Result<SharePage> page) { pageArrived(lane, std::move(page)); });
}

void SharePull::pageArrived(std::shared_ptr<Lane> lane, Result<SharePage> page)
{
    FeedProgress &progress = m_progress[int(lane->feed)];
    if (m_cancelled || !progress.error.isEmpty()) {
        --m_activeLanes;
        finishIfDone();
        return;
    }
    if (!page) {
        --m_activeLanes;
        failFeed(lane->feed, page.error());
        fillLanes();
        finishIfDone();
        return;
    }
    const QString feedName = shareFeedInfo(lane->feed).name;
    for (const QString &why : page->rejected)
        qWarning("share %s: %s", qUtf8Printable(feedName), qUtf8Printable(why));
    const qint64 cursor = lane->window.cursorMs;
    const bool full = page->records.size() + page->rejected.size() >= 200;
    const qint64 last = page->records.isEmpty() ? cursor : page->records.constLast().cursorMs;
    ShareStore::PageWrite write;
    write.feed = lane->feed;
    write.windowStartMs = lane->window.startMs;
    if (!full || last > lane->window.endMs) {
        write.windowDone = true;
    } else if (last < cursor) {
        --m_activeLanes;
        failFeed(lane->feed,
                 Error{tr("The server's %1 pages are not in time order; the pull stopped so "
                          "that nothing is skipped.")
                           .arg(feedName),
                       u"page from %1 ends at %2"_s.arg(ShareClient::timeText(cursor),
                                                        ShareClient::timeText(last))});
        fillLanes();
        finishIfDone();
        return;
    } else if (last == cursor) {
        // Two hundred records, all in the second the page began at: the API has nothing to
        // page past them with. They are kept, and the next second is read.
        write.crowded = true;
        write.nextCursorMs = cursor + kSecondMs;
        qWarning("share %s: more than 200 records at %s; the share API cannot page past the "
                 "first 200 of one second, the rest of that second is not available",
                 qUtf8Printable(feedName), qUtf8Printable(ShareClient::timeText(cursor)));
    } else {
        write.nextCursorMs = last;
    }
    if (!write.windowDone && write.nextCursorMs > lane->window.endMs)
        write.windowDone = true;
    write.records = std::move(page->records);
    progress.pages += 1;
    progress.rejected += page->rejected.size();
    const bool done = write.windowDone;
    const qint64 next = write.nextCursorMs;
    m_pendingRecords += write.records.size();
    m_pending.append(std::move(write));
    if (done) {
        --m_activeLanes;
        fillLanes();
    } else {
        lane->window.cursorMs = next;
        if (m_pendingRecords >= kMaxPendingRecords)
            m_parked.append(lane);
        else
            requestPage(lane);
    }
    flush();
}

void SharePull::flush()
{
    if (m_writing || m_pending.isEmpty())
        return;
    // Small batches wait a little for more, unless nothing more is coming.
    const bool moreComing = m_activeLanes > 0 && !m_cancelled;
    if (moreComing && m_pendingRecords < kBatchRecords && !m_batchWaited) {
        if (!m_batchTimer.isActive())
            m_batchTimer.start(kBatchWaitMs);
        return;
    }
    m_batchTimer.stop();
    m_batchWaited = false;
    m_writing = true;
    m_pendingRecords = 0;
    QList<ShareStore::PageWrite> batch = std::exchange(m_pending, {});
    m_cache->run<WriteOutcome>(
        this,
        [batch](QSqlDatabase &db) -> Result<WriteOutcome> {
            QElapsedTimer timer;
            timer.start();
            auto written = ShareStore(db).write(batch, QDateTime::currentMSecsSinceEpoch());
            if (!written)
                return written.error();
            return WriteOutcome{*written, timer.elapsed()};
        },
        [this, batch](Result<WriteOutcome> outcome) {
            m_writing = false;
            if (!outcome) {
                // The cache refuses (disk full, read-only): no feed can go on.
                m_client->abort();
                m_activeLanes = 0;
                m_queue.clear();
                m_pending.clear();
                m_parked.clear();
                for (ShareFeed feed : m_options.feeds)
                    failFeed(feed, outcome.error());
                finishIfDone();
                return;
            }
            m_writeMs += outcome->ms;
            QMap<int, bool> touched;
            for (const ShareStore::PageWrite &page : batch) {
                FeedProgress &progress = m_progress[int(page.feed)];
                progress.records += page.records.size();
                progress.crowdedSeconds += page.crowded ? 1 : 0;
                progress.windowsDone += page.windowDone ? 1 : 0;
                touched[int(page.feed)] = true;
            }
            for (auto it = touched.cbegin(); it != touched.cend(); ++it)
                emit progress(m_progress[it.key()]);
            // Windows paused while the cache caught up go on.
            for (const auto &lane : std::exchange(m_parked, {}))
                requestPage(lane);
            flush();
            finishIfDone();
        });
}

void SharePull::failFeed(ShareFeed feed, const Error &error)
{
    FeedProgress &progress = m_progress[int(feed)];
    progress.feed = feed;
    if (progress.error.isEmpty()) {
        progress.error = error.message;
        progress.errorCode = error.code;
        qWarning("share %s: %s", qUtf8Printable(shareFeedInfo(feed).name),
                 qUtf8Printable(error.text()));
        emit this->progress(progress);
    }
}

void SharePull::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_client->abort(); // their callbacks do not run: the lanes end here
    m_activeLanes = 0;
    m_parked.clear();
    m_queue.clear();
    finishIfDone();
}

SharePull::Summary SharePull::summary() const
{
    Summary summary;
    for (ShareFeed feed : m_options.feeds)
        summary.feeds.append(m_progress.value(int(feed), FeedProgress{feed}));
    summary.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    summary.writeMs = m_writeMs;
    summary.network = m_client->statistics();
    summary.cancelled = m_cancelled;
    return summary;
}

void SharePull::finishIfDone()
{
    if (m_finished || !m_started || m_activeLanes > 0 || m_writing || !m_pending.isEmpty())
        return;
    if (!m_cancelled && !m_queue.empty())
        return;
    // The plan is read only after the first answer from the cache thread.
    if (m_progress.isEmpty() && !m_cancelled)
        return;
    m_finished = true;
    emit finished(summary());
}

} // namespace Jiandu::Sync
