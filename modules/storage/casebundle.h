#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <core/result.h>
#include <functional>

namespace Jiandu {

class CacheDatabase;

//! The offline review package of one case: a directory with
//!  - bundle.db    the case, its incidents and its files (in 1 MiB chunks), SQLCipher-encrypted
//!                 with a random key of its own;
//!  - bundle.key   that key, wrapped by a transfer password (KeyWrap);
//!  - manifest.json SHA-256 of both files and of every contained file, authenticated with an
//!                 HMAC under the bundle key, so any change to any file is detected on import.
class JIANDU_STORAGE_EXPORT CaseBundle
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseBundle)

public:
    //! Called with bytes done and total; returning false cancels the operation.
    using Progress = std::function<bool(qint64 doneBytes, qint64 totalBytes)>;

    struct Summary
    {
        QString ajbh;
        int incidents = 0;
        int files = 0;
        qint64 fileBytes = 0;
    };

    //! Writes case \a ajbh of \a source into \a directory (new or empty).
    static Result<Summary> exportCase(CacheDatabase &source, const QString &ajbh,
                                      const QString &directory, const QString &transferPassword,
                                      const Progress &progress = {});
    //! Verifies the bundle in \a directory completely, then adds its case to \a target; the
    //! case's files are written under \a filesDirectory/<ajbh>/. Nothing is imported from a
    //! bundle that fails verification.
    static Result<Summary> importBundle(CacheDatabase &target, const QString &directory,
                                        const QString &transferPassword,
                                        const QString &filesDirectory,
                                        const Progress &progress = {});
};

} // namespace Jiandu
