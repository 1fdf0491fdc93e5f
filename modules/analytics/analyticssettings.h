#pragma once

#include <core/setting.h>

namespace Jiandu::AnalyticsSettings {

//! Every site camera's picture is diagnosed this often (minutes); 0: only when asked.
extern const IntSetting diagnosisMinutes;

QList<const Setting *> all();

} // namespace Jiandu::AnalyticsSettings
