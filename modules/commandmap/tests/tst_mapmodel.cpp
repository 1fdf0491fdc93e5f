// What the command map shows, without the page: clusters that stand for every officer in the
// view (10 000 in one cell are one cluster of 10 000), the nearest officers in order with
// their straight-line times, areas that hold exactly what counting every point finds, the
// time slider's period, GCJ-02 tiles, stale positions, drawn areas that are garbage refused;
// and the simulated patrols, which never jump.

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <commandmap/model/mapmodel.h>
#include <commandmap/positions/patrolsimulation.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CommandMap;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const LatLon kCentre{22.752, 114.092};

FleetFix officerAt(const QString &id, const LatLon &at, qint64 heardMs,
                   const QString &kind = u"officer"_s)
{
    FleetFix fix;
    fix.id = id;
    fix.kind = kind;
    fix.unit = u"城东派出所"_s;
    fix.fix.at = QDateTime::fromMSecsSinceEpoch(heardMs, Qt::UTC);
    fix.fix.position = at;
    return fix;
}

SiteGeography demoCity()
{
    return *SiteGeography::load(QFINDTESTDATA("../../../resources/demo/map.json"));
}

int total(const QJsonObject &layers, const QString &singles, const QString &groups)
{
    int sum = int(layers.value(singles).toArray().size());
    for (const QJsonValue &group : layers.value(groups).toArray())
        sum += group.toArray().at(2).toInt();
    return sum;
}

} // namespace

class TestMapModel : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandInOneCellAreOneCluster()
    {
        MapModel model;
        QList<FleetFix> fixes;
        for (int i = 0; i < 10000; ++i)
            fixes.append(officerAt(u"警-%1"_s.arg(i), kCentre, kNow));
        model.fleet().feed(fixes, kNow);
        const std::array<double, 4> view{114.0, 22.7, 114.2, 22.8};
        const QJsonObject far = model.viewLayers(12, view, kNow);
        QCOMPARE(far.value(u"officers"_s).toArray().size(), 0);
        QCOMPARE(far.value(u"officerGroups"_s).toArray().size(), 1);
        QCOMPARE(far.value(u"officerGroups"_s).toArray().at(0).toArray().at(2).toInt(), 10000);
        // Outside the view: nothing is sent at all.
        const QJsonObject elsewhere = model.viewLayers(12, {100.0, 30.0, 100.1, 30.1}, kNow);
        QCOMPARE(total(elsewhere, u"officers"_s, u"officerGroups"_s), 0);
    }

    void clustersStandForEveryoneInTheView()
    {
        MapModel model;
        QRandomGenerator random(7);
        QList<FleetFix> fixes;
        for (int i = 0; i < 5000; ++i)
            fixes.append(officerAt(u"警-%1"_s.arg(i),
                                   {22.70 + random.bounded(0.1), 114.04 + random.bounded(0.1)},
                                   kNow));
        model.fleet().feed(fixes, kNow);
        for (int zoom : {10, 13, 15, 17}) {
            const QJsonObject layers = model.viewLayers(zoom, {114.0, 22.6, 114.2, 22.9}, kNow);
            QCOMPARE(total(layers, u"officers"_s, u"officerGroups"_s), 5000);
        }
        // Closer in, more of them stand alone.
        const auto singles = [&](int zoom) {
            return model.viewLayers(zoom, {114.0, 22.6, 114.2, 22.9}, kNow)
                .value(u"officers"_s)
                .toArray()
                .size();
        };
        QVERIFY(singles(10) < singles(15));
        QCOMPARE(singles(17), 5000);
    }

    void theNearestComeFirstWithTheirTimes()
    {
        MapModel model;
        model.setGeography(demoCity());
        model.fleet().feed(
            {officerAt(u"far"_s, {kCentre.lat + 0.02, kCentre.lon}, kNow),
             officerAt(u"near"_s, {kCentre.lat + 0.001, kCentre.lon}, kNow),
             officerAt(u"car"_s, {kCentre.lat + 0.01, kCentre.lon}, kNow, u"vehicle"_s)},
            kNow);
        const QList<MapModel::Found> found = model.nearest(kCentre, 2);
        QCOMPARE(found.size(), 4); // two people, then two cameras
        QCOMPARE(found.at(0).id, u"near"_s);
        QCOMPARE(found.at(1).id, u"car"_s);
        QCOMPARE(found.at(2).kind, u"camera"_s);
        QVERIFY(found.at(0).metres < found.at(1).metres);
        QVERIFY(std::abs(found.at(0).metres - 111.2) < 1);
        // On foot 1.5 m/s, by car 8.3 m/s, in a straight line.
        QVERIFY(std::abs(found.at(0).etaSeconds - found.at(0).metres / 1.5) < 0.01);
        QVERIFY(std::abs(found.at(1).etaSeconds - found.at(1).metres / 8.3) < 0.01);
        QVERIFY(found.at(2).metres <= found.at(3).metres);
    }

    void areasHoldWhatCountingEveryPointFinds()
    {
        MapModel model;
        QRandomGenerator random(11);
        QList<FleetFix> fixes;
        for (int i = 0; i < 3000; ++i)
            fixes.append(officerAt(u"警-%1"_s.arg(i),
                                   {22.72 + random.bounded(0.06), 114.06 + random.bounded(0.06)},
                                   kNow));
        model.fleet().feed(fixes, kNow);
        const auto all = [&](auto inside) {
            int n = 0;
            for (const FleetFix &fix : std::as_const(fixes))
                n += inside(fix.fix.position) ? 1 : 0;
            return n;
        };
        MapModel::Area circle{MapModel::Area::Kind::Circle, {kCentre}, 1500};
        QCOMPARE(model.inside(circle).size(), all([](const LatLon &p) {
                     return ChinaCoordinates::distanceMetres(p, kCentre) <= 1500;
                 }));
        const QList<LatLon> ring{
            {22.73, 114.07}, {22.77, 114.08}, {22.75, 114.11}, {22.735, 114.10}};
        MapModel::Area polygon{MapModel::Area::Kind::Polygon, ring, 0};
        QCOMPARE(model.inside(polygon).size(),
                 all([&](const LatLon &p) { return GeoIndex::contains(ring, p); }));
        // A route along a meridian then a parallel, 200 m either side.
        MapModel::Area route{
            MapModel::Area::Kind::Route, {{22.73, 114.08}, {22.77, 114.08}, {22.77, 114.11}}, 200};
        const int alongRoute = all([](const LatLon &p) {
            const double k = std::cos(p.lat * M_PI / 180) * 111194.9;
            const double toFirst =
                p.lat >= 22.73 && p.lat <= 22.77
                    ? std::abs(p.lon - 114.08) * k
                    : std::min(ChinaCoordinates::distanceMetres(p, {22.73, 114.08}),
                               ChinaCoordinates::distanceMetres(p, {22.77, 114.08}));
            const double toSecond =
                p.lon >= 114.08 && p.lon <= 114.11
                    ? std::abs(p.lat - 22.77) * 111194.9
                    : std::min(ChinaCoordinates::distanceMetres(p, {22.77, 114.08}),
                               ChinaCoordinates::distanceMetres(p, {22.77, 114.11}));
            return std::min(toFirst, toSecond) <= 199.5;
        });
        const qsizetype found = model.inside(route).size();
        QVERIFY2(std::abs(found - alongRoute) <= 2,
                 qPrintable(u"%1 vs %2"_s.arg(found).arg(alongRoute)));
        QVERIFY(alongRoute > 50);
    }

    void garbageAreasAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no kind") << QByteArray(R"({"points": [[22.7, 114.0]], "metres": 10})");
        QTest::newRow("outside the world")
            << QByteArray(R"({"kind": "circle", "points": [[95, 114.0]], "metres": 10})");
        QTest::newRow("no radius")
            << QByteArray(R"({"kind": "circle", "points": [[22.7, 114.0]]})");
        QTest::newRow("negative") << QByteArray(
            R"({"kind": "circle", "points": [[22.7, 114.0]], "metres": -5})");
        QTest::newRow("huge") << QByteArray(
            R"({"kind": "circle", "points": [[22.7, 114.0]], "metres": 1e300})");
        QTest::newRow("two corners")
            << QByteArray(R"({"kind": "polygon", "points": [[22.7, 114.0], [22.8, 114.1]]})");
        QTest::newRow("not numbers")
            << QByteArray(R"({"kind": "route", "points": [["a", "b"], [1, 2]], "metres": 5})");
    }

    void garbageAreasAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!MapModel::Area::fromJson(QJsonDocument::fromJson(json).object()));
    }

    void thePeriodChoosesTheIncidentsShown()
    {
        MapModel model;
        model.setGeography(demoCity());
        QList<Incident> incidents;
        for (int hour = 0; hour < 48; ++hour) {
            Incident i;
            i.jqbh = u"J%1"_s.arg(hour);
            i.jjsjMs = kNow - qint64(hour) * 3600 * 1000;
            i.bzFsdz = hour % 2 ? u"幸福小区%1号"_s.arg(hour) : u"滨河路%1号"_s.arg(hour);
            i.jqlbDm = u"02"_s;
            incidents.append(i);
        }
        Incident nowhere;
        nowhere.jqbh = u"J-nowhere"_s;
        nowhere.jjsjMs = kNow;
        nowhere.bzFsdz = u"不在地图上的地址"_s;
        incidents.append(nowhere);
        model.setIncidents(incidents);
        QCOMPARE(model.unplacedIncidents(), 1);
        QCOMPARE(model.newestIncidentMs(), kNow);
        const std::array<double, 4> city{114.0, 22.7, 114.2, 22.8};
        model.setPeriod(kNow - 6 * 3600 * 1000 + 1, kNow + 1);
        QCOMPARE(total(model.viewLayers(13, city, kNow), u"incidents"_s, u"incidentGroups"_s), 6);
        model.setPeriod(kNow - 48 * 3600 * 1000LL, kNow + 1);
        QCOMPARE(total(model.viewLayers(13, city, kNow), u"incidents"_s, u"incidentGroups"_s), 48);
        const QJsonObject heat = model.heat(13, city);
        int counted = 0;
        for (const QJsonValue &cell : heat.value(u"cells"_s).toArray())
            counted += cell.toArray().at(2).toInt();
        QCOMPARE(counted, 48);
        QVERIFY(heat.value(u"most"_s).toInt() > 1);
    }

    void gcj02TilesGetShiftedMarkers()
    {
        MapModel model;
        model.setGeography(demoCity());
        model.setCameras(
            {SiteCamera{u"cam-0110-01"_s, u"接警大厅"_s, u"城东派出所"_s, {}, {}, {}}});
        const LatLon truth = *model.cameraPosition(u"cam-0110-01"_s);
        model.setGcj02Display(true);
        const QJsonArray shown = model.fixedLayers()
                                     .value(u"cameras"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"at"_s)
                                     .toArray();
        const LatLon drawn{shown.at(0).toDouble(), shown.at(1).toDouble()};
        // GCJ-02 is a few hundred metres off in Shenzhen; coming back is exact.
        QVERIFY(ChinaCoordinates::distanceMetres(truth, drawn) > 200);
        QVERIFY(ChinaCoordinates::distanceMetres(truth, model.fromDisplay(drawn)) < 0.5);
    }

    void stalePositionsCarryTheirAge()
    {
        MapModel model;
        model.setStaleAfterMs(5 * 60 * 1000);
        model.fleet().feed(
            {officerAt(u"fresh"_s, kCentre, kNow - 10 * 1000),
             officerAt(u"old"_s, {kCentre.lat + 0.01, kCentre.lon}, kNow - 12 * 60 * 1000)},
            kNow);
        const QJsonArray officers =
            model.viewLayers(17, {114.0, 22.7, 114.2, 22.8}, kNow).value(u"officers"_s).toArray();
        QCOMPARE(officers.size(), 2);
        for (const QJsonValue &value : officers) {
            const QJsonArray o = value.toArray();
            QCOMPARE(o.at(4).toInt(), o.at(0).toString() == u"old"_s ? 720 : 0);
        }
    }

    void simulatedPatrolsWalkTheirBeatWithoutJumping()
    {
        const SiteGeography city = demoCity();
        PatrolSimulation simulation(city, {40, 12, 3});
        QCOMPARE(simulation.size(), 52);
        QCOMPARE(simulation.fixesAt(kNow).at(5).fix.position.lat,
                 simulation.fixesAt(kNow).at(5).fix.position.lat);
        FleetPositions fleet;
        const auto bounds = city.bounds();
        QList<FleetFix> previous = simulation.fixesAt(kNow);
        for (int second = 1; second <= 120; ++second) {
            const QList<FleetFix> fixes = simulation.fixesAt(kNow + second * 1000);
            fleet.feed(fixes, kNow + second * 1000);
            for (int i = 0; i < fixes.size(); ++i) {
                const LatLon &p = fixes.at(i).fix.position;
                QVERIFY(p.lon >= bounds[0] && p.lon <= bounds[2] && p.lat >= bounds[1] &&
                        p.lat <= bounds[3]);
                QVERIFY(ChinaCoordinates::distanceMetres(p, previous.at(i).fix.position) <=
                        fixes.at(i).fix.speedMps + 0.5);
            }
            previous = fixes;
        }
        QCOMPARE(fleet.counts().jumps, 0);
        QCOMPARE(fleet.latest().size(), 52);
        int units = 0;
        for (const FleetFix &fix : fleet.latest())
            units += fix.unit.isEmpty() ? 0 : 1;
        QVERIFY(units > 40); // beats lie in a jurisdiction
    }
};

QTEST_GUILESS_MAIN(TestMapModel)
#include "tst_mapmodel.moc"
