// statebench CATALOGUE DIR [SUBJECTS...]
// What storing the rule engine's state costs after a batch, as the number of subjects grows.
// For each SUBJECTS (default 10 000, 100 000, 1 000 000): that many people in 刑事拘留 under
// the catalogue in a new encrypted cache in DIR, stored once in full; then 200 batches of 100
// events (half new detentions, half ending), each stored in its own transaction as the rule
// worker does: Jiandu's changes by subject. The peer, in the same run: the design it replaces,
// the whole state as one document per transaction (10 batches). Also: reading the state back
// at start.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsschema.h>
#include <algorithm>
#include <cstdio>
#include <rules/ruleengine.h>
#include <storage/localcache.h>
#include <vector>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

void report(const char *label, int subjects, std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double p) {
        return double(ns[std::min(ns.size() - 1, size_t(p * ns.size()))]) / 1e6;
    };
    std::printf("%9d subjects  %-34s n=%4zu  p50 %9.2f ms  p99 %9.2f ms\n", subjects, label,
                ns.size(), at(0.5), at(0.99));
    std::fflush(stdout);
}

RuleEvent detention(int i, qint64 at, bool ends)
{
    return {ends ? u"measure.ended"_s : u"measure.started"_s, at,
            QJsonObject{{u"personId"_s, u"P%1"_s.arg(i)},
                        {u"name"_s, u"人员%1"_s.arg(i)},
                        {u"measure"_s, u"刑事拘留"_s}}};
}

bool commit(QSqlDatabase &db, const std::function<Result<void>()> &write)
{
    if (!db.transaction())
        return false;
    if (!write()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: statebench CATALOGUE DIR [SUBJECTS...]\n");
        return 2;
    }
    auto set = RuleSet::load(QString::fromLocal8Bit(argv[1]));
    if (!set)
        qFatal("%s", qPrintable(set.error().text()));
    QList<int> sizes;
    for (int i = 3; i < argc; ++i)
        sizes.append(std::atoi(argv[i]));
    if (sizes.isEmpty())
        sizes = {10000, 100000, 1000000};
    const qint64 t0 = QDateTime(QDate(2026, 11, 1), QTime(8, 0)).toMSecsSinceEpoch();

    for (const int subjects : std::as_const(sizes)) {
        const QString directory =
            QDir(QString::fromLocal8Bit(argv[2])).filePath(u"statebench-%1"_s.arg(subjects));
        QDir(directory).removeRecursively();
        QDir().mkpath(directory);
        const auto cleanup = qScopeGuard([directory] { QDir(directory).removeRecursively(); });
        auto cache = LocalCache::create(directory, u"bench"_s);
        if (!cache || !AlertsSchema::migrate(**cache))
            qFatal("cache in %s", qPrintable(directory));
        QSqlDatabase &db = (*cache)->database().connection();
        AlertRepository alerts(db);

        RuleEngine engine(*set);
        QList<RuleEvent> load;
        for (int i = 0; i < subjects; ++i) {
            load.append(detention(i, t0 + i, false));
            if (load.size() == 10000) {
                engine.process(load, load.constLast().timeMs);
                load.clear();
            }
        }
        engine.process(load, t0 + subjects);
        QElapsedTimer timer;
        timer.start();
        if (!commit(db, [&] { return alerts.saveEngineState(engine.stateChanges(), t0); }))
            qFatal("first save");
        engine.stateSaved();
        report("first save, complete", subjects, {timer.nsecsElapsed()});

        qint64 at = t0 + subjects + 1000;
        int next = subjects;
        std::vector<qint64> incremental;
        std::vector<qint64> document;
        for (int batch = 0; batch < 200; ++batch) {
            QList<RuleEvent> events;
            for (int i = 0; i < 50; ++i) {
                events.append(detention(next++, at++, false));
                events.append(
                    detention(int(QRandomGenerator::global()->bounded(subjects)), at++, true));
            }
            engine.process(events, at);
            timer.restart();
            if (!commit(db, [&] { return alerts.saveEngineState(engine.stateChanges(), at); }))
                qFatal("save");
            engine.stateSaved();
            incremental.push_back(timer.nsecsElapsed());
            if (batch < 10) {
                // The peer: the whole state as one document, in a transaction of its own.
                timer.restart();
                const QByteArray whole =
                    QJsonDocument(engine.saveState()).toJson(QJsonDocument::Compact);
                QSqlQuery q(db);
                db.transaction();
                q.prepare(u"INSERT OR REPLACE INTO rule_engine_state (id, saved_ms, state)"
                          " VALUES (1, ?, ?)"_s);
                q.addBindValue(at);
                q.addBindValue(whole);
                if (!q.exec() || !db.commit())
                    qFatal("peer save");
                document.push_back(timer.nsecsElapsed());
                q.exec(u"DELETE FROM rule_engine_state"_s);
            }
        }
        report("jiandu: a batch's changes stored", subjects, incremental);
        report("peer: the whole state stored", subjects, document);

        timer.restart();
        RuleEngine restarted(*set);
        const auto restored = alerts.loadEngineState(restarted);
        if (!restored || *restored != AlertRepository::Restored::Restored)
            qFatal("restore");
        report("start: state read back", subjects, {timer.nsecsElapsed()});
        if (restarted.runningDeadlines() != engine.runningDeadlines())
            qFatal("restored %d deadlines of %d", restarted.runningDeadlines(),
                   engine.runningDeadlines());
    }
    return 0;
}
