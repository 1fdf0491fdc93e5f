// Pulling the share feeds into the cache, against a real jiandu-central on a private
// PostgreSQL: every record exactly once across windows, pages and restarts; a second crowded
// past the page size; late commits; rate limits; a server that dies; a pinned certificate;
// and, from a scripted server, the answers a broken one gives. Then jiandu-cli killed at
// thirty seeded instants, the server twice, and the cache holding exactly the server's records.
#include "centralprocess.h"
#include "scriptedserver.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <core/incidentjson.h>
#include <storage/localcache.h>
#include <sync/sharepull.h>

using namespace Jiandu;
using namespace Jiandu::Sync;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"cache-password"_s;
const QString kSecret = u"share-secret-of-ws1"_s;

qint64 at(const QString &local)
{
    return IncidentJson::parseTime(local);
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray envelope(int code, const QByteArray &data)
{
    return R"({"code":)" + QByteArray::number(code) + R"(,"message":"m","data":)" + data + "}";
}

//! A jq page of \a count records from \a firstSecond on, one a second.
QByteArray jqPage(const QString &prefix, int count, qint64 firstMs, int stepSeconds = 1)
{
    QJsonArray records;
    for (int i = 0; i < count; ++i) {
        const QString t = ShareClient::timeText(firstMs + qint64(i) * stepSeconds * 1000);
        records.append(QJsonObject{{u"jqbh"_s, u"%1%2"_s.arg(prefix).arg(i, 5, 10, QChar(u'0'))},
                                   {u"jjsj"_s, t},
                                   {u"xgsj"_s, t},
                                   {u"sjc"_s, t},
                                   {u"bjbz"_s, u"0"_s}});
    }
    return QJsonDocument(records).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SharePull : public QObject
{
    Q_OBJECT

    CentralDatabase m_database;
    QTemporaryDir m_dir;
    QString m_config;
    int m_port = 0;
    std::unique_ptr<CentralInstance> m_central;

    QString sql(const QString &statement) { return m_database.query(statement); }

    //! \a count records of \a table keyed prefix+n, \a perSecond in each second from \a from
    //! on, a second apart every \a stepSeconds.
    void insert(const QString &table, const QString &prefix, int count, const QString &from,
                int perSecond = 1, int stepSeconds = 1, const QString &status = u"15"_s)
    {
        const QString ts = u"(timestamp '%1' + (g / %2) * %3 * interval '1 second')"_s.arg(from)
                               .arg(perSecond)
                               .arg(stepSeconds);
        const QString key = u"'%1' || lpad(g::text, 7, '0')"_s.arg(prefix);
        QString statement;
        if (table == u"jq"_s)
            statement = u"INSERT INTO jq (jqbh, jjsj, xgsj, sjc) SELECT %1, %2, %2, %2"_s;
        else if (table == u"jb"_s)
            statement = u"INSERT INTO jb (id, jqbh, jjsj, xgsj, sjc, status) SELECT %1, %1, %2, "
                        "%2, %2, '"_s +
                        status + u"'"_s;
        else if (table == u"jqxf"_s)
            statement = u"INSERT INTO jqxf (xfbh, jqbh, xfsj, sjc) SELECT %1, %1, %2, %2"_s;
        else
            statement = u"INSERT INTO jqfk (fkbh, jqbh, fksj, sjc) SELECT %1, %1, %2, %2"_s;
        sql(u"SELECT jiandu_ensure_month('%1', timestamp '%2'); "
            "SELECT jiandu_ensure_month('%1', timestamp '%2' + interval '40 days');"_s.arg(table,
                                                                                           from) +
            statement.arg(key, ts) + u" FROM generate_series(0, %1) g"_s.arg(count - 1));
    }

    ShareEndpoint endpoint(const QUrl &server = {}) const
    {
        return {server.isValid() ? server : m_central->base(), u"ws1"_s, kSecret, {}};
    }

    SharePull::Options options(const QString &since, const QString &until,
                               QList<ShareFeed> feeds = {ShareFeed::Jq}) const
    {
        SharePull::Options o;
        o.feeds = feeds;
        o.sinceMs = at(since);
        o.untilMs = at(until);
        o.windowMs = 3 * 3600 * 1000;
        o.connections = 4;
        o.firstBackoffMs = 50;
        o.maxBackoffMs = 400;
        o.timeoutMs = 5000;
        return o;
    }

    std::unique_ptr<LocalCache> cache(const QString &name)
    {
        const QString directory = m_dir.filePath(name);
        auto opened = LocalCache::exists(directory) ? LocalCache::open(directory, kPassword)
                                                    : LocalCache::create(directory, kPassword);
        if (!opened)
            qFatal("cache: %s", qPrintable(opened.error().text()));
        return std::move(opened).value();
    }

    SharePull::Summary pull(LocalCache &cache, const ShareEndpoint &endpoint,
                            const SharePull::Options &options,
                            std::function<void(SharePull &)> whilePulling = {})
    {
        SharePull pull(cache, endpoint, options);
        SharePull::Summary summary;
        bool finished = false;
        connect(&pull, &SharePull::finished, this, [&](const SharePull::Summary &s) {
            summary = s;
            finished = true;
        });
        pull.start();
        if (whilePulling)
            whilePulling(pull);
        if (!QTest::qWaitFor([&] { return finished; }, 120000))
            qWarning("the pull did not finish");
        return summary;
    }

    static QStringList cacheKeys(LocalCache &cache, const QString &statement)
    {
        QSqlQuery q(cache.database().connection());
        q.exec(statement);
        QStringList keys;
        while (q.next())
            keys.append(q.value(0).toString());
        return keys;
    }
    QStringList serverKeys(const QString &statement)
    {
        return sql(statement).split(u'\n', Qt::SkipEmptyParts);
    }

    void startCentral()
    {
        m_central.reset();
        m_central = std::make_unique<CentralInstance>(m_config);
        QVERIFY2(m_central->ok(), qPrintable(m_central->log()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.ok(), "scripts/central-db could not start PostgreSQL");
        m_port = freePort();
        m_config =
            writeCentralConfig(m_dir.filePath(u"central.conf"_s), m_database.url(),
                               u"listen = 127.0.0.1:%1\nrate_limit = 100000\n"_s.arg(m_port));
        QCOMPARE(CentralCommand::run({u"migrate"_s, u"--config"_s, m_config}).exitCode, 0);
        QCOMPARE(CentralCommand::run({u"key"_s, u"add"_s, u"ws1"_s, u"--secret"_s, kSecret,
                                      u"--config"_s, m_config})
                     .exitCode,
                 0);
        startCentral();
    }

    void pullsEveryRecordExactlyOnce()
    {
        // 3000 警情 37 s apart over 31 hours, and 150 in one second straddling the first
        // page boundary: the next page starts in that second again and takes the rest.
        insert(u"jq"_s, u"A"_s, 3000, u"2026-10-01 00:00:00"_s, 1, 37);
        insert(u"jq"_s, u"B"_s, 150, u"2026-10-01 01:55:00"_s, 150);
        insert(u"jqxf"_s, u"X"_s, 700, u"2026-10-01 00:00:00"_s, 2, 90);
        insert(u"jb"_s, u"F"_s, 400, u"2026-10-01 00:00:00"_s, 1, 60, u"15"_s);
        insert(u"jb"_s, u"N"_s, 100, u"2026-10-01 00:00:00"_s, 1, 60, u"05"_s);
        auto c = cache(u"exact"_s);
        const auto summary = pull(*c, endpoint(),
                                  options(u"2026-10-01 00:00:00"_s, u"2026-10-03 00:00:00"_s,
                                          {ShareFeed::Jq, ShareFeed::Jqxf, ShareFeed::Jb}));
        QVERIFY2(summary.ok(), qPrintable(summary.feeds.value(0).error));
        QCOMPARE(cacheKeys(*c, u"SELECT jqbh FROM incident ORDER BY jqbh"_s),
                 serverKeys(u"SELECT jqbh FROM jq WHERE sjc < '2026-10-03' ORDER BY jqbh"_s));
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident WHERE jqbh LIKE 'B%'"_s),
                 QStringList{u"150"_s});
        QCOMPARE(cacheKeys(*c, u"SELECT xfbh FROM share_jqxf ORDER BY xfbh"_s),
                 serverKeys(u"SELECT xfbh FROM jqxf WHERE sjc < '2026-10-03' ORDER BY xfbh"_s));
        // 接报 are shared once finished (status 15) only.
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM share_jb"_s), QStringList{u"400"_s});
        QCOMPARE(summary.feeds.value(0).crowdedSeconds, 0);
        // The plan is done: the feed is complete up to its end, no window left.
        const auto state = ShareStore(c->database().connection()).state(ShareFeed::Jq);
        QVERIFY(state.ok());
        QCOMPARE(state->syncedToMs, at(u"2026-10-03 00:00:00"_s));
        QVERIFY(state->windows.isEmpty());
        QVERIFY(state->lastSuccessMs > 0);
    }

    void aCrowdedSecondEndsAndIsCounted()
    {
        // 250 in one second: no consumer of this API can page past the first 200 of it. The
        // pull must not loop; it counts the second and reads on.
        insert(u"jq"_s, u"C"_s, 250, u"2026-10-10 12:00:00"_s, 250);
        insert(u"jq"_s, u"D"_s, 10, u"2026-10-10 12:00:01"_s, 1, 5);
        auto c = cache(u"crowded"_s);
        const auto summary =
            pull(*c, endpoint(), options(u"2026-10-10 00:00:00"_s, u"2026-10-11 00:00:00"_s));
        QVERIFY(summary.ok());
        QCOMPARE(summary.feeds.value(0).crowdedSeconds, 1);
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident WHERE jqbh LIKE 'C%'"_s),
                 QStringList{u"200"_s});
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident WHERE jqbh LIKE 'D%'"_s),
                 QStringList{u"10"_s});
    }

    void theNextPullRereadsTheOverlapForLateCommits()
    {
        insert(u"jq"_s, u"E"_s, 300, u"2026-10-20 00:00:00"_s, 1, 60);
        auto c = cache(u"overlap"_s);
        auto first =
            pull(*c, endpoint(), options(u"2026-10-20 00:00:00"_s, u"2026-10-20 03:00:00"_s));
        QVERIFY(first.ok());
        QCOMPARE(first.feeds.value(0).records, 181); // minutes 0…180, the end inclusive
        // Committed late, stamped 30 s before where the first pull ended; and a new one.
        sql(u"INSERT INTO jq (jqbh, jjsj, xgsj, sjc) VALUES ('LATE', '2026-10-20 02:59:30', "
            "'2026-10-20 02:59:30', '2026-10-20 02:59:30')"_s);
        auto second =
            pull(*c, endpoint(), options(u"2026-10-20 00:00:00"_s, u"2026-10-20 06:00:00"_s));
        QVERIFY(second.ok());
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident WHERE jqbh = 'LATE'"_s),
                 QStringList{u"1"_s});
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident WHERE jqbh LIKE 'E%'"_s),
                 QStringList{u"300"_s});
        // It re-read the overlap, not the whole range.
        QVERIFY2(second.feeds.value(0).records < 130,
                 qPrintable(QString::number(second.feeds.value(0).records)));
    }

    void aRateLimitedPullWaitsAndCompletes()
    {
        const QString limited = writeCentralConfig(m_dir.filePath(u"limited.conf"_s),
                                                   m_database.url(), u"rate_limit = 4\n"_s);
        CentralInstance slow(limited);
        QVERIFY(slow.ok());
        auto c = cache(u"limited"_s);
        auto o = options(u"2026-10-01 00:00:00"_s, u"2026-10-03 00:00:00"_s);
        o.maxAttempts = 30;
        const auto summary = pull(*c, endpoint(slow.base()), o);
        QVERIFY2(summary.ok(), qPrintable(summary.feeds.value(0).error));
        QVERIFY(summary.network.rateLimited > 0);
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident"_s),
                 QStringList{sql(u"SELECT count(*) FROM jq WHERE sjc < '2026-10-03'"_s)});
    }

    void aServerThatDiesMidPullIsWaitedFor()
    {
        auto c = cache(u"restart"_s);
        auto o = options(u"2026-10-01 00:00:00"_s, u"2026-10-03 00:00:00"_s);
        o.connections = 1;
        o.windowMs = 3600 * 1000;
        o.maxAttempts = 40;
        bool restarted = false;
        const auto summary = pull(*c, endpoint(), o, [&](SharePull &p) {
            connect(&p, &SharePull::progress, this, [&](const SharePull::FeedProgress &f) {
                if (!restarted && f.records > 500) {
                    restarted = true;
                    m_central->kill();
                    QTimer::singleShot(1500, this, [this] { startCentral(); });
                }
            });
        });
        QVERIFY(restarted);
        QVERIFY2(summary.ok(), qPrintable(summary.feeds.value(0).error));
        QVERIFY(summary.network.retries > 0);
        QCOMPARE(cacheKeys(*c, u"SELECT jqbh FROM incident ORDER BY jqbh"_s),
                 serverKeys(u"SELECT jqbh FROM jq WHERE sjc < '2026-10-03' ORDER BY jqbh"_s));
    }

    void aPinnedCertificateIsTheOnlyOneTrusted()
    {
        const QString key = m_dir.filePath(u"tls.key"_s), cert = m_dir.filePath(u"tls.crt"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        const QString tlsConfig =
            writeCentralConfig(m_dir.filePath(u"tls.conf"_s), m_database.url(),
                               u"tls_certificate = %1\ntls_key = %2\n"_s.arg(cert, key));
        CentralInstance tls(tlsConfig);
        QVERIFY2(tls.ok(), qPrintable(tls.log()));
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray pin = QCryptographicHash::hash(QSslCertificate(pem.readAll()).toDer(),
                                                        QCryptographicHash::Sha256);
        const auto o = options(u"2026-10-01 00:00:00"_s, u"2026-10-02 00:00:00"_s);

        ShareEndpoint trusted = endpoint(tls.base());
        trusted.pinnedSha256 = pin;
        auto good = cache(u"pinned"_s);
        const auto ok = pull(*good, trusted, o);
        QVERIFY2(ok.ok(), qPrintable(ok.feeds.value(0).error));
        QVERIFY(ok.feeds.value(0).records > 0);

        // The certificate changed (or someone is in between): refused at once, not retried.
        ShareEndpoint changed = trusted;
        changed.pinnedSha256 = QCryptographicHash::hash("another", QCryptographicHash::Sha256);
        auto other = cache(u"changed"_s);
        const auto refused = pull(*other, changed, o);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.feeds.value(0).error.contains(u"pinned"_s),
                 qPrintable(refused.feeds.value(0).error));
        QCOMPARE(refused.network.retries, 0);
        QCOMPARE(cacheKeys(*other, u"SELECT count(*) FROM incident"_s), QStringList{u"0"_s});

        // Unpinned, a self-signed certificate is not trusted either.
        auto unpinned = cache(u"unpinned"_s);
        const auto untrusted = pull(*unpinned, endpoint(tls.base()), o);
        QVERIFY(!untrusted.ok());
        QVERIFY2(untrusted.feeds.value(0).error.contains(u"certificate"_s),
                 qPrintable(untrusted.feeds.value(0).error));
    }

    void brokenAnswersAreRetriedReportedOrRefused()
    {
        const qint64 t0 = at(u"2026-10-05 00:00:00"_s);
        int pageRequests = 0;
        int tokens = 0;
        ScriptedServer server([&](const QString &path, const QUrlQuery &form) {
            if (path.endsWith(u"token/get"_s)) {
                ++tokens;
                return ScriptedServer::Answer{
                    200, envelope(0, "\"token-" + QByteArray::number(tokens) + "\"")};
            }
            ++pageRequests;
            // 1: not JSON (a proxy's page); 2: HTTP 502; 3: the token expired;
            // then a page with a record without key and one with a bad time, then the rest.
            if (pageRequests == 1)
                return ScriptedServer::Answer{200, "<html>Bad Gateway</html>"};
            if (pageRequests == 2)
                return ScriptedServer::Answer{502, {}};
            if (pageRequests == 3)
                return ScriptedServer::Answer{200, envelope(40101, "null")};
            if (form.queryItemValue(u"jwtToken"_s) != u"token-2"_s)
                return ScriptedServer::Answer{200, envelope(401, "null")};
            QByteArray page = jqPage(u"S"_s, 5, t0);
            page.insert(1,
                        R"({"sjc":"2026-10-05 00:00:00"},{"jqbh":"BADTIME","sjc":"yesterday"},)");
            return ScriptedServer::Answer{200, envelope(0, page)};
        });
        auto c = cache(u"scripted"_s);
        auto o = options(u"2026-10-05 00:00:00"_s, u"2026-10-05 01:00:00"_s);
        o.connections = 1;
        const auto summary = pull(*c, endpoint(server.url()), o);
        QVERIFY2(summary.ok(), qPrintable(summary.feeds.value(0).error));
        QCOMPARE(tokens, 2);
        QCOMPARE(summary.feeds.value(0).rejected, 2);
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident"_s), QStringList{u"5"_s});
    }

    void aServerThatAlwaysFailsIsGivenUpOnWithAReason()
    {
        ScriptedServer server([](const QString &path, const QUrlQuery &) {
            if (path.endsWith(u"token/get"_s))
                return ScriptedServer::Answer{200, envelope(0, "\"t\"")};
            return ScriptedServer::Answer{503, "Service Unavailable"};
        });
        auto c = cache(u"failing"_s);
        auto o = options(u"2026-10-05 00:00:00"_s, u"2026-10-05 01:00:00"_s);
        o.maxAttempts = 3;
        const auto summary = pull(*c, endpoint(server.url()), o);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.feeds.value(0).error.contains(u"503"_s),
                 qPrintable(summary.feeds.value(0).error));
        QVERIFY2(summary.feeds.value(0).error.contains(u"3 attempts"_s),
                 qPrintable(summary.feeds.value(0).error));
        // Nothing was marked done: the next pull reads the same window again.
        const auto state = ShareStore(c->database().connection()).state(ShareFeed::Jq);
        QCOMPARE(state->windows.size(), 1);
        QCOMPARE(state->windows.constFirst().cursorMs, at(u"2026-10-05 00:00:00"_s));
    }

    void aPageThatRepeatsDoesNotLoop()
    {
        // A server that ignores startDateTime and sends the same full page every time.
        const qint64 t0 = at(u"2026-10-06 00:00:00"_s);
        int pages = 0;
        ScriptedServer server([&](const QString &path, const QUrlQuery &) {
            if (path.endsWith(u"token/get"_s))
                return ScriptedServer::Answer{200, envelope(0, "\"t\"")};
            ++pages;
            return ScriptedServer::Answer{200, envelope(0, jqPage(u"R"_s, 200, t0))};
        });
        auto c = cache(u"repeating"_s);
        const auto summary = pull(*c, endpoint(server.url()),
                                  options(u"2026-10-06 00:00:00"_s, u"2026-10-06 01:00:00"_s));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.feeds.value(0).error.contains(u"order"_s),
                 qPrintable(summary.feeds.value(0).error));
        QVERIFY2(pages <= 3, qPrintable(QString::number(pages)));
        QCOMPARE(cacheKeys(*c, u"SELECT count(*) FROM incident"_s), QStringList{u"200"_s});
    }

    void killedAtThirtyInstantsTheCacheHoldsExactlyTheServersRecords()
    {
        insert(u"jq"_s, u"K"_s, 80000, u"2026-11-02 00:00:00"_s, 1, 2);
        insert(u"jqfk"_s, u"Q"_s, 10000, u"2026-11-02 00:00:00"_s, 1, 15);
        const QString cacheDir = m_dir.filePath(u"killed"_s);
        QVERIFY(LocalCache::create(cacheDir, kPassword).ok());
        QFile password(m_dir.filePath(u"password"_s)), secret(m_dir.filePath(u"secret"_s));
        QVERIFY(password.open(QIODevice::WriteOnly) && secret.open(QIODevice::WriteOnly));
        password.write(kPassword.toUtf8());
        secret.write(kSecret.toUtf8());
        password.close();
        secret.close();
        const QStringList arguments{u"sync"_s,
                                    u"--cache"_s,
                                    cacheDir,
                                    u"--password-file"_s,
                                    password.fileName(),
                                    u"--server"_s,
                                    m_central->base().toString(),
                                    u"--share-key"_s,
                                    u"ws1"_s,
                                    u"--share-secret-file"_s,
                                    secret.fileName(),
                                    u"--feeds"_s,
                                    u"jq,jqfk"_s,
                                    u"--since"_s,
                                    u"2026-11-02 00:00:00"_s,
                                    u"--until"_s,
                                    u"2026-11-04 00:00:00"_s,
                                    u"--window-minutes"_s,
                                    u"90"_s,
                                    u"--connections"_s,
                                    u"3"_s,
                                    u"--once"_s,
                                    u"--json"_s,
                                    u"--quiet"_s};
        QRandomGenerator random(20261206);
        int killedMidway = 0;
        for (int round = 0; round < 30; ++round) {
            QProcess cli;
            cli.start(QStringLiteral(JIANDU_CLI), arguments);
            QVERIFY(cli.waitForStarted());
            const int delay = int(random.bounded(30, 350));
            if (round == 10 || round == 20) {
                // The server goes too, and comes back.
                QTest::qWait(delay);
                m_central->kill();
                QTest::qWait(300);
                startCentral();
            } else {
                QTest::qWait(delay);
            }
            if (cli.state() == QProcess::Running) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                ++killedMidway;
            }
            cli.waitForFinished(10000);
        }
        QVERIFY2(killedMidway >= 25, qPrintable(QString::number(killedMidway)));
        QProcess last;
        last.start(QStringLiteral(JIANDU_CLI), arguments);
        QVERIFY(last.waitForFinished(120000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        const QJsonObject result =
            QJsonDocument::fromJson(last.readAllStandardOutput().trimmed().split('\n').last())
                .object();
        QVERIFY(result.value(u"ok"_s).toBool());

        auto opened = LocalCache::open(cacheDir, kPassword);
        QVERIFY(opened.ok());
        QCOMPARE(
            cacheKeys(**opened, u"SELECT jqbh FROM incident WHERE jqbh LIKE 'K%' ORDER BY jqbh"_s),
            serverKeys(u"SELECT jqbh FROM jq WHERE jqbh LIKE 'K%' AND sjc <= '2026-11-04' "
                       "ORDER BY jqbh"_s));
        QCOMPARE(cacheKeys(**opened, u"SELECT fkbh FROM share_jqfk ORDER BY fkbh"_s),
                 serverKeys(u"SELECT fkbh FROM jqfk WHERE sjc <= '2026-11-04' ORDER BY fkbh"_s));
        const auto state = ShareStore((*opened)->database().connection()).state(ShareFeed::Jq);
        QVERIFY(state->windows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SharePull)
#include "tst_sharepull.moc"
