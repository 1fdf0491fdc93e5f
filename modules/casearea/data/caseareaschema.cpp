#include "caseareaschema.h"

#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseAreaSchema {

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         // The journey as recorded at the desk, never changed afterwards: a stay is what its
         // steps make. The tag is kept beside the body to find the officers' cards still bound.
         {u"CREATE TABLE casearea_step ("
          " seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,"
          " stay_uid TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, at_ms INTEGER NOT NULL,"
          " operator TEXT NOT NULL DEFAULT '', tag TEXT NOT NULL DEFAULT '', body TEXT NOT NULL)"_s,
          u"CREATE INDEX casearea_step_by_stay ON casearea_step (stay_uid)"_s,
          u"CREATE INDEX casearea_step_by_time ON casearea_step (at_ms)"_s}},
        {2,
         // Who was in which room when, as the live plan judged it: a tag came into a room
         // ("in") or fell silent ("out", at its last position). The history and the
         // trajectory video read a stay's rooms from it.
         {u"CREATE TABLE casearea_track ("
          " seq INTEGER PRIMARY KEY AUTOINCREMENT, tag TEXT NOT NULL, room TEXT NOT NULL,"
          " kind TEXT NOT NULL, at_ms INTEGER NOT NULL)"_s,
          u"CREATE INDEX casearea_track_by_tag ON casearea_track (tag, at_ms)"_s,
          u"CREATE INDEX casearea_track_by_time ON casearea_track (at_ms)"_s}},
        {3,
         // Whether a kept step's events reached the rule engine: a step kept just before the
         // client stopped (or crashed) is told at the next start. Steps kept before were told.
         {u"ALTER TABLE casearea_step ADD COLUMN told INTEGER NOT NULL DEFAULT 1"_s,
          u"CREATE INDEX casearea_step_untold ON casearea_step (told) WHERE told = 0"_s}},
        {4,
         // The floor plans: each floor of the unit's areas as last saved here or shared through
         // the central service (key: unit/area#floor, as the service keys it; version: the
         // service's, 0 before it has one). file_sha256: the plan file last taken in, so a
         // file changed by hand is taken in again and one unchanged does not undo the edits.
         {u"CREATE TABLE casearea_plan ("
          " key TEXT PRIMARY KEY, unit TEXT NOT NULL, area TEXT NOT NULL, floor INTEGER NOT NULL,"
          " body TEXT NOT NULL, saved_by TEXT NOT NULL DEFAULT '', saved_ms INTEGER NOT NULL"
          " DEFAULT 0, version INTEGER NOT NULL DEFAULT 0, file_sha256 TEXT NOT NULL DEFAULT '')"_s}},
        {5,
         // The area a step was recorded in: steps of the unit's other areas arrive through the
         // central service and are kept for their history, but only the area's own make this
         // workstation's book. Steps kept before were this workstation's area's ('').
         {u"ALTER TABLE casearea_step ADD COLUMN area TEXT NOT NULL DEFAULT ''"_s}},
        {6,
         // 场所预约: each reservation whole (its decisions included) as last decided here or
         // shared by the central service; version: the service's, 0 before it has one.
         {u"CREATE TABLE casearea_reservation ("
          " uid TEXT PRIMARY KEY, area TEXT NOT NULL, from_ms INTEGER NOT NULL,"
          " to_ms INTEGER NOT NULL, state TEXT NOT NULL, body TEXT NOT NULL,"
          " version INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX casearea_reservation_by_time ON casearea_reservation (from_ms)"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"casearea"_s, migrations());
}

} // namespace Jiandu::CaseAreaSchema
