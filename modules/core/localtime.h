#pragma once

#include "coreexport.h"

#include <QString>

namespace Jiandu {

//! "yyyy-MM-dd HH:mm:ss" in this computer's time zone, as operators read and type times;
//! empty for \a ms ≤ 0 (no time).
JIANDU_CORE_EXPORT QString localTimeText(qint64 ms);

//! \a text as "yyyy-MM-dd HH:mm:ss" (local time), ISO 8601 (with offset or local) or a
//! number of ms since the epoch; -1 if it is none of them.
JIANDU_CORE_EXPORT qint64 parseLocalTime(const QString &text);

} // namespace Jiandu
