// rulebench CATALOGUE [SUBJECTS] [EVENTS_PER_SECOND] [SECONDS] [PEER_DIR]
// The rule engine under load, in virtual time: SUBJECTS people in 刑事拘留 whose 3-day
// deadlines (and 12-hour-earlier warnings) fall due over the run, then EVENTS_PER_SECOND
// events (half new detentions, half detentions ending) for SECONDS of virtual time; the
// engine's clock ticks every 10 ms. Reports the wall time of each event's processing (the
// event-to-alert latency: a resolved alert or a late deadline comes out of it) and of each
// tick that raised deadline alerts, p50/p99, and memory. With PEER_DIR, the peer in the same
// run: the naive design, the same deadlines as rows in the encrypted cache and a periodic SQL
// query (once a second) for what is due; its alert latency is the wait for the next query
// plus the query.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <rules/ruleengine.h>
#include <storage/localcache.h>
#include <vector>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

// Bytes the allocator has handed out and not got back: the engine's live data, without the
// holes freed temporaries leave in the heap (which RSS still counts).
double heapInUseMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void report(const char *label, std::vector<qint64> ns)
{
    if (ns.empty()) {
        std::printf("%-40s none\n", label);
        return;
    }
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double p) {
        return double(ns[std::min(ns.size() - 1, size_t(p * ns.size()))]) / 1e6;
    };
    std::printf("%-40s n=%8zu  p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms\n", label, ns.size(),
                at(0.5), at(0.99), double(ns.back()) / 1e6);
}

QJsonObject person(int i, const char *measure)
{
    return {{u"personId"_s, u"P%1"_s.arg(i)},
            {u"name"_s, u"人员%1"_s.arg(i)},
            {u"idCard"_s, u"4403001990%1"_s.arg(i, 8, 10, QChar(u'0'))},
            {u"measure"_s, QString::fromUtf8(measure)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: rulebench CATALOGUE [SUBJECTS] [EVENTS_PER_SECOND] "
                             "[SECONDS] [PEER_DIR]\n");
        return 2;
    }
    auto set = RuleSet::load(QString::fromLocal8Bit(argv[1]));
    if (!set) {
        std::fprintf(stderr, "%s\n", qPrintable(set.error().message));
        return 1;
    }
    const int subjects = argc > 2 ? std::atoi(argv[2]) : 1000000;
    const int rate = argc > 3 ? std::atoi(argv[3]) : 10000;
    const int seconds = argc > 4 ? std::atoi(argv[4]) : 60;
    const QString peerDir = argc > 5 ? QString::fromLocal8Bit(argv[5]) : QString();
    const qint64 t0 = 1795000000000;
    const qint64 detention = 3 * 86400000LL;
    QRandomGenerator random(42);

    // Detentions started over the 3 days before t0 + a little: their deadlines fall due
    // around the run's virtual minutes.
    std::vector<qint64> started;
    started.resize(static_cast<size_t>(subjects));
    const double rssBefore = peakRssMb();
    const double heapBefore = heapInUseMb();
    RuleEngine engine(*set);
    QElapsedTimer load;
    load.start();
    for (int i = 0; i < subjects; ++i) {
        // Deadlines fall due during the run's virtual seconds (the warnings 12 h earlier).
        started[size_t(i)] = t0 - detention + qint64(random.bounded(seconds * 1000));
        engine.process(RuleEvent{u"measure.started"_s, started[size_t(i)], person(i, "刑事拘留")});
    }
    // The client takes what falls due in batches of at most 5 000 alerts (each stored in a
    // transaction of its own), never one list of a million.
    int warnings = 0;
    for (int batch = 1; batch > 0; warnings += batch)
        batch = int(engine.advanceTo(t0 - 1, 5000).size());
    std::printf("%d subjects loaded in %.1f s (%d warnings raised on the way); %d deadlines "
                "running; engine memory: heap in use %.0f MB, RSS %.0f MB\n",
                subjects, double(load.nsecsElapsed()) / 1e9, warnings, engine.runningDeadlines(),
                heapInUseMb() - heapBefore, peakRssMb() - rssBefore);

    std::vector<qint64> perEvent;
    std::vector<qint64> perAlertTick;
    perEvent.reserve(size_t(rate) * seconds);
    int raised = 0;
    int resolved = 0;
    int next = subjects;
    QElapsedTimer wall;
    wall.start();
    // Virtual seconds from t0, each split into 10 ms ticks with the events spread over them.
    for (int s = 0; s < seconds; ++s) {
        for (int tick = 0; tick < 100; ++tick) {
            const qint64 now = t0 + qint64(s) * 1000 + tick * 10;
            QElapsedTimer t;
            t.start();
            const auto changes = engine.advanceTo(now);
            if (!changes.isEmpty()) {
                perAlertTick.push_back(t.nsecsElapsed());
                raised += int(changes.size());
            }
            for (int e = 0; e < rate / 100; ++e) {
                const bool end = random.bounded(2) == 0;
                const int who = end ? int(random.bounded(next)) : next++;
                QElapsedTimer one;
                one.start();
                const auto out = engine.process(RuleEvent{
                    end ? u"measure.ended"_s : u"measure.started"_s, now, person(who, "刑事拘留")});
                perEvent.push_back(one.nsecsElapsed());
                for (const AlertChange &c : out)
                    (c.kind == AlertChange::Kind::Raised ? raised : resolved) += 1;
            }
        }
    }
    const double runSeconds = double(wall.nsecsElapsed()) / 1e9;
    std::printf("%d s of virtual time, %zu events in %.1f s wall = %.0f events/s; "
                "%d alerts raised, %d resolved\n",
                seconds, perEvent.size(), runSeconds, double(perEvent.size()) / runSeconds, raised,
                resolved);
    report("jiandu: event processing", perEvent);
    report("jiandu: clock ticks that raised alerts", perAlertTick);
    std::printf(
        "jiandu: memory after the run: heap in use %.0f MB, RSS %.0f MB (process %.0f MB)\n",
        heapInUseMb() - heapBefore, peakRssMb() - rssBefore, peakRssMb());

    if (peerDir.isEmpty())
        return 0;
    // The peer: deadlines as rows, a query once a second for what is due.
    QFile::remove(peerDir + u"/cache.db"_s);
    QFile::remove(peerDir + u"/cache.key"_s);
    auto cache = LocalCache::create(peerDir, u"bench-password"_s);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().text()));
        return 1;
    }
    QSqlDatabase db = (*cache)->database().connection();
    QSqlQuery q(db);
    q.exec(u"CREATE TABLE deadline (person TEXT PRIMARY KEY, due_ms INTEGER, ended INTEGER, "
           "alerted INTEGER)"_s);
    q.exec(u"CREATE INDEX deadline_due ON deadline (due_ms)"_s);
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO deadline VALUES (?, ?, 0, 0)"_s);
    for (int i = 0; i < subjects; ++i) {
        insert.addBindValue(u"P%1"_s.arg(i));
        insert.addBindValue(started[size_t(i)] + detention);
        insert.exec();
    }
    db.commit();
    std::vector<qint64> perQuery;
    QSqlQuery due(db);
    due.prepare(u"SELECT person FROM deadline WHERE due_ms <= ? AND ended = 0 AND alerted = 0"_s);
    QSqlQuery mark(db);
    mark.prepare(
        u"UPDATE deadline SET alerted = 1 WHERE due_ms <= ? AND ended = 0 AND alerted = 0"_s);
    for (int s = 0; s < seconds; ++s) {
        const qint64 now = t0 + qint64(s) * 1000;
        QElapsedTimer t;
        t.start();
        db.transaction();
        due.addBindValue(now);
        due.exec();
        int n = 0;
        while (due.next())
            ++n;
        mark.addBindValue(now);
        mark.exec();
        db.commit();
        perQuery.push_back(t.nsecsElapsed());
    }
    report("peer: periodic SQL query (every 1 s)", perQuery);
    std::printf("peer: alert latency = wait for the next query (0–1000 ms, mean 500 ms) + the "
                "query\n");
    return 0;
}
