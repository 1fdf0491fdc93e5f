#include "videopatrolsettings.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Jiandu::VideoPatrolSettings {

const IntSetting retentionDays{u"videopatrol/retentionDays"_s, 30, 0, 3650,
                               u"days recordings are kept (0: no limit by age)"_s};
const IntSetting retentionGiB{u"videopatrol/retentionGiB"_s, 0, 0, 1 << 20,
                              u"GiB of recordings kept at most (0: no limit by size)"_s};
const IntSetting segmentSeconds{u"videopatrol/segmentSeconds"_s, 10, 1, 3600,
                                u"seconds of a recording segment"_s};
const IntSetting patrolSeconds{u"videopatrol/patrolSeconds"_s, 15, 3, 600,
                               u"seconds each camera is shown in a patrol round"_s};
const ChoiceSetting exportWatermark{u"videopatrol/exportWatermark"_s,
                                    u"optional"_s,
                                    {u"optional"_s, u"always"_s},
                                    u"whether every export burns in the watermark"_s};

const TextSetting schedules{
    u"videopatrol/schedules"_s,
    {},
    u"recording schedules set here, by camera: {\"cam-1\": \"08:00-18:00\"}"_s,
    [](const QString &value) {
        const QJsonDocument json = QJsonDocument::fromJson(value.toUtf8());
        if (!json.isObject())
            return u"not a JSON object of camera ids and schedules"_s;
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (auto schedule = RecordingSchedule::fromText(it.value().toString()); !schedule)
                return u"%1: %2"_s.arg(it.key(), schedule.error().message);
        }
        return QString();
    }};

const IntSetting alertRecordMinutes{
    u"videopatrol/alertRecordMinutes"_s, 10, 1, 24 * 60,
    u"minutes a camera on \"on alert\" records after an alert names it"_s};

QHash<QString, RecordingSchedule> scheduleOverrides(const SettingsStore &settings)
{
    QHash<QString, RecordingSchedule> result;
    const QJsonObject object = QJsonDocument::fromJson(schedules.value(settings).toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (auto schedule = RecordingSchedule::fromText(it.value().toString()))
            result.insert(it.key(), *schedule);
    }
    return result;
}

QList<const Setting *> all()
{
    return {&retentionDays,   &retentionGiB, &segmentSeconds,    &patrolSeconds,
            &exportWatermark, &schedules,    &alertRecordMinutes};
}

} // namespace Jiandu::VideoPatrolSettings
