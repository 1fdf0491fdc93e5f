#include "clusters.h"

#include "webmercator.h"

#include <QHash>

namespace Jiandu::CommandMap {

Clusters Clusters::compute(const QList<LatLon> &points, int zoom, const std::array<double, 4> &view,
                           double cellPixels, int singlesFromZoom)
{
    Clusters out;
    zoom = std::clamp(zoom, 0, 22);
    cellPixels = std::clamp(cellPixels, 8.0, 512.0);
    // The view grown by a cell, so a cluster at the edge does not pop as the map pans.
    const double growLon = cellPixels / (256.0 * double(1 << zoom)) * 360;
    const double west = view[0] - growLon, east = view[2] + growLon;
    const double growLat = growLon; // near enough at city latitudes for a margin
    const double south = view[1] - growLat, north = view[3] + growLat;
    const auto visible = [&](const LatLon &p) {
        return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= south && p.lat <= north &&
               p.lon >= west && p.lon <= east;
    };
    if (zoom >= singlesFromZoom) {
        for (int i = 0; i < points.size(); ++i) {
            if (visible(points.at(i)))
                out.singles.append({i, points.at(i)});
        }
        return out;
    }
    struct Cell
    {
        int first = -1;
        int count = 0;
        double lat = 0, lon = 0;
        std::array<double, 4> bounds{180, 90, -180, -90};
    };
    QHash<quint64, Cell> cells;
    for (int i = 0; i < points.size(); ++i) {
        const LatLon &p = points.at(i);
        if (!visible(p))
            continue;
        const QPointF pixel = WebMercator::worldPixel(p, zoom);
        const quint64 key =
            (quint64(quint32(pixel.x() / cellPixels)) << 32) | quint32(pixel.y() / cellPixels);
        Cell &cell = cells[key];
        if (cell.first < 0)
            cell.first = i;
        ++cell.count;
        cell.lat += p.lat;
        cell.lon += p.lon;
        cell.bounds = {std::min(cell.bounds[0], p.lon), std::min(cell.bounds[1], p.lat),
                       std::max(cell.bounds[2], p.lon), std::max(cell.bounds[3], p.lat)};
    }
    for (const Cell &cell : std::as_const(cells)) {
        if (cell.count == 1)
            out.singles.append({cell.first, points.at(cell.first)});
        else
            out.groups.append(
                {{cell.lat / cell.count, cell.lon / cell.count}, cell.count, cell.bounds});
    }
    return out;
}

} // namespace Jiandu::CommandMap
