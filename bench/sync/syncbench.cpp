// Two measurements of the supervision data's sync against a running jiandu-central:
//
//   syncbench latency SERVER BROKER CACHE_A CACHE_B USER_A USER_B PASSWORD COUNT
//     Workstation A changes something (alternately a problem step and an alert
//     acknowledgement) and sends it; workstation B, woken by the live update, pulls it. The
//     time from A starting to send until the change is in B's cache, COUNT times: p50, p99.
//   syncbench drain SERVER CACHE USER PASSWORD OPS
//     A workstation that worked offline has OPS operations queued (problems opened and
//     issued); the time for one sync round to send them all and take the answers back.
//
// The caches are created fresh (password "bench"). Alerts for the acknowledgements must exist
// on the server in A's scope (bench/sync-live.sh inserts them).
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsreplica.h>
#include <alerts/data/alertsschema.h>
#include <alerts/data/problemrepository.h>
#include <cstdio>
#include <storage/localcache.h>
#include <sync/liveupdates.h>
#include <sync/supervisionsync.h>

using namespace Jiandu;
using namespace Jiandu::Sync;
using namespace Qt::StringLiterals;

namespace {

const AlertsReplica kReplica;

std::unique_ptr<LocalCache> freshCache(const QString &directory)
{
    QDir(directory).removeRecursively();
    auto cache = LocalCache::create(directory, u"bench"_s);
    if (!cache || !AlertsSchema::migrate(**cache)) {
        std::fprintf(stderr, "the cache %s cannot be created\n", qPrintable(directory));
        std::exit(1);
    }
    return std::move(cache).value();
}

//! Runs one round and waits for it.
bool round(SupervisionSync &sync, SupervisionSync::Progress *progress = nullptr)
{
    QEventLoop loop;
    bool ok = false;
    sync.run([&](Result<SupervisionSync::Progress> r) {
        ok = r.ok();
        if (!r)
            std::fprintf(stderr, "sync: %s\n", qPrintable(r.error().text()));
        else if (progress)
            *progress = *r;
        loop.quit();
    });
    loop.exec();
    return ok;
}

QString scalar(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto at = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

int latency(const QStringList &a)
{
    const QUrl server(a[0]);
    auto cacheA = freshCache(a[2]);
    auto cacheB = freshCache(a[3]);
    SupervisionSync syncA(*cacheA, {server, {}, a[4], a[6]}, {&kReplica});
    SupervisionSync syncB(*cacheB, {server, {}, a[5], a[6]}, {&kReplica});
    const int count = a[7].toInt();
    const ProblemWorkflow::Actor actorA{a[4], ProblemRole::LegalOfficer, {}};

    // A problem both know, and the alerts both have.
    Problem p;
    p.title = u"时延测试"_s;
    p.unit = u"大智派出所"_s;
    const auto opened = ProblemRepository(cacheA->database().connection())
                            .open(p, actorA, {}, QDateTime::currentMSecsSinceEpoch());
    if (!opened || !round(syncA) || !round(syncB))
        return 1;
    const qint64 localA = opened->id;
    QList<qint64> alerts;
    {
        QSqlQuery q(cacheA->database().connection());
        q.exec(
            u"SELECT id FROM alert WHERE ack_by IS NULL AND central_id IS NOT NULL ORDER BY id"_s);
        while (q.next())
            alerts.append(q.value(0).toLongLong());
    }

    LiveUpdates live(a[1]);
    QElapsedTimer waited;
    waited.start();
    while (!live.isConnected() && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!live.isConnected()) {
        std::fprintf(stderr, "the broker %s cannot be reached\n", qPrintable(a[1]));
        return 1;
    }
    QObject::connect(&live, &LiveUpdates::changed, &syncB, [&] {
        if (!syncB.isRunning())
            syncB.run([](Result<SupervisionSync::Progress>) {});
    });
    QList<double> steps, acks;
    for (int i = 0; i < count; ++i) {
        const bool ack = i % 2 == 1 && i / 2 < alerts.size();
        QString seen;
        QElapsedTimer clock;
        clock.start();
        if (ack) {
            const qint64 id = alerts.at(i / 2);
            const QString central =
                scalar(*cacheA, u"SELECT central_id FROM alert WHERE id = %1"_s.arg(id));
            AlertRepository(cacheA->database().connection())
                .acknowledge(id, a[4], {}, QDateTime::currentMSecsSinceEpoch());
            seen = u"SELECT count(*) FROM alert WHERE central_id = %1 AND ack_by IS NOT NULL"_s.arg(
                central);
        } else {
            ProblemRepository(cacheA->database().connection())
                .apply(localA, actorA, ProblemAction::Comment, u"说明 %1"_s.arg(i), {},
                       QDateTime::currentMSecsSinceEpoch());
            seen = u"SELECT count(*) FROM problem_step s JOIN problem p ON p.id = s.problem_id"
                   " WHERE p.uid = '%1' AND s.note = '说明 %2'"_s.arg(opened->uid)
                       .arg(i);
        }
        syncA.run([](Result<SupervisionSync::Progress>) {});
        while (scalar(*cacheB, seen) != u"1"_s && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        (ack ? acks : steps).append(clock.nsecsElapsed() / 1e6);
        while (syncA.isRunning() || syncB.isRunning())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    for (const auto &[name, values] :
         {std::pair{"problem step", steps}, std::pair{"alert acknowledgement", acks}})
        std::printf("%-22s n=%-4lld p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms\n", name,
                    qlonglong(values.size()), percentile(values, 0.5), percentile(values, 0.99),
                    values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end()));
    return 0;
}

int drain(const QStringList &a)
{
    auto cache = freshCache(a[1]);
    const int ops = a[4].toInt();
    const ProblemWorkflow::Actor actor{a[2], ProblemRole::LegalOfficer, {}};
    ProblemRepository problems(cache->database().connection());
    QElapsedTimer queueing;
    queueing.start();
    for (int i = 0; i < ops / 2; ++i) {
        Problem p;
        p.title = u"离线问题 %1"_s.arg(i);
        p.unit = u"大智派出所"_s;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto opened = problems.open(p, actor, u"离线发现"_s, now);
        if (!opened ||
            !problems.apply(opened->id, actor, ProblemAction::Issue, u"请整改"_s, {}, now))
            return 1;
    }
    const QString queued = scalar(*cache, u"SELECT count(*) FROM outbox"_s);
    std::printf("queued %s operations offline in %.1f s\n", qPrintable(queued),
                queueing.elapsed() / 1000.0);
    SupervisionSync sync(*cache, {QUrl(a[0]), {}, a[2], a[3]}, {&kReplica});
    QElapsedTimer clock;
    clock.start();
    qint64 pushedAtMs = -1;
    QObject::connect(&sync, &SupervisionSync::progressed, &sync,
                     [&](const SupervisionSync::Progress &progress) {
                         if (pushedAtMs < 0 && progress.pushed >= queued.toLongLong())
                             pushedAtMs = clock.elapsed();
                     });
    SupervisionSync::Progress progress;
    if (!round(sync, &progress))
        return 1;
    const double seconds = clock.elapsed() / 1000.0;
    std::printf("sent %lld operations (%lld decided otherwise) in %.2f s: %.0f operations/s; "
                "the round, with the %lld changes pulled back, %.2f s; %s left queued\n",
                progress.pushed, progress.conflicts, pushedAtMs / 1000.0,
                progress.pushed / std::max(0.001, pushedAtMs / 1000.0), progress.pulled, seconds,
                qPrintable(scalar(*cache, u"SELECT count(*) FROM outbox"_s)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"latency"_s && args.size() == 9)
        return latency(args.mid(1));
    if (args.value(0) == u"drain"_s && args.size() == 6)
        return drain(args.mid(1));
    std::fprintf(stderr, "usage: syncbench latency SERVER BROKER CACHE_A CACHE_B USER_A USER_B "
                         "PASSWORD COUNT\n       syncbench drain SERVER CACHE USER PASSWORD OPS\n");
    return 2;
}
