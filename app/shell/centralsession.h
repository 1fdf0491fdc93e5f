#pragma once

#include <QObject>
#include <sync/api/icentralaccount.h>

namespace Jiandu {

//! The operator's signed-in central account for this run of the client, published to the
//! modules (the sync signs in with it). The password stays in this process's memory only, to
//! sign in again when the service's short-lived token runs out.
class CentralSession : public QObject, public Sync::ICentralAccount
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ICentralAccount)

public:
    CentralSession(Sync::CentralAccount account, Sync::AccountInfo info, bool online,
                   QObject *parent = nullptr);

    Sync::CentralAccount centralAccount() const override { return m_account; }
    Sync::AccountInfo accountInfo() const override { return m_info; }
    bool confirmedOnline() const override { return m_online; }
    //! The password typed to unlock the screen is this session's.
    bool matches(const QString &password) const;

private:
    Sync::CentralAccount m_account;
    Sync::AccountInfo m_info;
    bool m_online;
};

} // namespace Jiandu
