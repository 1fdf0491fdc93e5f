#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! The cache schema and its forward-only migrations. The version lives in the file
//! (PRAGMA user_version); each migration runs in its own transaction.
class JIANDU_STORAGE_EXPORT Schema
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Schema)

public:
    //! The version this build writes.
    static int latestVersion();
    static Result<int> version(QSqlDatabase &db);
    //! Brings \a db to latestVersion(); refuses a cache written by a newer Jiandu.
    static Result<int> migrate(QSqlDatabase &db);
};

} // namespace Jiandu
