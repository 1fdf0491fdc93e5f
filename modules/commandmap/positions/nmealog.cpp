#include "nmealog.h"

#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QTimeZone>

namespace Jiandu::CommandMap {

namespace {

//! Qt Positioning's own sentence parser, reached through the subclass it is meant for.
class SentenceParser : public QNmeaPositionInfoSource
{
public:
    SentenceParser()
        : QNmeaPositionInfoSource(SimulationMode)
    {}
    bool parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix)
    {
        return parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), info, hasFix);
    }
};

} // namespace

bool NmeaLog::checksumMatches(const QByteArray &sentence)
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
    const uint given = sentence.mid(star + 1, 2).toUInt(&ok, 16);
    return ok && given == sum;
}

QList<Fix> NmeaLog::read(const QByteArray &log, Counts *counts, double maxSpeedKmh)
{
    Counts local;
    Counts &c = counts ? *counts : local;
    c = Counts();
    SentenceParser parser;
    QList<Fix> fixes;
    QDate lastDate;
    QTime lastRmcTime;
    const QByteArray text = log.left(kMaxLogBytes);
    for (qsizetype from = 0; from < text.size();) {
        qsizetype to = text.indexOf('\n', from);
        if (to < 0)
            to = text.size();
        QByteArray line = text.mid(from, std::min<qsizetype>(to - from, 4096)).trimmed();
        from = to + 1;
        if (line.isEmpty())
            continue;
        ++c.sentences;
        if (!line.startsWith('$') || line.size() > 120) { // NMEA sentences are at most 82
            ++c.unreadable;
            continue;
        }
        if (!checksumMatches(line)) {
            ++c.badChecksum;
            continue;
        }
        QGeoPositionInfo info;
        bool hasFix = false;
        line.append("\r\n");
        if (!parser.parse(line, &info, &hasFix)) {
            ++c.unreadable;
            continue;
        }
        if (info.timestamp().date().isValid()) {
            lastDate = info.timestamp().date();
            lastRmcTime = info.timestamp().time();
        }
        if (!hasFix || !info.coordinate().isValid()) {
            if (!hasFix)
                ++c.noFix;
            else
                ++c.outsideWorld;
            continue;
        }
        Fix fix;
        QDateTime at = info.timestamp();
        if (!at.date().isValid() && lastDate.isValid()) {
            // A GGA carries the time of day only: past midnight it belongs to the next day.
            const bool nextDay = lastRmcTime.isValid() && at.time().isValid() &&
                                 at.time().msecsTo(lastRmcTime) > 12 * 3600 * 1000;
            at = QDateTime(nextDay ? lastDate.addDays(1) : lastDate, at.time(), Qt::UTC);
        }
        if (!at.isValid()) {
            ++c.unreadable; // a time of day with no date seen yet
            continue;
        }
        fix.at = at.toUTC();
        fix.position = {info.coordinate().latitude(), info.coordinate().longitude()};
        if (!std::isfinite(fix.position.lat) || std::abs(fix.position.lat) > 90 ||
            !std::isfinite(fix.position.lon) || std::abs(fix.position.lon) > 180) {
            ++c.outsideWorld;
            continue;
        }
        if (info.hasAttribute(QGeoPositionInfo::GroundSpeed))
            fix.speedMps = info.attribute(QGeoPositionInfo::GroundSpeed);
        if (info.hasAttribute(QGeoPositionInfo::Direction))
            fix.headingDegrees = info.attribute(QGeoPositionInfo::Direction);
        if (!fixes.isEmpty()) {
            const Fix &before = fixes.constLast();
            // RMC and GGA of one moment are one fix: the later sentence adds to it.
            if (before.at == fix.at &&
                ChinaCoordinates::distanceMetres(before.position, fix.position) < 50) {
                if (std::isnan(fixes.last().speedMps))
                    fixes.last().speedMps = fix.speedMps;
                if (std::isnan(fixes.last().headingDegrees))
                    fixes.last().headingDegrees = fix.headingDegrees;
                continue;
            }
            const double seconds = before.at.msecsTo(fix.at) / 1000.0;
            const double metres = ChinaCoordinates::distanceMetres(before.position, fix.position);
            if (seconds <= 0 ? metres > 50 : metres / seconds > maxSpeedKmh / 3.6) {
                ++c.jumps;
                continue;
            }
        }
        fixes.append(fix);
    }
    return fixes;
}

} // namespace Jiandu::CommandMap
