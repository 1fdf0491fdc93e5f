#include "floorplan.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {

struct TypeKey
{
    RoomType type;
    const char16_t *key;
};

constexpr TypeKey kTypes[] = {
    {RoomType::Waiting, u"waiting"},
    {RoomType::Interrogation, u"interrogation"},
    {RoomType::Inquiry, u"inquiry"},
    {RoomType::SafetyCheck, u"safety-check"},
    {RoomType::InfoCollection, u"info-collection"},
    {RoomType::Storage, u"storage"},
    {RoomType::Medical, u"medical"},
    {RoomType::Corridor, u"corridor"},
    {RoomType::Entrance, u"entrance"},
    {RoomType::Other, u"other"},
};

bool finite(double v)
{
    return std::isfinite(v) && std::abs(v) < 1e6;
}

} // namespace

bool Room::contains(QPointF p) const
{
    // Even-odd crossings of a ray to the right of the point.
    bool inside = false;
    for (qsizetype i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
        const QPointF &a = outline[i];
        const QPointF &b = outline[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QPointF Room::centre() const
{
    QPointF sum;
    for (const QPointF &p : outline)
        sum += p;
    return outline.isEmpty() ? sum : sum / double(outline.size());
}

std::optional<RoomType> FloorPlan::typeOf(const QString &key)
{
    for (const TypeKey &t : kTypes)
        if (key == QStringView(t.key))
            return t.type;
    return std::nullopt;
}

QString FloorPlan::keyOf(RoomType type)
{
    for (const TypeKey &t : kTypes)
        if (t.type == type)
            return QString::fromUtf16(t.key);
    return u"other"_s;
}

QString FloorPlan::typeName(RoomType type)
{
    switch (type) {
    case RoomType::Waiting:
        return tr("Waiting room");
    case RoomType::Interrogation:
        return tr("Interrogation room");
    case RoomType::Inquiry:
        return tr("Inquiry room");
    case RoomType::SafetyCheck:
        return tr("Safety check room");
    case RoomType::InfoCollection:
        return tr("Information collection room");
    case RoomType::Storage:
        return tr("Belongings storage");
    case RoomType::Medical:
        return tr("Medical room");
    case RoomType::Corridor:
        return tr("Corridor");
    case RoomType::Entrance:
        return tr("Entrance");
    case RoomType::Other:
        break;
    }
    return tr("Other room");
}

Result<FloorPlan> FloorPlan::load(const QString &path)
{
    const auto text = BoundedFile::read(path, 4 << 20);
    if (!text)
        return text.error();
    auto plan = fromJson(*text);
    if (!plan)
        return Error{tr("%1 is not a floor plan: %2").arg(path, plan.error().message), {}};
    // The drawing under the rooms lies beside the plan file.
    plan.value().imageDirectory = QFileInfo(path).dir().path();
    return plan;
}

Result<FloorPlan> FloorPlan::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset),
            {}};
    if (!doc.isObject())
        return Error{tr("a plan is a JSON object with its rooms"), {}};
    const QJsonObject o = doc.object();
    FloorPlan plan;
    plan.site = o.value(u"site"_s).toString();
    plan.area = o.value(u"area"_s).toString();
    plan.floor = o.value(u"floor"_s).toInt(1);
    plan.width = o.value(u"width"_s).toDouble();
    plan.height = o.value(u"height"_s).toDouble();
    plan.image = o.value(u"image"_s).toString();
    if (!finite(plan.width) || !finite(plan.height) || plan.width <= 0 || plan.height <= 0 ||
        plan.width > 10000 || plan.height > 10000)
        return Error{tr("width and height are the floor's size in metres (more than 0, at most "
                        "10 000)"),
                     {}};
    const QJsonArray rooms = o.value(u"rooms"_s).toArray();
    if (rooms.isEmpty())
        return Error{tr("the plan has no rooms"), {}};
    if (rooms.size() > kMaxRooms)
        return Error{
            tr("the plan has %1 rooms; at most %2 are drawn").arg(rooms.size()).arg(kMaxRooms), {}};
    QSet<QString> ids;
    for (const QJsonValue &value : rooms) {
        const QJsonObject r = value.toObject();
        Room room;
        room.id = r.value(u"id"_s).toString().trimmed();
        room.name = r.value(u"name"_s).toString().trimmed();
        const QString where = room.id.isEmpty() ? tr("room %1").arg(plan.rooms.size() + 1)
                                                : tr("room %1").arg(room.id);
        if (room.id.isEmpty() || room.id.size() > 64)
            return Error{tr("%1 has no id (at most 64 characters)").arg(where), {}};
        if (ids.contains(room.id))
            return Error{tr("two rooms have the id %1").arg(room.id), {}};
        ids.insert(room.id);
        if (room.name.isEmpty())
            room.name = room.id;
        const auto type = typeOf(r.value(u"type"_s).toString(u"other"_s));
        if (!type)
            return Error{tr("%1: the type “%2” is not one of %3")
                             .arg(where, r.value(u"type"_s).toString(),
                                  u"waiting, interrogation, inquiry, safety-check, "
                                  "info-collection, storage, medical, corridor, entrance, other"_s),
                         {}};
        room.type = *type;
        const QJsonArray outline = r.value(u"outline"_s).toArray();
        if (outline.size() < 3 || outline.size() > kMaxCorners)
            return Error{tr("%1: the outline needs 3 to %2 corners [x, y] in metres")
                             .arg(where)
                             .arg(kMaxCorners),
                         {}};
        for (const QJsonValue &corner : outline) {
            const QJsonArray xy = corner.toArray();
            const double x = xy.at(0).toDouble(NAN);
            const double y = xy.at(1).toDouble(NAN);
            if (xy.size() != 2 || !finite(x) || !finite(y) || x < 0 || y < 0 || x > plan.width ||
                y > plan.height)
                return Error{tr("%1: a corner is not [x, y] inside the floor's %2 × %3 m")
                                 .arg(where)
                                 .arg(plan.width)
                                 .arg(plan.height),
                             {}};
            room.outline.append({x, y});
        }
        for (const QJsonValue &camera : r.value(u"cameras"_s).toArray())
            if (!camera.toString().isEmpty())
                room.cameras.append(camera.toString());
        plan.rooms.append(room);
    }
    const QJsonArray devices = o.value(u"devices"_s).toArray();
    if (devices.size() > kMaxDevices)
        return Error{
            tr("the plan lists %1 devices; at most %2").arg(devices.size()).arg(kMaxDevices), {}};
    QSet<QString> deviceIds;
    for (const QJsonValue &value : devices) {
        const QJsonObject d = value.toObject();
        Device device;
        device.id = d.value(u"id"_s).toString().trimmed();
        if (device.id.isEmpty() || device.id.size() > 64)
            return Error{
                tr("device %1 has no id (at most 64 characters)").arg(plan.devices.size() + 1), {}};
        if (deviceIds.contains(device.id))
            return Error{tr("two devices have the id %1").arg(device.id), {}};
        deviceIds.insert(device.id);
        const auto kind = deviceKindOf(d.value(u"kind"_s).toString());
        if (!kind)
            return Error{tr("device %1: the kind “%2” is not one of %3")
                             .arg(device.id, d.value(u"kind"_s).toString(),
                                  u"base-station, wristband, card, camera, kiosk, cabinet"_s),
                         {}};
        device.kind = *kind;
        device.name = d.value(u"name"_s).toString().trimmed().left(100);
        device.room = d.value(u"room"_s).toString().trimmed();
        if (!device.room.isEmpty() && !ids.contains(device.room))
            return Error{tr("device %1 is in room %2, which the plan does not have")
                             .arg(device.id, device.room),
                         {}};
        device.address = d.value(u"address"_s).toString().trimmed().left(200);
        device.inService = d.value(u"inService"_s).toBool(true);
        device.note = d.value(u"note"_s).toString().trimmed().left(500);
        plan.devices.append(device);
    }
    return plan;
}

std::optional<DeviceKind> FloorPlan::deviceKindOf(const QString &key)
{
    static const QHash<QString, DeviceKind> kinds{{u"base-station"_s, DeviceKind::BaseStation},
                                                  {u"wristband"_s, DeviceKind::Wristband},
                                                  {u"card"_s, DeviceKind::OfficerCard},
                                                  {u"camera"_s, DeviceKind::Camera},
                                                  {u"kiosk"_s, DeviceKind::Kiosk},
                                                  {u"cabinet"_s, DeviceKind::Cabinet}};
    const auto it = kinds.constFind(key);
    return it == kinds.cend() ? std::nullopt : std::optional(*it);
}

QString FloorPlan::keyOf(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::BaseStation:
        return u"base-station"_s;
    case DeviceKind::Wristband:
        return u"wristband"_s;
    case DeviceKind::OfficerCard:
        return u"card"_s;
    case DeviceKind::Camera:
        return u"camera"_s;
    case DeviceKind::Kiosk:
        return u"kiosk"_s;
    case DeviceKind::Cabinet:
        break;
    }
    return u"cabinet"_s;
}

QString FloorPlan::kindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::BaseStation:
        return tr("Positioning base station");
    case DeviceKind::Wristband:
        return tr("Wristband");
    case DeviceKind::OfficerCard:
        return tr("Officer's card");
    case DeviceKind::Camera:
        return tr("Camera");
    case DeviceKind::Kiosk:
        return tr("Desk terminal");
    case DeviceKind::Cabinet:
        break;
    }
    return tr("Belongings cabinet");
}

QString FloorPlan::imagePath() const
{
    if (image.isEmpty() || !QDir::isRelativePath(image))
        return image;
    return imageDirectory.isEmpty() ? QString() : QDir(imageDirectory).filePath(image);
}

const Device *FloorPlan::device(const QString &id) const
{
    for (const Device &d : devices)
        if (d.id == id)
            return &d;
    return nullptr;
}

Result<void> FloorPlan::checkTag(const QString &tag, DeviceKind kind) const
{
    const bool registers = std::any_of(devices.cbegin(), devices.cend(),
                                       [kind](const Device &d) { return d.kind == kind; });
    if (!registers)
        return {};
    const Device *d = device(tag);
    if (!d || d->kind != kind)
        return Error{tr("%1 is not registered as a %2 of this area (see Devices).")
                         .arg(tag, kindName(kind).toLower()),
                     {},
                     u"unknown-device"_s};
    if (!d->inService)
        return Error{tr("%1 is out of service%2.")
                         .arg(tag, d->note.isEmpty() ? QString() : u" ("_s + d->note + u')'),
                     {},
                     u"out-of-service"_s};
    return {};
}

QJsonObject FloorPlan::toJson() const
{
    QJsonArray rooms;
    for (const Room &room : this->rooms) {
        QJsonArray outline;
        for (const QPointF &p : room.outline)
            outline.append(QJsonArray{p.x(), p.y()});
        rooms.append(QJsonObject{{u"id"_s, room.id},
                                 {u"name"_s, room.name},
                                 {u"type"_s, keyOf(room.type)},
                                 {u"outline"_s, outline},
                                 {u"cameras"_s, QJsonArray::fromStringList(room.cameras)}});
    }
    QJsonObject o{{u"site"_s, site},   {u"area"_s, area},     {u"floor"_s, floor},
                  {u"width"_s, width}, {u"height"_s, height}, {u"rooms"_s, rooms}};
    if (!image.isEmpty())
        o.insert(u"image"_s, image);
    if (!devices.isEmpty()) {
        QJsonArray list;
        for (const Device &d : devices) {
            QJsonObject device{{u"id"_s, d.id}, {u"kind"_s, keyOf(d.kind)}, {u"name"_s, d.name}};
            if (!d.room.isEmpty())
                device.insert(u"room"_s, d.room);
            if (!d.address.isEmpty())
                device.insert(u"address"_s, d.address);
            if (!d.inService)
                device.insert(u"inService"_s, false);
            if (!d.note.isEmpty())
                device.insert(u"note"_s, d.note);
            list.append(device);
        }
        o.insert(u"devices"_s, list);
    }
    return o;
}

const Room *FloorPlan::room(const QString &id) const
{
    for (const Room &r : rooms)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Room *FloorPlan::roomAt(QPointF point) const
{
    for (const Room &r : rooms)
        if (r.contains(point))
            return &r;
    return nullptr;
}

} // namespace Jiandu::CaseArea
