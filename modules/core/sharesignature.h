#pragma once

#include "coreexport.h"

#include <QMap>
#include <QString>

namespace Jiandu {

//! The share API's digital signature (seed 004, 数字签名): the request's parameters but the
//! signature itself, sorted by name, joined "name=value" with "&", then "&" and the secret,
//! hashed with SHA-256, lower-case hex. The seed's example: key=test1,
//! timestamp=20220822153600, secret test9527 →
//! c9d6bfa35e612497ed6f9b88fcf2f1becf7d13ae57a4a667c4a1ce143f38957f.
struct JIANDU_CORE_EXPORT ShareSignature
{
    static QString text(const QMap<QString, QString> &parameters, const QString &secret);
    static QString compute(const QMap<QString, QString> &parameters, const QString &secret);
    //! \a given matches (hex, either case), compared in constant time.
    static bool matches(const QString &given, const QMap<QString, QString> &parameters,
                        const QString &secret);
};

} // namespace Jiandu
