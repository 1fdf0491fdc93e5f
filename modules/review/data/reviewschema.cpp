#include "reviewschema.h"

#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review::ReviewSchema {

// Append only: a released migration is never edited, a change is a new migration.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {u"CREATE TABLE review_interrogation ("
          " uid TEXT PRIMARY KEY, title TEXT NOT NULL, ajbh TEXT NOT NULL DEFAULT '',"
          " created_ms INTEGER NOT NULL, created_by TEXT NOT NULL DEFAULT '')"_s,
          // The files as added (never changed by Jiandu): where, what size, which hash.
          u"CREATE TABLE review_file ("
          " seq INTEGER PRIMARY KEY AUTOINCREMENT, interrogation TEXT NOT NULL,"
          " role TEXT NOT NULL CHECK (role IN ('recording', 'record', 'transcript')),"
          " name TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,"
          " offset_ms INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX review_file_by_interrogation ON review_file (interrogation)"_s,
          // Transcripts and alignments, each version kept whole with the hash of its body.
          u"CREATE TABLE review_version ("
          " seq INTEGER PRIMARY KEY AUTOINCREMENT, interrogation TEXT NOT NULL,"
          " kind TEXT NOT NULL CHECK (kind IN ('transcript', 'alignment')),"
          " version INTEGER NOT NULL, body TEXT NOT NULL, sha256 TEXT NOT NULL,"
          " based_on INTEGER NOT NULL DEFAULT 0, made_ms INTEGER NOT NULL,"
          " made_by TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
          " UNIQUE (interrogation, kind, version))"_s,
          u"CREATE TRIGGER review_version_kept BEFORE UPDATE ON review_version"
          " BEGIN SELECT RAISE(ABORT, 'a kept version is never changed'); END"_s,
          u"CREATE TRIGGER review_version_not_dropped BEFORE DELETE ON review_version"
          " BEGIN SELECT RAISE(ABORT, 'a kept version is never changed'); END"_s,
          u"CREATE TABLE review_bookmark ("
          " uid TEXT PRIMARY KEY, interrogation TEXT NOT NULL, at_ms INTEGER NOT NULL,"
          " note TEXT NOT NULL DEFAULT '', made_ms INTEGER NOT NULL,"
          " made_by TEXT NOT NULL DEFAULT '')"_s,
          u"CREATE INDEX review_bookmark_by_interrogation ON review_bookmark (interrogation)"_s,
          // Who viewed, played, exported or re-aligned what: appended, never changed.
          u"CREATE TABLE review_audit ("
          " seq INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL,"
          " actor TEXT NOT NULL, action TEXT NOT NULL, interrogation TEXT NOT NULL DEFAULT '',"
          " detail TEXT NOT NULL DEFAULT '')"_s,
          u"CREATE INDEX review_audit_by_interrogation ON review_audit (interrogation, seq)"_s,
          u"CREATE TRIGGER review_audit_no_update BEFORE UPDATE ON review_audit"
          " BEGIN SELECT RAISE(ABORT, 'the review trail is append only'); END"_s,
          u"CREATE TRIGGER review_audit_no_delete BEFORE DELETE ON review_audit"
          " BEGIN SELECT RAISE(ABORT, 'the review trail is append only'); END"_s}},
    };
    return all;
}

Result<void> migrate(LocalCache &cache)
{
    return cache.migrate(u"review"_s, migrations());
}

} // namespace Jiandu::Review::ReviewSchema
