#pragma once

#include <core/setting.h>

namespace Jiandu::AlertSettings {

//! Every setting of the alerts module (工具 → 设置 → 预警与闭环), declared once.
extern const ChoiceSetting popupTier;
extern const BoolSetting sound;
extern const BoolSetting flash;
extern const BoolSetting desktop;
extern const ChoiceSetting role;
extern const TextSetting unit;
extern const TextSetting ruleFile;
extern const IntSetting processedRetentionDays;
extern const IntSetting escalateAfterMinutes;
extern const TextSetting inboxColumns;

QList<const Setting *> all();

} // namespace Jiandu::AlertSettings
