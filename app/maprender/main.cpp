// jiandu-maprender: draws a site's offline base map into an MBTiles file — the world's land
// and borders (Natural Earth, as TopoJSON) and the site's streets, water and names — so a
// workstation without any tile server still shows real geography.

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <commandmap/geo/webmercator.h>
#include <commandmap/render/basemaprenderer.h>
#include <commandmap/tiles/mbtileswriter.h>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CommandMap;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "jiandu-maprender: %s\n", qPrintable(message));
    return 1;
}

struct TileRange
{
    int z, x0, x1, y0, y1;
};

// The tiles of zoom \a z covering west/south/east/north.
TileRange rangeOf(int z, double west, double south, double east, double north)
{
    const double limit = WebMercator::kMaxLatitude;
    const QPointF nw = WebMercator::worldPixel({std::min(north, limit), west}, z) / 256;
    const QPointF se = WebMercator::worldPixel({std::max(south, -limit), east}, z) / 256;
    const int last = (1 << z) - 1;
    return {z, std::clamp(int(nw.x()), 0, last), std::clamp(int(se.x()), 0, last),
            std::clamp(int(nw.y()), 0, last), std::clamp(int(se.y()), 0, last)};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Draws a site's offline base map into an MBTiles file."_s);
    parser.addHelpOption();
    const QCommandLineOption worldOption(u"world"_s, u"Natural Earth countries as TopoJSON"_s,
                                         u"FILE"_s);
    const QCommandLineOption siteOption(u"site"_s, u"the site map (JSON)"_s, u"FILE"_s);
    const QCommandLineOption outOption(u"out"_s, u"the MBTiles file to write"_s, u"FILE"_s);
    const QCommandLineOption maxZoomOption(u"max-zoom"_s, u"the closest zoom (11–19)"_s, u"Z"_s,
                                           u"17"_s);
    parser.addOptions({worldOption, siteOption, outOption, maxZoomOption});
    parser.process(app);
    if (!parser.isSet(worldOption) || !parser.isSet(siteOption) || !parser.isSet(outOption))
        return fail(u"--world, --site and --out are needed"_s);

    QFile worldFile(parser.value(worldOption));
    if (!worldFile.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(worldFile.fileName(), worldFile.errorString()));
    auto world = TopoPolygons::parse(worldFile.readAll(), u"countries"_s);
    if (!world)
        return fail(u"%1: %2"_s.arg(worldFile.fileName(), world.error().text()));
    auto site = SiteGeography::load(parser.value(siteOption));
    if (!site)
        return fail(site.error().text());
    const int maxZoom = std::clamp(parser.value(maxZoomOption).toInt(), 11, 19);

    // The whole world to zoom 5, the site's region wider at middle zooms, the site itself
    // closest.
    const auto b = site->bounds();
    QList<TileRange> ranges;
    for (int z = 0; z <= 5; ++z)
        ranges.append(rangeOf(z, -180, -90, 180, 90));
    for (int z = 6; z <= 10; ++z) {
        const double margin = z <= 8 ? 12 : 2;
        ranges.append(rangeOf(z, b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin));
    }
    for (int z = BaseMapRenderer::kSiteFromZoom; z <= maxZoom; ++z) {
        const double margin = z <= 13 ? 0.08 : 0.01;
        ranges.append(rangeOf(z, b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin));
    }

    MbTiles::Metadata metadata;
    metadata.name = site->name.isEmpty() ? u"base map"_s : site->name;
    metadata.format = u"png"_s;
    metadata.minZoom = 0;
    metadata.maxZoom = maxZoom;
    metadata.bounds = std::array<double, 4>{-180, -85.0511, 180, 85.0511};
    auto writer = MbTilesWriter::create(parser.value(outOption), metadata);
    if (!writer)
        return fail(writer.error().text());
    const BaseMapRenderer renderer(std::move(*world), std::move(*site));
    int count = 0;
    for (const TileRange &r : std::as_const(ranges)) {
        for (int x = r.x0; x <= r.x1; ++x) {
            for (int y = r.y0; y <= r.y1; ++y) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                renderer.render(r.z, x, y).save(&buffer, "PNG");
                if (auto added = (*writer)->add(r.z, x, y, png); !added)
                    return fail(added.error().text());
                ++count;
            }
        }
    }
    if (auto finished = (*writer)->finish(); !finished)
        return fail(finished.error().text());
    std::printf("%d tiles, zoom 0–%d\n", count, maxZoom);
    return 0;
}
