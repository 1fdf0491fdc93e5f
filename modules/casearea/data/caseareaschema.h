#pragma once

#include <core/migration.h>
#include <core/result.h>

namespace Jiandu {

class LocalCache;

//! The case area module's tables in the cache: the desk's record of every stay, step by step,
//! and who was in which room when.
namespace CaseAreaSchema {
//! The module's migrations (IModule::migrations()), append only.
const QList<Migration> &migrations();
//! Brings the module's tables in \a cache up to date (tests and tools without the shell).
Result<void> migrate(LocalCache &cache);
} // namespace CaseAreaSchema

} // namespace Jiandu
