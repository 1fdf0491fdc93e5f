#include "sitegeography.h"

#include "geoindex.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {

constexpr qint64 kMaxFileBytes = 64 << 20;

//! Up to 50 names, each trimmed, from a JSON array of strings.
QStringList names(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString name = v.toString().trimmed().left(100);
        if (!name.isEmpty() && out.size() < 50)
            out << name;
    }
    return out;
}

struct Reader
{
    int points = 0;
    QString problem;

    std::optional<LatLon> point(const QJsonValue &value, const QString &where)
    {
        const QJsonArray pair = value.toArray();
        const double lat = pair.size() == 2 ? pair.at(0).toDouble(qQNaN()) : qQNaN();
        const double lon = pair.size() == 2 ? pair.at(1).toDouble(qQNaN()) : qQNaN();
        if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 ||
            std::abs(lon) > 180) {
            problem = SiteGeography::tr("%1: a point must be [latitude, longitude] in degrees")
                          .arg(where);
            return std::nullopt;
        }
        if (++points > SiteGeography::kMaxPoints) {
            problem = SiteGeography::tr("the map has more than %L1 points")
                          .arg(SiteGeography::kMaxPoints);
            return std::nullopt;
        }
        return LatLon{lat, lon};
    }

    std::optional<QList<LatLon>> pointList(const QJsonValue &value, int minimum,
                                           const QString &where)
    {
        const QJsonArray array = value.toArray();
        if (array.size() < minimum) {
            problem = SiteGeography::tr("%1 needs at least %2 points").arg(where).arg(minimum);
            return std::nullopt;
        }
        QList<LatLon> out;
        out.reserve(array.size());
        for (const QJsonValue &p : array) {
            const auto at = point(p, where);
            if (!at)
                return std::nullopt;
            out.append(*at);
        }
        return out;
    }
};

// Distance along a polyline, in metres, to each of its points.
QList<double> runningLength(const QList<LatLon> &points)
{
    QList<double> along{0};
    for (qsizetype i = 1; i < points.size(); ++i)
        along.append(along.last() +
                     ChinaCoordinates::distanceMetres(points.at(i - 1), points.at(i)));
    return along;
}

LatLon pointAlong(const QList<LatLon> &points, double fraction)
{
    const QList<double> along = runningLength(points);
    const double target = std::clamp(fraction, 0.0, 1.0) * along.last();
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (along.at(i) >= target) {
            const double span = along.at(i) - along.at(i - 1);
            const double t = span > 0 ? (target - along.at(i - 1)) / span : 0;
            return {points.at(i - 1).lat + t * (points.at(i).lat - points.at(i - 1).lat),
                    points.at(i - 1).lon + t * (points.at(i).lon - points.at(i - 1).lon)};
        }
    }
    return points.last();
}

} // namespace

Result<SiteGeography> SiteGeography::load(const QString &path)
{
    // A FIFO, a device or a folder is no map (and opening a FIFO would wait for a writer).
    if (!path.startsWith(u':') && !QFileInfo(path).isFile())
        return Error{tr("The site map %1 is not a file.").arg(path), {}, u"not-a-file"_s};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The site map %1 cannot be read.").arg(path), file.errorString(),
                     u"unreadable"_s};
    if (!file.isSequential() && file.size() > kMaxFileBytes)
        return Error{
            tr("The site map %1 is larger than %L2 MB.").arg(path).arg(kMaxFileBytes >> 20),
            {},
            u"too-large"_s};
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return Error{
            tr("The site map %1 is larger than %L2 MB.").arg(path).arg(kMaxFileBytes >> 20),
            {},
            u"too-large"_s};
    auto parsed = parse(data);
    if (!parsed)
        return Error{tr("The site map %1 is not usable: %2").arg(path, parsed.error().message),
                     parsed.error().detail, parsed.error().code};
    return parsed;
}

Result<SiteGeography> SiteGeography::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{tr("it is not a JSON object"), parseError.errorString(), u"not-json"_s};
    const QJsonObject root = document.object();
    SiteGeography g;
    Reader read;
    const auto refused = [&read] {
        return Error{read.problem, {}, u"invalid"_s};
    };

    g.name = root.value(u"name"_s).toString();
    if (root.contains(u"centre"_s)) {
        const auto centre = read.point(root.value(u"centre"_s), u"centre"_s);
        if (!centre)
            return refused();
        g.centre = *centre;
    }
    g.zoom = std::clamp(root.value(u"zoom"_s).toInt(14), 1, 19);

    for (const QJsonValue &value : root.value(u"lines"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Line line;
        line.name = o.value(u"name"_s).toString();
        line.kind = o.value(u"kind"_s).toString(u"street"_s);
        const auto points =
            read.pointList(o.value(u"points"_s), 2, line.name.isEmpty() ? u"a line"_s : line.name);
        if (!points)
            return refused();
        line.points = *points;
        line.widthMetres = std::clamp(o.value(u"width"_s).toDouble(0), 0.0, 5000.0);
        const QJsonArray numbers = o.value(u"numbers"_s).toArray();
        if (numbers.size() == 2) {
            line.firstNumber = std::clamp(numbers.at(0).toInt(), 0, 100000);
            line.lastNumber = std::clamp(numbers.at(1).toInt(), 0, 100000);
        }
        g.lines.append(line);
    }
    for (const QJsonValue &value : root.value(u"areas"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Area area;
        area.name = o.value(u"name"_s).toString();
        area.kind = o.value(u"kind"_s).toString(u"park"_s);
        area.unit = o.value(u"unit"_s).toString();
        area.leaders = names(o.value(u"leaders"_s));
        const auto ring =
            read.pointList(o.value(u"ring"_s), 3, area.name.isEmpty() ? u"an area"_s : area.name);
        if (!ring)
            return refused();
        area.ring = *ring;
        g.areas.append(area);
    }
    for (const QJsonValue &value : root.value(u"places"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Place place;
        place.name = o.value(u"name"_s).toString().trimmed();
        if (place.name.isEmpty())
            return Error{tr("a place has no name"), {}, u"invalid"_s};
        place.kind = o.value(u"kind"_s).toString(u"place"_s);
        place.unit = o.value(u"unit"_s).toString();
        const auto at = read.point(o.value(u"at"_s), place.name);
        if (!at)
            return refused();
        place.at = *at;
        place.radiusMetres = std::clamp(o.value(u"radius"_s).toDouble(80), 0.0, 5000.0);
        g.places.append(place);
    }
    g.dutyLeaders = names(root.value(u"dutyLeaders"_s));
    const QJsonObject cameras = root.value(u"cameras"_s).toObject();
    for (auto it = cameras.constBegin(); it != cameras.constEnd(); ++it) {
        const auto at = read.point(it.value(), it.key());
        if (!at)
            return refused();
        g.cameras.insert(it.key(), *at);
    }
    if (!root.contains(u"centre"_s)) {
        const auto b = g.bounds();
        g.centre = {(b[1] + b[3]) / 2, (b[0] + b[2]) / 2};
    }
    return g;
}

std::array<double, 4> SiteGeography::bounds() const
{
    double west = 180, south = 90, east = -180, north = -90;
    const auto take = [&](const LatLon &p) {
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
    };
    for (const Line &line : lines)
        std::for_each(line.points.cbegin(), line.points.cend(), take);
    for (const Area &area : areas)
        std::for_each(area.ring.cbegin(), area.ring.cend(), take);
    for (const Place &place : places)
        take(place.at);
    for (const LatLon &at : cameras)
        take(at);
    if (west > east)
        return {centre.lon, centre.lat, centre.lon, centre.lat};
    return {west, south, east, north};
}

QList<SiteGeography::Area> SiteGeography::jurisdictions() const
{
    QList<Area> out;
    for (const Area &area : areas) {
        if (area.kind == u"jurisdiction")
            out.append(area);
    }
    return out;
}

QStringList SiteGeography::leadersFor(const LatLon &at) const
{
    QStringList out;
    for (const Area &area : areas) {
        if (area.kind == u"jurisdiction" && GeoIndex::contains(area.ring, at))
            out += area.leaders;
    }
    out += dutyLeaders;
    out.removeDuplicates();
    return out;
}

QStringList SiteGeography::leaders() const
{
    QStringList out = dutyLeaders;
    for (const Area &area : areas)
        out += area.leaders;
    out.removeDuplicates();
    return out;
}

std::optional<LatLon> SiteGeography::locate(const QString &address) const
{
    QString rest = address.simplified().remove(u' ');
    if (!name.isEmpty() && rest.startsWith(name))
        rest = rest.mid(name.size());
    // The longest name the address starts with: "滨河路12号" is on 滨河路, not at 滨河.
    const Line *street = nullptr;
    const Place *place = nullptr;
    qsizetype matched = 0;
    for (const Line &line : lines) {
        if (line.kind != u"river" && !line.name.isEmpty() && line.name.size() > matched &&
            rest.startsWith(line.name)) {
            street = &line;
            place = nullptr;
            matched = line.name.size();
        }
    }
    for (const Place &p : places) {
        if (p.name.size() > matched && rest.startsWith(p.name)) {
            place = &p;
            street = nullptr;
            matched = p.name.size();
        }
    }
    if (!matched)
        return std::nullopt;
    static const QRegularExpression numberPattern(u"^(\\d{1,6})号"_s);
    const auto number = numberPattern.match(rest.mid(matched));
    const int houseNumber = number.hasMatch() ? number.captured(1).toInt() : 0;
    if (street) {
        if (!houseNumber || street->lastNumber == street->firstNumber)
            return pointAlong(street->points, 0.5);
        const double fraction =
            double(houseNumber - street->firstNumber) / (street->lastNumber - street->firstNumber);
        return pointAlong(street->points, fraction);
    }
    if (!houseNumber || place->radiusMetres <= 0)
        return place->at;
    // Buildings of an estate on a spiral from its centre, each number at its own spot.
    const double angle = houseNumber * 2.399963; // the golden angle: no two numbers coincide
    const double radius = place->radiusMetres * std::sqrt(std::min(houseNumber, 100) / 100.0);
    const double metresPerDegree = 111194.9;
    return LatLon{place->at.lat + radius * std::sin(angle) / metresPerDegree,
                  place->at.lon + radius * std::cos(angle) /
                                      (metresPerDegree * std::cos(place->at.lat * M_PI / 180))};
}

} // namespace Jiandu::CommandMap
