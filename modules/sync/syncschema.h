#pragma once

#include "syncexport.h"

#include <QList>
#include <QString>
#include <core/migration.h>

namespace Jiandu::Sync::SyncSchema {

//! The module name of the sync's tables in the cache, and their migrations.
JIANDU_SYNC_EXPORT QString module();
JIANDU_SYNC_EXPORT const QList<Migration> &migrations();

} // namespace Jiandu::Sync::SyncSchema
