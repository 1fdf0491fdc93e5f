#pragma once

#include "../geo/chinacoordinates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <cmath>
#include <memory>
#include <optional>

namespace Jiandu::CommandMap {

//! A position of an officer's or a vehicle's receiver.
struct Fix
{
    QDateTime at; //!< UTC
    LatLon position;
    double speedMps = std::nan("");
    double headingDegrees = std::nan("");
};

//! A receiver's NMEA 0183 sentences (RMC and GGA, as recorded or as a serial or TCP source
//! sends them) read into fixes with Qt Positioning's parser, as they come: a chunk may end in
//! the middle of a sentence. Each sentence's checksum is verified first (one that does not
//! match is counted, not used); positions outside the world and jumps faster than a vehicle
//! moves are refused and counted, not drawn (five in a row, and the receiver is believed again:
//! the fix they jumped from was the wrong one). A line longer than any sentence (a stream of
//! zeros, a wrong baud rate) is counted unreadable and dropped as it comes, never kept.
class NmeaStream
{
public:
    struct Counts
    {
        qint64 sentences = 0;
        qint64 badChecksum = 0;
        qint64 unreadable = 0; //!< not NMEA, or a sentence Qt cannot read a position from
        qint64 noFix = 0;      //!< the receiver said it has no position
        qint64 outsideWorld = 0;
        qint64 jumps = 0; //!< faster than the limit from the fix before
    };

    //! \a maxSpeedKmh: what a vehicle cannot exceed.
    explicit NmeaStream(double maxSpeedKmh = 300);
    ~NmeaStream();
    NmeaStream(const NmeaStream &) = delete;
    NmeaStream &operator=(const NmeaStream &) = delete;

    //! The usable fixes completed by \a chunk, in order.
    QList<Fix> append(QByteArrayView chunk);
    //! The fixes of a last sentence the stream ended without a line end on.
    QList<Fix> finish();
    const Counts &counts() const { return m_counts; }

    //! Whether \a sentence ("$GPRMC,…*hh") carries a checksum that matches.
    static bool checksumMatches(QByteArrayView sentence);

private:
    void readLine(QByteArray line, QList<Fix> &out);

    struct Parser;
    std::unique_ptr<Parser> m_parser;
    double m_maxSpeedKmh;
    Counts m_counts;
    QByteArray m_partial;
    bool m_overlong = false; //!< the line being received is already too long to be a sentence
    QDate m_lastDate;
    QTime m_lastRmcTime;
    std::optional<Fix> m_last;
    int m_jumpsInARow = 0;
    static constexpr int kJumpsBeforeBelieved = 5;
};

//! A whole NMEA log at once (\sa NmeaStream).
class NmeaLog
{
public:
    using Counts = NmeaStream::Counts;
    static constexpr qint64 kMaxLogBytes = 64LL << 20;

    //! Every usable fix of \a log in order (its first kMaxLogBytes).
    static QList<Fix> read(const QByteArray &log, Counts *counts = nullptr,
                           double maxSpeedKmh = 300);
};

} // namespace Jiandu::CommandMap
