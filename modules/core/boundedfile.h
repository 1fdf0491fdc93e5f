#pragma once

#include "coreexport.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Jiandu {

//! Reads small files (settings, keys, manifests, rule files, event files) as a careful
//! program must: only a regular file (a FIFO would block, /dev/zero never ends; a symbolic
//! link is followed to what it names), and only up to a size limit, checked before reading.
class JIANDU_CORE_EXPORT BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::BoundedFile)

public:
    //! The whole content of \a path, or why it cannot be had (code "not-regular",
    //! "too-large", "unreadable").
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
    //! Whether \a path may be written as a whole new file (QSaveFile: a temporary file renamed
    //! over it): only if nothing is there yet or a regular file is. A device, a pipe or a
    //! folder is refused (code "not-regular") — renamed over, /dev/full would be replaced by
    //! a file when run as root.
    static Result<void> checkTarget(const QString &path);
};

} // namespace Jiandu
