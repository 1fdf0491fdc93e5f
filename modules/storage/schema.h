#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <core/migration.h>
#include <core/result.h>

namespace Jiandu {

//! The cache's tables, owned by the modules that use them. Each module's tables have their
//! own numbered migrations (core/Migration); the table `schema_migration` records how far
//! each module's tables are. Storage owns the tables several modules and the command line
//! share (incidents, cases, recordings, workstation secrets) under the name "storage";
//! a feature module brings its own migrations (IModule::migrations()) and the shell runs
//! them in dependency order before the module starts.
//!
//! Caches written before tables had owners (one numbered schema, PRAGMA user_version 1–8)
//! are taken over once: what they hold is recorded under its owners and the rest is
//! added by the owners' migrations, so nothing is lost.
class JIANDU_STORAGE_EXPORT Schema
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Schema)

public:
    //! The module name under which storage's own tables are recorded.
    static QString storageModule();
    //! Storage's own migrations.
    static const QList<Migration> &storageMigrations();

    //! Makes \a db a cache of this layout (a new file, or one written with the single numbered
    //! schema) and brings storage's own tables up to date. Refuses a cache written by a newer
    //! Jiandu.
    static Result<void> prepare(QSqlDatabase &db);
    //! Brings \a module's tables in \a db to the last of \a migrations, each step in its own
    //! transaction with its record. Refuses tables written by a newer version of the module
    //! and a list that is not numbered 1, 2, 3, …
    static Result<int> migrate(QSqlDatabase &db, const QString &module,
                               const QList<Migration> &migrations);
    //! How far each module's tables are (after prepare()).
    static Result<QMap<QString, int>> versions(QSqlDatabase &db);
    //! Checks, without writing, that \a db has this layout and storage's tables are current
    //! (a read-only open, a check).
    static Result<void> checkCurrent(QSqlDatabase &db);
};

} // namespace Jiandu
