#pragma once

#include <core/setting.h>

namespace Jiandu::VideoPatrolSettings {

//! Every setting of the video patrol module, declared once.
extern const IntSetting retentionDays;
extern const IntSetting retentionGiB;
extern const IntSetting segmentSeconds;
extern const IntSetting patrolSeconds;
extern const ChoiceSetting exportWatermark;

QList<const Setting *> all();

} // namespace Jiandu::VideoPatrolSettings
