#include "cacheunlock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <core/incidentjson.h>
#include <storage/incidentrepository.h>
#include <storage/keywrap.h>
#include <storage/localcache.h>

Q_LOGGING_CATEGORY(lcCacheUnlock, "jiandu.shell.cache", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Jiandu {

QString CacheUnlock::demoPassword()
{
    return u"jiandu-demo"_s;
}

Result<std::unique_ptr<LocalCache>> CacheUnlock::openDemo(const QString &cacheDirectory)
{
    if (LocalCache::exists(cacheDirectory))
        return LocalCache::open(cacheDirectory, demoPassword());
    auto cache = LocalCache::create(cacheDirectory, demoPassword());
    if (!cache)
        return cache.error();
    QFile file(u":/demo/incidents.json"_s);
    file.open(QIODevice::ReadOnly);
    QList<Incident> incidents;
    for (const QJsonValue &record : QJsonDocument::fromJson(file.readAll())[u"jq"_s].toArray()) {
        if (auto incident = IncidentJson::fromShareApi(record.toObject()))
            incidents.append(*incident);
    }
    if (auto stored = IncidentRepository((*cache)->database().connection()).upsert(incidents);
        !stored)
        return stored.error();
    qCInfo(lcCacheUnlock) << "demo cache created with" << incidents.size() << "incidents";
    return cache;
}

CacheUnlockDialog::CacheUnlockDialog(const QString &cacheDirectory, QWidget *parent)
    : QDialog(parent)
    , m_directory(cacheDirectory)
    , m_intro(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_confirmLabel(new QLabel(tr("Repeat password:"), this))
    , m_error(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear the local cache…"), this))
    , m_working(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"cacheUnlockDialog"_s);
    setWindowTitle(tr("Unlock the local cache"));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Repeat password"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    m_clear->hide();
    connect(m_clear, &QPushButton::clicked, this, &CacheUnlockDialog::clearCache);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CacheUnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CacheUnlockDialog::reject);
    // The key derivation takes a moment by design; the dialog stays responsive meanwhile.
    m_working->setRange(0, 0);
    m_working->setTextVisible(true);
    m_working->setFormat(tr("Checking the password…"));
    m_working->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_confirmLabel, m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_clear, 0, Qt::AlignLeft);
    layout->addWidget(m_working);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    setCreating(!LocalCache::exists(cacheDirectory));
}

CacheUnlockDialog::~CacheUnlockDialog() = default;

void CacheUnlockDialog::setCreating(bool creating)
{
    m_creating = creating;
    m_intro->setText(creating
                         ? tr("This computer has no local cache yet. Choose a password for it: the "
                              "cache is encrypted, and without this password it cannot be read.")
                         : tr("Enter the password of this computer's local cache (%1).")
                               .arg(QDir::toNativeSeparators(m_directory)));
    m_confirm->setVisible(creating);
    m_confirmLabel->setVisible(creating);
    m_clear->hide();
    m_password->clear();
    m_confirm->clear();
    m_password->setFocus();
}

void CacheUnlockDialog::accept()
{
    const QString password = m_password->text();
    const auto show = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
    };
    if (password.isEmpty())
        return show(tr("Enter a password."));
    if (m_creating) {
        if (password.size() < 8)
            return show(tr("Use at least 8 characters."));
        if (m_confirm->text() != password)
            return show(tr("The two passwords differ."));
    }
    // PBKDF2 (600 000 rounds) on a worker; the database is opened back here, on the thread
    // that will use it.
    setWorking(true);
    QPointer<CacheUnlockDialog> self = this;
    QThreadPool::globalInstance()->start(
        [self, creating = m_creating, directory = m_directory, password] {
            auto keys =
                creating ? LocalCache::newKeys(password) : LocalCache::unlock(directory, password);
            QMetaObject::invokeMethod(
                qApp,
                [self, keys = std::move(keys)] {
                    if (self)
                        self->keysReady(keys);
                },
                Qt::QueuedConnection);
        });
}

void CacheUnlock::checkPassword(const QString &directory, const QString &password, QObject *context,
                                std::function<void(QString why)> answer)
{
    QPointer<QObject> receiver = context;
    QThreadPool::globalInstance()->start([receiver, directory, password, answer] {
        const auto keys = LocalCache::unlock(directory, password);
        const QString why = keys ? QString() : keys.error().message;
        QMetaObject::invokeMethod(
            qApp,
            [receiver, answer, why] {
                if (receiver)
                    answer(why);
            },
            Qt::QueuedConnection);
    });
}

void CacheUnlockDialog::setWorking(bool working)
{
    m_working->setVisible(working);
    m_password->setEnabled(!working);
    m_confirm->setEnabled(!working);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!working);
    if (working)
        m_error->hide();
}

void CacheUnlockDialog::keysReady(const Result<LocalCache::Keys> &keys)
{
    setWorking(false);
    auto cache = !keys        ? Result<std::unique_ptr<LocalCache>>(keys.error())
                 : m_creating ? LocalCache::create(m_directory, *keys)
                              : LocalCache::open(m_directory, *keys);
    if (!cache) {
        qCWarning(lcCacheUnlock).noquote() << "unlock failed:" << cache.error().text();
        m_error->setText(cache.error().message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        // A wrong password is retried; anything else will not get better by retrying.
        m_clear->setVisible(!m_creating &&
                            cache.error().code != QLatin1String(KeyWrap::kWrongPassword));
        return;
    }
    m_cache = std::move(cache).value();
    QDialog::accept();
}

void CacheUnlockDialog::clearCache()
{
    const auto answer = QMessageBox::warning(
        this, tr("Clear the local cache"),
        tr("Delete this computer's local cache? Everything in it is fetched again at the next "
           "synchronisation; cases imported for offline review must be imported again."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &name : QDir(m_directory).entryList({u"cache.*"_s}, QDir::Files))
        QFile::remove(QDir(m_directory).filePath(name));
    qCWarning(lcCacheUnlock) << "local cache cleared by the operator";
    m_error->hide();
    setCreating(true);
}

std::unique_ptr<LocalCache> CacheUnlockDialog::takeCache()
{
    return std::move(m_cache);
}

} // namespace Jiandu
