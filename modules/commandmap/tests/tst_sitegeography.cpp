// A site's geography: the demo city's file read as shipped, addresses found on its streets and
// estates, broken files refused in words, and Natural Earth's TopoJSON decoded into rings.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <commandmap/geo/sitegeography.h>
#include <commandmap/render/topojson.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CommandMap;

class TestSiteGeography : public QObject
{
    Q_OBJECT

private slots:
    void theDemoCityIsReadWithItsJurisdictions()
    {
        auto city = SiteGeography::load(QFINDTESTDATA("../../../resources/demo/map.json"));
        QVERIFY2(city, qPrintable(city ? QString() : city.error().text()));
        QCOMPARE(city->name, u"演示市"_s);
        QCOMPARE(city->jurisdictions().size(), 2);
        QCOMPARE(city->cameras.size(), 4);
        // Every place the demo incidents happened is known.
        for (const QString &address :
             {u"幸福小区36号"_s, u"滨江花园2号"_s, u"新华书店"_s, u"人民广场"_s, u"滨河路12号"_s,
              u"育才中学"_s, u"建设大道88号"_s, u"东湖公园"_s, u"城东汽车站"_s, u"城东农贸市场"_s})
            QVERIFY2(city->locate(address), qPrintable(address));
        QVERIFY(!city->locate(u"不存在的地方"_s));
        // 情况发布 goes to a jurisdiction's leaders and those on duty; each leader once.
        QCOMPARE(city->leadersFor(*city->locate(u"幸福小区36号"_s)),
                 (QStringList{u"城东派出所所长 王建国"_s, u"城东派出所教导员 李红"_s,
                              u"指挥中心值班领导 周明"_s}));
        QCOMPARE(city->leaders().size(), 4);
    }

    void houseNumbersGoAlongTheStreet()
    {
        auto city = SiteGeography::parse(R"({"name": "演示市", "lines": [
            {"name": "滨河路", "kind": "main", "numbers": [1, 201],
             "points": [[30.0, 120.0], [30.0, 120.02]]}],
            "places": [{"name": "滨河花园", "at": [30.01, 120.01], "radius": 100}]})");
        QVERIFY(city);
        const auto first = city->locate(u"滨河路1号"_s);
        const auto middle = city->locate(u"演示市滨河路 101号"_s);
        const auto last = city->locate(u"滨河路201号"_s);
        QVERIFY(first && middle && last);
        QCOMPARE(first->lon, 120.0);
        QVERIFY(std::abs(middle->lon - 120.01) < 1e-9);
        QCOMPARE(last->lon, 120.02);
        // The longest name wins: 滨河花园 is not on 滨河路.
        const auto estate = city->locate(u"滨河花园3号"_s);
        QVERIFY(estate);
        QVERIFY(ChinaCoordinates::distanceMetres(*estate, {30.01, 120.01}) <= 100.5);
        // Two buildings of an estate are not on the same spot.
        const auto other = city->locate(u"滨河花园4号"_s);
        QVERIFY(ChinaCoordinates::distanceMetres(*estate, *other) > 5);
    }

    void brokenFilesAreRefusedInWords()
    {
        QVERIFY(!SiteGeography::parse("not json"));
        const auto outside = SiteGeography::parse(R"({"places": [{"name": "x", "at": [95, 10]}]})");
        QVERIFY(!outside);
        QVERIFY(outside.error().message.contains(u"latitude"_s));
        QVERIFY(!SiteGeography::parse(R"({"areas": [{"ring": [[1, 1], [2, 2]]}]})"));
        QVERIFY(!SiteGeography::parse(R"({"places": [{"at": [1, 1]}]})"));
        QVERIFY(!SiteGeography::load(u"/nonexistent/map.json"_s));
        // Not files: refused at once, a FIFO without waiting for a writer.
        QVERIFY(!SiteGeography::load(u"/dev/zero"_s));
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(u"map.json"_s));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const auto fromFifo = SiteGeography::load(QFile::decodeName(fifo));
        QVERIFY(!fromFifo);
        QCOMPARE(fromFifo.error().code, u"not-a-file"_s);
    }

    void topologyArcsBecomeRings()
    {
        // Two squares sharing an edge: arc 0 the shared edge, arcs 1 and 2 the rest, the second
        // square using arc 0 backwards; quantised and delta-encoded as world-atlas is.
        const QByteArray topology = R"({"type": "Topology",
            "transform": {"scale": [1, 1], "translate": [100, 20]},
            "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]],
                     [[1, 0], [1, 0], [0, 1], [-1, 0]]],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "A"}},
                {"type": "MultiPolygon", "arcs": [[[2, -1]]], "properties": {"name": "B"}},
                {"type": "Point", "coordinates": [0, 0]}]}}})";
        auto parsed = TopoPolygons::parse(topology, u"countries"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().text()));
        QCOMPARE(parsed->polygons.size(), 2);
        const auto &a = parsed->polygons.at(0);
        QCOMPARE(a.name, u"A"_s);
        QCOMPARE(a.rings.first().size(), 5);
        QCOMPARE(a.bounds[0], 100.0);
        QCOMPARE(a.bounds[2], 101.0);
        const auto &b = parsed->polygons.at(1);
        QCOMPARE(b.bounds[0], 101.0);
        QCOMPARE(b.bounds[2], 102.0);
        QCOMPARE(b.rings.first().first().lon, b.rings.first().last().lon);
        QVERIFY(!TopoPolygons::parse(topology, u"land"_s));
        QVERIFY(!TopoPolygons::parse(R"({"type": "Topology", "arcs": [],
            "objects": {"c": {"type": "Polygon", "arcs": [[5, 6, 7]]}}})",
                                     u"c"_s));
        QVERIFY(!TopoPolygons::parse("[]", u"c"_s));
    }
};

QTEST_GUILESS_MAIN(TestSiteGeography)
#include "tst_sitegeography.moc"
