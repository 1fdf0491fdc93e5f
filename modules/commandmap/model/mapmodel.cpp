#include "mapmodel.h"

#include "../geo/clusters.h"
#include "../geo/webmercator.h"

#include <QHash>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {

// Straight-line speeds for the ETA: an officer on foot, a patrol car in city traffic.
constexpr double kOfficerMps = 1.5;
constexpr double kVehicleMps = 8.3;
constexpr double kMetresPerDegree = 111194.9;

// Metres from \a p to the segment a–b (flat near the segment: fine within a city).
double metresToSegment(const LatLon &p, const LatLon &a, const LatLon &b)
{
    const double k = std::cos(p.lat * M_PI / 180);
    const double ax = (a.lon - p.lon) * k, ay = a.lat - p.lat;
    const double bx = (b.lon - p.lon) * k, by = b.lat - p.lat;
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(-(ax * dx + ay * dy) / length2, 0.0, 1.0) : 0;
    return std::hypot(ax + t * dx, ay + t * dy) * kMetresPerDegree;
}

} // namespace

std::optional<MapModel::Area> MapModel::Area::fromJson(const QJsonObject &json)
{
    Area area;
    const QString kind = json.value(u"kind"_s).toString();
    area.kind = kind == u"polygon" ? Kind::Polygon : kind == u"route" ? Kind::Route : Kind::Circle;
    if (kind != u"circle" && kind != u"polygon" && kind != u"route")
        return std::nullopt;
    for (const QJsonValue &value : json.value(u"points"_s).toArray()) {
        const QJsonArray p = value.toArray();
        const LatLon at{p.at(0).toDouble(qQNaN()), p.at(1).toDouble(qQNaN())};
        if (!std::isfinite(at.lat) || !std::isfinite(at.lon) || std::abs(at.lat) > 90 ||
            std::abs(at.lon) > 180)
            return std::nullopt;
        area.points.append(at);
        if (area.points.size() > 10000)
            return std::nullopt;
    }
    area.metres = json.value(u"metres"_s).toDouble(0);
    if (!std::isfinite(area.metres) || area.metres < 0 || area.metres > 200000)
        return std::nullopt;
    const qsizetype needed = area.kind == Kind::Circle ? 1 : area.kind == Kind::Polygon ? 3 : 2;
    if (area.points.size() < needed || (area.kind != Kind::Polygon && area.metres <= 0))
        return std::nullopt;
    return area;
}

MapModel::MapModel(QObject *parent)
    : QObject(parent)
{}

LatLon MapModel::toDisplay(const LatLon &p) const
{
    return m_gcj02 ? ChinaCoordinates::wgs84ToGcj02(p) : p;
}

LatLon MapModel::fromDisplay(const LatLon &p) const
{
    return m_gcj02 ? ChinaCoordinates::gcj02ToWgs84(p) : p;
}

QJsonArray MapModel::shown(const LatLon &p) const
{
    const LatLon at = toDisplay(p);
    return {at.lat, at.lon};
}

QJsonArray MapModel::shownWith(const LatLon &p, int count) const
{
    QJsonArray out = shown(p);
    out.append(count);
    return out;
}

QJsonArray MapModel::shown(const QList<LatLon> &points) const
{
    QJsonArray out;
    for (const LatLon &p : points)
        out.append(shown(p));
    return out;
}

void MapModel::setGeography(SiteGeography geography)
{
    m_geography = std::move(geography);
    setIncidents([this] {
        QList<Incident> all;
        for (const PlacedIncident &placed : std::as_const(m_incidents))
            all.append(placed.incident);
        return all;
    }());
}

void MapModel::setCameras(const QList<SiteCamera> &cameras)
{
    m_cameras = cameras;
}

void MapModel::setIncidents(const QList<Incident> &incidents)
{
    m_incidents.clear();
    m_unplaced = 0;
    m_incidents.reserve(incidents.size());
    QHash<QString, std::optional<LatLon>> located; // addresses repeat
    for (const Incident &incident : incidents) {
        auto found = located.find(incident.bzFsdz);
        if (found == located.end())
            found = located.insert(incident.bzFsdz, m_geography.locate(incident.bzFsdz));
        m_incidents.append({incident, *found});
        if (!*found)
            ++m_unplaced;
    }
    setPeriod(m_fromMs, m_toMs);
}

void MapModel::setPeriod(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_shown.clear();
    m_shownAt.clear();
    for (int i = 0; i < m_incidents.size(); ++i) {
        const PlacedIncident &placed = m_incidents.at(i);
        if (!placed.at)
            continue;
        if (toMs > fromMs && (placed.incident.jjsjMs < fromMs || placed.incident.jjsjMs >= toMs))
            continue;
        m_shown.append(i);
        m_shownAt.append(*placed.at);
    }
}

qint64 MapModel::newestIncidentMs() const
{
    qint64 newest = 0;
    for (const PlacedIncident &placed : m_incidents)
        newest = std::max(newest, placed.incident.jjsjMs);
    return newest;
}

QString MapModel::categoryColour(const QString &jqlbDm)
{
    // 刑事 red, 治安 orange, 交通 purple, 纠纷 amber, 求助 blue, 举报 teal, others grey.
    static const QHash<QString, QString> colours{{u"01"_s, u"#d32f2f"_s}, {u"02"_s, u"#f57c00"_s},
                                                 {u"03"_s, u"#7b1fa2"_s}, {u"04"_s, u"#fbc02d"_s},
                                                 {u"05"_s, u"#1976d2"_s}, {u"06"_s, u"#00897b"_s}};
    return colours.value(jqlbDm, u"#616161"_s);
}

QJsonObject MapModel::fixedLayers() const
{
    QJsonArray jurisdictions;
    for (const SiteGeography::Area &area : m_geography.jurisdictions()) {
        // The name at the ring's centre of area (in degrees: a city's rings are small).
        double twiceArea = 0, lat = 0, lon = 0;
        for (qsizetype i = 0; i < area.ring.size(); ++i) {
            const LatLon &a = area.ring.at(i);
            const LatLon &b = area.ring.at((i + 1) % area.ring.size());
            const double cross = a.lon * b.lat - b.lon * a.lat;
            twiceArea += cross;
            lon += (a.lon + b.lon) * cross;
            lat += (a.lat + b.lat) * cross;
        }
        const LatLon label = std::abs(twiceArea) > 1e-12
                                 ? LatLon{lat / (3 * twiceArea), lon / (3 * twiceArea)}
                                 : area.ring.first();
        jurisdictions.append(QJsonObject{{u"name"_s, area.name},
                                         {u"unit"_s, area.unit},
                                         {u"ring"_s, shown(area.ring)},
                                         {u"label"_s, shown(label)}});
    }
    QJsonArray stations;
    for (const SiteGeography::Place &place : m_geography.places) {
        if (place.kind == u"station" || place.kind == u"caseArea")
            stations.append(QJsonObject{{u"name"_s, place.name},
                                        {u"kind"_s, place.kind},
                                        {u"unit"_s, place.unit},
                                        {u"at"_s, shown(place.at)}});
    }
    QJsonArray cameras;
    for (const SiteCamera &camera : m_cameras) {
        const auto at = m_geography.cameras.constFind(camera.id);
        if (at == m_geography.cameras.constEnd())
            continue;
        cameras.append(QJsonObject{{u"id"_s, camera.id},
                                   {u"name"_s, camera.name},
                                   {u"unit"_s, camera.unit},
                                   {u"at"_s, shown(*at)}});
    }
    return {
        {u"jurisdictions"_s, jurisdictions}, {u"stations"_s, stations}, {u"cameras"_s, cameras}};
}

QJsonObject MapModel::viewLayers(int zoom, const std::array<double, 4> &view, qint64 nowMs,
                                 bool withIncidents) const
{
    // Officers and vehicles: [id, lat, lon, vehicle?, seconds since heard, unit, task state,
    // task in words]
    QList<const FleetFix *> fleet;
    QList<LatLon> fleetAt;
    const auto &latest = m_fleet.latest();
    fleet.reserve(latest.size());
    fleetAt.reserve(latest.size());
    for (const FleetFix &fix : latest) {
        fleet.append(&fix);
        fleetAt.append(fix.fix.position);
    }
    const Clusters people = Clusters::compute(fleetAt, zoom, view);
    QJsonArray officers;
    for (const Clusters::Marker &single : people.singles) {
        const FleetFix &fix = *fleet.at(single.index);
        const qint64 ageSeconds =
            std::max<qint64>(0, (nowMs - fix.fix.at.toMSecsSinceEpoch()) / 1000);
        const LatLon at = toDisplay(single.at);
        QJsonArray officer{fix.id,
                           at.lat,
                           at.lon,
                           fix.kind == u"vehicle" ? 1 : 0,
                           ageSeconds * 1000 > m_staleAfterMs ? ageSeconds : 0,
                           fix.unit};
        if (const auto task = m_tasks.constFind(fix.id); task != m_tasks.cend()) {
            officer.append(task->state);
            officer.append(task->text);
        }
        officers.append(officer);
    }
    QJsonArray officerGroups;
    for (const Clusters::Group &group : people.groups)
        officerGroups.append(shownWith(group.at, group.count));
    if (!withIncidents)
        return {{u"officers"_s, officers}, {u"officerGroups"_s, officerGroups}};

    // Incidents: [jqbh, lat, lon, colour, closed?, category name]
    const Clusters events = Clusters::compute(m_shownAt, zoom, view);
    QJsonArray incidents;
    for (const Clusters::Marker &single : events.singles) {
        const Incident &incident = m_incidents.at(m_shown.at(single.index)).incident;
        const LatLon at = toDisplay(single.at);
        incidents.append(QJsonArray{incident.jqbh, at.lat, at.lon, categoryColour(incident.jqlbDm),
                                    incident.bjbz, incident.jqlbMc});
    }
    QJsonArray incidentGroups;
    for (const Clusters::Group &group : events.groups)
        incidentGroups.append(shownWith(group.at, group.count));

    return {{u"officers"_s, officers},
            {u"officerGroups"_s, officerGroups},
            {u"incidents"_s, incidents},
            {u"incidentGroups"_s, incidentGroups}};
}

QJsonObject MapModel::heat(int zoom, const std::array<double, 4> &view) const
{
    // Cells of 24 pixels: fine enough to see a street, coarse enough to count.
    const Clusters cells = Clusters::compute(m_shownAt, zoom, view, 24, 99);
    QJsonArray out;
    int most = 1;
    for (const Clusters::Group &group : cells.groups) {
        out.append(shownWith(group.at, group.count));
        most = std::max(most, group.count);
    }
    for (const Clusters::Marker &single : cells.singles)
        out.append(shownWith(single.at, 1));
    return {{u"cells"_s, out}, {u"most"_s, most}};
}

GeoIndex MapModel::everythingNow() const
{
    GeoIndex index;
    for (const FleetFix &fix : m_fleet.latest())
        index.insert({fix.id, fix.kind, fix.fix.position});
    for (int i : m_shown)
        index.insert({m_incidents.at(i).incident.jqbh, u"incident"_s, *m_incidents.at(i).at});
    for (auto it = m_geography.cameras.cbegin(); it != m_geography.cameras.cend(); ++it)
        index.insert({it.key(), u"camera"_s, it.value()});
    for (const SiteGeography::Place &place : m_geography.places) {
        if (place.kind == u"station" || place.kind == u"caseArea")
            index.insert({place.name, u"station"_s, place.at});
    }
    return index;
}

QList<MapModel::Found> MapModel::nearest(const LatLon &at, int k) const
{
    const GeoIndex index = everythingNow();
    QList<Found> out;
    const auto add = [&](const GeoIndex::Hit &hit) {
        Found found;
        found.kind = hit.point->kind;
        found.id = hit.point->id;
        found.at = hit.point->at;
        found.metres = hit.metres;
        if (found.kind == u"officer" || found.kind == u"vehicle") {
            const FleetFix fix = m_fleet.latest().value(found.id);
            found.name = found.id;
            found.unit = fix.unit;
            found.etaSeconds = hit.metres / (found.kind == u"vehicle" ? kVehicleMps : kOfficerMps);
        } else if (const auto camera = this->camera(found.id)) {
            found.name = camera->name;
            found.unit = camera->unit;
        }
        out.append(found);
    };
    QList<GeoIndex::Hit> people = index.nearest(at, k, u"officer"_s);
    people.append(index.nearest(at, k, u"vehicle"_s));
    std::sort(people.begin(), people.end(),
              [](const GeoIndex::Hit &a, const GeoIndex::Hit &b) { return a.metres < b.metres; });
    people.resize(std::min<qsizetype>(people.size(), k));
    std::for_each(people.cbegin(), people.cend(), add);
    const QList<GeoIndex::Hit> cameras = index.nearest(at, k, u"camera"_s);
    std::for_each(cameras.cbegin(), cameras.cend(), add);
    return out;
}

QList<MapModel::Found> MapModel::inside(const Area &area) const
{
    const GeoIndex index = everythingNow();
    QList<const GeoPoint *> points;
    switch (area.kind) {
    case Area::Kind::Circle:
        for (const GeoIndex::Hit &hit : index.within(area.points.first(), area.metres))
            points.append(hit.point);
        break;
    case Area::Kind::Polygon:
        points = index.inside(area.points);
        break;
    case Area::Kind::Route: {
        // Within the buffer of any leg: candidates from circles around each leg's ends and
        // middle, wide enough to hold the leg, then measured to the leg itself.
        QSet<const GeoPoint *> seen;
        for (qsizetype i = 1; i < area.points.size(); ++i) {
            const LatLon &a = area.points.at(i - 1), &b = area.points.at(i);
            const LatLon middle{(a.lat + b.lat) / 2, (a.lon + b.lon) / 2};
            const double reach = ChinaCoordinates::distanceMetres(a, b) / 2 + area.metres;
            for (const GeoIndex::Hit &hit : index.within(middle, reach)) {
                if (!seen.contains(hit.point) &&
                    metresToSegment(hit.point->at, a, b) <= area.metres) {
                    seen.insert(hit.point);
                    points.append(hit.point);
                }
            }
        }
        break;
    }
    }
    QList<Found> out;
    for (const GeoPoint *point : std::as_const(points)) {
        Found found;
        found.kind = point->kind;
        found.id = point->id;
        found.name = point->id;
        found.at = point->at;
        if (point->kind == u"incident") {
            if (const auto placed = incident(point->id)) {
                found.name = placed->incident.jqlbMc + u' ' + placed->incident.bzFsdz;
                found.unit = placed->incident.czdwMc;
            }
        } else if (point->kind == u"camera") {
            if (const auto c = camera(point->id)) {
                found.name = c->name;
                found.unit = c->unit;
            }
        } else if (point->kind == u"officer" || point->kind == u"vehicle") {
            found.unit = m_fleet.latest().value(point->id).unit;
        }
        out.append(found);
    }
    return out;
}

std::optional<MapModel::PlacedIncident> MapModel::incident(const QString &jqbh) const
{
    for (const PlacedIncident &placed : m_incidents) {
        if (placed.incident.jqbh == jqbh)
            return placed;
    }
    return std::nullopt;
}

std::optional<SiteCamera> MapModel::camera(const QString &id) const
{
    for (const SiteCamera &camera : m_cameras) {
        if (camera.id == id)
            return camera;
    }
    return std::nullopt;
}

std::optional<LatLon> MapModel::cameraPosition(const QString &id) const
{
    const auto at = m_geography.cameras.constFind(id);
    return at == m_geography.cameras.constEnd() ? std::nullopt : std::optional<LatLon>(*at);
}

} // namespace Jiandu::CommandMap
