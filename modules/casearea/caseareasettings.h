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
//! Where the 晨报 and 晚报 made at 08:00 and 17:00 go; empty: "briefs" in the data directory.
extern const TextSetting briefFolder;

QList<const Setting *> all();

} // namespace Jiandu::CaseAreaSettings
