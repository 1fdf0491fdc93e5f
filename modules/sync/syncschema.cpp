#include "syncschema.h"

using namespace Qt::StringLiterals;

namespace Jiandu::Sync::SyncSchema {

QString module()
{
    return u"sync"_s;
}

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {u"CREATE TABLE sync_share_feed ("
          " feed TEXT PRIMARY KEY NOT NULL, synced_to_ms INTEGER NOT NULL DEFAULT 0,"
          " plan_end_ms INTEGER NOT NULL DEFAULT 0, records INTEGER NOT NULL DEFAULT 0,"
          " last_success_ms INTEGER NOT NULL DEFAULT 0,"
          " crowded_seconds INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
          u"CREATE TABLE sync_share_window ("
          " feed TEXT NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
          " cursor_ms INTEGER NOT NULL, PRIMARY KEY (feed, start_ms)) WITHOUT ROWID"_s}},
        {2,
         // Credentials for the central service, inside the encrypted cache.
         {u"CREATE TABLE sync_credential ("
          " name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"_s}},
        {3,
         // The supervision data: where the pull stands in the service's change log (per
         // server and account scope), and the changes of this workstation the service
         // decided against, for the people who made them to read.
         {u"CREATE TABLE sync_supervision ("
          " scope TEXT PRIMARY KEY NOT NULL, next_seq INTEGER NOT NULL DEFAULT 0,"
          " last_success_ms INTEGER NOT NULL DEFAULT 0, records INTEGER NOT NULL DEFAULT 0)"
          " WITHOUT ROWID"_s,
          u"CREATE TABLE sync_conflict ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
          " op_id TEXT NOT NULL, op_type TEXT NOT NULL, entity TEXT NOT NULL,"
          " operation TEXT NOT NULL, status TEXT NOT NULL, message TEXT NOT NULL,"
          " winner TEXT, seen INTEGER NOT NULL DEFAULT 0)"_s}},
        {4,
         // Offline sign-in: the accounts the central service confirmed here, each with a
         // verifier of its password (AccountVerifier), never the password.
         {u"CREATE TABLE sync_account ("
          " server TEXT NOT NULL, user TEXT NOT NULL, salt BLOB NOT NULL,"
          " verifier BLOB NOT NULL, iterations INTEGER NOT NULL, role TEXT NOT NULL,"
          " unit TEXT NOT NULL, confirmed_ms INTEGER NOT NULL,"
          " PRIMARY KEY (server, user)) WITHOUT ROWID"_s}},
        {5,
         // The account's part of the tree the pull position was taken in.
         {u"ALTER TABLE sync_supervision ADD COLUMN tree TEXT NOT NULL DEFAULT ''"_s}},
    };
    return all;
}

} // namespace Jiandu::Sync::SyncSchema
