#include "videopatrolschema.h"

#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::VideoPatrolSchema {

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {u"CREATE TABLE patrol_finding ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, camera_id TEXT NOT NULL, camera_name TEXT,"
          " unit TEXT, time_ms INTEGER NOT NULL, operator TEXT NOT NULL, note TEXT NOT NULL,"
          " snapshot_path TEXT, snapshot_sha256 TEXT)"_s,
          u"CREATE INDEX patrol_finding_by_time ON patrol_finding (time_ms)"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"videopatrol"_s, migrations());
}

} // namespace Jiandu::VideoPatrolSchema
