#include "geoindex.h"

#include <algorithm>
#include <cmath>

namespace Jiandu::CommandMap {

namespace {
constexpr double kMetresPerDegree = 111194.9; // along a meridian, on the mean sphere

quint64 key(qint64 row, qint64 column)
{
    return (quint64(quint32(qint32(row))) << 32) | quint32(qint32(column));
}

bool valid(const LatLon &p)
{
    return std::isfinite(p.lat) && std::isfinite(p.lon) && std::abs(p.lat) <= 90 &&
           std::abs(p.lon) <= 180;
}
} // namespace

GeoIndex::GeoIndex(double cellDegrees)
    : m_cell(cellDegrees > 0 ? cellDegrees : 0.01)
{}

qint64 GeoIndex::row(double lat) const
{
    return qint64(std::floor(lat / m_cell));
}
qint64 GeoIndex::column(double lon) const
{
    return qint64(std::floor(lon / m_cell));
}
quint64 GeoIndex::cellOf(const LatLon &p) const
{
    return key(row(p.lat), column(p.lon));
}

bool GeoIndex::insert(const GeoPoint &point)
{
    if (!valid(point.at))
        return false;
    const qint64 r = row(point.at.lat), c = column(point.at.lon);
    if (m_points.isEmpty()) {
        m_minRow = m_maxRow = r;
        m_minColumn = m_maxColumn = c;
    }
    m_minRow = std::min(m_minRow, r);
    m_maxRow = std::max(m_maxRow, r);
    m_minColumn = std::min(m_minColumn, c);
    m_maxColumn = std::max(m_maxColumn, c);
    m_cells[key(r, c)].append(int(m_points.size()));
    m_points.append(point);
    return true;
}

QList<GeoIndex::Hit> GeoIndex::nearest(const LatLon &at, int k, const QString &kind) const
{
    QList<Hit> hits;
    if (k <= 0 || m_points.isEmpty() || !valid(at))
        return hits;
    const qint64 r0 = row(at.lat), c0 = column(at.lon);
    // The rings of cells around the point's, until the k-th nearest found is nearer than
    // anything in the next ring could be, or every cell has been looked at.
    const qint64 maxRing = std::max({std::abs(r0 - m_minRow), std::abs(r0 - m_maxRow),
                                     std::abs(c0 - m_minColumn), std::abs(c0 - m_maxColumn)});
    const double cosLat = std::max(0.01, std::cos(at.lat * M_PI / 180.0));
    const double ringMetres = m_cell * kMetresPerDegree * cosLat; // the narrower way
    auto visit = [&](qint64 r, qint64 c) {
        const auto it = m_cells.constFind(key(r, c));
        if (it == m_cells.cend())
            return;
        for (int i : *it) {
            const GeoPoint &p = m_points[i];
            if (kind.isEmpty() || p.kind == kind)
                hits.append({&p, ChinaCoordinates::distanceMetres(at, p.at)});
        }
    };
    for (qint64 ring = 0; ring <= maxRing; ++ring) {
        if (ring == 0) {
            visit(r0, c0);
        } else {
            for (qint64 c = c0 - ring; c <= c0 + ring; ++c) {
                visit(r0 - ring, c);
                visit(r0 + ring, c);
            }
            for (qint64 r = r0 - ring + 1; r <= r0 + ring - 1; ++r) {
                visit(r, c0 - ring);
                visit(r, c0 + ring);
            }
        }
        if (int(hits.size()) >= k) {
            std::nth_element(hits.begin(), hits.begin() + (k - 1), hits.end(),
                             [](const Hit &a, const Hit &b) { return a.metres < b.metres; });
            // Anything in ring+1 or further is at least ring × cell away.
            if (hits[k - 1].metres <= double(ring) * ringMetres)
                break;
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.metres < b.metres; });
    if (hits.size() > k)
        hits.resize(k);
    return hits;
}

QList<GeoIndex::Hit> GeoIndex::within(const LatLon &centre, double metres,
                                      const QString &kind) const
{
    QList<Hit> hits;
    if (!valid(centre) || !(metres >= 0))
        return hits;
    const double cosLat = std::max(0.01, std::cos(centre.lat * M_PI / 180.0));
    const qint64 rows = qint64(std::ceil(metres / (m_cell * kMetresPerDegree))) + 1;
    const qint64 columns = qint64(std::ceil(metres / (m_cell * kMetresPerDegree * cosLat))) + 1;
    const qint64 r0 = row(centre.lat), c0 = column(centre.lon);
    for (qint64 r = std::max(r0 - rows, m_minRow); r <= std::min(r0 + rows, m_maxRow); ++r)
        for (qint64 c = std::max(c0 - columns, m_minColumn);
             c <= std::min(c0 + columns, m_maxColumn); ++c) {
            const auto it = m_cells.constFind(key(r, c));
            if (it == m_cells.cend())
                continue;
            for (int i : *it) {
                const GeoPoint &p = m_points[i];
                const double d = ChinaCoordinates::distanceMetres(centre, p.at);
                if (d <= metres && (kind.isEmpty() || p.kind == kind))
                    hits.append({&p, d});
            }
        }
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.metres < b.metres; });
    return hits;
}

bool GeoIndex::contains(const QList<LatLon> &polygon, const LatLon &point)
{
    bool in = false;
    for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const LatLon &a = polygon[i], &b = polygon[j];
        if ((a.lat > point.lat) != (b.lat > point.lat) &&
            point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon)
            in = !in;
    }
    return in;
}

QList<const GeoPoint *> GeoIndex::inside(const QList<LatLon> &polygon, const QString &kind) const
{
    QList<const GeoPoint *> found;
    if (polygon.size() < 3)
        return found;
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (const LatLon &v : polygon) {
        if (!valid(v))
            return found;
        minLat = std::min(minLat, v.lat);
        maxLat = std::max(maxLat, v.lat);
        minLon = std::min(minLon, v.lon);
        maxLon = std::max(maxLon, v.lon);
    }
    for (qint64 r = std::max(row(minLat), m_minRow); r <= std::min(row(maxLat), m_maxRow); ++r)
        for (qint64 c = std::max(column(minLon), m_minColumn);
             c <= std::min(column(maxLon), m_maxColumn); ++c) {
            const auto it = m_cells.constFind(key(r, c));
            if (it == m_cells.cend())
                continue;
            for (int i : *it) {
                const GeoPoint &p = m_points[i];
                if ((kind.isEmpty() || p.kind == kind) && contains(polygon, p.at))
                    found.append(&p);
            }
        }
    return found;
}

} // namespace Jiandu::CommandMap
