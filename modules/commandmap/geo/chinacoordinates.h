#pragma once

#include <QtGlobal>

namespace Jiandu::CommandMap {

//! A point in degrees.
struct LatLon
{
    double lat = 0;
    double lon = 0;
};

//! WGS-84 (GPS, international maps) and GCJ-02 (the offset datum Chinese agency and
//! commercial tiles are drawn in). Forward is the published transform; back is found by
//! iterating the forward one to below a millimetre (not the one-step approximation, which
//! is off by metres). Outside China the two are the same.
namespace ChinaCoordinates {

bool inChina(const LatLon &p);
LatLon wgs84ToGcj02(const LatLon &wgs);
//! Accurate to < 1 mm (within 30 iterations; typically 4).
LatLon gcj02ToWgs84(const LatLon &gcj);

//! Great-circle distance in metres (haversine on a 6 371 008.8 m sphere).
double distanceMetres(const LatLon &a, const LatLon &b);

} // namespace ChinaCoordinates

} // namespace Jiandu::CommandMap
