#include "chinacoordinates.h"

#include <cmath>

namespace Jiandu::CommandMap::ChinaCoordinates {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kA = 6378245.0;               // Krasovsky 1940, as the transform uses
constexpr double kEe = 0.00669342162296594323; // its first eccentricity squared
constexpr double kEarthRadius = 6371008.8;     // mean radius, for distances

double latitudeShift(double x, double y)
{
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double longitudeShift(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

} // namespace

bool inChina(const LatLon &p)
{
    return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

namespace {
//! The transform's offset at \a wgs, wherever it is (the China box is the caller's test).
LatLon shifted(const LatLon &wgs)
{
    double dLat = latitudeShift(wgs.lon - 105.0, wgs.lat - 35.0);
    double dLon = longitudeShift(wgs.lon - 105.0, wgs.lat - 35.0);
    const double radLat = wgs.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {wgs.lat + dLat, wgs.lon + dLon};
}
} // namespace

LatLon wgs84ToGcj02(const LatLon &wgs)
{
    return inChina(wgs) ? shifted(wgs) : wgs;
}

LatLon gcj02ToWgs84(const LatLon &gcj)
{
    if (!inChina(gcj))
        return gcj;
    // The offset changes slowly with position: step back by the offset the current guess
    // would get, until the guess maps onto the point given.
    // Near the box's edge a guess may step outside it: the offset is followed regardless.
    LatLon wgs = gcj;
    for (int i = 0; i < 30; ++i) {
        const LatLon there = shifted(wgs);
        const double dLat = there.lat - gcj.lat;
        const double dLon = there.lon - gcj.lon;
        wgs.lat -= dLat;
        wgs.lon -= dLon;
        if (std::abs(dLat) < 1e-10 && std::abs(dLon) < 1e-10) // about 0.01 mm
            break;
    }
    return wgs;
}

double distanceMetres(const LatLon &a, const LatLon &b)
{
    const double lat1 = a.lat * kPi / 180.0, lat2 = b.lat * kPi / 180.0;
    const double dLat = lat2 - lat1;
    const double dLon = (b.lon - a.lon) * kPi / 180.0;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace Jiandu::CommandMap::ChinaCoordinates
