#pragma once

#include <core/setting.h>

namespace Jiandu::CaseAreaSettings {

//! The floor plan of the area this workstation watches (JSON, see FloorPlan); the demo site
//! brings its own.
extern const TextSetting planFile;
//! The positioning system's MQTT broker ("host:port") and the topic its positions come on.
extern const TextSetting broker;
extern const TextSetting topic;
//! The place rules' thresholds (JSON, see PlaceThresholds::fromJson); empty: the defaults.
extern const TextSetting thresholds;
//! A file to log each position's source, receive and drawn time in (the latency benchmark);
//! empty: no log.
extern const TextSetting latencyLog;

QList<const Setting *> all();

} // namespace Jiandu::CaseAreaSettings
