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
        {2,
         // Shared with the central service: a finding is known everywhere by the uid given
         // where it was recorded. Those recorded before stay this workstation's.
         {u"ALTER TABLE patrol_finding ADD COLUMN uid TEXT"_s,
          u"UPDATE patrol_finding SET uid = lower(hex(randomblob(16)))"_s,
          u"CREATE UNIQUE INDEX patrol_finding_by_uid ON patrol_finding (uid)"_s}},
        {3,
         // Named layouts shared with the unit's other workstations, and the cameras each unit
         // sent to its video wall (上墙), as the central service last said.
         {u"CREATE TABLE video_layout ("
          " unit TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, tiles INTEGER NOT NULL,"
          " cameras TEXT NOT NULL, saved_by TEXT NOT NULL DEFAULT '',"
          " saved_ms INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 0,"
          " PRIMARY KEY (unit, name))"_s,
          u"CREATE TABLE wall_push ("
          " unit TEXT PRIMARY KEY NOT NULL, cameras TEXT NOT NULL, sent_by TEXT NOT NULL,"
          " sent_ms INTEGER NOT NULL)"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"videopatrol"_s, migrations());
}

} // namespace Jiandu::VideoPatrolSchema
