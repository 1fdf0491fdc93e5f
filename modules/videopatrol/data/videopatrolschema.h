#pragma once

#include <core/migration.h>
#include <core/result.h>

namespace Jiandu {

class LocalCache;

//! The video patrol module's tables in the cache: the operators' patrol findings.
namespace VideoPatrolSchema {
//! The module's migrations (IModule::migrations()), append only.
const QList<Migration> &migrations();
//! Brings the module's tables in \a cache up to date, as the shell does before the module
//! starts (for tests and tools that use the tables without the shell).
Result<void> migrate(LocalCache &cache);
} // namespace VideoPatrolSchema

} // namespace Jiandu
