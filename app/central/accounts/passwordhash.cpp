#include "passwordhash.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}
} // namespace

QString PasswordHash::make(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHash::check(const QString &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString PasswordHash::weakness(const QString &password)
{
    if (password.size() < 10)
        return u"at least 10 characters"_s;
    if (password.size() > 256)
        return u"at most 256 characters"_s;
    bool letter = false, digit = false;
    for (const QChar c : password) {
        letter |= c.isLetter();
        digit |= c.isDigit();
    }
    if (!letter || !digit)
        return u"letters and digits both"_s;
    return {};
}

} // namespace Jiandu::Central
