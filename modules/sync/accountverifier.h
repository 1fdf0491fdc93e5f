#pragma once

#include "api/icentralaccount.h"
#include "syncexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu::Sync {

//! Offline sign-in on a laptop: after each sign-in the central service confirmed, the account
//! (role, unit) and a verifier of its password (PBKDF2-HMAC-SHA256, salted, many rounds; never
//! the password) are kept in the encrypted cache. Without the network, the same password
//! opens the session for a limited number of days after the last confirmation; an account the
//! service refuses (disabled, password changed) is forgotten at once. Slow on purpose (about
//! a tenth of a second): call it off the UI thread.
class JIANDU_SYNC_EXPORT AccountVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Sync::AccountVerifier)

public:
    static constexpr int kIterations = 120000;

    explicit AccountVerifier(QSqlDatabase db);

    //! The service confirmed \a info with \a password at \a nowMs.
    Result<void> remember(const QString &server, const QString &password, const AccountInfo &info,
                          qint64 nowMs);
    //! The account \a user of \a server if \a password is its and it was confirmed online
    //! within \a maxAgeDays; else why not (Error::code "unknown", "refused", "expired").
    Result<AccountInfo> verify(const QString &server, const QString &user, const QString &password,
                               qint64 nowMs, int maxAgeDays);
    Result<void> forget(const QString &server, const QString &user);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu::Sync
