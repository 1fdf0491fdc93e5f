#include "positionfix.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <rules/eventfeed.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

Result<PositionFix> PositionFix::fromJson(const QByteArray &json, qint64 receiveMs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("A position message is not a JSON object."), parseError.errorString()};
    return fromObject(doc.object(), receiveMs);
}

Result<PositionFix> PositionFix::fromObject(const QJsonObject &o, qint64 receiveMs)
{
    PositionFix fix;
    fix.receiveMs = receiveMs;
    fix.tag = o.value(u"tag"_s).toString().trimmed();
    if (fix.tag.isEmpty() || fix.tag.size() > 64)
        return Error{tr("A position message names no tag."), {}};
    const QJsonValue time = o.value(u"time"_s);
    fix.sourceMs = time.isDouble() ? qint64(time.toDouble()) : EventFeed::parseTime(time);
    if (fix.sourceMs <= 0 || fix.sourceMs > 32503680000000LL)
        return Error{tr("The position of %1 has no time it was seen.").arg(fix.tag), {}};
    const QJsonValue x = o.value(u"x"_s);
    const QJsonValue y = o.value(u"y"_s);
    if (x.isDouble() && y.isDouble()) {
        if (!std::isfinite(x.toDouble()) || !std::isfinite(y.toDouble()) ||
            std::abs(x.toDouble()) > 1e6 || std::abs(y.toDouble()) > 1e6)
            return Error{tr("The position of %1 is not a place on a plan.").arg(fix.tag), {}};
        fix.hasPoint = true;
        fix.point = {x.toDouble(), y.toDouble()};
    }
    fix.room = o.value(u"room"_s).toString().trimmed();
    if (!fix.hasPoint && fix.room.isEmpty())
        return Error{tr("The position of %1 has neither x and y nor a room.").arg(fix.tag), {}};
    // A floor as a number or a numeral ("2", "-1"); anything else says no floor.
    const QJsonValue floor = o.value(u"floor"_s);
    bool numeral = false;
    if (floor.isDouble() && std::isfinite(floor.toDouble()) && std::abs(floor.toDouble()) < 1000)
        fix.floor = int(floor.toDouble());
    else if (const int n = floor.toString().trimmed().toInt(&numeral); numeral)
        fix.floor = n;
    const double accuracy = o.value(u"accuracy"_s).toDouble(0);
    fix.accuracy = std::isfinite(accuracy) && accuracy > 0 ? std::min(accuracy, 1e6) : 0;
    fix.battery = std::clamp(o.value(u"battery"_s).toInt(-1), -1, 100);
    return fix;
}

} // namespace Jiandu::CaseArea
