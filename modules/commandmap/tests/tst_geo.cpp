// Where things are on the command map: WGS-84 and GCJ-02 converted both ways as published
// libraries do (the inverse exact, not the one-step approximation), distances, and the
// nearest officers or everything in an area from a grid index, against a brute-force count.
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <commandmap/geo/chinacoordinates.h>
#include <commandmap/geo/geoindex.h>

using namespace Jiandu::CommandMap;

class TestGeo : public QObject
{
    Q_OBJECT

private slots:
    void gcj02AsPublished_data()
    {
        QTest::addColumn<double>("wgsLat");
        QTest::addColumn<double>("wgsLon");
        QTest::addColumn<double>("gcjLat");
        QTest::addColumn<double>("gcjLon");
        // Vectors of a widely used open implementation of the transform.
        QTest::newRow("shanghai") << 31.1774276 << 121.5272106 << 31.17530398364597
                                  << 121.531541859215;
        QTest::newRow("shenzhen") << 22.543847 << 113.912316 << 22.540796131694766
                                  << 113.9171764808363;
        QTest::newRow("beijing") << 39.911954 << 116.377817 << 39.91334545536069
                                 << 116.38404722455657;
    }
    void gcj02AsPublished()
    {
        QFETCH(double, wgsLat);
        QFETCH(double, wgsLon);
        QFETCH(double, gcjLat);
        QFETCH(double, gcjLon);
        const LatLon gcj = ChinaCoordinates::wgs84ToGcj02({wgsLat, wgsLon});
        QVERIFY2(
            ChinaCoordinates::distanceMetres(gcj, {gcjLat, gcjLon}) < 0.01,
            qPrintable(QStringLiteral("%1,%2").arg(gcj.lat, 0, 'f', 9).arg(gcj.lon, 0, 'f', 9)));
        const LatLon back = ChinaCoordinates::gcj02ToWgs84({gcjLat, gcjLon});
        QVERIFY(ChinaCoordinates::distanceMetres(back, {wgsLat, wgsLon}) < 0.01);
    }

    void theInverseIsExactAcrossChina()
    {
        auto *random = QRandomGenerator::global();
        double worst = 0;
        for (int i = 0; i < 2000; ++i) {
            const LatLon wgs{18.0 + random->generateDouble() * 35.0,
                             74.0 + random->generateDouble() * 60.0};
            const LatLon back = ChinaCoordinates::gcj02ToWgs84(ChinaCoordinates::wgs84ToGcj02(wgs));
            worst = std::max(worst, ChinaCoordinates::distanceMetres(wgs, back));
        }
        QVERIFY2(worst < 0.001, qPrintable(QString::number(worst))); // well under 0.5 m
        // The offset itself is hundreds of metres: the naive one-step inverse would miss.
        const LatLon beijing{39.911954, 116.377817};
        QVERIFY(ChinaCoordinates::distanceMetres(beijing, ChinaCoordinates::wgs84ToGcj02(beijing)) >
                300);
    }

    void outsideChinaNothingMoves()
    {
        const LatLon london{51.5072, -0.1276};
        const LatLon moved = ChinaCoordinates::wgs84ToGcj02(london);
        QCOMPARE(moved.lat, london.lat);
        QCOMPARE(moved.lon, london.lon);
        QCOMPARE(ChinaCoordinates::gcj02ToWgs84(london).lon, london.lon);
    }

    void distances()
    {
        // Tiananmen to the Shanghai Bund: about 1 067 km along a great circle.
        const double d = ChinaCoordinates::distanceMetres({39.9087, 116.3975}, {31.2400, 121.4900});
        QVERIFY2(std::abs(d - 1067000) < 5000, qPrintable(QString::number(d)));
        QCOMPARE(ChinaCoordinates::distanceMetres({30, 120}, {30, 120}), 0.0);
    }

    void farAwayAcrossTheAntimeridianAndAtThePole()
    {
        // Points in China, on both sides of ±180° and near the North Pole; queries from far
        // away, across the line and at the pole must agree with measuring every point, fast.
        GeoIndex index;
        QList<GeoPoint> all;
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i)
            all.append({QString::number(i),
                        QStringLiteral("x"),
                        {30 + random->generateDouble() * 10, 110 + random->generateDouble() * 10}});
        all.append({QStringLiteral("east"), QStringLiteral("x"), {0, -179.995}});
        all.append({QStringLiteral("west"), QStringLiteral("x"), {0, 179.0}});
        all.append({QStringLiteral("pole-a"), QStringLiteral("x"), {89.9999, 120}});
        all.append({QStringLiteral("pole-b"), QStringLiteral("x"), {89.99, 0.005}});
        all.append({QStringLiteral("siberia"), QStringLiteral("x"), {53, 122}});
        for (const GeoPoint &p : all)
            QVERIFY(index.insert(p));
        QElapsedTimer timer;
        timer.start();
        for (const LatLon at : {LatLon{80, -170}, LatLon{0, 179.995}, LatLon{89.999, 0.005},
                                LatLon{-60, -60}, LatLon{35, 115}}) {
            for (const int k : {1, 3, 6000}) {
                const auto hits = index.nearest(at, k);
                QList<double> truth;
                for (const GeoPoint &p : all)
                    truth << ChinaCoordinates::distanceMetres(at, p.at);
                std::sort(truth.begin(), truth.end());
                QCOMPARE(hits.size(), std::min<qsizetype>(k, truth.size()));
                for (qsizetype i = 0; i < hits.size(); ++i)
                    QCOMPARE(hits[i].metres, truth[i]);
            }
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(index.nearest({0, 179.995}, 1).value(0).point->id, QStringLiteral("east"));

        // Circles: across the line, over the pole, the whole Earth, a radius that is no number.
        const auto across = index.within({0, 179.995}, 5000);
        QCOMPARE(across.size(), 1);
        QCOMPARE(index.within({89.5, -100}, 100000).size(), 2);
        QCOMPARE(index.within({35, 115}, qInf()).size(), all.size());
        QVERIFY(index.within({35, 115}, qQNaN()).isEmpty());
        QVERIFY(index.within({35, 115}, -1).isEmpty());

        // Whatever cell size is asked for, the index works.
        for (const double cell : {0.0, -1.0, 1e-12, 1e9, qQNaN()}) {
            GeoIndex odd(cell);
            QVERIFY(odd.insert({QStringLiteral("a"), QStringLiteral("x"), {10, 10}}));
            QCOMPARE(odd.nearest({10, 10.001}, 1).size(), 1);
        }
    }

    void nearestAndAreasAgreeWithCountingThemAll()
    {
        GeoIndex index;
        QList<GeoPoint> all;
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 25000; ++i) {
            const GeoPoint p{
                QString::number(i),
                i % 5 == 0 ? QStringLiteral("officer") : QStringLiteral("incident"),
                {37.80 + random->generateDouble() * 0.3, 112.45 + random->generateDouble() * 0.3}};
            QVERIFY(index.insert(p));
            all.append(p);
        }
        QVERIFY(!index.insert({QStringLiteral("x"), QStringLiteral("officer"), {91, 0}}));
        QVERIFY(!index.insert({QStringLiteral("y"), QStringLiteral("officer"), {qQNaN(), 0}}));
        QCOMPARE(index.size(), 25000);

        for (const LatLon at :
             {LatLon{37.95, 112.60}, LatLon{37.80, 112.45}, LatLon{38.5, 113.5}}) {
            const auto hits = index.nearest(at, 10, QStringLiteral("officer"));
            QCOMPARE(hits.size(), 10);
            QList<double> truth;
            for (const GeoPoint &p : all)
                if (p.kind == QStringLiteral("officer"))
                    truth << ChinaCoordinates::distanceMetres(at, p.at);
            std::sort(truth.begin(), truth.end());
            for (int i = 0; i < 10; ++i)
                QCOMPARE(hits[i].metres, truth[i]);
        }

        const LatLon centre{37.95, 112.60};
        const auto circle = index.within(centre, 800);
        int count = 0;
        for (const GeoPoint &p : all)
            count += ChinaCoordinates::distanceMetres(centre, p.at) <= 800;
        QCOMPARE(int(circle.size()), count);

        const QList<LatLon> triangle{{37.90, 112.55}, {38.00, 112.60}, {37.90, 112.65}};
        const auto in = index.inside(triangle);
        QVERIFY(!in.isEmpty());
        for (const GeoPoint *p : in)
            QVERIFY(p->at.lat >= 37.90 && p->at.lat <= 38.00);
        QVERIFY(index.inside({{37.9, 112.5}, {38.0, 112.6}}).isEmpty()); // not a polygon
        QVERIFY(index.nearest({qQNaN(), 0}, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
