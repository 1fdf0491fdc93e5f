#include "keywrap.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cmath>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

QByteArray deriveKey(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), int(key.size()),
                      reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

// AES-256-GCM; returns ciphertext + tag, or empty on failure.
QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plain)
{
    QByteArray out(plain.size() + kTagBytes, Qt::Uninitialized);
    auto *u = reinterpret_cast<unsigned char *>(out.data());
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int length = 0, total = 0;
    bool ok = ctx &&
              EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char *>(key.constData()),
                                 reinterpret_cast<const unsigned char *>(nonce.constData())) &&
              EVP_EncryptUpdate(ctx, u, &length,
                                reinterpret_cast<const unsigned char *>(plain.constData()),
                                int(plain.size()));
    total = length;
    ok = ok && EVP_EncryptFinal_ex(ctx, u + total, &length);
    total += length;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, u + total);
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out : QByteArray();
}

// The plaintext, or empty if the tag does not match (wrong key or altered data).
QByteArray open(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed)
{
    if (sealed.size() <= kTagBytes)
        return {};
    const int cipherBytes = int(sealed.size()) - kTagBytes;
    QByteArray out(cipherBytes, Qt::Uninitialized);
    auto *u = reinterpret_cast<unsigned char *>(out.data());
    QByteArray tag = sealed.right(kTagBytes);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    bool ok = ctx &&
              EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char *>(key.constData()),
                                 reinterpret_cast<const unsigned char *>(nonce.constData())) &&
              EVP_DecryptUpdate(ctx, u, &length,
                                reinterpret_cast<const unsigned char *>(sealed.constData()),
                                cipherBytes) &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data());
    int finalLength = 0;
    ok = ok && EVP_DecryptFinal_ex(ctx, u + length, &finalLength) > 0;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out : QByteArray();
}

} // namespace

QByteArray KeyWrap::generateDataKey()
{
    return randomBytes(kDataKeyBytes);
}

Result<QByteArray> KeyWrap::wrap(const QByteArray &dataKey, const QString &password, int iterations)
{
    if (password.isEmpty())
        return Error{tr("A password is needed to protect the cache key."), {}};
    const QByteArray salt = randomBytes(kSaltBytes);
    const QByteArray nonce = randomBytes(kNonceBytes);
    const QByteArray sealed = seal(deriveKey(password, salt, iterations), nonce, dataKey);
    if (sealed.isEmpty())
        return Error{tr("The cache key could not be protected (cryptography failure)."), {}};
    const QJsonObject json{{u"format"_s, u"jiandu-wrapped-key/1"_s},
                           {u"kdf"_s, u"pbkdf2-hmac-sha256"_s},
                           {u"iterations"_s, iterations},
                           {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                           {u"cipher"_s, u"aes-256-gcm"_s},
                           {u"nonce"_s, QString::fromLatin1(nonce.toBase64())},
                           {u"sealed"_s, QString::fromLatin1(sealed.toBase64())}};
    return QJsonDocument(json).toJson();
}

Result<QByteArray> KeyWrap::unwrap(const QByteArray &wrapped, const QString &password)
{
    const QJsonObject json = QJsonDocument::fromJson(wrapped).object();
    const double iterations = json.value(u"iterations"_s).toDouble();
    if (json.value(u"format"_s).toString() != u"jiandu-wrapped-key/1"_s ||
        !(iterations >= kMinIterations && iterations <= kMaxIterations) ||
        iterations != std::floor(iterations))
        return Error{tr("The cache key file is damaged or of an unknown format. The cache "
                        "cannot be opened: delete it and synchronise again."),
                     {}};
    const QByteArray salt = QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(json.value(u"nonce"_s).toString().toLatin1());
    const QByteArray sealed = QByteArray::fromBase64(json.value(u"sealed"_s).toString().toLatin1());
    const QByteArray dataKey = open(deriveKey(password, salt, int(iterations)), nonce, sealed);
    if (dataKey.size() != kDataKeyBytes)
        return Error{tr("The password is wrong, or the cache key file was altered."),
                     {},
                     QString::fromLatin1(KeyWrap::kWrongPassword)};
    return dataKey;
}

QString KeyWrap::sqlCipherKey(const QByteArray &dataKey)
{
    return u"x'"_s + QString::fromLatin1(dataKey.toHex().toUpper()) + u"'"_s;
}

} // namespace Jiandu
