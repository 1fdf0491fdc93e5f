#pragma once

#include "syncexport.h"

#include <core/setting.h>

namespace Jiandu::SyncSettings {

//! Every setting of the sync module, declared once. The share key's secret is not among
//! them: it is kept in the encrypted cache (ShareStore::setShareSecret()).
JIANDU_SYNC_EXPORT extern const TextSetting server;
JIANDU_SYNC_EXPORT extern const TextSetting shareKey;
//! SHA-256 of the server certificate's DER, hex; empty: the system's CAs decide.
JIANDU_SYNC_EXPORT extern const TextSetting pinnedCertificate;
JIANDU_SYNC_EXPORT extern const TextSetting feeds;
JIANDU_SYNC_EXPORT extern const IntSetting intervalSeconds;
JIANDU_SYNC_EXPORT extern const IntSetting daysBack;
JIANDU_SYNC_EXPORT extern const IntSetting connections;

//! Days a laptop may sign in offline after the central service last confirmed the account.
JIANDU_SYNC_EXPORT extern const IntSetting offlineDays;
//! The MQTT broker announcing the central service's changes, "host:port"; empty: none (the
//! sync then learns of changes at its next round).
JIANDU_SYNC_EXPORT extern const TextSetting broker;

JIANDU_SYNC_EXPORT QList<const Setting *> all();

} // namespace Jiandu::SyncSettings
