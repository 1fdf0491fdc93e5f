#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <core/result.h>
#include <optional>

namespace Jiandu::CaseArea {

//! One report of the positioning system, whatever its vendor: a tag (a subject's wristband
//! or an officer's card) seen at a place of a floor at the source's time. Adapters (MQTT,
//! a recorded day) turn their messages into this.
struct PositionFix
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::PositionFix)

public:
    QString tag;
    qint64 sourceMs = 0;  //!< when the positioning system saw it; rules judge by this
    qint64 receiveMs = 0; //!< when it reached this workstation
    bool hasPoint = false;
    QPointF point;            //!< metres in plan coordinates, when hasPoint
    QString room;             //!< or the room the system names (base stations per room)
    std::optional<int> floor; //!< the floor it was seen on, when the source says
    double accuracy = 0;      //!< metres; 0: unknown
    int battery = -1;         //!< percent; -1: unknown

    //! One message as JSON: {"tag": "B-0012", "time": 1700000000000 (ms) or "yyyy-MM-dd
    //! HH:mm:ss.zzz", "x": 3.2, "y": 7.5 | "room": "W1", "floor": 1, "accuracy": 0.8,
    //! "battery": 76}; \a receiveMs is when it arrived.
    static Result<PositionFix> fromJson(const QByteArray &json, qint64 receiveMs);
    static Result<PositionFix> fromObject(const QJsonObject &o, qint64 receiveMs);
};

} // namespace Jiandu::CaseArea
