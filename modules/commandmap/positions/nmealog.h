#pragma once

#include "../geo/chinacoordinates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <cmath>

namespace Jiandu::CommandMap {

//! A position of an officer's or a vehicle's receiver.
struct Fix
{
    QDateTime at; //!< UTC
    LatLon position;
    double speedMps = std::nan("");
    double headingDegrees = std::nan("");
};

//! An NMEA 0183 log (a receiver's RMC and GGA sentences, as recorded or as a serial or TCP
//! source sends them) read into fixes with Qt Positioning's parser. Each sentence's checksum
//! is verified first (one that does not match is counted, not used); positions outside the
//! world and jumps faster than a vehicle moves are refused and counted, not drawn.
class NmeaLog
{
public:
    struct Counts
    {
        int sentences = 0;
        int badChecksum = 0;
        int unreadable = 0; //!< not NMEA, or a sentence Qt cannot read a position from
        int noFix = 0;      //!< the receiver said it has no position
        int outsideWorld = 0;
        int jumps = 0; //!< faster than the limit from the fix before
    };

    static constexpr qint64 kMaxLogBytes = 64LL << 20;

    //! Every usable fix of \a log in order; \a maxSpeedKmh: what a vehicle cannot exceed.
    static QList<Fix> read(const QByteArray &log, Counts *counts = nullptr,
                           double maxSpeedKmh = 300);
    //! Whether \a sentence ("$GPRMC,…*hh") carries a checksum that matches.
    static bool checksumMatches(const QByteArray &sentence);
};

} // namespace Jiandu::CommandMap
