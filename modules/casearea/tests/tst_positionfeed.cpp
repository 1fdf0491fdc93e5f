// The positioning feed through a real Mosquitto: a burst with repeats and garbage arrives in a
// few batches with the garbage counted, and a broker that goes away and comes back is
// reconnected to, the time it was away reported as a gap.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <casearea/positioning/mqttpositionsource.h>
#include <mqttbroker.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CaseArea;

namespace {

constexpr qint64 kT0 = 1796000000000;

QByteArray position(int tag, int second)
{
    return QJsonDocument(QJsonObject{{u"tag"_s, u"B-%1"_s.arg(tag)},
                                     {u"time"_s, double(kT0 + second * 1000)},
                                     {u"x"_s, 1.0 + tag % 20},
                                     {u"y"_s, 2.5},
                                     {u"accuracy"_s, 0.6}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_PositionFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_broker.start()); }

    void aBurstArrivesInBatchesWithItsMistakesCounted()
    {
        MqttPositionSource source(u"127.0.0.1:%1"_s.arg(m_port), u"jiandu/positions/#"_s,
                                  *SystemClock::instance(), 100);
        qint64 received = 0;
        int batches = 0;
        connect(&source, &MqttPositionSource::positions, this,
                [&](const QList<PositionFix> &fixes) {
                    received += fixes.size();
                    ++batches;
                });
        QTRY_VERIFY_WITH_TIMEOUT(source.isConnected(), 10000);
        Testing::MqttPublisher gateway(m_port, "jiandu/positions/area-1");
        QVERIFY(gateway.ok());
        // A hundred tags, ten seconds of them; every tenth second sent as one array; some
        // messages twice; and garbage among them.
        int expected = 0;
        for (int second = 0; second < 10; ++second) {
            if (second % 5 == 4) {
                QJsonArray batch;
                for (int tag = 0; tag < 100; ++tag)
                    batch.append(QJsonDocument::fromJson(position(tag, second)).object());
                QVERIFY(gateway.publish(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
                expected += 100;
                continue;
            }
            for (int tag = 0; tag < 100; ++tag) {
                QVERIFY(gateway.publish(position(tag, second)));
                ++expected;
            }
            QVERIFY(gateway.publish(position(second, second))); // a repeat: the tracker drops it
            ++expected;
            QVERIFY(gateway.publish("{\"tag\": \"B-1\", \"x\": 1, \"y\": 1}"));
            QVERIFY(gateway.publish(QByteArray(300, '\xff')));
        }
        gateway.flush();
        QTRY_COMPARE_WITH_TIMEOUT(received, qint64(expected), 10000);
        const auto counters = source.counters();
        QCOMPARE(counters.malformed, 16);
        QCOMPARE(counters.fixes, qint64(expected));
        // Handed over a few times a second, not once a message.
        QVERIFY2(batches < 40, qPrintable(QString::number(batches)));
    }

    void aWorkstationStartedBeforeTheBrokerConnectsWhenItComes()
    {
        m_broker.kill();
        MqttPositionSource source(u"127.0.0.1:%1"_s.arg(m_port), u"jiandu/positions/#"_s,
                                  *SystemClock::instance(), 50);
        QTest::qWait(1000);
        QVERIFY(!source.isConnected());
        QVERIFY(m_broker.start());
        QTRY_VERIFY_WITH_TIMEOUT(source.isConnected(), 20000);
    }

    void aBrokerThatGoesAwayAndComesBackIsAGap()
    {
        MqttPositionSource source(u"127.0.0.1:%1"_s.arg(m_port), u"jiandu/positions/#"_s,
                                  *SystemClock::instance(), 50);
        QSignalSpy gaps(&source, &MqttPositionSource::gap);
        QTRY_VERIFY_WITH_TIMEOUT(source.isConnected(), 10000);
        QCOMPARE(gaps.size(), 1); // from starting to the first connection
        m_broker.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!source.isConnected(), 10000);
        QTest::qWait(1500);
        QVERIFY(m_broker.start());
        QTRY_VERIFY_WITH_TIMEOUT(source.isConnected(), 20000);
        QCOMPARE(gaps.size(), 2);
        const qint64 from = gaps.at(1).at(0).toLongLong();
        const qint64 to = gaps.at(1).at(1).toLongLong();
        QVERIFY2(to - from >= 1500, qPrintable(QString::number(to - from)));
        // And positions flow again.
        QSignalSpy batches(&source, &MqttPositionSource::positions);
        Testing::MqttPublisher gateway(m_port, "jiandu/positions/area-1");
        QVERIFY(gateway.ok());
        QVERIFY(gateway.publish(position(1, 1)));
        gateway.flush();
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 5000);
    }

private:
    Testing::MqttBroker m_broker;
    const quint16 m_port = m_broker.port();
};

QTEST_GUILESS_MAIN(tst_PositionFeed)
#include "tst_positionfeed.moc"
