#include "jsonwebtoken.h"

#include <QJsonDocument>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), digest,
         &length);
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString JsonWebToken::issue(QJsonObject claims, const QByteArray &secret)
{
    const QByteArray header =
        QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}})
            .toJson(QJsonDocument::Compact)
            .toBase64(kBase64Url);
    const QByteArray payload =
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray signingInput = header + '.' + payload;
    return QString::fromLatin1(signingInput + '.' +
                               hmacSha256(secret, signingInput).toBase64(kBase64Url));
}

JsonWebToken::Verified JsonWebToken::verify(const QString &token, const QByteArray &secret,
                                            qint64 nowSeconds)
{
    Verified result;
    if (token.size() > 4096)
        return result;
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return result;
    const auto header = decodePart(parts[0]);
    const auto claims = decodePart(parts[1]);
    if (!header || !claims || header->value(u"alg"_s).toString() != "HS256"_L1)
        return result;
    const QByteArray expected = hmacSha256(secret, parts[0] + '.' + parts[1]).toBase64(kBase64Url);
    if (expected.size() != parts[2].size() ||
        CRYPTO_memcmp(expected.constData(), parts[2].constData(), size_t(expected.size())) != 0) {
        result.check = Check::BadSignature;
        return result;
    }
    result.claims = *claims;
    const QJsonValue exp = claims->value(u"exp"_s);
    if (!exp.isDouble()) {
        result.check = Check::Malformed;
        return result;
    }
    result.check = qint64(exp.toDouble()) <= nowSeconds ? Check::Expired : Check::Valid;
    return result;
}

} // namespace Jiandu::Central
