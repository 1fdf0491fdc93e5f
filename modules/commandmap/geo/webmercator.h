#pragma once

#include "chinacoordinates.h"

#include <QPointF>
#include <algorithm>
#include <cmath>

namespace Jiandu::CommandMap::WebMercator {

//! The latitude Web Mercator maps stop at (the world is a square there).
inline constexpr double kMaxLatitude = 85.0511287798066;

//! Where \a p is in the world's pixels at \a zoom (256-pixel tiles; x east, y south).
inline QPointF worldPixel(const LatLon &p, int zoom)
{
    const double size = 256.0 * double(1ll << std::clamp(zoom, 0, 30));
    const double lat = std::clamp(p.lat, -kMaxLatitude, kMaxLatitude) * M_PI / 180;
    return {(p.lon + 180) / 360 * size, (1 - std::asinh(std::tan(lat)) / M_PI) / 2 * size};
}

inline LatLon fromWorldPixel(const QPointF &pixel, int zoom)
{
    const double size = 256.0 * double(1ll << std::clamp(zoom, 0, 30));
    const double lon = pixel.x() / size * 360 - 180;
    const double lat = std::atan(std::sinh(M_PI * (1 - 2 * pixel.y() / size))) * 180 / M_PI;
    return {lat, lon};
}

//! Metres a pixel covers at \a zoom and latitude \a lat.
inline double metresPerPixel(int zoom, double lat)
{
    return 156543.03392 * std::cos(lat * M_PI / 180) / double(1ll << std::clamp(zoom, 0, 30));
}

} // namespace Jiandu::CommandMap::WebMercator
