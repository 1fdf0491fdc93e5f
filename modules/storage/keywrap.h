#pragma once

#include "storageexport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <core/result.h>

namespace Jiandu {

//! The cache's data key: 32 random bytes, never written anywhere in the clear.
//! It is kept wrapped: AES-256-GCM under a key derived from the operator's password with
//! PBKDF2-HMAC-SHA256 (600 000 iterations, random salt). Changing the password re-wraps
//! the same data key; the cache file is not touched.
class JIANDU_STORAGE_EXPORT KeyWrap
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::KeyWrap)

public:
    static constexpr int kDataKeyBytes = 32;
    static constexpr int kDefaultIterations = 600000;
    //! Key files asking for fewer or more iterations are refused before any work: a forged
    //! file must not make the workstation spin for minutes (10× the default at most).
    static constexpr int kMinIterations = 1000;
    static constexpr int kMaxIterations = 10 * kDefaultIterations;
    //! A wrapped key is a few hundred bytes; larger key files are not read.
    static constexpr qint64 kMaxFileBytes = 64 * 1024;
    //! Error::code of unwrap() when the password does not fit.
    static constexpr char kWrongPassword[] = "wrong-password";

    static QByteArray generateDataKey();
    //! The wrapped form (JSON) of \a dataKey under \a password.
    static Result<QByteArray> wrap(const QByteArray &dataKey, const QString &password,
                                   int iterations = kDefaultIterations);
    //! The data key from its wrapped form; a wrong password or a damaged file is an error.
    static Result<QByteArray> unwrap(const QByteArray &wrapped, const QString &password);
    //! SQLCipher's raw-key form of \a dataKey: x'<64 hex digits>'.
    static QString sqlCipherKey(const QByteArray &dataKey);
};

} // namespace Jiandu
