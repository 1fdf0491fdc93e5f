#include "topojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {

struct Topology
{
    QList<QList<LatLon>> arcs;

    // Arc i, or arc ~i backwards; each arc after the first drops its first point (the last
    // one of the arc before it).
    bool append(int index, QList<LatLon> &ring) const
    {
        const bool reversed = index < 0;
        const qsizetype arc = reversed ? ~index : index;
        if (arc < 0 || arc >= arcs.size())
            return false;
        const QList<LatLon> &points = arcs.at(arc);
        const qsizetype n = points.size();
        for (qsizetype i = ring.isEmpty() ? 0 : 1; i < n; ++i)
            ring.append(points.at(reversed ? n - 1 - i : i));
        return true;
    }
};

} // namespace

Result<TopoPolygons> TopoPolygons::parse(const QByteArray &json, const QString &object)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (root.value(u"type"_s).toString() != u"Topology")
        return Error{tr("it is not a TopoJSON topology"), parseError.errorString(),
                     u"not-topology"_s};
    const QJsonObject transform = root.value(u"transform"_s).toObject();
    const QJsonArray scale = transform.value(u"scale"_s).toArray();
    const QJsonArray translate = transform.value(u"translate"_s).toArray();
    const bool quantised = scale.size() == 2 && translate.size() == 2;

    Topology topology;
    for (const QJsonValue &arcValue : root.value(u"arcs"_s).toArray()) {
        QList<LatLon> arc;
        double x = 0, y = 0;
        for (const QJsonValue &pointValue : arcValue.toArray()) {
            const QJsonArray p = pointValue.toArray();
            if (p.size() < 2)
                return Error{tr("an arc has a point without two numbers"), {}, u"invalid"_s};
            if (quantised) {
                x += p.at(0).toDouble();
                y += p.at(1).toDouble();
                arc.append({y * scale.at(1).toDouble() + translate.at(1).toDouble(),
                            x * scale.at(0).toDouble() + translate.at(0).toDouble()});
            } else {
                arc.append({p.at(1).toDouble(), p.at(0).toDouble()});
            }
        }
        topology.arcs.append(arc);
    }

    const QJsonObject objects = root.value(u"objects"_s).toObject();
    if (!objects.contains(object))
        return Error{tr("the topology has no object \"%1\"").arg(object), {}, u"no-object"_s};
    const QJsonObject collection = objects.value(object).toObject();
    QJsonArray geometries = collection.value(u"geometries"_s).toArray();
    if (collection.value(u"type"_s).toString() != u"GeometryCollection")
        geometries = QJsonArray{collection};

    TopoPolygons out;
    const auto ringOf = [&topology](const QJsonArray &indices, QList<LatLon> &ring) {
        for (const QJsonValue &index : indices) {
            if (!topology.append(index.toInt(), ring))
                return false;
        }
        return ring.size() >= 4;
    };
    for (const QJsonValue &geometryValue : std::as_const(geometries)) {
        const QJsonObject geometry = geometryValue.toObject();
        const QString type = geometry.value(u"type"_s).toString();
        QJsonArray polygons;
        if (type == u"Polygon")
            polygons.append(geometry.value(u"arcs"_s));
        else if (type == u"MultiPolygon")
            polygons = geometry.value(u"arcs"_s).toArray();
        else
            continue;
        const QString name = geometry.value(u"properties"_s).toObject().value(u"name"_s).toString();
        for (const QJsonValue &polygonValue : std::as_const(polygons)) {
            Polygon polygon;
            polygon.name = name;
            for (const QJsonValue &ringValue : polygonValue.toArray()) {
                QList<LatLon> ring;
                if (!ringOf(ringValue.toArray(), ring)) {
                    if (ring.size() < 4 && !ring.isEmpty())
                        continue; // a sliver of a ring: nothing to draw
                    return Error{tr("a ring refers to an arc that is not there"), {}, u"invalid"_s};
                }
                polygon.rings.append(ring);
            }
            if (polygon.rings.isEmpty())
                continue;
            double west = 180, south = 90, east = -180, north = -90;
            for (const LatLon &p : std::as_const(polygon.rings.first())) {
                west = std::min(west, p.lon);
                east = std::max(east, p.lon);
                south = std::min(south, p.lat);
                north = std::max(north, p.lat);
            }
            polygon.bounds = {west, south, east, north};
            out.polygons.append(polygon);
        }
    }
    return out;
}

} // namespace Jiandu::CommandMap
