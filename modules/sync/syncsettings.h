#pragma once

#include <core/setting.h>

namespace Jiandu::SyncSettings {

//! Every setting of the sync module, declared once. The share key's secret is not among
//! them: it is kept in the encrypted cache (ShareStore::setShareSecret()).
extern const TextSetting server;
extern const TextSetting shareKey;
//! SHA-256 of the server certificate's DER, hex; empty: the system's CAs decide.
extern const TextSetting pinnedCertificate;
extern const TextSetting feeds;
extern const IntSetting intervalSeconds;
extern const IntSetting daysBack;
extern const IntSetting connections;

QList<const Setting *> all();

} // namespace Jiandu::SyncSettings
