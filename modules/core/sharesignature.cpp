#include "sharesignature.h"

#include "filehash.h"

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

QString ShareSignature::text(const QMap<QString, QString> &parameters, const QString &secret)
{
    QString joined;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (it.key() == "sign"_L1)
            continue;
        joined += it.key() + u'=' + it.value() + u'&';
    }
    return joined + secret;
}

QString ShareSignature::compute(const QMap<QString, QString> &parameters, const QString &secret)
{
    return Sha256::hex(text(parameters, secret).toUtf8());
}

bool ShareSignature::matches(const QString &given, const QMap<QString, QString> &parameters,
                             const QString &secret)
{
    const QByteArray expected = compute(parameters, secret).toLatin1();
    const QByteArray actual = given.toLower().toLatin1();
    return actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace Jiandu
