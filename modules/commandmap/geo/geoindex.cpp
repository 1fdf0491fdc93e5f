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
    : m_cell(std::isfinite(cellDegrees) ? std::clamp(cellDegrees, 1e-4, 10.0) : 0.01)
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

namespace {

//! The least great-circle distance from \a at (degrees) to any point whose latitude differs by
//! at least \a dLat degrees or whose longitude differs by at least \a dLon degrees (either way
//! round the globe).
double leastDistance(const LatLon &at, double dLat, double dLon)
{
    constexpr double kR = 6371008.8;
    const double byLat = kR * std::max(0.0, dLat) * M_PI / 180.0;
    double byLon = 0;
    const double gap = std::max(0.0, dLon);
    if (gap > 0) {
        const double phi = at.lat * M_PI / 180.0;
        if (gap >= 90.0)
            byLon = kR * (M_PI / 2 - std::abs(phi)); // over the pole is the short way
        else
            byLon = kR * std::asin(std::min(1.0, std::cos(phi) * std::sin(gap * M_PI / 180.0)));
    }
    return std::min(byLat, byLon);
}

} // namespace

QList<GeoIndex::Hit> GeoIndex::everyPoint(const LatLon &at, const QString &kind) const
{
    QList<Hit> hits;
    hits.reserve(m_points.size());
    for (const GeoPoint &p : m_points)
        if (kind.isEmpty() || p.kind == kind)
            hits.append({&p, ChinaCoordinates::distanceMetres(at, p.at)});
    return hits;
}

QList<GeoIndex::Hit> GeoIndex::nearest(const LatLon &at, int k, const QString &kind) const
{
    QList<Hit> hits;
    if (k <= 0 || m_points.isEmpty() || !valid(at))
        return hits;
    const qint64 r0 = row(at.lat), c0 = column(at.lon);
    // Rings of cells around the point's, each only where it meets the cells that hold points,
    // until the k-th nearest found is nearer than anything further out can be. Where that
    // would look at more cells than there are points (a point far from all of them, few of
    // the kind asked for), every point is measured instead: the answer is the same.
    const qint64 rowGap = std::max<qint64>({0, m_minRow - r0, r0 - m_maxRow});
    const qint64 columnGap = std::max<qint64>({0, m_minColumn - c0, c0 - m_maxColumn});
    const qint64 maxRing = std::max({std::abs(r0 - m_minRow), std::abs(r0 - m_maxRow),
                                     std::abs(c0 - m_minColumn), std::abs(c0 - m_maxColumn)});
    const qint64 budget = 4 * qint64(m_points.size()) + 64;
    const double widest = std::max(std::abs(at.lon - double(m_minColumn) * m_cell),
                                   std::abs(double(m_maxColumn + 1) * m_cell - at.lon));
    qint64 visited = 0;
    bool complete = true;
    auto visit = [&](qint64 r, qint64 c) {
        ++visited;
        const auto it = m_cells.constFind(key(r, c));
        if (it == m_cells.cend())
            return;
        for (int i : *it) {
            const GeoPoint &p = m_points[i];
            if (kind.isEmpty() || p.kind == kind)
                hits.append({&p, ChinaCoordinates::distanceMetres(at, p.at)});
        }
    };
    auto byDistance = [](const Hit &a, const Hit &b) {
        return a.metres < b.metres;
    };
    for (qint64 ring = std::max(rowGap, columnGap); ring <= maxRing; ++ring) {
        if (visited > budget) {
            complete = false;
            break;
        }
        // The ring's top and bottom rows, then its left and right columns, clipped to the box.
        for (const qint64 r : {r0 - ring, r0 + ring}) {
            if (r < m_minRow || r > m_maxRow || (ring == 0 && r != r0))
                continue;
            for (qint64 c = std::max(c0 - ring, m_minColumn); c <= std::min(c0 + ring, m_maxColumn);
                 ++c)
                visit(r, c);
            if (ring == 0)
                break;
        }
        for (const qint64 c : {c0 - ring, c0 + ring}) {
            if (ring == 0 || c < m_minColumn || c > m_maxColumn)
                continue;
            for (qint64 r = std::max(r0 - ring + 1, m_minRow);
                 r <= std::min(r0 + ring - 1, m_maxRow); ++r)
                visit(r, c);
        }
        if (int(hits.size()) >= k) {
            std::nth_element(hits.begin(), hits.begin() + (k - 1), hits.end(), byDistance);
            // Anything in a further ring differs by at least `ring` cells in row or column;
            // the other way round the globe, its longitude is at least 360° less the widest
            // gap to the box.
            const double cells = double(ring) * m_cell;
            const double bound = leastDistance(at, cells, std::min(cells, 360.0 - widest));
            if (hits[k - 1].metres <= bound)
                break;
        }
    }
    if (!complete || int(hits.size()) < k || maxRing < std::max(rowGap, columnGap))
        hits = everyPoint(at, kind);
    std::sort(hits.begin(), hits.end(), byDistance);
    if (hits.size() > k)
        hits.resize(k);
    return hits;
}

QList<GeoIndex::Hit> GeoIndex::within(const LatLon &centre, double metres,
                                      const QString &kind) const
{
    QList<Hit> hits;
    if (!valid(centre) || std::isnan(metres) || metres < 0 || m_points.isEmpty())
        return hits;
    constexpr double kR = 6371008.8;
    metres = std::min(metres, M_PI * kR); // beyond half the globe is all of it
    const double delta = metres / kR;     // the radius as an angle
    const double phi = centre.lat * M_PI / 180.0;
    const qint64 rows = qint64(std::ceil(delta * 180.0 / M_PI / m_cell)) + 1;
    // Columns: the circle's width at its widest; all of them when it reaches a pole or would
    // cross the antimeridian (the cells are not wrapped).
    const bool allColumns = std::abs(phi) + delta >= M_PI / 2;
    double halfWidth = 180.0;
    if (!allColumns)
        halfWidth = std::asin(std::min(1.0, std::sin(delta) / std::cos(phi))) * 180.0 / M_PI;
    const qint64 r0 = row(centre.lat), c0 = column(centre.lon);
    qint64 cFrom = m_minColumn, cTo = m_maxColumn;
    if (!allColumns && centre.lon - halfWidth > -180.0 && centre.lon + halfWidth < 180.0) {
        const qint64 columns = qint64(std::ceil(halfWidth / m_cell)) + 1;
        cFrom = std::max(c0 - columns, m_minColumn);
        cTo = std::min(c0 + columns, m_maxColumn);
    }
    const qint64 rFrom = std::max(r0 - rows, m_minRow), rTo = std::min(r0 + rows, m_maxRow);
    auto take = [&](const GeoPoint &p) {
        const double d = ChinaCoordinates::distanceMetres(centre, p.at);
        if (d <= metres && (kind.isEmpty() || p.kind == kind))
            hits.append({&p, d});
    };
    if (rTo < rFrom || cTo < cFrom) {
        // nothing of the index lies in the band
    } else if ((rTo - rFrom + 1) * (cTo - cFrom + 1) > 4 * qint64(m_points.size())) {
        for (const GeoPoint &p : m_points) // fewer points than cells: measure them all
            take(p);
    } else {
        for (qint64 r = rFrom; r <= rTo; ++r)
            for (qint64 c = cFrom; c <= cTo; ++c) {
                const auto it = m_cells.constFind(key(r, c));
                if (it != m_cells.cend())
                    for (int i : *it)
                        take(m_points[i]);
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
    const qint64 rFrom = std::max(row(minLat), m_minRow), rTo = std::min(row(maxLat), m_maxRow);
    const qint64 cFrom = std::max(column(minLon), m_minColumn);
    const qint64 cTo = std::min(column(maxLon), m_maxColumn);
    if (rTo < rFrom || cTo < cFrom)
        return found;
    if ((rTo - rFrom + 1) * (cTo - cFrom + 1) > 4 * qint64(m_points.size())) {
        for (const GeoPoint &p : m_points) // fewer points than cells: test them all
            if ((kind.isEmpty() || p.kind == kind) && contains(polygon, p.at))
                found.append(&p);
        return found;
    }
    for (qint64 r = rFrom; r <= rTo; ++r)
        for (qint64 c = cFrom; c <= cTo; ++c) {
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
