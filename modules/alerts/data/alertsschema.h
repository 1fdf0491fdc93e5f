#pragma once

#include <core/migration.h>
#include <core/result.h>

namespace Jiandu {

class LocalCache;

//! The alerts module's tables in the cache: alerts, the rule engine's state, rule settings
//! with their audit, the closed-loop problems, and the event feed files already applied.
namespace AlertsSchema {
//! The module's migrations (IModule::migrations()), append only.
const QList<Migration> &migrations();
//! Brings the module's tables in \a cache up to date, as the shell does before the module
//! starts (for tests and tools that use the tables without the shell).
Result<void> migrate(LocalCache &cache);
} // namespace AlertsSchema

} // namespace Jiandu
