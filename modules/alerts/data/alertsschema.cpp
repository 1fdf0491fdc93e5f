#include "alertsschema.h"

#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::AlertsSchema {

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
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
        {2,
         // Event feed files whose events were applied, recorded in the transaction that
         // stores their alerts: a file seen again (a kill before it was moved away, a move
         // that failed) is recognised and never applied twice.
         {u"CREATE TABLE consumed_feed ("
          " name TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,"
          " consumed_ms INTEGER NOT NULL, PRIMARY KEY (sha256, bytes, name)) WITHOUT ROWID"_s}},
        {3,
         // The rule engine's state stored by what changed: the clock and rates, each subject's
         // fields by its number, and each (subject, rule). Replaces rule_engine_state, which
         // is read once and emptied by the first save.
         {u"CREATE TABLE rule_state_global ("
          " id INTEGER PRIMARY KEY CHECK (id = 1), saved_ms INTEGER NOT NULL,"
          " state BLOB NOT NULL)"_s,
          u"CREATE TABLE rule_state_subject ("
          " subject INTEGER PRIMARY KEY, fields BLOB NOT NULL)"_s,
          u"CREATE TABLE rule_state_entry ("
          " subject INTEGER NOT NULL, rule_id TEXT NOT NULL, state BLOB NOT NULL,"
          " PRIMARY KEY (subject, rule_id)) WITHOUT ROWID"_s}},
        {4,
         // Tiers are numbered from 1 (0 is no tier): 事前指引 1, 事中预警 2, 事后报警 3.
         {u"UPDATE alert SET tier = tier + 1"_s}},
        {5,
         // The case an alert concerns, for the statistics (每案问题发现率) without reading
         // every subject; filled for the alerts stored before from their subject's JSON
         // (compact, as stored: "caseId":"…").
         {u"ALTER TABLE alert ADD COLUMN case_id TEXT"_s,
          u"UPDATE alert SET case_id = substr(subject, instr(subject, '\"caseId\":\"') + 10,"
          " instr(substr(subject, instr(subject, '\"caseId\":\"') + 10), '\"') - 1)"
          " WHERE instr(subject, '\"caseId\":\"') > 0"_s,
          u"CREATE INDEX alert_case_by_raised ON alert (raised_ms, case_id)"
          " WHERE case_id IS NOT NULL"_s}},
        {6,
         // Who took an alert on (认领), the responsible unit's formal appeal (申辩) and its
         // decision, and when an unacknowledged alarm was escalated to the leaders.
         {u"ALTER TABLE alert ADD COLUMN claimed_by TEXT"_s,
          u"ALTER TABLE alert ADD COLUMN claimed_ms INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE alert ADD COLUMN appeal_state INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE alert ADD COLUMN appeal_by TEXT"_s,
          u"ALTER TABLE alert ADD COLUMN appeal_reason TEXT"_s,
          u"ALTER TABLE alert ADD COLUMN appeal_ms INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE alert ADD COLUMN appeal_decided_by TEXT"_s,
          u"ALTER TABLE alert ADD COLUMN appeal_decision TEXT"_s,
          u"ALTER TABLE alert ADD COLUMN escalated_ms INTEGER NOT NULL DEFAULT 0"_s}},
        {7,
         // Shared with the central service: problems and their steps by an id that is the
         // same everywhere (given where they were made, a laptop offline too), and the alerts
         // the central engine raised by the central id.
         {u"ALTER TABLE problem ADD COLUMN uid TEXT"_s,
          u"UPDATE problem SET uid = lower(hex(randomblob(16)))"_s,
          u"CREATE UNIQUE INDEX problem_by_uid ON problem (uid)"_s,
          u"ALTER TABLE problem_step ADD COLUMN uid TEXT"_s,
          u"UPDATE problem_step SET uid = lower(hex(randomblob(16)))"_s,
          u"CREATE UNIQUE INDEX problem_step_by_uid ON problem_step (uid)"_s,
          u"ALTER TABLE alert ADD COLUMN central_id INTEGER"_s,
          u"CREATE UNIQUE INDEX alert_by_central_id ON alert (central_id)"
          " WHERE central_id IS NOT NULL"_s}},
        {8,
         // Problems kept on this workstation only (Problem::localOnly): those made before the
         // site had a central service are, as the service never heard of them.
         {u"ALTER TABLE problem ADD COLUMN local_only INTEGER NOT NULL DEFAULT 0"_s,
          u"UPDATE problem SET local_only = 1 WHERE NOT EXISTS (SELECT 1 FROM outbox"
          " WHERE outbox.entity = 'problem:' || problem.uid)"_s}},
        {9,
         // Rule settings are shared through the central service: each audited change by the
         // id of the operation that made it, the same on every workstation.
         {u"ALTER TABLE rule_setting_change ADD COLUMN uid TEXT"_s,
          u"UPDATE rule_setting_change SET uid = lower(hex(randomblob(16)))"_s,
          u"CREATE UNIQUE INDEX rule_setting_change_by_uid ON rule_setting_change (uid)"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"alerts"_s, migrations());
}

} // namespace Jiandu::AlertsSchema
