// The alert inbox with a million alerts: how long the index takes to load, how long a filter
// or grouping change takes, and how long showing a screenful of rows takes anywhere in the
// list (reading their text from the encrypted cache). The peer in the same run is the naive
// design: every filter change a SQL count plus the first page, every scroll a LIMIT/OFFSET
// query, over the same cache.
//
// inboxbench ALERTS DIRECTORY
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <alerts/alertindex.h>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsschema.h>
#include <alerts/ui/alertinboxmodel.h>
#include <algorithm>
#include <cstdio>
#include <storage/localcache.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)], ms.back()};
}

const QStringList kElements{u"incident"_s, u"case"_s,  u"person"_s,
                            u"property"_s, u"venue"_s, u"file"_s};

QString unitName(int i)
{
    return u"第%1派出所"_s.arg(i + 1);
}

void fill(QSqlDatabase &db, int count, qint64 now)
{
    QRandomGenerator random(20261123);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO alert (rule_id, subject_key, element, unit, tier, colour, score,"
              " message, subject, raised_ms, deadline_ms, status, resolved_ms)"
              " VALUES (?, ?, ?, ?, ?, '', 1, ?, '{}', ?, ?, ?, ?)"_s);
    const qint64 year = 365LL * 24 * 3600'000;
    for (int start = 0; start < count; start += 10000) {
        db.transaction();
        for (int i = start; i < std::min(count, start + 10000); ++i) {
            const qint64 raised = now - year + qint64(double(i) / count * year);
            const int roll = random.bounded(100);
            const bool resolved = roll < 70; // most alerts end by themselves
            q.addBindValue(u"rule.%1"_s.arg(random.bounded(30)));
            q.addBindValue(u"personId=P%1"_s.arg(i));
            q.addBindValue(kElements[random.bounded(kElements.size())]);
            q.addBindValue(unitName(random.bounded(40)));
            q.addBindValue(random.bounded(3));
            q.addBindValue(
                u"张三%1，440300199001011234，P%1，进入办案区1小时未进行人身安全检查"_s.arg(i));
            q.addBindValue(raised);
            q.addBindValue(raised + 3600'000);
            q.addBindValue(resolved ? 0 : random.bounded(3));
            q.addBindValue(resolved ? QVariant(raised + 7200'000) : QVariant());
            if (!q.exec())
                qFatal("insert: %s", qPrintable(q.lastError().text()));
        }
        db.commit();
    }
}

struct Change
{
    const char *name;
    AlertFilter filter;
    AlertIndex::GroupBy group = AlertIndex::GroupBy::None;
    QString where; // the naive design's WHERE
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: inboxbench ALERTS DIRECTORY\n");
        return 2;
    }
    const int count = QString::fromLocal8Bit(argv[1]).toInt();
    const QString directory = QDir(QString::fromLocal8Bit(argv[2])).filePath(u"inboxbench"_s);
    const qint64 now = QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toMSecsSinceEpoch();

    std::unique_ptr<LocalCache> cache;
    if (LocalCache::exists(directory)) {
        auto opened = LocalCache::open(directory, u"bench"_s);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
        cache = std::move(opened).value();
    } else {
        QDir().mkpath(directory);
        auto created = LocalCache::create(directory, u"bench"_s);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        cache = std::move(created).value();
    }
    if (auto migrated = AlertsSchema::migrate(*cache); !migrated)
        qFatal("%s", qPrintable(migrated.error().text()));
    QSqlDatabase db = cache->database().connection();
    if (*AlertRepository(db).count() != count) {
        QSqlQuery(db).exec(u"DELETE FROM alert"_s);
        QElapsedTimer filling;
        filling.start();
        fill(db, count, now);
        std::printf("filled %d alerts in %.1f s (not measured)\n", count,
                    filling.elapsed() / 1000.0);
    }

    // Ours: the index in memory, rows read a page at a time when shown.
    const double rssBefore = rssMb();
    QElapsedTimer timer;
    timer.start();
    AlertIndex index;
    if (!AlertRepository(db).scan([&index](const AlertRepository::Summary &s) { index.append(s); }))
        qFatal("scan failed");
    index.reorder();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    const double indexMb = rssMb() - rssBefore;
    // The rows a screen shows are read at once here (the client reads them on its database
    // thread): the time to the first screen includes them.
    AlertInboxModel *reader = nullptr;
    AlertInboxModel model(
        index,
        [&db, &reader](const QList<qint64> &ids) {
            auto read = AlertRepository(db).get(ids);
            reader->takeRecords(ids, read ? *read : QList<AlertRecord>());
        },
        [now] { return now; }, [](const QString &id) { return id; });
    reader = &model;

    const quint8 toHandle = 0b0011;
    const QList<Change> changes{
        {"to handle (default)", {0b111, toHandle}, {}, u"resolved_ms IS NULL AND status < 2"_s},
        {"alarms only",
         {0b100, toHandle},
         {},
         u"resolved_ms IS NULL AND status < 2 AND tier = 2"_s},
        {"one unit",
         {0b111, toHandle, {}, unitName(7)},
         {},
         u"resolved_ms IS NULL AND status < 2 AND unit = '%1'"_s.arg(unitName(7))},
        {"element person, last 30 days",
         {0b111, 0b1111, u"person"_s, {}, now - 30LL * 24 * 3600'000},
         {},
         u"element = 'person' AND raised_ms >= %1"_s.arg(now - 30LL * 24 * 3600'000)},
        {"resolved", {0b111, 0b1000}, {}, u"resolved_ms IS NOT NULL"_s},
        {"everything", {0b111, 0b1111}, {}, u"1"_s},
        {"to handle, grouped by unit",
         {0b111, toHandle},
         AlertIndex::GroupBy::Unit,
         u"resolved_ms IS NULL AND status < 2"_s},
        {"everything, grouped by element", {0b111, 0b1111}, AlertIndex::GroupBy::Element, u"1"_s},
    };

    std::printf("\n%d alerts; index loaded in %.0f ms, +%.0f MB RSS (%.0f MB total)\n\n", count,
                loadMs, indexMb, rssMb());
    std::printf("%-34s %12s %10s %14s %10s %8s\n", "filter change", "jiandu ms", "rows",
                "naive SQL ms", "rows", "ratio");
    std::vector<double> ours, naive;
    for (int round = 0; round < 3; ++round) {
        for (const Change &c : changes) {
            timer.restart();
            model.setGroupBy(c.group);
            model.setFilter(c.filter);
            const double a = timer.nsecsElapsed() / 1e6;
            // The view asks for the first screen at once.
            const QModelIndex first =
                c.group == AlertIndex::GroupBy::None ? QModelIndex() : model.index(0, 0);
            for (int r = 0; r < std::min(40, model.rowCount(first)); ++r)
                model.data(model.index(r, AlertInboxModel::Message, first));
            const double aScreen = timer.nsecsElapsed() / 1e6;

            timer.restart();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            qint64 rows = 0;
            if (c.group == AlertIndex::GroupBy::None) {
                q.exec(u"SELECT count(*) FROM alert WHERE "_s + c.where);
                q.next();
                rows = q.value(0).toLongLong();
            } else {
                const QString column =
                    c.group == AlertIndex::GroupBy::Unit ? u"unit"_s : u"element"_s;
                q.exec(
                    u"SELECT %1, count(*) FROM alert WHERE %2 GROUP BY %1"_s.arg(column, c.where));
                while (q.next())
                    rows += q.value(1).toLongLong();
            }
            QSqlQuery page(db);
            page.setForwardOnly(true);
            page.exec(
                u"SELECT id, message FROM alert WHERE %1 ORDER BY raised_ms DESC LIMIT 40"_s.arg(
                    c.where));
            while (page.next()) {
            }
            const double b = timer.nsecsElapsed() / 1e6;
            if (round == 2)
                std::printf("%-34s %8.1f (%4.1f) %10lld %14.1f %10lld %8.3f\n", c.name, aScreen, a,
                            qint64(model.alertCount()), b, rows, aScreen / b);
            ours.push_back(aScreen);
            naive.push_back(b);
        }
    }
    const Stats f1 = stats(ours), f2 = stats(naive);
    std::printf("%-34s %8.1f / %.1f %21.1f / %.1f\n", "filter change p50 / max", f1.p50, f1.max,
                f2.p50, f2.max);

    // Scrolling: a screen of 40 rows at 300 random places in "everything".
    model.setGroupBy(AlertIndex::GroupBy::None);
    model.setFilter({0b111, 0b1111});
    QRandomGenerator random(7);
    std::vector<double> screens, offsets;
    for (int i = 0; i < 300; ++i) {
        const int top = random.bounded(std::max(1, model.rowCount() - 40));
        timer.restart();
        for (int r = top; r < top + 40; ++r)
            for (int column = 0; column < AlertInboxModel::ColumnCount; ++column)
                model.data(model.index(r, column));
        screens.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        QSqlQuery page(db);
        page.setForwardOnly(true);
        page.exec(u"SELECT id, message, unit, tier, raised_ms, deadline_ms, status FROM alert"
                  " ORDER BY raised_ms DESC LIMIT 40 OFFSET %1"_s.arg(top));
        while (page.next()) {
        }
        offsets.push_back(timer.nsecsElapsed() / 1e6);
    }
    const Stats s1 = stats(screens), s2 = stats(offsets);
    std::printf("\nscreen of 40 rows anywhere (300 places): jiandu p50 %.2f ms, p99 %.2f, max %.2f;"
                " naive LIMIT/OFFSET p50 %.2f ms, p99 %.2f, max %.2f; p99 ratio %.3f\n",
                s1.p50, s1.p99, s1.max, s2.p50, s2.p99, s2.max, s1.p99 / s2.p99);
    std::printf("RSS at the end: %.0f MB\n", rssMb());
    return 0;
}
