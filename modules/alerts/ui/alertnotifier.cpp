#include "alertnotifier.h"

#include "../alertservice.h"
#include "../alertsettings.h"
#include "alertpresentation.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>
#include <core/settingsstore.h>
#include <media/chime.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

AlertNotifier::AlertNotifier(AlertService &service, std::function<void(qint64)> showAlert,
                             QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_showAlert(std::move(showAlert))
{
    connect(&m_service, &AlertService::alertsRaised, this, &AlertNotifier::announce);
}

AlertNotifier::~AlertNotifier()
{
    if (QCoreApplication::instance())
        delete m_popup;
}

void AlertNotifier::announce(const QList<AlertRecord> &alerts)
{
    SettingsStore &settings = m_service.shell().settings();
    const QString threshold = AlertSettings::popupTier.value(settings);
    const Tier minimum = threshold == u"guidance"  ? Tier::Guidance
                         : threshold == u"warning" ? Tier::Warning
                         : threshold == u"alarm"   ? Tier::Alarm
                                                   : Tier::Invalid; // never
    QList<AlertRecord> loud;
    for (const AlertRecord &a : alerts) {
        if (minimum != Tier::Invalid && a.tier >= minimum)
            loud.append(a);
    }
    // The shell's notifications list and log every alert in a line. A supervision alarm is
    // news about the site, not a fault of the client: it is listed as information (no error
    // box, not counted among the client's warnings and errors); the alert popup below is
    // its one presentation.
    if (alerts.size() <= 3) {
        for (const AlertRecord &a : alerts)
            m_service.shell().notify(Severity::Information, AlertPresentation::tierName(a.tier),
                                     a.message);
    } else {
        m_service.shell().notify(Severity::Information,
                                 tr("%n new alert(s)", nullptr, int(alerts.size())),
                                 alerts.constFirst().message);
    }
    if (loud.isEmpty())
        return;
    showPopup(loud);
    if (AlertSettings::sound.value(settings))
        playSound();
    if (AlertSettings::desktop.value(settings) && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Jiandu: %n alert(s)", nullptr, int(loud.size())),
                            loud.constFirst().message, QSystemTrayIcon::Warning, 10000);
    }
}

void AlertNotifier::showPopup(const QList<AlertRecord> &alerts)
{
    if (!m_popup) {
        auto *popup = new QWidget(nullptr, Qt::Tool | Qt::WindowStaysOnTopHint);
        popup->setObjectName(u"alertPopup"_s);
        popup->setAttribute(Qt::WA_ShowWithoutActivating);
        popup->setWindowTitle(tr("Supervision alerts"));
        m_header = new QLabel(popup);
        m_header->setAlignment(Qt::AlignCenter);
        m_header->setMinimumHeight(36);
        m_list = new QListWidget(popup);
        m_list->setWordWrap(true);
        auto *show = new QPushButton(tr("Show"), popup);
        auto *later = new QPushButton(tr("Later"), popup);
        connect(show, &QPushButton::clicked, this, [this] {
            QListWidgetItem *item = m_list->currentItem() ? m_list->currentItem() : m_list->item(0);
            if (item)
                m_showAlert(item->data(Qt::UserRole).toLongLong());
            m_popup->hide();
        });
        connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_showAlert(item->data(Qt::UserRole).toLongLong());
            m_popup->hide();
        });
        connect(later, &QPushButton::clicked, popup, &QWidget::hide);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(later);
        buttons->addWidget(show);
        auto *layout = new QVBoxLayout(popup);
        layout->addWidget(m_header);
        layout->addWidget(m_list, 1);
        layout->addLayout(buttons);
        popup->resize(460, 280);
        m_flash = new QTimer(popup);
        m_flash->setInterval(500);
        connect(m_flash, &QTimer::timeout, this, [this] {
            const bool on = m_flash->property("on").toBool();
            m_flash->setProperty("on", !on);
            m_header->setStyleSheet(
                u"font-size: 16px; font-weight: bold; color: white; background: %1;"_s.arg(
                    on ? u"#8e1b14"_s : u"#d93025"_s));
        });
        m_popup = popup;
        m_unseen = 0;
    }
    if (!m_popup->isVisible()) {
        m_list->clear();
        m_unseen = 0;
    }
    for (const AlertRecord &a : alerts) {
        auto *item =
            new QListWidgetItem(u"[%1] %2"_s.arg(AlertPresentation::tierName(a.tier), a.message));
        item->setForeground(AlertPresentation::tierColour(a.tier));
        item->setData(Qt::UserRole, a.id);
        m_list->insertItem(0, item);
        ++m_unseen;
    }
    while (m_list->count() > 50)
        delete m_list->takeItem(m_list->count() - 1);
    m_header->setText(tr("%n new alert(s)", nullptr, m_unseen));
    const bool flash = AlertSettings::flash.value(m_service.shell().settings());
    m_header->setStyleSheet(
        u"font-size: 16px; font-weight: bold; color: white; background: #d93025;"_s);
    if (flash)
        m_flash->start();
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect area = screen->availableGeometry();
        m_popup->move(area.right() - m_popup->width() - 24, area.bottom() - m_popup->height() - 48);
    }
    m_popup->show();
    m_popup->raise();
}

void AlertNotifier::playSound()
{
    Chime::play();
}

} // namespace Jiandu
