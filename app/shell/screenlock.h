#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Jiandu {

//! Locks the client after a while without input: every screen is covered (nothing of the
//! cases behind it shows) and only the signed-in operator's password opens it again. While
//! locked, the client goes on working (alerts arrive, sync runs); only the screens are shut.
class ScreenLock : public QObject
{
    Q_OBJECT

public:
    //! Checks a password off the UI thread if it must; \a answer: empty if right, else why not.
    using Verify =
        std::function<void(const QString &password, std::function<void(QString why)> answer)>;

    //! Locks after \a idleMs without input (0: never); \a who is named on the lock.
    ScreenLock(int idleMs, QString who, Verify verify, QObject *parent = nullptr);
    ~ScreenLock() override;

    bool isLocked() const { return !m_covers.isEmpty(); }
    void lockNow();
    //! The cover holding the password field (tests).
    QWidget *prompt() const;

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryUnlock();
    void unlock();

    QString m_who;
    Verify m_verify;
    QTimer m_idle;
    QList<QPointer<QWidget>> m_covers;
    QPointer<QLineEdit> m_password;
    QPointer<QLabel> m_error;
    QPointer<QPushButton> m_unlock;
    int m_failures = 0;
};

} // namespace Jiandu
