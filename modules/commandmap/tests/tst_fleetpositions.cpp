// Officers' and vehicles' positions for the map: the latest kept per officer, a jump across
// the city, a fix from the future or outside the world counted and not drawn, changes
// announced in batches, the stale ones listed; and the same through a real Mosquitto, with
// garbage on the topic counted.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <commandmap/positions/fleetpositions.h>
#include <mqttbroker.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CommandMap;

namespace {
const qint64 kNow = 1796112000000; // 2026-12-01 08:00 UTC

FleetFix at(const QString &id, qint64 offsetS, double lat, double lon)
{
    FleetFix f;
    f.id = id;
    f.fix.at = QDateTime::fromMSecsSinceEpoch(kNow + offsetS * 1000, Qt::UTC);
    f.fix.position = {lat, lon};
    return f;
}
} // namespace

class TestFleetPositions : public QObject
{
    Q_OBJECT

private slots:
    void onlyPlausibleFixesMoveAMarker()
    {
        FleetPositions fleet;
        QSignalSpy moved(&fleet, &FleetPositions::moved);
        fleet.feed({at(u"P1"_s, 0, 37.95, 112.60), at(u"P2"_s, 0, 37.90, 112.55)}, kNow);
        fleet.feed({at(u"P1"_s, 10, 37.9502, 112.6003)}, kNow + 10000); // 30 m in 10 s
        fleet.feed({at(u"P1"_s, 11, 38.95, 112.60)}, kNow + 11000);     // 111 km in 1 s
        fleet.feed({at(u"P1"_s, 5, 37.951, 112.60)}, kNow + 11000);     // older than known
        fleet.feed({at(u"P3"_s, 3600, 37.9, 112.5)}, kNow);             // an hour ahead
        fleet.feed({at(u"P4"_s, 0, 95, 112.5), at(QString(), 0, 37, 112)}, kNow);
        QCOMPARE(fleet.latest().size(), 2);
        QCOMPARE(fleet.latest()[u"P1"_s].fix.position.lat, 37.9502);
        QCOMPARE(fleet.counts().used, 3);
        QCOMPARE(fleet.counts().jumps, 1);
        QCOMPARE(fleet.counts().older, 1);
        QCOMPARE(fleet.counts().future, 1);
        QCOMPARE(fleet.counts().outsideWorld, 2);
        // Announced together, once.
        QVERIFY(moved.wait(1000));
        QCOMPARE(moved.size(), 1);
        QStringList ids = moved.constFirst().at(0).toStringList();
        ids.sort();
        QCOMPARE(ids, (QStringList{u"P1"_s, u"P2"_s}));
        QCOMPARE(fleet.stale(kNow + 60000, 55000), QStringList{u"P2"_s});
    }

    void eachOnesWayIsKeptAMinuteApartForTheRetention()
    {
        FleetPositions fleet;
        // Ten hours of a patrol reporting every 10 s, walking north.
        for (qint64 s = 0; s <= 10 * 3600; s += 10)
            fleet.feed({at(u"P1"_s, s, 37.9 + s * 1e-5, 112.6)}, kNow + s * 1000);
        // A jump is not part of the way either.
        fleet.feed({at(u"P1"_s, 10 * 3600 + 70, 39.9, 112.6)}, kNow + 10 * 3600 * 1000 + 70000);
        const auto span = fleet.trackSpan(u"P1"_s);
        QVERIFY(span);
        const qint64 end = kNow + 10 * 3600 * 1000;
        QCOMPARE(span->second, end);
        QVERIFY(span->first >= end - FleetPositions::kTrackRetentionMs);
        QVERIFY(span->first <= end - FleetPositions::kTrackRetentionMs + 60000);
        const auto all = fleet.track(u"P1"_s, 0, end);
        QCOMPARE(all.size(), int(FleetPositions::kTrackRetentionMs / 60000) + 1);
        for (qsizetype i = 1; i < all.size(); ++i) {
            QCOMPARE(all[i].atMs - all[i - 1].atMs, FleetPositions::kTrackSpacingMs);
            QVERIFY(all[i].at.lat > all[i - 1].at.lat);
            QVERIFY(all[i].at.lat < 38.3);
        }
        // A period asked for: what lies in it, oldest first; within a couple of metres.
        const auto hour = fleet.track(u"P1"_s, end - 3600000, end - 1800000);
        QCOMPARE(hour.size(), 31);
        QCOMPARE(hour.first().atMs, end - 3600000);
        QVERIFY(std::abs(hour.first().at.lat - (37.9 + (10 * 3600 - 3600) * 1e-5)) < 2e-5);
        QVERIFY(fleet.track(u"P2"_s, 0, end).isEmpty());
        QVERIFY(!fleet.trackSpan(u"P2"_s));
    }

    void messagesAreRead()
    {
        int bad = 0;
        auto fixes = MqttFleetSource::parse(
            R"([{"id":"P1","lat":37.95,"lon":112.6,"time":1796112000000,"speed":3.5,"kind":"vehicle"},
                {"id":"P2","lat":37.9,"lon":112.5,"time":"2026-12-01T08:00:00.000Z"},
                {"lat":1,"lon":2,"time":0},{"id":"P3","lat":"north","lon":2,"time":0}])",
            &bad);
        QCOMPARE(fixes.size(), 2);
        QCOMPARE(fixes[0].kind, u"vehicle"_s);
        QCOMPARE(fixes[0].fix.speedMps, 3.5);
        QCOMPARE(fixes[1].fix.at.toMSecsSinceEpoch(), kNow);
        QCOMPARE(bad, 2);
        QVERIFY(MqttFleetSource::parse("not json", &bad).isEmpty());
        QCOMPARE(bad, 3);
    }

    void throughMosquitto()
    {
        Testing::MqttBroker broker;
        QVERIFY(broker.start());
        MqttFleetSource source(broker.address(), "jiandu/officers/#");
        QList<FleetFix> received;
        connect(&source, &MqttFleetSource::fixes, [&](const QList<FleetFix> &f) { received += f; });
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.isConnected(), 10000);
        Testing::MqttPublisher device(broker.port(), "jiandu/officers/P1");
        QVERIFY(device.ok());
        for (int i = 0; i < 50; ++i)
            QVERIFY(device.publish(QJsonDocument(QJsonObject{{u"id"_s, u"P1"_s},
                                                             {u"lat"_s, 37.95 + i * 1e-5},
                                                             {u"lon"_s, 112.6},
                                                             {u"time"_s, double(kNow + i * 1000)}})
                                       .toJson(QJsonDocument::Compact)));
        QVERIFY(device.publish("\x00\xff garbage"));
        device.flush();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 50, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(source.unreadable(), qint64(1), 5000);
        FleetPositions fleet;
        fleet.feed(received, kNow + 60000);
        QCOMPARE(fleet.counts().used, 50);
    }
};

QTEST_GUILESS_MAIN(TestFleetPositions)
#include "tst_fleetpositions.moc"
