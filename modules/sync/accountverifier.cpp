#include "accountverifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/sqlerror.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

AccountVerifier::AccountVerifier(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> AccountVerifier::remember(const QString &server, const QString &password,
                                       const AccountInfo &info, qint64 nowMs)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO sync_account (server, user, salt, verifier, iterations,"
              " role, unit, confirmed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(server), QVariant(info.user), QVariant(salt),
                              QVariant(derive(password, salt, kIterations)), QVariant(kIterations),
                              QVariant(info.role), QVariant(info.unit), QVariant(nowMs)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The account could not be kept for offline sign-in."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<AccountInfo> AccountVerifier::verify(const QString &server, const QString &user,
                                            const QString &password, qint64 nowMs, int maxAgeDays)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT salt, verifier, iterations, role, unit, confirmed_ms FROM sync_account"
              " WHERE server = ? AND user = ?"_s);
    q.addBindValue(server);
    q.addBindValue(user);
    if (!q.exec())
        return Error{tr("The accounts kept for offline sign-in cannot be read."),
                     describeSqlError(q.lastError())};
    if (!q.next())
        return Error{tr("%1 has not signed in on this workstation while the central service was "
                        "reachable, so it cannot sign in offline. Connect to the network once.")
                         .arg(user),
                     {},
                     u"unknown"_s};
    const QByteArray salt = q.value(0).toByteArray();
    const QByteArray verifier = q.value(1).toByteArray();
    const int iterations = q.value(2).toInt();
    if (!sameBytes(derive(password, salt, iterations), verifier))
        return Error{tr("The user name or the password is wrong."), {}, u"refused"_s};
    const qint64 confirmedMs = q.value(5).toLongLong();
    // A clock set back would stretch the days allowed for ever.
    if (confirmedMs - nowMs > 10 * 60'000)
        return Error{
            tr("This computer's clock is behind the time %1 was last confirmed by the "
               "central service (%2). Set the clock right, or connect to the network "
               "to sign in.")
                .arg(user,
                     QDateTime::fromMSecsSinceEpoch(confirmedMs).toString(u"yyyy-MM-dd HH:mm"_s)),
            {},
            u"expired"_s};
    if (nowMs - confirmedMs > qint64(maxAgeDays) * 24 * 3600 * 1000)
        return Error{
            tr("%1 was last confirmed by the central service on %2, more than %n days "
               "ago: offline sign-in has expired. Connect to the network to sign in.",
               nullptr, maxAgeDays)
                .arg(user,
                     QDateTime::fromMSecsSinceEpoch(confirmedMs).toString(u"yyyy-MM-dd HH:mm"_s)),
            {},
            u"expired"_s};
    return AccountInfo{user, q.value(3).toString(), q.value(4).toString()};
}

Result<void> AccountVerifier::forget(const QString &server, const QString &user)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sync_account WHERE server = ? AND user = ?"_s);
    q.addBindValue(server);
    q.addBindValue(user);
    if (!q.exec())
        return Error{tr("The account kept for offline sign-in could not be removed."),
                     describeSqlError(q.lastError())};
    return {};
}

} // namespace Jiandu::Sync
