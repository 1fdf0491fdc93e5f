#pragma once

#include <QDialog>
#include <memory>
#include <sync/centralsignin.h>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Jiandu {

class CentralSession;
class LocalCache;

//! Signing in with the central-service account: the service decides when it can be reached,
//! the account kept from the last confirmation when it cannot (a laptop on the road). The
//! role and unit come from the account.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const LocalCache &cache, const QUrl &server, const QByteArray &pinnedSha256,
                 int offlineDays, QWidget *parent = nullptr);
    ~SignInDialog() override;

    //! The session after the dialog was accepted.
    std::unique_ptr<CentralSession> takeSession();
    //! Why the service was not asked (empty: it confirmed the account).
    QString offlineReason() const { return m_offlineReason; }

    void accept() override;

private:
    void setWorking(bool working);

    QUrl m_server;
    QByteArray m_pin;
    int m_offlineDays;
    Sync::CentralSignIn m_signIn;
    std::unique_ptr<CentralSession> m_session;
    QString m_offlineReason;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_working;
    QDialogButtonBox *m_buttons;
};

} // namespace Jiandu
