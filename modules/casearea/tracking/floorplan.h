#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <core/result.h>

namespace Jiandu::CaseArea {

//! What a room of a case-handling area is for; the place rules judge by it.
enum class RoomType {
    Waiting,        //!< 候问室
    Interrogation,  //!< 讯问室
    Inquiry,        //!< 询问室
    SafetyCheck,    //!< 人身安全检查室
    InfoCollection, //!< 信息采集室
    Storage,        //!< 物品保管室
    Medical,        //!< 医务室
    Corridor,       //!< 通道
    Entrance,       //!< 出入口
    Other,
};

//! A room on a floor plan: an id the positioning system and the rules use, its name, its
//! type, its outline in metres of plan coordinates, and the cameras that watch it.
struct Room
{
    QString id;
    QString name;
    RoomType type = RoomType::Other;
    QList<QPointF> outline; //!< a simple polygon, at least three corners
    QStringList cameras;

    bool contains(QPointF point) const;
    QPointF centre() const;
};

//! What a device of the area is (设备管理).
enum class DeviceKind {
    BaseStation, //!< 定位基站
    Wristband,   //!< 手环 (subjects)
    OfficerCard, //!< 民警定位卡
    Camera,      //!< 摄像机
    Kiosk,       //!< 一体机 (the desk's terminal)
    Cabinet,     //!< 智能物品柜
};

//! A device of the floor: its id (a band's or card's tag as the positioning system reports
//! it, a base station's or camera's number), what it is, where it is installed and how it is
//! reached, and whether it is in service.
struct Device
{
    QString id;
    DeviceKind kind = DeviceKind::BaseStation;
    QString name;
    QString room;    //!< the room it is installed in (a room id), or empty
    QString address; //!< how it is reached (IP:port, URL, serial line), or empty
    bool inService = true;
    QString note;
};

//! One floor of a case-handling area (场所 → 办案区 → 楼层) with its rooms. Read from JSON:
//! {"site": "…", "area": "…", "floor": 1, "width": 40, "height": 25, "image": "plan.svg",
//!  "rooms": [{"id": "W1", "name": "候问室1", "type": "waiting",
//!             "outline": [[0,0],[6,0],[6,4],[0,4]], "cameras": ["cam-1"]}, …],
//!  "devices": [{"id": "B-01", "kind": "wristband", "name": "手环1"}, …]}
//! width/height and the outlines are in metres; the image, optional, is drawn under them.
//! The devices (设备管理), optional, are the floor's hardware.
class FloorPlan
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::FloorPlan)

public:
    static constexpr int kMaxRooms = 500;
    static constexpr int kMaxCorners = 200;
    static constexpr int kMaxDevices = 2000;

    //! The plan in \a path (a regular file of at most 4 MiB), or why it is not one.
    static Result<FloorPlan> load(const QString &path);
    static Result<FloorPlan> fromJson(const QByteArray &json);
    QJsonObject toJson() const;

    //! The type named by \a key ("waiting", "interrogation", …), or nullopt.
    static std::optional<RoomType> typeOf(const QString &key);
    static QString keyOf(RoomType type);
    //! The type's name as the case-handling area says it (候问室, 讯问室, …), translated.
    static QString typeName(RoomType type);
    static std::optional<DeviceKind> deviceKindOf(const QString &key);
    static QString keyOf(DeviceKind kind);
    static QString kindName(DeviceKind kind);

    //! Whether \a tag may be handed out as a \a kind (a wristband or an officer's card): any
    //! tag while the floor registers none of that kind; else only one registered and in
    //! service — why not, in words.
    Result<void> checkTag(const QString &tag, DeviceKind kind) const;
    const Device *device(const QString &id) const;

    QString site;
    QString area;
    int floor = 1;
    double width = 0;  //!< metres
    double height = 0; //!< metres
    QString image;     //!< the drawing under the rooms (SVG, PNG, JPEG), as the plan names it
                       //!< (beside the plan's file when relative); or empty
    //! Where a relative image is looked for: the plan file's folder once it is loaded. Not part
    //! of the plan (not written, not shared): each workstation finds the drawing its own way.
    QString imageDirectory;
    //! The drawing's file as this workstation finds it, or empty.
    QString imagePath() const;
    QList<Room> rooms;
    QList<Device> devices;

    const Room *room(const QString &id) const;
    //! The room whose outline holds \a point; null in none (a corridor not drawn, outside).
    const Room *roomAt(QPointF point) const;
};

} // namespace Jiandu::CaseArea
