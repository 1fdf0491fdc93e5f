// The central service as deployed (scripts/central-cluster): two instances behind HAProxy
// over PostgreSQL, under load from wrk (bench/central/mixed.lua), while an instance is killed
// and while PostgreSQL restarts. The client-visible error rate is measured and reported.
#include "centralprocess.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>
#include <core/sharesignature.h>

using namespace Jiandu;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Load
{
    qint64 requests = 0;
    qint64 failed = 0; // envelope code not 0, or a socket error
    double p99Ms = 0;
    double rate() const { return requests ? double(failed) / double(requests) : 1.0; }
};

} // namespace

class tst_CentralCluster : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    QString m_db;
    QString m_token;
    QString m_tokenBody;
    HttpClient m_http;

    QString cluster(const QStringList &arguments)
    {
        QProcess script;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JIANDU_CENTRAL"_s, QStringLiteral(JIANDU_CENTRAL));
        script.setProcessEnvironment(env);
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(u"bash"_s, QStringList{QStringLiteral(JIANDU_CENTRAL_CLUSTER)} + arguments);
        script.waitForFinished(180000);
        return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    }
    QString psql(const QString &sql)
    {
        QProcess p;
        p.start(u"psql"_s, {u"-tAq"_s, m_db, u"-c"_s, sql});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    //! wrk's mixed load for \a seconds at \a connections; \a during runs once it is under way.
    Load load(int seconds, int connections, const std::function<void()> &during)
    {
        QProcess wrk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
        env.insert(u"JIANDU_TOKEN"_s, m_token);
        env.insert(u"JIANDU_TOKEN_BODY"_s, m_tokenBody);
        const qint64 first = QDateTime(QDate(2026, 11, 18), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                                 .toSecsSinceEpoch();
        env.insert(u"JIANDU_FIRST"_s, QString::number(first));
        env.insert(u"JIANDU_SPAN"_s, QString::number(2 * 86400));
        wrk.setProcessEnvironment(env);
        wrk.start(u"wrk"_s,
                  {u"-t2"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--timeout"_s,
                   u"10s"_s, u"-s"_s, QStringLiteral(JIANDU_MIXED_LUA), m_url});
        QTest::qWait(seconds * 1000 / 3);
        during();
        wrk.waitForFinished((seconds + 30) * 1000);
        const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
        static const QRegularExpression result(
            u"RESULT requests=(\\d+) .* p99_ms=([\\d.]+) .* code_not_0=(\\d+) socket_errors=(\\d+)"_s);
        const auto m = result.match(out);
        if (!m.hasMatch()) {
            qWarning("wrk said: %s %s", qPrintable(out), wrk.readAllStandardError().constData());
            return {};
        }
        return {m.captured(1).toLongLong(), m.captured(3).toLongLong() + m.captured(4).toLongLong(),
                m.captured(2).toDouble()};
    }

private slots:
    void initTestCase()
    {
        m_url = cluster({u"start"_s, m_dir.filePath(u"c"_s), u"2"_s});
        QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_url));
        QFile dbUrl(m_dir.filePath(u"c/database-url"_s));
        QVERIFY(dbUrl.open(QIODevice::ReadOnly));
        m_db = QString::fromUtf8(dbUrl.readAll()).trimmed();
        const QString config = m_dir.filePath(u"c/central-1.conf"_s);
        QCOMPARE(CentralCommand::run({u"seed"_s, u"--config"_s, config, u"--incidents"_s, u"4000"_s,
                                      u"--days"_s, u"3"_s, u"--end"_s, u"2026-11-20 12:00:00"_s})
                     .exitCode,
                 0);
        QCOMPARE(
            CentralCommand::run({u"key"_s, u"add"_s, u"load"_s, u"--secret"_s, u"load-secret"_s,
                                 u"--scopes"_s, u"share,intake"_s, u"--config"_s, config})
                .exitCode,
            0);
        const QString ts = QDateTime::currentDateTime()
                               .toTimeZone(QTimeZone("Asia/Shanghai"))
                               .toString(u"yyyyMMddHHmmss"_s);
        m_tokenBody = u"key=load&timestamp=%1&sign=%2"_s.arg(
            ts, ShareSignature::compute({{u"key"_s, u"load"_s}, {u"timestamp"_s, ts}},
                                        u"load-secret"_s));
        m_token = m_http.post(QUrl(m_url + u"/api/openapi/token/get"_s), m_tokenBody.toUtf8())
                      .json()
                      .value(u"data"_s)
                      .toString();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { cluster({u"destroy"_s, m_dir.filePath(u"c"_s)}); }

    void steadyLoadHasNoErrors()
    {
        const Load steady = load(6, 50, [] {});
        qInfo("steady: %lld requests, %lld failed, p99 %.1f ms", steady.requests, steady.failed,
              steady.p99Ms);
        QVERIFY(steady.requests > 100);
        QCOMPARE(steady.failed, 0);
    }

    void anInstanceKilledUnderLoadCostsAlmostNothing()
    {
        const Load killed = load(9, 50, [&] {
            cluster({u"kill"_s, m_dir.filePath(u"c"_s), u"1"_s});
        });
        qInfo("instance killed under load: %lld requests, %lld failed (%.3f%%), p99 %.1f ms",
              killed.requests, killed.failed, 100 * killed.rate(), killed.p99Ms);
        QVERIFY(killed.requests > 100);
        // The balancer sends what the dead instance could not answer to the other one.
        QVERIFY2(killed.rate() <= 0.01, qPrintable(QString::number(killed.failed)));
        cluster({u"revive"_s, m_dir.filePath(u"c"_s), u"1"_s});
    }

    void eventsAcceptedThroughTheBalancerSurviveAKill()
    {
        QList<int> codes;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // The kill lands while batches are on their way (the client waits in an event loop).
        bool killed = false;
        QTimer::singleShot(150, this, [&] {
            cluster({u"kill"_s, m_dir.filePath(u"c"_s), u"2"_s});
            killed = true;
        });
        for (int b = 0; b < 60; ++b) {
            QByteArray batch;
            for (int i = 0; i < 300; ++i)
                batch += QJsonDocument(
                             QJsonObject{{u"id"_s, u"lb-%1-%2"_s.arg(b).arg(i)},
                                         {u"type"_s, u"incident.received"_s},
                                         {u"time"_s, double(now)},
                                         {u"subject"_s,
                                          QJsonObject{{u"jqbh"_s, u"LB%1-%2"_s.arg(b).arg(i)}}}})
                             .toJson(QJsonDocument::Compact) +
                         '\n';
            QNetworkRequest request(QUrl(m_url + u"/api/events"_s));
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
            codes.append(m_http.send(request, batch).code());
        }
        QVERIFY(killed);
        int ok = 0;
        for (int b = 0; b < codes.size(); ++b) {
            const int stored =
                psql(u"SELECT count(*) FROM event WHERE id LIKE 'lb-%1-%%'"_s.arg(b)).toInt();
            if (codes[b] == 0) {
                QCOMPARE(stored, 300);
                ++ok;
            } else {
                QVERIFY(stored == 0 || stored == 300);
            }
        }
        qInfo("%d of %lld batches accepted while an instance was killed", ok,
              qlonglong(codes.size()));
        QVERIFY(ok >= 58);
        cluster({u"revive"_s, m_dir.filePath(u"c"_s), u"2"_s});
    }

    void eventsOverMqttAreAnsweredOnceStored()
    {
        QFile broker(m_dir.filePath(u"c/mqtt"_s));
        QVERIFY(broker.open(QIODevice::ReadOnly));
        const QString port = QString::fromUtf8(broker.readAll()).trimmed().section(u':', 1);
        // Upstream's side, with Mosquitto's own clients: publish JSON lines to
        // jiandu/events/<source>, read the answer on …/ack.
        auto publish = [&](const QByteArray &lines) {
            QProcess answers;
            answers.start(u"mosquitto_sub"_s,
                          {u"-p"_s, port, u"-t"_s, u"jiandu/events/casearea/ack"_s, u"-C"_s, u"1"_s,
                           u"-W"_s, u"20"_s, u"-q"_s, u"1"_s});
            QTest::qWait(500); // subscribed
            QProcess pub;
            pub.start(u"mosquitto_pub"_s, {u"-p"_s, port, u"-t"_s, u"jiandu/events/casearea"_s,
                                           u"-q"_s, u"1"_s, u"-s"_s});
            pub.write(lines);
            pub.closeWriteChannel();
            pub.waitForFinished(10000);
            answers.waitForFinished(25000);
            return QJsonDocument::fromJson(answers.readAllStandardOutput()).object();
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto line = [&](const QString &id) {
            return QJsonDocument(QJsonObject{{u"id"_s, id},
                                             {u"type"_s, u"area.entered"_s},
                                             {u"time"_s, double(now)},
                                             {u"subject"_s, QJsonObject{{u"personId"_s, id}}}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
        };
        const QJsonObject first = publish(line(u"mq-1"_s) + "not json\n" + line(u"mq-2"_s));
        QCOMPARE(first.value(u"stored"_s).toArray(), (QJsonArray{u"mq-1"_s, u"mq-2"_s}));
        QCOMPARE(first.value(u"refused"_s).toArray().first().toObject().value(u"line"_s).toInt(),
                 2);
        QCOMPARE(psql(u"SELECT string_agg(source, ',') FROM event WHERE id IN ('mq-1', 'mq-2')"_s),
                 u"mqtt:casearea,mqtt:casearea"_s);
        // With one instance dead, the other takes the shared subscription's messages.
        cluster({u"kill"_s, m_dir.filePath(u"c"_s), u"1"_s});
        const QJsonObject second = publish(line(u"mq-3"_s) + line(u"mq-1"_s));
        QCOMPARE(second.value(u"stored"_s).toArray(), (QJsonArray{u"mq-3"_s, u"mq-1"_s}));
        QCOMPARE(psql(u"SELECT count(*) FROM event WHERE id LIKE 'mq-%'"_s), u"3"_s);
        cluster({u"revive"_s, m_dir.filePath(u"c"_s), u"1"_s});
    }

    void theServiceReconnectsAfterPostgreSqlRestartsUnderLoad()
    {
        const QString db = m_dir.filePath(u"c/db"_s);
        auto run = [](const QStringList &args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(u"bash"_s, QStringList{QStringLiteral(JIANDU_CENTRAL_DB)} + args);
            p.waitForFinished(120000);
        };
        const Load restarted = load(12, 50, [&] {
            run({u"stop"_s, db});
            QTest::qWait(1000);
            run({u"start"_s, db});
        });
        qInfo("PostgreSQL restarted under load: %lld requests, %lld failed (%.2f%%) while it was "
              "away",
              restarted.requests, restarted.failed, 100 * restarted.rate());
        QVERIFY(restarted.requests > 100);
        // Afterwards every instance serves again without being touched.
        const Load after = load(4, 20, [] {});
        QVERIFY(after.requests > 20);
        QCOMPARE(after.failed, 0);
    }
};

QTEST_GUILESS_MAIN(tst_CentralCluster)
#include "tst_centralcluster.moc"
