#pragma once

#include <core/migration.h>
#include <core/result.h>

namespace Jiandu {
class LocalCache;
}

namespace Jiandu::Review {

//! The review module's tables in the cache: interrogations and their files, the versions of
//! their transcripts and alignments, bookmarks, and the append-only trail of who did what.
namespace ReviewSchema {
const QList<Migration> &migrations();
Result<void> migrate(LocalCache &cache);
} // namespace ReviewSchema

} // namespace Jiandu::Review
