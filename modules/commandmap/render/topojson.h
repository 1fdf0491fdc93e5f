#pragma once

#include "../geo/chinacoordinates.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <core/result.h>

namespace Jiandu::CommandMap {

//! The polygons of one object of a TopoJSON topology (e.g. "countries" of Natural Earth's
//! world atlas): arcs decoded (quantised, delta-encoded) and stitched into rings.
struct TopoPolygons
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CommandMap::TopoPolygons)

public:
    struct Polygon
    {
        QString name;
        QList<QList<LatLon>> rings;     //!< the outer ring first, then its holes
        std::array<double, 4> bounds{}; //!< west, south, east, north
    };
    QList<Polygon> polygons;

    //! The Polygon and MultiPolygon geometries of \a object in \a json; refused in words when
    //! it is no topology, has no such object or an arc index points nowhere.
    static Result<TopoPolygons> parse(const QByteArray &json, const QString &object);
};

} // namespace Jiandu::CommandMap
