#include "sealedfile.h"

#include "localcache.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QtEndian>
#include <core/filehash.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr char kMagic[8] = {'J', 'D', 'S', 'E', 'A', 'L', '0', '1'};
constexpr int kSaltBytes = 16;
constexpr int kTagBytes = 16;
constexpr qsizetype kChunkBytes = 1 << 20;

QByteArray fileKey(const QByteArray &secret, const QByteArray &salt)
{
    return QMessageAuthenticationCode::hash(salt, secret, QCryptographicHash::Sha256);
}

// Nonce: the chunk's index (unique per key: every file has its own key). AAD: the index and
// whether it is the last chunk.
void nonceAndAad(quint64 index, bool last, unsigned char nonce[12], unsigned char aad[9])
{
    std::memset(nonce, 0, 12);
    qToLittleEndian(index, nonce + 4);
    qToLittleEndian(index, aad);
    aad[8] = last ? 1 : 0;
}

bool crypt(bool encrypt, const QByteArray &key, quint64 index, bool last, QByteArrayView in,
           QByteArray *out, unsigned char tag[kTagBytes])
{
    unsigned char nonce[12];
    unsigned char aad[9];
    nonceAndAad(index, last, nonce, aad);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    int length = 0;
    out->resize(in.size());
    auto *o = reinterpret_cast<unsigned char *>(out->data());
    const auto *i = reinterpret_cast<const unsigned char *>(in.data());
    if (!ctx ||
        EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, k, nonce, encrypt ? 1 : 0) != 1 ||
        EVP_CipherUpdate(ctx.get(), nullptr, &length, aad, sizeof aad) != 1 ||
        (in.size() > 0 && EVP_CipherUpdate(ctx.get(), o, &length, i, int(in.size())) != 1))
        return false;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) != 1)
        return false;
    int tail = 0;
    if (EVP_CipherFinal_ex(ctx.get(), o + length, &tail) != 1)
        return false;
    return !encrypt || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) == 1;
}

} // namespace

Result<QByteArray> SealedFile::secret(QSqlDatabase db)
{
    return LocalCache::secret(std::move(db), QString::fromLatin1(kPurpose));
}

struct SealedFile::Writer::Private
{
    std::unique_ptr<QSaveFile> file;
    QByteArray key;
    QByteArray pending;
    quint64 index = 0;
};

SealedFile::Writer::Writer()
    : d(std::make_unique<Private>())
{}

SealedFile::Writer::~Writer() = default;

Result<void> SealedFile::Writer::open(const QString &path, const QByteArray &secret)
{
    d->file = std::make_unique<QSaveFile>(path);
    if (secret.size() < 32 || !d->file->open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(path, d->file->errorString()), {}};
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return Error{tr("The file cannot be encrypted."), u"no random bytes"_s};
    d->key = fileKey(secret, salt);
    if (d->file->write(kMagic, sizeof kMagic) != sizeof kMagic ||
        d->file->write(salt) != kSaltBytes)
        return Error{tr("%1 cannot be written: %2").arg(path, d->file->errorString()), {}};
    return {};
}

Result<void> SealedFile::Writer::write(QByteArrayView data)
{
    d->pending.append(data);
    while (d->pending.size() > kChunkBytes) {
        // Sealed as "not the last" only when more is known to follow.
        QByteArray sealed;
        unsigned char tag[kTagBytes];
        const QByteArrayView chunk = QByteArrayView(d->pending).first(kChunkBytes);
        if (!crypt(true, d->key, d->index++, false, chunk, &sealed, tag))
            return Error{tr("The file cannot be encrypted."), {}};
        uchar length[4];
        qToLittleEndian(quint32(chunk.size()), length);
        if (d->file->write(reinterpret_cast<const char *>(length), 4) != 4 ||
            d->file->write(sealed) != sealed.size() ||
            d->file->write(reinterpret_cast<const char *>(tag), kTagBytes) != kTagBytes)
            return Error{
                tr("%1 cannot be written: %2").arg(d->file->fileName(), d->file->errorString()),
                {}};
        d->pending.remove(0, kChunkBytes);
    }
    return {};
}

Result<void> SealedFile::Writer::finish()
{
    QByteArray sealed;
    unsigned char tag[kTagBytes];
    if (!crypt(true, d->key, d->index++, true, d->pending, &sealed, tag))
        return Error{tr("The file cannot be encrypted."), {}};
    uchar length[4];
    qToLittleEndian(quint32(d->pending.size()), length);
    const bool written =
        d->file->write(reinterpret_cast<const char *>(length), 4) == 4 &&
        d->file->write(sealed) == sealed.size() &&
        d->file->write(reinterpret_cast<const char *>(tag), kTagBytes) == kTagBytes &&
        d->file->commit();
    d->pending.clear();
    if (!written)
        return Error{
            tr("%1 cannot be written: %2").arg(d->file->fileName(), d->file->errorString()), {}};
    return {};
}

bool SealedFile::isSealed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(sizeof kMagic) == QByteArray(kMagic, 8);
}

Result<void> SealedFile::read(const QString &path, const QByteArray &secret,
                              const std::function<bool(QByteArrayView)> &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
    const QByteArray head = file.read(sizeof kMagic);
    const auto damaged = [&] {
        return Error{tr("%1 was changed or is incomplete: it cannot be decrypted.").arg(path), {}};
    };
    if (head != QByteArray(kMagic, 8)) { // a plain file
        if (!head.isEmpty() && !sink(head))
            return Error{{}, {}, u"cancelled"_s};
        while (!file.atEnd()) {
            const QByteArray data = file.read(kChunkBytes);
            if (file.error() != QFileDevice::NoError)
                return Error{tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
            if (!sink(data))
                return Error{{}, {}, u"cancelled"_s};
        }
        return {};
    }
    const QByteArray salt = file.read(kSaltBytes);
    if (salt.size() != kSaltBytes || secret.size() < 32)
        return damaged();
    const QByteArray key = fileKey(secret, salt);
    for (quint64 index = 0;; ++index) {
        const QByteArray lengthBytes = file.read(4);
        if (lengthBytes.size() != 4)
            return damaged(); // ended before its last chunk: truncated
        const quint32 length = qFromLittleEndian<quint32>(lengthBytes.constData());
        if (length > kChunkBytes)
            return damaged();
        const QByteArray sealed = file.read(length);
        QByteArray tag = file.read(kTagBytes);
        if (sealed.size() != qsizetype(length) || tag.size() != kTagBytes)
            return damaged();
        const bool last = file.atEnd();
        QByteArray plain;
        if (!crypt(false, key, index, last, sealed, &plain,
                   reinterpret_cast<unsigned char *>(tag.data())))
            return damaged();
        if (!plain.isEmpty() && !sink(plain))
            return Error{{}, {}, u"cancelled"_s};
        if (last)
            return {};
    }
}

QString SealedFile::plainSha256(const QString &path, const QByteArray &secret)
{
    Sha256 hash;
    const auto read = SealedFile::read(path, secret, [&hash](QByteArrayView data) {
        hash.addData(data);
        return true;
    });
    return read ? hash.hexResult() : QString();
}

Result<QString> SealedFile::sealCopy(const QString &from, const QString &to,
                                     const QByteArray &secret)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(from, in.errorString()), {}};
    Writer writer;
    if (auto opened = writer.open(to, secret); !opened)
        return opened.error();
    Sha256 hash;
    while (!in.atEnd()) {
        const QByteArray data = in.read(kChunkBytes);
        if (in.error() != QFileDevice::NoError)
            return Error{tr("%1 cannot be read: %2").arg(from, in.errorString()), {}};
        hash.addData(data);
        if (auto written = writer.write(data); !written)
            return written.error();
    }
    if (auto finished = writer.finish(); !finished)
        return finished.error();
    return hash.hexResult();
}

Result<QString> SealedFile::plainCopy(const QString &path, const QString &to,
                                      const QByteArray &secret)
{
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(to, out.errorString()), {}};
    bool written = true;
    Sha256 hash;
    if (auto read = SealedFile::read(path, secret,
                                     [&](QByteArrayView data) {
                                         hash.addData(data);
                                         written =
                                             out.write(data.data(), data.size()) == data.size();
                                         return written;
                                     });
        !read && written)
        return read.error();
    if (!written || !out.commit())
        return Error{tr("%1 cannot be written: %2").arg(to, out.errorString()), {}};
    return hash.hexResult();
}

} // namespace Jiandu
