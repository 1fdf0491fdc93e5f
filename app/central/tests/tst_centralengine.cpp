// Event intake and the central rule engine, with two real jiandu-central instances over one
// PostgreSQL: one evaluates, the other stands by and takes over when the first is killed.
#include "centralprocess.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>
#include <core/sharesignature.h>

using namespace Jiandu;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray eventLine(const QString &id, const QString &type, qint64 timeMs,
                     const QJsonObject &subject)
{
    return QJsonDocument(QJsonObject{{u"id"_s, id},
                                     {u"type"_s, type},
                                     {u"time"_s, double(timeMs)},
                                     {u"subject"_s, subject}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

class tst_CentralEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralDatabase> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<CentralInstance> m_a;
    std::unique_ptr<CentralInstance> m_b;
    HttpClient m_http;
    QString m_token;

    QString token(CentralInstance &instance)
    {
        const QString ts = QDateTime::currentDateTime()
                               .toTimeZone(QTimeZone("Asia/Shanghai"))
                               .toString(u"yyyyMMddHHmmss"_s);
        const auto reply = m_http.form(
            instance.url(u"/api/openapi/token/get"_s),
            {{u"key"_s, u"upstream"_s},
             {u"timestamp"_s, ts},
             {u"sign"_s, ShareSignature::compute({{u"key"_s, u"upstream"_s}, {u"timestamp"_s, ts}},
                                                 u"upstream-secret"_s)}});
        return reply.json().value(u"data"_s).toString();
    }
    HttpClient::Reply deliver(CentralInstance &instance, const QByteArray &lines)
    {
        QNetworkRequest request(instance.url(u"/api/events"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-ndjson"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        return m_http.send(request, lines);
    }
    QString engineOf(CentralInstance &instance)
    {
        return m_http.get(instance.url(u"/api/health"_s))
            .json()
            .value(u"data"_s)
            .toObject()
            .value(u"engine"_s)
            .toString();
    }
    int alertsOf(const QString &rule, const QString &subjectKey)
    {
        return m_db
            ->query(u"SELECT count(*) FROM alert WHERE rule_id = '%1' AND subject_key = '%2'"_s.arg(
                rule, subjectKey))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<CentralDatabase>();
        QVERIFY(m_db->ok());
        const QString a =
            writeCentralConfig(m_dir.filePath(u"a.conf"_s), m_db->url(), u"instance = central-a"_s);
        const QString b =
            writeCentralConfig(m_dir.filePath(u"b.conf"_s), m_db->url(), u"instance = central-b"_s);
        QCOMPARE(CentralCommand::run({u"migrate"_s, u"--config"_s, a}).exitCode, 0);
        QCOMPARE(CentralCommand::run({u"key"_s, u"add"_s, u"upstream"_s, u"--secret"_s,
                                      u"upstream-secret"_s, u"--scopes"_s, u"intake"_s,
                                      u"--config"_s, a})
                     .exitCode,
                 0);
        QCOMPARE(CentralCommand::run({u"key"_s, u"add"_s, u"reader"_s, u"--secret"_s,
                                      u"reader-secret"_s, u"--config"_s, a})
                     .exitCode,
                 0);
        m_a = std::make_unique<CentralInstance>(a);
        QVERIFY(m_a->ok());
        QTRY_COMPARE_WITH_TIMEOUT(engineOf(*m_a), u"evaluating"_s, 10000);
        m_b = std::make_unique<CentralInstance>(b);
        QVERIFY(m_b->ok());
        m_token = token(*m_a);
        QVERIFY(!m_token.isEmpty());
    }

    void exactlyOneInstanceEvaluates()
    {
        QTest::qWait(2000); // B has tried the lock more than once
        QCOMPARE(engineOf(*m_a), u"evaluating"_s);
        QCOMPARE(engineOf(*m_b), u"standby"_s);
    }

    void eachLineIsCheckedAndEachIdAppliedOnce()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray batch =
            eventLine(u"e-1"_s, u"area.entered"_s, now - 60000, {{u"personId"_s, u"P-first"_s}});
        batch += "{\"id\": \"e-2\", \"type\": \n"; // broken
        batch += eventLine({}, u"area.entered"_s, now, {{u"personId"_s, u"P-x"_s}})
                     .replace("\"id\":\"\",", "");
        batch += eventLine(u"e-4"_s, u"area.entered"_s, now + 3600'000,
                           {{u"personId"_s, u"P-future"_s}});
        batch += eventLine(u"e-5"_s, u"safetycheck.done"_s, now - 30000,
                           {{u"personId"_s, u"P-first"_s}});
        const auto reply = deliver(*m_a, batch);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.code(), 10);
        const QJsonObject data = reply.json().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"accepted"_s).toInt(), 2);
        QList<int> lines;
        for (const QJsonValue &r : data.value(u"refused"_s).toArray()) {
            lines.append(r.toObject().value(u"line"_s).toInt());
            QVERIFY(!r.toObject().value(u"reason"_s).toString().isEmpty());
        }
        QCOMPARE(lines, (QList<int>{2, 3, 4})); // broken, without an id, from the future
        // The same batch again, through the other instance: nothing is applied twice.
        const auto again = deliver(*m_b, batch);
        QCOMPARE(again.json().value(u"data"_s).toObject().value(u"accepted"_s).toInt(), 0);
        QCOMPARE(again.json().value(u"data"_s).toObject().value(u"duplicates"_s).toInt(), 2);
        QCOMPARE(m_db->query(u"SELECT count(*) FROM event WHERE id IN ('e-1', 'e-5')"_s), u"2"_s);
        // Without a token, or with a token of a key that may only read: refused.
        QNetworkRequest bare(m_a->url(u"/api/events"_s));
        QCOMPARE(m_http.send(bare, batch).code(), 10);
        QNetworkRequest forged(m_a->url(u"/api/events"_s));
        forged.setRawHeader("Authorization", "Bearer abc.def.ghi");
        QCOMPARE(m_http.send(forged, batch).code(), 401);
    }

    void aDeadlineAlreadyPastFiresAtOnce()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(
            deliver(*m_a, eventLine(u"late-1"_s, u"area.entered"_s, now - 2 * 3600'000,
                                    {{u"personId"_s, u"P-late"_s}, {u"unit"_s, u"大智派出所"_s}}))
                .code(),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(alertsOf(u"venue.safety-check-1h"_s, u"personId=P-late"_s), 1,
                                  10000);
        QCOMPARE(
            m_db->query(u"SELECT unit FROM alert WHERE subject_key = 'personId=P-late' LIMIT 1"_s),
            u"大智派出所"_s);
        // Checked in time (the safety check came before the hour): no alert.
        QCOMPARE(alertsOf(u"venue.safety-check-1h"_s, u"personId=P-first"_s), 0);
    }

    void anotherInstanceTakesOverAndNoDeadlineIsLostOrFiredTwice()
    {
        // Twenty people enter the area; their hour for the safety check ends in 12 s. Ten are
        // checked in time. Then the evaluating instance is killed before the hour is up.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 entered = now - 3600'000 + 12'000;
        QByteArray batch;
        for (int i = 0; i < 20; ++i) {
            batch += eventLine(u"in-%1"_s.arg(i), u"area.entered"_s, entered,
                               {{u"personId"_s, u"T-%1"_s.arg(i)}});
            if (i % 2 == 0)
                batch += eventLine(u"check-%1"_s.arg(i), u"safetycheck.done"_s, entered + 1000,
                                   {{u"personId"_s, u"T-%1"_s.arg(i)}});
        }
        QCOMPARE(deliver(*m_a, batch).code(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_db->query(u"SELECT count(*) FROM event_queue"_s), u"0"_s,
                                  10000);
        QCOMPARE(engineOf(*m_a), u"evaluating"_s);
        QElapsedTimer clock;
        clock.start();
        m_a->kill();
        QTRY_COMPARE_WITH_TIMEOUT(engineOf(*m_b), u"evaluating"_s, 10000);
        const qint64 takeover = clock.elapsed();
        qInfo("the standby took over %lld ms after the kill", takeover);
        QVERIFY(takeover < 5000);
        // The deadlines fire on the instance that took over, each once.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->query(u"SELECT count(*) FROM alert WHERE rule_id = 'venue.safety-check-1h' "
                        "AND subject_key LIKE 'personId=T-%'"_s),
            u"10"_s, 30000);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(alertsOf(u"venue.safety-check-1h"_s, u"personId=T-%1"_s.arg(i)),
                     i % 2 ? 1 : 0);
        // The killed instance comes back as the standby.
        m_a = std::make_unique<CentralInstance>(m_dir.filePath(u"a.conf"_s));
        QVERIFY(m_a->ok());
        QTest::qWait(1500);
        QCOMPARE(engineOf(*m_a), u"standby"_s);
        QCOMPARE(engineOf(*m_b), u"evaluating"_s);
    }

    void nothingAcceptedIsLostWhenAnInstanceIsKilledMidBatch()
    {
        // Batches go to A while A is killed: every batch A answered with code 0 is stored
        // whole; a batch without an answer is stored whole or not at all.
        QList<std::pair<int, int>> answered; // batch, code (-9999: no answer)
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QTimer::singleShot(300, this, [&] { m_a->kill(); });
        for (int b = 0; b < 40; ++b) {
            QByteArray batch;
            for (int i = 0; i < 500; ++i)
                batch += eventLine(u"k-%1-%2"_s.arg(b).arg(i), u"incident.received"_s, now - 1000,
                                   {{u"jqbh"_s, u"K%1-%2"_s.arg(b).arg(i)}});
            answered.append({b, deliver(*m_a, batch).code()});
        }
        int whole = 0;
        for (const auto &[b, code] : answered) {
            const int stored =
                m_db->query(u"SELECT count(*) FROM event WHERE id LIKE 'k-%1-%%'"_s.arg(b)).toInt();
            if (code == 0)
                QCOMPARE(stored, 500);
            else
                QVERIFY2(stored == 0 || stored == 500, qPrintable(QString::number(stored)));
            whole += code == 0;
        }
        QVERIFY(whole > 0);
        QVERIFY(whole < 40);
        m_a = std::make_unique<CentralInstance>(m_dir.filePath(u"a.conf"_s));
        QVERIFY(m_a->ok());
    }
};

QTEST_GUILESS_MAIN(tst_CentralEngine)
#include "tst_centralengine.moc"
