#include "mapcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>
#include <cmath>
#include <commandmap/geo/geoindex.h>
#include <commandmap/positions/nmealog.h>
#include <commandmap/positions/nmeareceiver.h>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CommandMap;

namespace Jiandu::Cli {

namespace {

constexpr qint64 kMaxInput = 64LL << 20;

std::optional<double> degrees(const QString &text, double limit)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || std::abs(v) > limit)
        return std::nullopt;
    return v;
}

int convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Converts a point between WGS-84 (GPS) and GCJ-02 (the datum Chinese agency tiles use). "
        "GCJ-02 to WGS-84 is found by iteration to below a millimetre. Points outside China are "
        "the same in both."_s);
    parser.addPositionalArgument(u"convert"_s, u"The action."_s);
    parser.addPositionalArgument(u"LAT"_s, u"Latitude in degrees."_s);
    parser.addPositionalArgument(u"LON"_s, u"Longitude in degrees."_s);
    const QCommandLineOption from(u"from"_s, u"wgs84 or gcj02."_s, u"DATUM"_s);
    const QCommandLineOption to(u"to"_s, u"gcj02 or wgs84."_s, u"DATUM"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({from, to, json});
    if (const int code = parseCommandLine(
            parser, arguments, u"map convert --from wgs84|gcj02 --to gcj02|wgs84 LAT LON"_s);
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QStringList datums{u"wgs84"_s, u"gcj02"_s};
    if (args.size() != 3 || !datums.contains(parser.value(from)) ||
        !datums.contains(parser.value(to))) {
        printError(u"map convert needs --from and --to (wgs84 or gcj02), LAT and LON."_s);
        return ExitUsage;
    }
    const auto lat = degrees(args[1], 90), lon = degrees(args[2], 180);
    if (!lat || !lon) {
        printError(u"LAT must be a number from -90 to 90 and LON from -180 to 180."_s);
        return ExitUsage;
    }
    LatLon p{*lat, *lon};
    if (parser.value(from) == u"wgs84"_s && parser.value(to) == u"gcj02"_s)
        p = ChinaCoordinates::wgs84ToGcj02(p);
    else if (parser.value(from) == u"gcj02"_s && parser.value(to) == u"wgs84"_s)
        p = ChinaCoordinates::gcj02ToWgs84(p);
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"lat"_s, p.lat}, {u"lon"_s, p.lon}})
                                       .toJson(QJsonDocument::Compact)));
    else
        printOut(u"%1 %2"_s.arg(p.lat, 0, 'f', 9).arg(p.lon, 0, 'f', 9));
    return ExitOk;
}

//! Points from a JSON array or JSON lines of {id | jqbh | officerId, lat, lon}.
bool load(const QString &path, const QString &kind, GeoIndex &index, int *refused)
{
    const auto bytes = BoundedFile::read(path, kMaxInput);
    if (!bytes) {
        printError(bytes.error().text());
        return false;
    }
    QList<QJsonObject> objects;
    const QJsonDocument whole =
        bytes->trimmed().startsWith('[') ? QJsonDocument::fromJson(*bytes) : QJsonDocument();
    if (whole.isArray()) {
        for (const QJsonValue &v : whole.array())
            objects << v.toObject();
    } else {
        int line = 0;
        for (qsizetype from = 0; from < bytes->size();) {
            qsizetype to = bytes->indexOf('\n', from);
            if (to < 0)
                to = bytes->size();
            const QByteArray text = bytes->mid(from, std::min<qsizetype>(to - from, 1 << 16));
            from = to + 1;
            ++line;
            if (text.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            if (!doc.isObject()) {
                printError(u"%1:%2: not a JSON object (%3)"_s.arg(path).arg(line).arg(
                    error.errorString()));
                ++*refused;
                continue;
            }
            objects << doc.object();
        }
    }
    for (const QJsonObject &o : std::as_const(objects)) {
        QString id;
        for (const QString &key : {u"id"_s, u"jqbh"_s, u"officerId"_s, u"name"_s})
            if (id.isEmpty() && o.value(key).isString())
                id = o.value(key).toString();
        const QJsonValue lat = o.value(u"lat"_s), lon = o.value(u"lon"_s);
        if (id.isEmpty() || !lat.isDouble() || !lon.isDouble() ||
            !index.insert({id, kind, {lat.toDouble(), lon.toDouble()}}))
            ++*refused;
    }
    return true;
}

int nearest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The nearest incidents and officers to a point, with their straight-line distance and, "
        "for officers, the time to get there at --speed (km/h, default 40). Files: a JSON array "
        "or JSON lines of {\"id\" (or \"jqbh\", \"officerId\"), \"lat\", \"lon\"} in WGS-84. "
        "Entries without an id or outside the world are counted on standard error."_s);
    parser.addPositionalArgument(u"nearest"_s, u"The action."_s);
    const QCommandLineOption incidents(u"incidents"_s, u"Incidents."_s, u"FILE"_s);
    const QCommandLineOption officers(u"officers"_s, u"Officers."_s, u"FILE"_s);
    const QCommandLineOption at(u"at"_s, u"The point."_s, u"LAT,LON"_s);
    const QCommandLineOption k({u"k"_s, u"count"_s}, u"How many of each (default 10)."_s, u"N"_s,
                               u"10"_s);
    const QCommandLineOption speed(u"speed"_s, u"Travel speed for the ETA, km/h (40)."_s, u"KMH"_s,
                                   u"40"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({incidents, officers, at, k, speed, json});
    if (const int code = parseCommandLine(
            parser, arguments,
            u"map nearest --incidents F --officers F --at LAT,LON [-k 10] [--json]"_s);
        code >= 0)
        return code;
    const QStringList point = parser.value(at).split(u',');
    const auto lat = point.size() == 2 ? degrees(point[0], 90) : std::nullopt;
    const auto lon = point.size() == 2 ? degrees(point[1], 180) : std::nullopt;
    bool ok = false;
    const int count = parser.value(k).toInt(&ok);
    bool speedOk = false;
    const double kmh = parser.value(speed).toDouble(&speedOk);
    if (!lat || !lon || !ok || count < 1 || count > 10000 || !speedOk || !(kmh > 0) || kmh > 1000 ||
        (!parser.isSet(incidents) && !parser.isSet(officers))) {
        printError(u"map nearest needs --at LAT,LON, -k from 1 to 10000, a speed above 0 and "
                   "--incidents and/or --officers."_s);
        return ExitUsage;
    }
    GeoIndex index;
    int refused = 0;
    if (parser.isSet(incidents) && !load(parser.value(incidents), u"incident"_s, index, &refused))
        return ExitFailure;
    if (parser.isSet(officers) && !load(parser.value(officers), u"officer"_s, index, &refused))
        return ExitFailure;
    if (refused > 0)
        printError(
            u"%1 entries without an id or a position in the world were left out."_s.arg(refused));
    QJsonObject out;
    QString table;
    for (const QString &kind : {u"incident"_s, u"officer"_s}) {
        QJsonArray list;
        for (const GeoIndex::Hit &hit : index.nearest({*lat, *lon}, count, kind)) {
            QJsonObject o{{u"id"_s, hit.point->id},
                          {u"lat"_s, hit.point->at.lat},
                          {u"lon"_s, hit.point->at.lon},
                          {u"metres"_s, std::round(hit.metres * 10) / 10}};
            if (kind == u"officer"_s)
                o.insert(u"etaSeconds"_s, std::round(hit.metres / (kmh / 3.6)));
            list.append(o);
            table +=
                u"%1 %2 %3 m\n"_s.arg(kind, -9).arg(hit.point->id, -24).arg(hit.metres, 0, 'f', 0);
        }
        out.insert(kind + u's', list);
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(table.trimmed());
    return ExitOk;
}

QString fixLine(const Fix &fix, bool gcj02)
{
    const LatLon p = gcj02 ? ChinaCoordinates::wgs84ToGcj02(fix.position) : fix.position;
    QJsonObject o{
        {u"time"_s, fix.at.toString(Qt::ISODateWithMs)}, {u"lat"_s, p.lat}, {u"lon"_s, p.lon}};
    if (!std::isnan(fix.speedMps))
        o.insert(u"speed"_s, fix.speedMps);
    if (!std::isnan(fix.headingDegrees))
        o.insert(u"heading"_s, fix.headingDegrees);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString countsText(const NmeaStream::Counts &counts)
{
    return u"%1 sentences: %2 with a wrong checksum, %3 unreadable, %4 without a fix, %5 "
           "outside the world, %6 jumps"_s.arg(counts.sentences)
               .arg(counts.badChecksum)
               .arg(counts.unreadable)
               .arg(counts.noFix)
               .arg(counts.outsideWorld)
               .arg(counts.jumps);
}

//! A receiver read live (tcp://… or serial:…) for \a seconds, or until \a count fixes.
int nmeaLive(const NmeaAddress &address, bool gcj02, double maxSpeedKmh, int seconds, int count)
{
    NmeaReceiverSource source({u"receiver"_s, address}, maxSpeedKmh);
    int printed = 0;
    QObject::connect(&source, &NmeaReceiverSource::fixes, [&](const QList<FleetFix> &fixes) {
        for (const FleetFix &f : fixes) {
            if (count > 0 && printed >= count)
                break;
            printOut(fixLine(f.fix, gcj02));
            ++printed;
        }
        if (count > 0 && printed >= count)
            QCoreApplication::quit();
    });
    QObject::connect(&source, &NmeaReceiverSource::stateChanged, [&source] {
        const QString detail = source.detail().isEmpty() ? QString() : u": "_s + source.detail();
        printError(u"%1 %2%3"_s.arg(
            source.entry().address.toString(),
            QString::fromLatin1(
                QMetaEnum::fromType<NmeaReceiverSource::State>().valueToKey(int(source.state())))
                .toLower(),
            detail));
    });
    source.start();
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    printError(countsText(source.counts()));
    return printed > 0 ? ExitOk : ExitFailure;
}

int nmea(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reads a receiver's NMEA 0183 log (RMC and GGA sentences) into its fixes, one JSON "
        "object a line: {\"time\", \"lat\", \"lon\", \"speed\" (m/s), \"heading\"} in WGS-84 "
        "(--gcj02: in GCJ-02). Sentences with a wrong checksum, without a fix, outside the "
        "world or jumping faster than --max-speed (km/h, 300) are left out and counted on "
        "standard error. LOG may be a live receiver instead: tcp://host:port or "
        "serial:/dev/DEVICE[@BAUD], read as its fixes come (its state on standard error) for "
        "--seconds or until --count fixes; it fails when no fix came."_s);
    parser.addPositionalArgument(u"nmea"_s, u"The action."_s);
    parser.addPositionalArgument(u"LOG"_s, u"The NMEA log, or a live receiver."_s);
    const QCommandLineOption gcj02(u"gcj02"_s, u"Positions in GCJ-02."_s);
    const QCommandLineOption maxSpeed(u"max-speed"_s, u"km/h no receiver moves faster."_s, u"KMH"_s,
                                      u"300"_s);
    const QCommandLineOption seconds(u"seconds"_s,
                                     u"A live receiver: how long to read (0: until "
                                     "stopped)."_s,
                                     u"N"_s, u"0"_s);
    const QCommandLineOption count(u"count"_s, u"A live receiver: stop after N fixes."_s, u"N"_s,
                                   u"0"_s);
    parser.addOptions({gcj02, maxSpeed, seconds, count});
    if (const int code = parseCommandLine(parser, arguments, u"map nmea LOG [--gcj02]"_s);
        code >= 0)
        return code;
    bool ok = false;
    const double limit = parser.value(maxSpeed).toDouble(&ok);
    if (parser.positionalArguments().size() != 2 || !ok || !(limit > 0) || limit > 5000) {
        printError(u"map nmea needs LOG, and --max-speed above 0 km/h."_s);
        return ExitUsage;
    }
    const QString source = parser.positionalArguments()[1];
    if (source.startsWith(u"tcp://"_s) || source.startsWith(u"serial:"_s)) {
        const auto address = NmeaAddress::parse(source);
        bool secondsOk = false, countOk = false;
        const int forSeconds = parser.value(seconds).toInt(&secondsOk);
        const int fixes = parser.value(count).toInt(&countOk);
        if (!address || !secondsOk || !countOk || forSeconds < 0 || fixes < 0) {
            printError(address ? u"--seconds and --count are whole numbers, 0 or more."_s
                               : address.error().message);
            return ExitUsage;
        }
        return nmeaLive(*address, parser.isSet(gcj02), limit, forSeconds, fixes);
    }
    const auto log = BoundedFile::read(source, NmeaLog::kMaxLogBytes);
    if (!log) {
        printError(log.error().text());
        return ExitFailure;
    }
    NmeaLog::Counts counts;
    QString out;
    for (const Fix &fix : NmeaLog::read(*log, &counts, limit))
        out += fixLine(fix, parser.isSet(gcj02)) + u'\n';
    printError(countsText(counts));
    if (!out.isEmpty())
        printOut(out.chopped(1));
    return ExitOk;
}

int dispatch(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"convert"_s)
        return convert(arguments);
    if (action == u"nearest"_s)
        return nearest(arguments);
    if (action == u"nmea"_s)
        return nmea(arguments);
    if (action == u"--help"_s || action == u"-h"_s) {
        printOut(u"Usage: jiandu-cli map convert|nearest …\n"
                 "convert --from wgs84|gcj02 --to gcj02|wgs84 LAT LON: a point between datums.\n"
                 "nearest --incidents F --officers F --at LAT,LON [-k 10] [--json]: the nearest "
                 "of each, with distances and ETA.\n"
                 "nmea LOG|tcp://HOST:PORT|serial:DEVICE [--gcj02]: a receiver's NMEA log, or "
                 "the receiver live, as fixes, one JSON object a line.\n"
                 "Run `jiandu-cli map ACTION --help` for an action's options."_s);
        return ExitOk;
    }
    printError(u"map: give an action: convert, nearest or nmea."_s);
    return ExitUsage;
}

} // namespace

Command mapCommand()
{
    return {u"map"_s, u"Convert map coordinates and find what is nearest."_s, dispatch};
}

} // namespace Jiandu::Cli
