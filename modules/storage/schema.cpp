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
