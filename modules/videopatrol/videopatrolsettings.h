#pragma once

#include <QHash>
#include <core/recordingschedule.h>
#include <core/setting.h>

namespace Jiandu::VideoPatrolSettings {

//! Every setting of the video patrol module, declared once.
extern const IntSetting retentionDays;
extern const IntSetting retentionGiB;
extern const IntSetting segmentSeconds;
extern const IntSetting patrolSeconds;
extern const ChoiceSetting exportWatermark;
//! Recording schedules changed on this workstation, by camera id (a JSON object of
//! schedule texts); a camera not in it records as the site description says.
extern const TextSetting schedules;
//! How long a camera on "on alert" records after an alert names it.
extern const IntSetting alertRecordMinutes;
//! The schedules of schedules(), read (invalid entries left out).
QHash<QString, RecordingSchedule> scheduleOverrides(const SettingsStore &settings);

QList<const Setting *> all();

} // namespace Jiandu::VideoPatrolSettings
