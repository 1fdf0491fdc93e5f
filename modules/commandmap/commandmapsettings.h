#pragma once

#include <core/setting.h>

namespace Jiandu::CommandMapSettings {

//! The site's geography (SiteGeography JSON: streets, places, jurisdictions, cameras'
//! positions); the demo site brings its own.
extern const TextSetting siteMap;
//! The base map: an .mbtiles file, or the agency's tile server as an http(s) address with
//! {z}, {x} and {y}; empty: the offline map installed with the client.
extern const TextSetting tiles;
//! The datum the tiles are drawn in: wgs84 (international, the offline map) or gcj02 (Chinese
//! agency and commercial tiles); positions are shifted to match.
extern const ChoiceSetting tileDatum;
//! The closest zoom the tiles have.
extern const IntSetting tileMaxZoom;
//! Officers' and vehicles' positions: an MQTT broker (host:port) and topic.
extern const TextSetting positionsBroker;
extern const TextSetting positionsTopic;
//! Vehicles whose receivers send NMEA: "ID=tcp://host:port; ID=serial:/dev/ttyUSB0@9600",
//! or whose recorded log is played again: "ID=replay:/path/patrol.nmea".
extern const TextSetting receivers;
//! A position older than this is drawn grey with its age.
extern const IntSetting staleAfterSeconds;

QList<const Setting *> all();

} // namespace Jiandu::CommandMapSettings
