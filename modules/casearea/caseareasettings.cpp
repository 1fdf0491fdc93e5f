#include "caseareasettings.h"

#include "tracking/floorplan.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseAreaSettings {

const TextSetting planFile{u"casearea/planFile"_s,
                           {},
                           u"the case-handling area's floor plan (JSON)"_s,
                           [](const QString &path) {
                               const auto plan = CaseArea::FloorPlan::load(path);
                               return plan ? QString() : plan.error().message;
                           }};
const TextSetting broker{
    u"casearea/broker"_s, {}, u"the positioning system's MQTT broker, host:port"_s};
const TextSetting topic{u"casearea/topic"_s, u"jiandu/positions/#"_s,
                        u"the MQTT topic the positions come on"_s};
const TextSetting thresholds{
    u"casearea/thresholds"_s,
    {},
    u"place-rule thresholds: {\"dwellSeconds\": 5, \"accuracyGateMetres\": 3, …}"_s,
    [](const QString &text) {
        return QJsonDocument::fromJson(text.toUtf8()).isObject()
                   ? QString()
                   : u"not a JSON object of thresholds"_s;
    }};

const TextSetting latencyLog{
    u"casearea/latencyLog"_s, {}, u"a file to log when each position was drawn (benchmark)"_s};

const TextSetting briefFolder{
    u"casearea/briefFolder"_s, {}, u"where the morning and evening briefs go"_s};

QList<const Setting *> all()
{
    return {&planFile, &broker, &topic, &thresholds, &latencyLog, &briefFolder};
}

} // namespace Jiandu::CaseAreaSettings
