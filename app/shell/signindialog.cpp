#include "signindialog.h"

#include "centralsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

SignInDialog::SignInDialog(const LocalCache &cache, const QUrl &server,
                           const QByteArray &pinnedSha256, int offlineDays, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_pin(pinnedSha256)
    , m_offlineDays(offlineDays)
    , m_signIn(cache)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_working(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in"));
    auto *intro = new QLabel(
        tr("Sign in with your account of the central service (%1). Without a network, an "
           "account confirmed on this workstation in the last %n days signs in from the local "
           "cache.",
           nullptr, offlineDays)
            .arg(server.host()),
        this);
    intro->setWordWrap(true);
    m_user->setObjectName(u"signInUser"_s);
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    m_working->setRange(0, 0);
    m_working->setTextVisible(true);
    m_working->setFormat(tr("Signing in…"));
    m_working->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_working);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    m_user->setFocus();
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<CentralSession> SignInDialog::takeSession()
{
    return std::move(m_session);
}

void SignInDialog::setWorking(bool working)
{
    m_user->setEnabled(!working);
    m_password->setEnabled(!working);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!working);
    m_working->setVisible(working);
    if (working)
        m_error->hide();
}

void SignInDialog::accept()
{
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    if (user.isEmpty() || password.isEmpty()) {
        m_error->setText(tr("Enter your user name and password."));
        m_error->show();
        (user.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setWorking(true);
    const Sync::CentralAccount account{m_server, m_pin, user, password};
    m_signIn.signIn(
        account, m_offlineDays, [this, account](Result<Sync::CentralSignIn::Outcome> outcome) {
            setWorking(false);
            if (!outcome) {
                m_error->setText(outcome.error().message);
                m_error->show();
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_offlineReason = outcome->offlineReason;
            m_session = std::make_unique<CentralSession>(account, outcome->info, outcome->online);
            QDialog::accept();
        });
}

} // namespace Jiandu
