#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

struct Migration
{
    int version;
    QList<QString> statements;
};

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {u"CREATE TABLE incident ("
          " jqbh TEXT PRIMARY KEY NOT NULL, yJqbh TEXT, bjFldm TEXT, jjr TEXT, jjsj INTEGER,"
          " jjdw TEXT, bjr TEXT, bjrZjhm TEXT, fssj INTEGER, bzFsdz TEXT, jqlbDm TEXT,"
          " jqlbMc TEXT, djr TEXT, djsj INTEGER, cznr TEXT, czmj TEXT, czdwDm TEXT,"
          " czdwMc TEXT, xgsj INTEGER, bjbz INTEGER NOT NULL DEFAULT 0, sjc INTEGER"
          ") WITHOUT ROWID"_s,
          u"CREATE INDEX incident_by_jjsj ON incident (jjsj)"_s,
          u"CREATE INDEX incident_by_sjc ON incident (sjc, jqbh)"_s}},
        {2,
         {u"CREATE TABLE legal_case ("
          " ajbh TEXT PRIMARY KEY NOT NULL, ajmc TEXT NOT NULL, ajlx TEXT, zbdw TEXT, zbmj TEXT,"
          " larq INTEGER, updated INTEGER) WITHOUT ROWID"_s,
          u"CREATE TABLE case_incident ("
          " ajbh TEXT NOT NULL REFERENCES legal_case (ajbh) ON DELETE CASCADE,"
          " jqbh TEXT NOT NULL, PRIMARY KEY (ajbh, jqbh)) WITHOUT ROWID"_s,
          u"CREATE TABLE case_file ("
          " ajbh TEXT NOT NULL REFERENCES legal_case (ajbh) ON DELETE CASCADE,"
          " name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('clip', 'transcript', "
          "'document')),"
          " path TEXT NOT NULL, bytes INTEGER NOT NULL, sha256 TEXT NOT NULL,"
          " PRIMARY KEY (ajbh, name)) WITHOUT ROWID"_s}},
        {3,
         {u"CREATE TABLE media_segment ("
          " camera_id TEXT NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
          " path TEXT NOT NULL, bytes INTEGER NOT NULL, complete INTEGER NOT NULL,"
          " PRIMARY KEY (camera_id, start_ms)) WITHOUT ROWID"_s}},
        {4,
         {u"CREATE TABLE patrol_finding ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, camera_id TEXT NOT NULL, camera_name TEXT,"
          " unit TEXT, time_ms INTEGER NOT NULL, operator TEXT NOT NULL, note TEXT NOT NULL,"
          " snapshot_path TEXT, snapshot_sha256 TEXT)"_s,
          u"CREATE INDEX patrol_finding_by_time ON patrol_finding (time_ms)"_s}},
        {5,
         // Keyframe positions of a segment: little-endian int32 ms after its start.
         {u"ALTER TABLE media_segment ADD COLUMN keyframes BLOB"_s}},
        {6,
         // Supervision alerts, the rule engine's saved state, rule settings with their audit,
         // and the closed-loop problems with their history and attachments.
         {u"CREATE TABLE alert ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, rule_id TEXT NOT NULL,"
          " subject_key TEXT NOT NULL, element TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
          " tier INTEGER NOT NULL, colour TEXT, score INTEGER NOT NULL, message TEXT NOT NULL,"
          " subject TEXT, raised_ms INTEGER NOT NULL, deadline_ms INTEGER NOT NULL,"
          " status INTEGER NOT NULL DEFAULT 0, resolved_ms INTEGER, resolved_reason TEXT,"
          " ack_by TEXT, ack_ms INTEGER, ack_note TEXT, suppressed_by TEXT,"
          " suppress_reason TEXT, suppressed_until INTEGER NOT NULL DEFAULT 0,"
          " problem_id INTEGER)"_s,
          // One live alert per rule and subject.
          u"CREATE UNIQUE INDEX alert_live ON alert (rule_id, subject_key)"
          " WHERE resolved_ms IS NULL"_s,
          u"CREATE INDEX alert_by_raised ON alert (raised_ms)"_s,
          u"CREATE TABLE rule_engine_state ("
          " id INTEGER PRIMARY KEY CHECK (id = 1), saved_ms INTEGER NOT NULL,"
          " state BLOB NOT NULL)"_s,
          u"CREATE TABLE rule_setting ("
          " rule_id TEXT PRIMARY KEY NOT NULL, enabled INTEGER, score INTEGER,"
          " deadline TEXT, lead TEXT) WITHOUT ROWID"_s,
          u"CREATE TABLE rule_setting_change ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
          " actor TEXT NOT NULL, rule_id TEXT NOT NULL, field TEXT NOT NULL,"
          " old_value TEXT, new_value TEXT, reason TEXT NOT NULL)"_s,
          u"CREATE TABLE problem ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, alert_id INTEGER, rule_id TEXT,"
          " title TEXT NOT NULL, element TEXT, unit TEXT NOT NULL, case_id TEXT,"
          " score INTEGER NOT NULL DEFAULT 0, stage INTEGER NOT NULL,"
          " created_ms INTEGER NOT NULL, created_by TEXT NOT NULL,"
          " stage_since_ms INTEGER NOT NULL, due_ms INTEGER NOT NULL DEFAULT 0,"
          " rounds INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE TABLE problem_step ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " problem_id INTEGER NOT NULL REFERENCES problem (id) ON DELETE CASCADE,"
          " time_ms INTEGER NOT NULL, actor TEXT NOT NULL, role INTEGER NOT NULL,"
          " action INTEGER NOT NULL, from_stage INTEGER NOT NULL, to_stage INTEGER NOT NULL,"
          " note TEXT NOT NULL DEFAULT '')"_s,
          u"CREATE INDEX problem_step_by_problem ON problem_step (problem_id, id)"_s,
          u"CREATE TABLE problem_attachment ("
          " step_id INTEGER NOT NULL REFERENCES problem_step (id) ON DELETE CASCADE,"
          " name TEXT NOT NULL, path TEXT NOT NULL, bytes INTEGER NOT NULL,"
          " sha256 TEXT NOT NULL)"_s}},
        {7,
         // Event feed files whose events were applied, recorded in the transaction that
         // stores their alerts: a file seen again (a kill before it was moved away, a move
         // that failed) is recognised and never applied twice.
         {u"CREATE TABLE consumed_feed ("
          " name TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,"
          " consumed_ms INTEGER NOT NULL, PRIMARY KEY (sha256, bytes, name)) WITHOUT ROWID"_s}},
        {8,
         // Secrets of this workstation kept inside the encrypted cache (they survive a new
         // password and a rekey), e.g. the key that seals the manifests of its exports.
         {u"CREATE TABLE workstation_secret ("
          " purpose TEXT PRIMARY KEY NOT NULL, secret BLOB NOT NULL) WITHOUT ROWID"_s}},
    };
    return all;
}

} // namespace

int Schema::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> Schema::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return Error{tr("The cache's schema version cannot be read."), q.lastError().text()};
    return q.value(0).toInt();
}

Result<int> Schema::migrate(QSqlDatabase &db)
{
    auto current = version(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error{tr("This cache was written by a newer Jiandu (schema %1; this version "
                        "understands up to %2). Update Jiandu on this computer.")
                         .arg(*current)
                         .arg(latestVersion()),
                     {}};
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current)
            continue;
        if (!db.transaction())
            return Error{tr("The cache cannot be upgraded: it is locked or read-only."),
                         db.lastError().text()};
        QSqlQuery q(db);
        for (const QString &statement : migration.statements) {
            if (!q.exec(statement)) {
                const QString detail = q.lastError().text();
                db.rollback();
                return Error{tr("The cache could not be upgraded to schema %1; it is unchanged.")
                                 .arg(migration.version),
                             detail};
            }
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)) || !db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return Error{tr("The cache could not be upgraded to schema %1; it is unchanged.")
                             .arg(migration.version),
                         detail};
        }
    }
    return latestVersion();
}

} // namespace Jiandu
