#include "nmealog.h"

#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QTimeZone>

namespace Jiandu::CommandMap {

namespace {

constexpr qsizetype kMaxSentence = 120; // NMEA sentences are at most 82 characters

} // namespace

//! Qt Positioning's own sentence parser, reached through the subclass it is meant for.
struct NmeaStream::Parser : public QNmeaPositionInfoSource
{
    Parser()
        : QNmeaPositionInfoSource(SimulationMode)
    {}
    bool parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix)
    {
        return parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), info, hasFix);
    }
};

NmeaStream::NmeaStream(double maxSpeedKmh)
    : m_parser(std::make_unique<Parser>())
    , m_maxSpeedKmh(maxSpeedKmh)
{}

NmeaStream::~NmeaStream() = default;

bool NmeaStream::checksumMatches(QByteArrayView sentence)
{
    if (!sentence.startsWith('$'))
        return false;
    const qsizetype star = sentence.lastIndexOf('*');
    if (star < 1 || star + 3 > sentence.size())
        return false;
    quint8 sum = 0;
    for (qsizetype i = 1; i < star; ++i)
        sum ^= quint8(sentence[i]);
    bool ok = false;
    const uint given = sentence.sliced(star + 1, 2).toByteArray().toUInt(&ok, 16);
    return ok && given == sum;
}

QList<Fix> NmeaStream::append(QByteArrayView chunk)
{
    QList<Fix> out;
    while (!chunk.isEmpty()) {
        const qsizetype end = chunk.indexOf('\n');
        const QByteArrayView piece = end < 0 ? chunk : chunk.first(end);
        if (!m_overlong) {
            if (m_partial.size() + piece.size() > kMaxSentence) {
                m_overlong = true;
                m_partial.clear();
            } else {
                m_partial.append(piece);
            }
        }
        if (end < 0)
            break;
        chunk = chunk.sliced(end + 1);
        if (m_overlong) {
            ++m_counts.sentences;
            ++m_counts.unreadable;
            m_overlong = false;
        } else {
            readLine(std::exchange(m_partial, {}), out);
        }
    }
    return out;
}

QList<Fix> NmeaStream::finish()
{
    QList<Fix> out;
    if (m_overlong) {
        ++m_counts.sentences;
        ++m_counts.unreadable;
    } else if (!m_partial.trimmed().isEmpty()) {
        readLine(m_partial, out);
    }
    m_partial.clear();
    m_overlong = false;
    return out;
}

void NmeaStream::readLine(QByteArray line, QList<Fix> &out)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    Counts &c = m_counts;
    ++c.sentences;
    if (!line.startsWith('$')) {
        ++c.unreadable;
        return;
    }
    if (!checksumMatches(line)) {
        ++c.badChecksum;
        return;
    }
    QGeoPositionInfo info;
    bool hasFix = false;
    line.append("\r\n");
    if (!m_parser->parse(line, &info, &hasFix)) {
        ++c.unreadable;
        return;
    }
    if (info.timestamp().date().isValid()) {
        m_lastDate = info.timestamp().date();
        m_lastRmcTime = info.timestamp().time();
    }
    if (!hasFix || !info.coordinate().isValid()) {
        if (!hasFix)
            ++c.noFix;
        else
            ++c.outsideWorld;
        return;
    }
    Fix fix;
    QDateTime at = info.timestamp();
    if (!at.date().isValid() && m_lastDate.isValid()) {
        // A GGA carries the time of day only: past midnight it belongs to the next day.
        const bool nextDay = m_lastRmcTime.isValid() && at.time().isValid() &&
                             at.time().msecsTo(m_lastRmcTime) > 12 * 3600 * 1000;
        at = QDateTime(nextDay ? m_lastDate.addDays(1) : m_lastDate, at.time(), Qt::UTC);
    }
    if (!at.isValid()) {
        ++c.unreadable; // a time of day with no date seen yet
        return;
    }
    fix.at = at.toUTC();
    fix.position = {info.coordinate().latitude(), info.coordinate().longitude()};
    if (!std::isfinite(fix.position.lat) || std::abs(fix.position.lat) > 90 ||
        !std::isfinite(fix.position.lon) || std::abs(fix.position.lon) > 180) {
        ++c.outsideWorld;
        return;
    }
    if (info.hasAttribute(QGeoPositionInfo::GroundSpeed))
        fix.speedMps = info.attribute(QGeoPositionInfo::GroundSpeed);
    if (info.hasAttribute(QGeoPositionInfo::Direction))
        fix.headingDegrees = info.attribute(QGeoPositionInfo::Direction);
    if (m_last) {
        const Fix &before = *m_last;
        const double metres = ChinaCoordinates::distanceMetres(before.position, fix.position);
        // RMC and GGA of one moment are one fix: the later sentence adds to it.
        if (before.at == fix.at && metres < 50) {
            if (!out.isEmpty() && out.constLast().at == fix.at) {
                if (std::isnan(out.last().speedMps))
                    out.last().speedMps = fix.speedMps;
                if (std::isnan(out.last().headingDegrees))
                    out.last().headingDegrees = fix.headingDegrees;
            }
            return;
        }
        const double seconds = before.at.msecsTo(fix.at) / 1000.0;
        // One bad fix is refused; a receiver that goes on agreeing with itself against the
        // last fix kept (the bad one was the first heard, or dated wrong) is believed again.
        if ((seconds <= 0 ? metres > 50 : metres / seconds > m_maxSpeedKmh / 3.6) &&
            ++m_jumpsInARow < kJumpsBeforeBelieved) {
            ++c.jumps;
            return;
        }
    }
    m_jumpsInARow = 0;
    m_last = fix;
    out.append(fix);
}

QList<Fix> NmeaLog::read(const QByteArray &log, Counts *counts, double maxSpeedKmh)
{
    NmeaStream stream(maxSpeedKmh);
    QList<Fix> fixes = stream.append(QByteArrayView(log).first(std::min(log.size(), kMaxLogBytes)));
    fixes += stream.finish();
    if (counts)
        *counts = stream.counts();
    return fixes;
}

} // namespace Jiandu::CommandMap
