#include "screenlock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

} // namespace

ScreenLock::ScreenLock(int idleMs, QString who, Verify verify, QObject *parent)
    : QObject(parent)
    , m_who(std::move(who))
    , m_verify(std::move(verify))
{
    if (idleMs <= 0)
        return;
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, &ScreenLock::lockNow);
    qApp->installEventFilter(this);
    m_idle.start();
}

ScreenLock::~ScreenLock()
{
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
}

QWidget *ScreenLock::prompt() const
{
    return m_covers.isEmpty() ? nullptr : m_covers.first().data();
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()) && !isLocked())
        m_idle.start();
    // A window that opens while locked (an alarm's popup) goes under the covers.
    if (event->type() == QEvent::Show && isLocked() && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->isWindow() &&
        !m_covers.contains(static_cast<QWidget *>(watched)))
        QTimer::singleShot(0, this, [this] {
            for (const QPointer<QWidget> &cover : std::as_const(m_covers)) {
                if (cover)
                    cover->raise();
            }
            if (m_password)
                m_password->activateWindow();
        });
    return QObject::eventFilter(watched, event);
}

void ScreenLock::lockNow()
{
    if (isLocked())
        return;
    m_idle.stop();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (qsizetype i = 0; i < screens.size(); ++i) {
        auto *cover =
            new QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        cover->setObjectName(i == 0 ? u"screenLock"_s : u"screenLockCover"_s);
        cover->setAttribute(Qt::WA_DeleteOnClose, false);
        cover->setStyleSheet(u"#screenLock, #screenLockCover { background: #1f2a36; }"
                             " QLabel { color: #eceff1; }"_s);
        cover->setGeometry(screens[i]->geometry());
        if (i == 0) {
            auto *title = new QLabel(tr("Jiandu is locked"), cover);
            QFont big = title->font();
            big.setPointSizeF(big.pointSizeF() * 1.8);
            big.setBold(true);
            title->setFont(big);
            auto *who = new QLabel(
                tr("Signed in: %1. Enter the password to go on; the work behind this screen is "
                   "kept as it was.")
                    .arg(m_who),
                cover);
            who->setWordWrap(true);
            m_password = new QLineEdit(cover);
            m_password->setObjectName(u"screenLockPassword"_s);
            m_password->setEchoMode(QLineEdit::Password);
            m_password->setAccessibleName(tr("Password"));
            m_password->setMaximumWidth(360);
            m_error = new QLabel(cover);
            m_error->setStyleSheet(u"color: #ff8a80;"_s);
            m_error->setWordWrap(true);
            m_error->hide();
            m_unlock = new QPushButton(tr("Unlock"), cover);
            m_unlock->setObjectName(u"screenLockUnlock"_s);
            connect(m_unlock, &QPushButton::clicked, this, &ScreenLock::tryUnlock);
            connect(m_password, &QLineEdit::returnPressed, this, &ScreenLock::tryUnlock);
            auto *box = new QVBoxLayout;
            box->addWidget(title);
            box->addWidget(who);
            box->addWidget(m_password);
            box->addWidget(m_error);
            box->addWidget(m_unlock, 0, Qt::AlignLeft);
            auto *layout = new QVBoxLayout(cover);
            layout->addStretch(1);
            auto *row = new QHBoxLayout;
            row->addStretch(1);
            row->addLayout(box, 2);
            row->addStretch(1);
            layout->addLayout(row);
            layout->addStretch(2);
        }
        cover->setWindowModality(Qt::ApplicationModal);
        cover->show();
        cover->raise();
        m_covers.append(cover);
    }
    if (m_password) {
        m_password->activateWindow();
        m_password->setFocus();
    }
    emit lockedChanged(true);
}

void ScreenLock::tryUnlock()
{
    if (!m_password || m_password->text().isEmpty())
        return;
    m_unlock->setEnabled(false);
    m_password->setEnabled(false);
    m_error->hide();
    m_verify(m_password->text(), [self = QPointer<ScreenLock>(this)](QString why) {
        if (!self || !self->m_password)
            return;
        if (why.isEmpty()) {
            self->unlock();
            return;
        }
        // Guessing is slowed: after three wrong passwords, a pause that doubles each time.
        const int failures = ++self->m_failures;
        const int pauseMs = failures < 3 ? 0 : std::min(5000 << std::min(failures - 3, 6), 300000);
        self->m_error->setText(
            pauseMs ? why + u' ' + tr("Try again in %n seconds.", nullptr, pauseMs / 1000) : why);
        self->m_error->show();
        self->m_password->clear();
        QTimer::singleShot(pauseMs, self.data(), [self] {
            if (!self || !self->m_password)
                return;
            self->m_unlock->setEnabled(true);
            self->m_password->setEnabled(true);
            self->m_password->setFocus();
        });
    });
}

void ScreenLock::unlock()
{
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
    m_failures = 0;
    m_idle.start();
    emit lockedChanged(false);
}

} // namespace Jiandu
