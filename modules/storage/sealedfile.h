#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QFile>
#include <core/result.h>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace Jiandu {

//! Files at rest encrypted under a key of the workstation's cache (case files extracted from
//! bundles, problem attachments): a stolen disk without the cache password reveals nothing.
//! Each file has a key of its own (HMAC-SHA256 of the cache's file secret and the file's
//! random salt) and is AES-256-GCM in 1 MiB chunks, each authenticated with its index and
//! whether it is the last, so a changed, reordered or truncated file is refused.
//! Files that do not start with the format's magic are read as they are (plain files of
//! older versions, or a source workstation's originals).
class JIANDU_STORAGE_EXPORT SealedFile
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::SealedFile)

public:
    static constexpr char kPurpose[] = "file-encryption"; //!< the cache secret's purpose
    //! The cache's file secret (made on first use), from \a db of the cache.
    static Result<QByteArray> secret(QSqlDatabase db);

    //! Writes \a path sealed, chunk by chunk.
    class JIANDU_STORAGE_EXPORT Writer
    {
    public:
        Writer();
        ~Writer();
        Result<void> open(const QString &path, const QByteArray &secret);
        Result<void> write(QByteArrayView data);
        //! Seals the last chunk and closes; the file is complete only after this.
        Result<void> finish();

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    static bool isSealed(const QString &path);
    //! Streams the plain content of \a path (sealed or not) to \a sink; \a sink returns false
    //! to stop early (an error with code "cancelled").
    static Result<void> read(const QString &path, const QByteArray &secret,
                             const std::function<bool(QByteArrayView)> &sink);
    //! SHA-256 (lower-case hex) of the plain content; empty if it cannot be read.
    static QString plainSha256(const QString &path, const QByteArray &secret);
    //! Seals the plain file \a from into \a to; the SHA-256 of the bytes sealed.
    static Result<QString> sealCopy(const QString &from, const QString &to,
                                    const QByteArray &secret);
    //! Writes the plain content of \a path into \a to (for opening in another program);
    //! the SHA-256 of the bytes written.
    static Result<QString> plainCopy(const QString &path, const QString &to,
                                     const QByteArray &secret);
};

} // namespace Jiandu
