#include "schema.h"

#include "sqlerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// PRAGMA user_version of a cache whose tables are recorded per module in schema_migration.
// 1–8 were the single numbered schema before tables had owners.
constexpr int kLayoutVersion = 9;

// How far a cache of the single numbered schema (version 1–8) already is, per owner: its
// steps became these modules' migrations, unchanged.
struct Takeover
{
    int singleVersion;
    const char16_t *module;
    int version;
};
constexpr Takeover kTakeover[] = {
    {1, u"storage", 1}, {2, u"storage", 2}, {3, u"storage", 3}, {4, u"videopatrol", 1},
    {5, u"storage", 4}, {6, u"alerts", 1},  {7, u"alerts", 2},  {8, u"storage", 5},
};

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return Error{Schema::tr("The cache's schema version cannot be read."),
                     q.lastError().text()};
    return q.value(0).toInt();
}

Error newerCache(int found)
{
    return Error{Schema::tr("This cache was written by a newer Jiandu (layout %1; this version "
                            "understands up to %2). Update Jiandu on this computer.")
                     .arg(found)
                     .arg(kLayoutVersion),
                 {}};
}

Result<int> moduleVersion(QSqlDatabase &db, const QString &module)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT version FROM schema_migration WHERE module = ?"_s);
    q.addBindValue(module);
    if (!q.exec())
        return Error{Schema::tr("The cache's schema version cannot be read."),
                     q.lastError().text()};
    return q.next() ? q.value(0).toInt() : 0;
}

// Runs \a statements and records \a module at \a version in one transaction.
Result<void> applyStep(QSqlDatabase &db, const QString &module, int version,
                       const QList<QString> &statements)
{
    const auto failed = [&](const QString &detail) -> Error {
        db.rollback();
        return Error{Schema::tr("The cache could not be upgraded (%1, step %2); it is unchanged.")
                         .arg(module)
                         .arg(version),
                     detail};
    };
    if (!db.transaction())
        return Error{Schema::tr("The cache cannot be upgraded: it is locked or read-only."),
                     describeSqlError(db.lastError())};
    QSqlQuery q(db);
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return failed(describeSqlError(q.lastError()));
    }
    q.prepare(u"INSERT OR REPLACE INTO schema_migration (module, version, migrated_ms)"
              " VALUES (?, ?, ?)"_s);
    q.addBindValue(module);
    q.addBindValue(version);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failed(describeSqlError(q.lastError()));
    if (!db.commit())
        return failed(describeSqlError(db.lastError()));
    return {};
}

const QString kLedger = u"CREATE TABLE schema_migration ("
                        " module TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL,"
                        " migrated_ms INTEGER NOT NULL) WITHOUT ROWID"_s;

// A new file or a cache of the single numbered schema: the ledger, with what the old
// schema already holds recorded under its owners, in one transaction.
Result<void> adoptLayout(QSqlDatabase &db, int singleVersion)
{
    QList<QString> statements{kLedger};
    QMap<QString, int> reached;
    for (const Takeover &step : kTakeover) {
        if (step.singleVersion <= singleVersion)
            reached[QString::fromUtf16(step.module)] = step.version;
    }
    for (auto it = reached.cbegin(); it != reached.cend(); ++it)
        statements.append(u"INSERT INTO schema_migration VALUES ('%1', %2, %3)"_s.arg(it.key())
                              .arg(it.value())
                              .arg(QDateTime::currentMSecsSinceEpoch()));
    if (!db.transaction())
        return Error{Schema::tr("The cache cannot be upgraded: it is locked or read-only."),
                     describeSqlError(db.lastError())};
    QSqlQuery q(db);
    statements.append(u"PRAGMA user_version = %1"_s.arg(kLayoutVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            const QString detail = describeSqlError(q.lastError());
            db.rollback();
            return Error{Schema::tr("The cache could not be upgraded; it is unchanged."), detail};
        }
    }
    if (!db.commit()) {
        const QString detail = describeSqlError(db.lastError());
        db.rollback();
        return Error{Schema::tr("The cache could not be upgraded; it is unchanged."), detail};
    }
    return {};
}

} // namespace

QString Schema::storageModule()
{
    return u"storage"_s;
}

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &Schema::storageMigrations()
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
         // Keyframe positions of a segment: little-endian int32 ms after its start.
         {u"ALTER TABLE media_segment ADD COLUMN keyframes BLOB"_s}},
        {5,
         // Secrets of this workstation kept inside the encrypted cache (they survive a new
         // password and a rekey), e.g. the key that seals the manifests of its exports.
         {u"CREATE TABLE workstation_secret ("
          " purpose TEXT PRIMARY KEY NOT NULL, secret BLOB NOT NULL) WITHOUT ROWID"_s}},
        {6,
         // The other three feeds of the 警情中心 share API beside 警情 (incident): 接报, 下发,
         // 反馈. The columns lists and statistics filter on, and the whole record as received.
         {u"CREATE TABLE share_jb ("
          " id TEXT PRIMARY KEY NOT NULL, jqbh TEXT, bj_fldm TEXT, jjsj INTEGER, jjdw TEXT,"
          " status TEXT, xgsj INTEGER, record TEXT NOT NULL) WITHOUT ROWID"_s,
          u"CREATE INDEX share_jb_by_jjsj ON share_jb (jjsj)"_s,
          u"CREATE INDEX share_jb_by_jqbh ON share_jb (jqbh)"_s,
          u"CREATE TABLE share_jqxf ("
          " xfbh TEXT PRIMARY KEY NOT NULL, jqbh TEXT, xfsj INTEGER, jsdw_dm TEXT, sjc INTEGER,"
          " record TEXT NOT NULL) WITHOUT ROWID"_s,
          u"CREATE INDEX share_jqxf_by_jqbh ON share_jqxf (jqbh)"_s,
          u"CREATE TABLE share_jqfk ("
          " fkbh TEXT PRIMARY KEY NOT NULL, jqbh TEXT, xfbh TEXT, fksj INTEGER, sjc INTEGER,"
          " record TEXT NOT NULL) WITHOUT ROWID"_s,
          u"CREATE INDEX share_jqfk_by_jqbh ON share_jqfk (jqbh)"_s}},
        {7,
         // The local changes waiting for the central service (Outbox), oldest first.
         {u"CREATE TABLE outbox ("
          " seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE,"
          " type TEXT NOT NULL, entity TEXT NOT NULL, operation TEXT NOT NULL,"
          " created_ms INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"_s,
          u"CREATE INDEX outbox_by_entity ON outbox (entity)"_s}},
        {8,
         // Who made each queued change: sent only while that account is signed in.
         {u"ALTER TABLE outbox ADD COLUMN actor TEXT NOT NULL DEFAULT ''"_s,
          u"CREATE INDEX outbox_by_actor ON outbox (actor, seq)"_s}},
        {9,
         // The shared files by SHA-256 (FileCatalog): here or awaited, sent or to send.
         {u"CREATE TABLE shared_file ("
          " sha256 TEXT PRIMARY KEY NOT NULL, path TEXT NOT NULL DEFAULT '',"
          " bytes INTEGER NOT NULL DEFAULT 0, upload INTEGER NOT NULL DEFAULT 0,"
          " attempts INTEGER NOT NULL DEFAULT 0, retry_ms INTEGER NOT NULL DEFAULT 0,"
          " last_error TEXT NOT NULL DEFAULT '') WITHOUT ROWID"_s}},
    };
    return all;
}

Result<void> Schema::prepare(QSqlDatabase &db)
{
    auto layout = userVersion(db);
    if (!layout)
        return layout.error();
    if (*layout > kLayoutVersion)
        return newerCache(*layout);
    if (*layout < kLayoutVersion) {
        if (auto adopted = adoptLayout(db, *layout); !adopted)
            return adopted.error();
    }
    if (auto storage = migrate(db, storageModule(), storageMigrations()); !storage)
        return storage.error();
    return {};
}

Result<int> Schema::migrate(QSqlDatabase &db, const QString &module,
                            const QList<Migration> &migrations)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return Error{tr("The module %1 brings a broken list of cache migrations; it cannot "
                            "start. Reinstall Jiandu.")
                             .arg(module),
                         u"migration %1 is numbered %2"_s.arg(i + 1).arg(migrations[i].version)};
    }
    auto current = moduleVersion(db, module);
    if (!current)
        return current.error();
    const int latest = int(migrations.size());
    if (*current > latest)
        return Error{tr("The cache holds %1 data written by a newer Jiandu (version %2; this "
                        "one understands up to %3). Update Jiandu on this computer.")
                         .arg(module)
                         .arg(*current)
                         .arg(latest),
                     {}};
    for (int version = *current + 1; version <= latest; ++version) {
        if (auto applied = applyStep(db, module, version, migrations[version - 1].statements);
            !applied)
            return applied.error();
    }
    return latest;
}

Result<QMap<QString, int>> Schema::versions(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT module, version FROM schema_migration ORDER BY module"_s))
        return Error{tr("The cache's schema version cannot be read."), q.lastError().text()};
    QMap<QString, int> versions;
    while (q.next())
        versions.insert(q.value(0).toString(), q.value(1).toInt());
    return versions;
}

Result<void> Schema::checkCurrent(QSqlDatabase &db)
{
    auto layout = userVersion(db);
    if (!layout)
        return layout.error();
    if (*layout > kLayoutVersion)
        return newerCache(*layout);
    if (*layout < kLayoutVersion)
        return Error{tr("This cache was written by an older Jiandu; open it once with this "
                        "version (not read-only) to upgrade it."),
                     u"user_version %1"_s.arg(*layout)};
    auto storage = moduleVersion(db, storageModule());
    if (!storage)
        return storage.error();
    if (*storage != storageMigrations().size())
        return Error{tr("The cache's tables are not the ones this Jiandu writes (storage %1, "
                        "expected %2).")
                         .arg(*storage)
                         .arg(storageMigrations().size()),
                     {}};
    return {};
}

} // namespace Jiandu
