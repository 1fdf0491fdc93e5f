#pragma once

#include <QJsonObject>
#include <QString>

namespace Jiandu::Central {

//! JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, "HS256") through OpenSSL. Only HS256
//! is accepted back: a token naming another algorithm ("none" included) is not one of ours.
class JsonWebToken
{
public:
    static QString issue(QJsonObject claims, const QByteArray &secret);

    enum class Check { Valid, Malformed, BadSignature, Expired };
    struct Verified
    {
        Check check = Check::Malformed;
        QJsonObject claims;
    };
    //! Checks \a token's signature, then its "exp" against \a nowSeconds (UTC seconds).
    static Verified verify(const QString &token, const QByteArray &secret, qint64 nowSeconds);
};

} // namespace Jiandu::Central
