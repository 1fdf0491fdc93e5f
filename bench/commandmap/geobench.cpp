// The command map's queries (see bench/README.md): the 10 nearest officers and incidents to a
// point over 20 000 incidents and 5 000 officers, everything inside a polygon and within a
// circle — the grid index against looking at every point, in the same run.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <commandmap/geo/geoindex.h>

using namespace Jiandu::CommandMap;

namespace {

struct Stats
{
    QList<double> us;
    double median()
    {
        std::sort(us.begin(), us.end());
        return us[us.size() / 2];
    }
    double p99()
    {
        std::sort(us.begin(), us.end());
        return us[int(us.size() * 0.99)];
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QRandomGenerator random(7);
    GeoIndex index;
    QList<GeoPoint> all;
    // A city of about 35 × 35 km.
    auto somewhere = [&random] {
        return LatLon{37.70 + random.generateDouble() * 0.32,
                      112.40 + random.generateDouble() * 0.40};
    };
    for (int i = 0; i < 25000; ++i) {
        const GeoPoint p{QString::number(i),
                         i < 20000 ? QStringLiteral("incident") : QStringLiteral("officer"),
                         somewhere()};
        index.insert(p);
        all.append(p);
    }
    Stats nearestIndex, nearestAll, polygonIndex, polygonAll, circleIndex;
    const int queries = 2000;
    int agree = 0;
    int polygonAgree = 0;
    for (int q = 0; q < queries; ++q) {
        const LatLon at = somewhere();
        QElapsedTimer t;
        t.start();
        const auto officers = index.nearest(at, 10, QStringLiteral("officer"));
        const auto incidents = index.nearest(at, 10, QStringLiteral("incident"));
        nearestIndex.us << t.nsecsElapsed() / 1000.0;

        t.start();
        QList<std::pair<double, const GeoPoint *>> byDistance;
        byDistance.reserve(all.size());
        for (const GeoPoint &p : std::as_const(all))
            if (p.kind == QStringLiteral("officer"))
                byDistance.append({ChinaCoordinates::distanceMetres(at, p.at), &p});
        std::partial_sort(byDistance.begin(), byDistance.begin() + 10, byDistance.end());
        QList<std::pair<double, const GeoPoint *>> incidentDistance;
        incidentDistance.reserve(all.size());
        for (const GeoPoint &p : std::as_const(all))
            if (p.kind == QStringLiteral("incident"))
                incidentDistance.append({ChinaCoordinates::distanceMetres(at, p.at), &p});
        std::partial_sort(incidentDistance.begin(), incidentDistance.begin() + 10,
                          incidentDistance.end());
        nearestAll.us << t.nsecsElapsed() / 1000.0;
        agree += officers.value(9).metres == byDistance[9].first &&
                 incidents.value(9).metres == incidentDistance[9].first;

        // A district-sized hexagon around the point.
        QList<LatLon> hexagon;
        for (int k = 0; k < 6; ++k)
            hexagon << LatLon{at.lat + 0.02 * std::sin(k * M_PI / 3),
                              at.lon + 0.025 * std::cos(k * M_PI / 3)};
        t.start();
        const auto in = index.inside(hexagon);
        polygonIndex.us << t.nsecsElapsed() / 1000.0;
        t.start();
        int count = 0;
        for (const GeoPoint &p : std::as_const(all))
            count += GeoIndex::contains(hexagon, p.at);
        polygonAll.us << t.nsecsElapsed() / 1000.0;
        polygonAgree += count == int(in.size());

        t.start();
        index.within(at, 1000);
        circleIndex.us << t.nsecsElapsed() / 1000.0;
    }
    std::printf("20 000 incidents and 5 000 officers over a 35 km city, %d random points; the "
                "10 nearest of each kind agree with counting them all: %d of %d; the polygon's "
                "contents: %d of %d\n\n",
                queries, agree, queries, polygonAgree, queries);
    std::printf("| query | grid index median | p99 | every point median | p99 | target |\n");
    std::printf("|---|---|---|---|---|---|\n");
    std::printf(
        "| nearest 10 officers + 10 incidents | %.3f ms | %.3f ms | %.3f ms | %.3f ms | < 5 ms |\n",
        nearestIndex.median() / 1000, nearestIndex.p99() / 1000, nearestAll.median() / 1000,
        nearestAll.p99() / 1000);
    std::printf(
        "| inside a district-sized hexagon | %.3f ms | %.3f ms | %.3f ms | %.3f ms | < 20 ms |\n",
        polygonIndex.median() / 1000, polygonIndex.p99() / 1000, polygonAll.median() / 1000,
        polygonAll.p99() / 1000);
    std::printf("| within 1 km | %.3f ms | %.3f ms | | | |\n", circleIndex.median() / 1000,
                circleIndex.p99() / 1000);
    return 0;
}
