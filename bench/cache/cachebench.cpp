// cachebench [--upsert N] [--lookup-records M] [--dir DIR]
// The encrypted cache against a plain SQLite file, same code, same run:
//  1. bulk upsert of N 警情 records (batches of 5000, one transaction each): records/s;
//  2. point lookups by jqbh and 30-day range queries on a cache of M records: p50/p99;
//  3. opening the cache with its password (PBKDF2 + SQLCipher): what a user waits at login.
#include "sampleincidents.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <storage/cachedatabase.h>
#include <storage/incidentrepository.h>
#include <storage/keywrap.h>
#include <storage/localcache.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBatch = 5000;

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Upserts \a count records from 0 into \a path; returns records per second. \a shiftMs
// changes every record's times, so a second pass replaces changed records, as sync does.
double upsert(const QString &path, const QString &key, qint64 count, qint64 shiftMs = 0)
{
    auto db = CacheDatabase::open(path, key);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    IncidentRepository incidents((*db)->connection());
    QElapsedTimer timer;
    qint64 generatingNs = 0;
    timer.start();
    for (qint64 first = 0; first < count; first += kBatch) {
        QElapsedTimer generating;
        generating.start();
        QList<Incident> batch =
            Testing::sampleIncidents(first, int(std::min<qint64>(kBatch, count - first)));
        for (Incident &incident : batch) {
            incident.xgsjMs += shiftMs;
            incident.sjcMs += shiftMs;
        }
        generatingNs += generating.nsecsElapsed();
        if (auto stored = incidents.upsert(batch); !stored)
            qFatal("%s", qPrintable(stored.error().text()));
    }
    // Only the cache's work counts, not making the sample records.
    const double seconds = double(timer.nsecsElapsed() - generatingNs) / 1e9;
    return double(count) / seconds;
}

void lookups(const char *label, const QString &path, const QString &key, qint64 records)
{
    auto db = CacheDatabase::open(path, key);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    IncidentRepository incidents((*db)->connection());
    QRandomGenerator random(42);
    std::vector<double> point;
    for (int i = 0; i < 20000; ++i) {
        const qint64 n = random.bounded(records);
        const QString jqbh = u"J440300%1"_s.arg(n, 12, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        auto found = incidents.find(jqbh);
        point.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!found || !found->has_value())
            qFatal("lookup of %s failed", qPrintable(jqbh));
    }
    // 30 days of intake: the sample has one record a minute, 43 200 in 30 days.
    const qint64 base = Testing::sampleIncidents(0, 1).constFirst().jjsjMs;
    const qint64 spanMs = 30LL * 24 * 3600 * 1000;
    std::vector<double> range;
    qint64 rows = 0;
    for (int i = 0; i < 30; ++i) {
        const qint64 from = base + random.bounded(std::max<qint64>(1, records * 60000 - spanMs));
        QElapsedTimer t;
        t.start();
        auto month = incidents.receivedBetween(from, from + spanMs, 100000);
        range.push_back(double(t.nsecsElapsed()) / 1e6);
        rows += month ? month->size() : 0;
    }
    std::printf("%-9s point lookup  p50 %.3f ms  p99 %.3f ms  (20000 lookups, %lld records)\n",
                label, percentile(point, 0.5), percentile(point, 0.99),
                static_cast<long long>(records));
    std::printf("%-9s 30-day range  p50 %.1f ms  p99 %.1f ms  (%lld rows per query)\n", label,
                percentile(range, 0.5), percentile(range, 0.99), static_cast<long long>(rows / 30));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption upsertOption(u"upsert"_s, u"Records for the upsert test."_s, u"n"_s,
                                          u"1000000"_s);
    const QCommandLineOption lookupOption(
        u"lookup-records"_s, u"Records in the lookup cache (0: skip)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Work directory (default: a temporary one)."_s,
                                       u"dir"_s);
    parser.addOptions({upsertOption, lookupOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temporary(parser.isSet(dirOption) ? parser.value(dirOption) + u"/cb-XXXXXX"_s
                                                    : QDir::tempPath() + u"/cb-XXXXXX"_s);
    const QString dir = temporary.path();
    const qint64 n = parser.value(upsertOption).toLongLong();
    const qint64 m = parser.value(lookupOption).toLongLong();
    const QString key = KeyWrap::sqlCipherKey(KeyWrap::generateDataKey());

    std::printf("upsert %lld records, batches of %d, one transaction each\n",
                static_cast<long long>(n), kBatch);
    const double plain = upsert(dir + u"/plain.db"_s, QString(), n);
    const double encrypted = upsert(dir + u"/encrypted.db"_s, key, n);
    std::printf("new records       plain %9.0f/s  encrypted %9.0f/s  encrypted/plain time %.2f\n",
                plain, encrypted, plain / encrypted);
    const double plainChanged = upsert(dir + u"/plain.db"_s, QString(), n, 3600000);
    const double encryptedChanged = upsert(dir + u"/encrypted.db"_s, key, n, 3600000);
    std::printf("changed records   plain %9.0f/s  encrypted %9.0f/s  encrypted/plain time %.2f\n",
                plainChanged, encryptedChanged, plainChanged / encryptedChanged);

    if (m > 0) {
        if (m != n) {
            QFile::remove(dir + u"/plain.db"_s);
            QFile::remove(dir + u"/encrypted.db"_s);
            upsert(dir + u"/plain.db"_s, QString(), m);
            upsert(dir + u"/encrypted.db"_s, key, m);
        }
        lookups("plain", dir + u"/plain.db"_s, QString(), m);
        lookups("encrypted", dir + u"/encrypted.db"_s, key, m);
    }

    std::vector<double> opens;
    if (!LocalCache::create(dir + u"/login"_s, u"bench password"_s))
        qFatal("cannot create cache");
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto cache = LocalCache::open(dir + u"/login"_s, u"bench password"_s);
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!cache)
            qFatal("%s", qPrintable(cache.error().text()));
    }
    std::printf("open cache with password (PBKDF2-SHA256 %d iterations + SQLCipher raw key): "
                "median %.0f ms\n",
                KeyWrap::kDefaultIterations, percentile(opens, 0.5));
    return 0;
}
