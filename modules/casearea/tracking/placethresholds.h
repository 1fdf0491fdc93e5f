#pragma once

#include <QJsonObject>

namespace Jiandu::CaseArea {

//! How positions are judged, from the site's configuration ("placeRules" of the site file).
struct PlaceThresholds
{
    qint64 dwellMs = 5000;                //!< in a new room this long before it counts (hysteresis)
    double accuracyGate = 3.0;            //!< metres; a less accurate fix moves no one
    qint64 staleAfterMs = 60000;          //!< silent this long: the tag's feed is lost
    double maxSpeed = 7.0;                //!< metres a second; faster is 轨迹异常
    qint64 unattendedAfterMs = 60000;     //!< a subject alone in a waiting room this long
    qint64 interrogationSettleMs = 60000; //!< officers counted this long after the subject entered

    //! Fields missing or out of range keep their default.
    static PlaceThresholds fromJson(const QJsonObject &o)
    {
        PlaceThresholds t;
        const auto ms = [&](const char16_t *key, qint64 &field) {
            const double s = o.value(QStringView(key)).toDouble(-1);
            if (s >= 0 && s <= 7 * 86400)
                field = qint64(s * 1000);
        };
        ms(u"dwellSeconds", t.dwellMs);
        ms(u"staleAfterSeconds", t.staleAfterMs);
        ms(u"unattendedAfterSeconds", t.unattendedAfterMs);
        ms(u"interrogationSettleSeconds", t.interrogationSettleMs);
        if (const double a = o.value(u"accuracyGateMetres").toDouble(-1); a > 0 && a < 1000)
            t.accuracyGate = a;
        if (const double v = o.value(u"maxSpeedMetresPerSecond").toDouble(-1); v > 0 && v < 1000)
            t.maxSpeed = v;
        return t;
    }
};

} // namespace Jiandu::CaseArea
