#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <core/result.h>
#include <functional>
#include <memory>
#include <storage/localcache.h>

class QCheckBox;
class QDialogButtonBox;
class QProgressBar;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Jiandu {

class LocalCache;

//! Opening the workstation's encrypted cache at login.
class CacheUnlock
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CacheUnlock)

public:
    //! The demo's cache (fixed demo password, sample data only), created and filled with the
    //! demo site's incidents on first use.
    static Result<std::unique_ptr<LocalCache>> openDemo(const QString &cacheDirectory);
    static QString demoPassword();
    //! Whether \a password opens the cache in \a directory, found off the UI thread (the key
    //! derivation is slow by design); \a answer on \a context's thread: empty if it does,
    //! else why not.
    static void checkPassword(const QString &directory, const QString &password, QObject *context,
                              std::function<void(QString why)> answer);
};

//! Asks the operator for the cache password, or for a new one when there is no cache yet.
//! A damaged or keyless cache can be cleared here (it is filled again by sync).
class CacheUnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CacheUnlockDialog(const QString &cacheDirectory, QWidget *parent = nullptr);
    ~CacheUnlockDialog() override;
    //! The unlocked cache after the dialog was accepted.
    std::unique_ptr<LocalCache> takeCache();

    void accept() override;

private:
    void setCreating(bool creating);
    void clearCache();
    void setWorking(bool working);
    //! The keys arrived from the key derivation (run off the UI thread).
    void keysReady(const Result<LocalCache::Keys> &keys);

    QString m_directory;
    bool m_creating = false;
    std::unique_ptr<LocalCache> m_cache;
    QLabel *m_intro;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_confirmLabel;
    QLabel *m_error;
    QPushButton *m_clear;
    QProgressBar *m_working;
    QDialogButtonBox *m_buttons;
};

} // namespace Jiandu
