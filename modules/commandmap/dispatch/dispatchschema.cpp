#include "dispatchschema.h"

#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::DispatchSchema {

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         // 指令下发 and 情况发布: each instruction whole (every recipient's steps included);
         // closed: nothing is left to answer; version: the service's, 0 before it has one.
         {u"CREATE TABLE commandmap_instruction ("
          " uid TEXT PRIMARY KEY, issued_ms INTEGER NOT NULL, closed INTEGER NOT NULL,"
          " body TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX commandmap_instruction_by_time ON commandmap_instruction (issued_ms)"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"commandmap"_s, migrations());
}

} // namespace Jiandu::DispatchSchema
