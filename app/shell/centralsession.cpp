#include "centralsession.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Jiandu {

CentralSession::CentralSession(Sync::CentralAccount account, Sync::AccountInfo info, bool online,
                               QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_info(std::move(info))
    , m_online(online)
{}

bool CentralSession::matches(const QString &password) const
{
    // Compared as keyed hashes, so the time taken says nothing about the password.
    const QByteArray key = m_account.user.toUtf8();
    return QMessageAuthenticationCode::hash(password.toUtf8(), key, QCryptographicHash::Sha256) ==
           QMessageAuthenticationCode::hash(m_account.password.toUtf8(), key,
                                            QCryptographicHash::Sha256);
}

} // namespace Jiandu
