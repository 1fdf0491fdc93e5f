#include "basemaprenderer.h"

#include "../geo/webmercator.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {

const QColor kSea(0xaa, 0xd3, 0xdf);
const QColor kLand(0xf2, 0xef, 0xe9);
const QColor kBorder(0xb0, 0x9d, 0xc0);
const QColor kPark(0xcd, 0xeb, 0xb0);
const QColor kSchool(0xf0, 0xe6, 0xd2);
const QColor kMainRoad(0xfc, 0xd6, 0xa4);
const QColor kMainCasing(0xc8, 0xa0, 0x6e);
const QColor kStreetCasing(0xc4, 0xc4, 0xc4);
const QColor kLabel(0x33, 0x33, 0x33);

bool intersects(const std::array<double, 4> &bounds, const std::array<double, 4> &view)
{
    return bounds[0] <= view[2] && bounds[2] >= view[0] && bounds[1] <= view[3] &&
           bounds[3] >= view[1];
}

// The tile's area in degrees (west, south, east, north), grown by \a marginPixels.
std::array<double, 4> tileBounds(int z, int x, int y, double marginPixels)
{
    const LatLon nw =
        WebMercator::fromWorldPixel(QPointF(x * 256.0 - marginPixels, y * 256.0 - marginPixels), z);
    const LatLon se = WebMercator::fromWorldPixel(
        QPointF((x + 1) * 256.0 + marginPixels, (y + 1) * 256.0 + marginPixels), z);
    return {nw.lon, se.lat, se.lon, nw.lat};
}

// The points in the tile's pixels, leaving out those within half a pixel of the last one
// kept (a coastline of 10 000 points is a few hundred at low zoom).
QPolygonF project(const QList<LatLon> &points, int z, const QPointF &origin)
{
    QPolygonF out;
    out.reserve(points.size());
    for (const LatLon &p : points) {
        const QPointF pixel = WebMercator::worldPixel(p, z) - origin;
        if (out.isEmpty() ||
            std::abs(pixel.x() - out.last().x()) + std::abs(pixel.y() - out.last().y()) >= 0.5)
            out.append(pixel);
    }
    if (out.size() > 1 && points.size() > 1)
        out.last() = WebMercator::worldPixel(points.last(), z) - origin;
    return out;
}

// The line's width on screen: its real width where it has one (a river), else by zoom.
double lineWidth(const SiteGeography::Line &line, int z)
{
    if (line.widthMetres > 0 && !line.points.isEmpty())
        return std::max(2.0,
                        line.widthMetres / WebMercator::metresPerPixel(z, line.points.first().lat));
    const double main = std::pow(1.55, z - 11) * 1.6;
    return std::min(line.kind == u"main" ? main : main * 0.6, 26.0);
}

// \a ring cut to \a rect (Sutherland–Hodgman): a country's coast of thousands of kilometres
// is stroked only where the tile sees it, the cut edges falling outside the tile.
QPolygonF clipped(const QPolygonF &ring, const QRectF &rect)
{
    QPolygonF out = ring;
    const auto clipEdge = [&out](auto inside, auto cross) {
        if (out.isEmpty())
            return;
        QPolygonF in;
        in.swap(out);
        QPointF previous = in.last();
        for (const QPointF &point : std::as_const(in)) {
            if (inside(point)) {
                if (!inside(previous))
                    out.append(cross(previous, point));
                out.append(point);
            } else if (inside(previous)) {
                out.append(cross(previous, point));
            }
            previous = point;
        }
    };
    const auto atX = [](double x) {
        return [x](const QPointF &a, const QPointF &b) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
    };
    const auto atY = [](double y) {
        return [y](const QPointF &a, const QPointF &b) {
            return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        };
    };
    clipEdge([&](const QPointF &p) { return p.x() >= rect.left(); }, atX(rect.left()));
    clipEdge([&](const QPointF &p) { return p.x() <= rect.right(); }, atX(rect.right()));
    clipEdge([&](const QPointF &p) { return p.y() >= rect.top(); }, atY(rect.top()));
    clipEdge([&](const QPointF &p) { return p.y() <= rect.bottom(); }, atY(rect.bottom()));
    return out;
}

QFont labelFont(double pixels, bool bold = false)
{
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(int(pixels));
    font.setBold(bold);
    return font;
}

void haloText(QPainter &painter, const QPointF &at, const QString &text, const QFont &font)
{
    QPainterPath path;
    path.addText(at, font, text);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kLabel);
    painter.drawPath(path);
}

} // namespace

BaseMapRenderer::BaseMapRenderer(TopoPolygons world, SiteGeography site)
    : m_world(std::move(world))
    , m_site(std::move(site))
{}

QImage BaseMapRenderer::render(int z, int x, int y) const
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(kSea);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF origin(x * 256.0, y * 256.0);
    drawWorld(painter, z, origin);
    if (z >= kSiteFromZoom)
        drawSite(painter, z, origin);
    drawLabels(painter, z, origin);
    return image;
}

void BaseMapRenderer::drawWorld(QPainter &painter, int z, const QPointF &origin) const
{
    const auto view = tileBounds(z, int(origin.x() / 256), int(origin.y() / 256), 2);
    painter.setPen(z >= 3 ? QPen(kBorder, z >= 8 ? 1.5 : 0.8) : Qt::NoPen);
    painter.setBrush(kLand);
    for (const TopoPolygons::Polygon &polygon : m_world.polygons) {
        if (!intersects(polygon.bounds, view))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<LatLon> &ring : polygon.rings) {
            const QPolygonF inTile = clipped(project(ring, z, origin), QRectF(-4, -4, 264, 264));
            if (inTile.size() >= 3) {
                path.addPolygon(inTile);
                path.closeSubpath();
            }
        }
        if (!path.isEmpty())
            painter.drawPath(path);
    }
}

void BaseMapRenderer::drawSite(QPainter &painter, int z, const QPointF &origin) const
{
    painter.setPen(Qt::NoPen);
    for (const SiteGeography::Area &area : m_site.areas) {
        if (area.kind == u"jurisdiction")
            continue; // a layer of the map, not of its base
        painter.setBrush(area.kind == u"water" ? kSea : area.kind == u"school" ? kSchool : kPark);
        painter.drawPolygon(project(area.ring, z, origin));
    }
    // Rivers, then streets' casings, then their fill, so crossings join.
    for (const SiteGeography::Line &line : m_site.lines) {
        if (line.kind != u"river")
            continue;
        painter.setPen(QPen(kSea, lineWidth(line, z), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(project(line.points, z, origin));
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const SiteGeography::Line &line : m_site.lines) {
            if (line.kind == u"river" || (line.kind != u"main" && z < 12))
                continue;
            const double width = lineWidth(line, z);
            const bool main = line.kind == u"main";
            QPen pen(pass == 0 ? (main ? kMainCasing : kStreetCasing)
                               : (main ? kMainRoad : QColor(Qt::white)),
                     pass == 0 ? width + 2 : width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(pen);
            painter.drawPolyline(project(line.points, z, origin));
        }
    }
}

void BaseMapRenderer::drawJurisdictions(QPainter &painter, const QList<SiteGeography::Area> &areas,
                                        int z, int x, int y)
{
    static const QList<QColor> palette{QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x69, 0x5c),
                                       QColor(0xad, 0x14, 0x57), QColor(0x28, 0x35, 0x93),
                                       QColor(0xef, 0x6c, 0x00), QColor(0x2e, 0x7d, 0x32)};
    const QPointF origin(x * 256.0, y * 256.0);
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QColor colour = palette.at(i % palette.size());
        QColor wash = colour;
        wash.setAlpha(14);
        QPen pen(colour, 2, Qt::DashLine);
        pen.setDashPattern({3, 2});
        painter.setPen(pen);
        painter.setBrush(wash);
        painter.drawPolygon(
            clipped(project(areas.at(i).ring, z, origin), QRectF(-4, -4, 264, 264)));
    }
}

void BaseMapRenderer::drawLabels(QPainter &painter, int z, const QPointF &origin) const
{
    // The city's name at middle zooms, where its streets are not drawn yet or barely.
    if (!m_site.name.isEmpty() && z >= 8 && z <= 12) {
        const QFont font = labelFont(z >= 11 ? 18 : 14, true);
        const QPointF at = WebMercator::worldPixel(m_site.centre, z) - origin;
        const double width = QFontMetricsF(font).horizontalAdvance(m_site.name);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kLabel);
        painter.drawEllipse(at, 3, 3);
        haloText(painter, at + QPointF(-width / 2, -8), m_site.name, font);
    }
    if (z < 14)
        return;
    const QRectF tile(-300, -300, 856, 856); // labels reaching into the tile
    // Street names along their longest stretch, turned to read left to right.
    const QFont streetFont = labelFont(z >= 16 ? 14 : 12);
    for (const SiteGeography::Line &line : m_site.lines) {
        if (line.name.isEmpty() || (line.kind != u"main" && z < 15))
            continue;
        const QPolygonF points = project(line.points, z, origin);
        qsizetype longest = 0;
        double longestLength = -1;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const double length = QLineF(points.at(i - 1), points.at(i)).length();
            if (length > longestLength) {
                longest = i;
                longestLength = length;
            }
        }
        QLineF stretch(points.at(longest - 1), points.at(longest));
        const double textWidth = QFontMetricsF(streetFont).horizontalAdvance(line.name);
        if (stretch.length() < textWidth * 1.5 || !tile.contains(stretch.center()))
            continue;
        // QLineF's angle turns counter-clockwise, the painter's clockwise; keep it readable.
        double angle = std::remainder(-stretch.angle(), 360.0);
        if (angle > 90)
            angle -= 180;
        else if (angle < -90)
            angle += 180;
        // Vertical streets' names read top to bottom, a character under the other.
        painter.save();
        painter.translate(stretch.center());
        const bool upright = std::abs(std::abs(angle) - 90) < 20;
        if (upright) {
            const double step = streetFont.pixelSize() + 2;
            double y = -step * line.name.size() / 2 + step * 0.8;
            for (const QChar c : line.name) {
                const double w = QFontMetricsF(streetFont).horizontalAdvance(c);
                haloText(painter, QPointF(-w / 2, y), QString(c), streetFont);
                y += step;
            }
        } else {
            painter.rotate(angle);
            haloText(painter, QPointF(-textWidth / 2, streetFont.pixelSize() * 0.35), line.name,
                     streetFont);
        }
        painter.restore();
    }
    if (z < 15)
        return;
    const QFont placeFont = labelFont(13);
    for (const SiteGeography::Place &place : m_site.places) {
        if (place.kind == u"station")
            continue; // the stations are a layer of the map
        const QPointF at = WebMercator::worldPixel(place.at, z) - origin;
        if (!tile.contains(at))
            continue;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(QColor(0x8a, 0x6d, 0x4d));
        painter.drawEllipse(at, 3.5, 3.5);
        haloText(painter, at + QPointF(7, 4), place.name, placeFont);
    }
}

} // namespace Jiandu::CommandMap
