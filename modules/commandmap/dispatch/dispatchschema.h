#pragma once

#include <core/migration.h>
#include <core/result.h>

namespace Jiandu {

class LocalCache;

//! The command map's tables in the cache: the instructions and briefings sent from the map,
//! each with every recipient's answers, as last changed here or shared by the central service.
namespace DispatchSchema {
//! The module's migrations (IModule::migrations()), append only.
const QList<Migration> &migrations();
//! Brings the module's tables in \a cache up to date (tests and tools without the shell).
Result<void> migrate(LocalCache &cache);
} // namespace DispatchSchema

} // namespace Jiandu
