#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace Jiandu::Sync {

//! Who signs in to the central service, and where it is.
struct CentralAccount
{
    QUrl server;
    QByteArray pinnedSha256; //!< SHA-256 of the server certificate (DER), if pinned
    QString user;
    QString password;
};

//! The account as the central service knows it.
struct AccountInfo
{
    QString user;
    QString role; //!< operator, legal, unit_officer, leader, admin
    QString unit; //!< the unit's code
};

//! The operator's central-service account for this session, once signed in (published by
//! the shell through IShell::addService; absent on a standalone site). The sync signs in
//! with it. Header only.
class ICentralAccount
{
public:
    virtual ~ICentralAccount() = default;
    virtual CentralAccount centralAccount() const = 0;
    virtual AccountInfo accountInfo() const = 0;
    //! Whether the central service confirmed the account at sign-in (else: offline, from the
    //! verifier kept in the cache).
    virtual bool confirmedOnline() const = 0;
};

} // namespace Jiandu::Sync

Q_DECLARE_INTERFACE(Jiandu::Sync::ICentralAccount, "org.jiandu.Sync.CentralAccount/1")
