#pragma once

#include "coreexport.h"

#include <QString>

namespace Jiandu {

//! SHA-256 of the file at \a path as lower-case hex, read in chunks; empty if unreadable.
JIANDU_CORE_EXPORT QString fileSha256(const QString &path);

} // namespace Jiandu
