#pragma once

#include "storageexport.h"

#include <QString>

class QSqlError;

namespace Jiandu {

//! What a failed statement means for a user: a full disk, a read-only or locked cache are
//! said in words (the driver's own text follows in brackets); other errors as the driver
//! says them.
JIANDU_STORAGE_EXPORT QString describeSqlError(const QSqlError &error);
//! Whether \a error is SQLite's "database or disk is full".
JIANDU_STORAGE_EXPORT bool isDiskFull(const QSqlError &error);

} // namespace Jiandu
