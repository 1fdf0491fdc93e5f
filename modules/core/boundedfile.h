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
};

} // namespace Jiandu
