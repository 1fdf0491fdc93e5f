#pragma once

#include "coreexport.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace Jiandu {

//! SHA-256 through OpenSSL (the processor's SHA instructions where it has them: several
//! times faster than QCryptographicHash on evidence of hundreds of MB).
class JIANDU_CORE_EXPORT Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    //! The digest, lower-case hex; the object is spent afterwards.
    QString hexResult();
    static QString hex(QByteArrayView data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

//! SHA-256 of the file at \a path as lower-case hex, read in chunks; empty if unreadable.
JIANDU_CORE_EXPORT QString fileSha256(const QString &path);

} // namespace Jiandu
