#include "patrolsimulation.h"

#include "../geo/geoindex.h"

#include <QRandomGenerator>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

PatrolSimulation::PatrolSimulation(const SiteGeography &site, const Options &options)
{
    QList<const SiteGeography::Line *> streets;
    for (const SiteGeography::Line &line : site.lines) {
        if (line.kind != u"river" && line.points.size() >= 2)
            streets.append(&line);
    }
    if (streets.isEmpty())
        return;
    const QList<SiteGeography::Area> jurisdictions = site.jurisdictions();
    QRandomGenerator random(options.seed);
    const int total = std::max(0, options.officers) + std::max(0, options.vehicles);
    m_patrols.reserve(total);
    for (int i = 0; i < total; ++i) {
        Patrol patrol;
        const bool vehicle = i >= options.officers;
        patrol.kind = vehicle ? u"vehicle"_s : u"officer"_s;
        patrol.id = vehicle ? u"车-%1"_s.arg(i - options.officers + 1, 3, 10, QLatin1Char('0'))
                            : u"警-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        const SiteGeography::Line &street = *streets.at(random.bounded(int(streets.size())));
        patrol.beat = street.points;
        patrol.along = {0};
        for (qsizetype p = 1; p < patrol.beat.size(); ++p)
            patrol.along.append(
                patrol.along.last() +
                ChinaCoordinates::distanceMetres(patrol.beat.at(p - 1), patrol.beat.at(p)));
        // On foot 1–1.8 m/s, by car 5–12 m/s.
        patrol.speedMps = vehicle ? 5 + random.bounded(7.0) : 1.0 + random.bounded(0.8);
        patrol.offsetMetres = random.bounded(std::max(1.0, patrol.along.last() * 2));
        // The unit whose jurisdiction holds the beat's middle.
        const LatLon middle = patrol.beat.at(patrol.beat.size() / 2);
        for (const SiteGeography::Area &area : jurisdictions) {
            if (GeoIndex::contains(area.ring, middle)) {
                patrol.unit = area.unit;
                break;
            }
        }
        m_patrols.append(patrol);
    }
}

QList<FleetFix> PatrolSimulation::fixesAt(qint64 atMs) const
{
    QList<FleetFix> out;
    out.reserve(m_patrols.size());
    for (int i = 0; i < m_patrols.size(); ++i)
        out.append(fixAt(i, atMs));
    return out;
}

FleetFix PatrolSimulation::fixAt(int index, qint64 atMs) const
{
    const Patrol &patrol = m_patrols.at(index);
    const double length = patrol.along.last();
    // There and back along the beat.
    const double travelled =
        length > 0
            ? std::fmod(patrol.offsetMetres + patrol.speedMps * double(atMs) / 1000.0, 2 * length)
            : 0;
    const bool back = travelled > length;
    const double position = back ? 2 * length - travelled : travelled;
    qsizetype segment = 1;
    while (segment < patrol.along.size() - 1 && patrol.along.at(segment) < position)
        ++segment;
    const LatLon &a = patrol.beat.at(segment - 1);
    const LatLon &b = patrol.beat.at(segment);
    const double span = patrol.along.at(segment) - patrol.along.at(segment - 1);
    const double t = span > 0 ? (position - patrol.along.at(segment - 1)) / span : 0;
    FleetFix fix;
    fix.id = patrol.id;
    fix.kind = patrol.kind;
    fix.unit = patrol.unit;
    fix.fix.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    fix.fix.position = {a.lat + t * (b.lat - a.lat), a.lon + t * (b.lon - a.lon)};
    fix.fix.speedMps = patrol.speedMps;
    const double bearing =
        std::atan2((b.lon - a.lon) * std::cos(a.lat * M_PI / 180), b.lat - a.lat) * 180 / M_PI;
    fix.fix.headingDegrees = std::fmod(bearing + (back ? 180 : 0) + 360, 360);
    return fix;
}

} // namespace Jiandu::CommandMap
