#pragma once

#include "chinacoordinates.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Jiandu::CommandMap {

//! Something on the map: an officer, a vehicle, an incident, a camera.
struct GeoPoint
{
    QString id;
    QString kind; //!< "officer", "incident", "camera" …
    LatLon at;
};

//! The map's resources in a grid of cells (about a kilometre), for "the nearest officers to
//! this incident" and "everything inside this circle or polygon" without looking at them all.
class GeoIndex
{
public:
    //! \a cellDegrees is kept within [0.0001, 10].
    explicit GeoIndex(double cellDegrees = 0.01);

    //! Points outside the world (|lat| > 90, |lon| > 180, not finite) are refused: false.
    bool insert(const GeoPoint &point);
    int size() const { return int(m_points.size()); }

    struct Hit
    {
        const GeoPoint *point = nullptr;
        double metres = 0;
    };
    //! The \a k nearest to \a at (of \a kind, any when empty), nearest first.
    QList<Hit> nearest(const LatLon &at, int k, const QString &kind = {}) const;
    //! Everything within \a metres of \a centre, nearest first.
    QList<Hit> within(const LatLon &centre, double metres, const QString &kind = {}) const;
    //! Everything inside \a polygon (vertices in order; a city-sized polygon, edges as
    //! straight lines in degrees).
    QList<const GeoPoint *> inside(const QList<LatLon> &polygon, const QString &kind = {}) const;

    //! Whether \a point lies inside \a polygon (even-odd rule, edges straight in degrees).
    static bool contains(const QList<LatLon> &polygon, const LatLon &point);

private:
    QList<Hit> everyPoint(const LatLon &at, const QString &kind) const;
    quint64 cellOf(const LatLon &p) const;
    qint64 row(double lat) const;
    qint64 column(double lon) const;

    double m_cell;
    QList<GeoPoint> m_points;
    QHash<quint64, QList<int>> m_cells;
    qint64 m_minRow = 0, m_maxRow = -1, m_minColumn = 0, m_maxColumn = -1;
};

} // namespace Jiandu::CommandMap
