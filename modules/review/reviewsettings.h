#pragma once

#include <core/setting.h>

namespace Jiandu::Review::ReviewSettings {

//! The speech recognition engine (a plugin's id: openai, funasr) and its service.
extern const TextSetting asrEngine;
extern const TextSetting asrEndpoint;
extern const TextSetting asrModel;
//! A file whose first line is the service's API key (kept out of the settings file).
extern const TextSetting asrKeyFile;
extern const IntSetting asrTimeoutSeconds;
//! Seconds played before a pair's start when it is clicked.
extern const IntSetting preRollSeconds;
//! The GStreamer sink the recordings are heard through (e.g. "pulsesink device=…" for a
//! headset); empty: the system's default output.
extern const TextSetting audioSink;
//! The longest summons the checks allow: 12 h, or 24 h where the unit's cases are approved.
extern const IntSetting summonsHours;

QList<const Setting *> all();

} // namespace Jiandu::Review::ReviewSettings
