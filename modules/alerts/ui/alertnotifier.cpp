#include "alertnotifier.h"

#include "../alertservice.h"
#include "../alertsettings.h"
#include "alertpresentation.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
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
    connect(&m_service, &AlertService::alertsEscalated, this, &AlertNotifier::escalated);
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
        if (minimum != Tier::Invalid && a.tier >= minimum && !a.suppressedAt(m_service.nowMs()))
            loud.append(a);
    }
    // The shell's notifications list and log every alert in a line. A supervision alarm is
    // news about the site, not a fault of the client: it is listed as information (no error
    // box, not counted among the client's warnings and errors); the alert popup below is
    // its one presentation.
    if (alerts.size() <= 3) {
        for (const AlertRecord &a : alerts)
            m_service.shell().notify(Severity::Information, AlertPresentation::tierName(a.tier),
                                     headline(a));
    } else {
        m_service.shell().notify(Severity::Information,
                                 tr("%n new alert(s)", nullptr, int(alerts.size())),
                                 headline(alerts.constFirst()));
    }
    if (loud.isEmpty())
        return;
    showPopup(loud);
    if (AlertSettings::sound.value(settings))
        playSound();
    // A desktop notification only while no Jiandu window is in front: otherwise it would be
    // a second presentation of the same alarm, over the inbox.
    if (AlertSettings::desktop.value(settings) && !QApplication::activeWindow() &&
        QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Jiandu: %n alert(s)", nullptr, int(loud.size())),
                            headline(loud.constFirst()), QSystemTrayIcon::Warning, 10000);
    }
}

void AlertNotifier::escalated(const QList<AlertRecord> &alerts)
{
    const int minutes = AlertSettings::escalateAfterMinutes.value(m_service.shell().settings());
    for (const AlertRecord &a : alerts)
        m_service.shell().notify(
            Severity::Information, tr("Alarm escalated to the leaders"),
            tr("%1 (not acknowledged within %n minute(s))", nullptr, minutes).arg(headline(a)));
    if (m_service.actor().role != ProblemRole::Leader)
        return;
    showPopup(alerts, tr("Escalated: not acknowledged within %n minute(s)", nullptr, minutes));
    if (AlertSettings::sound.value(m_service.shell().settings()))
        playSound();
}

QString AlertNotifier::headline(const AlertRecord &alert) const
{
    const Rule *rule = m_service.rules().find(alert.ruleId);
    return AlertPresentation::headline(rule ? rule->name : alert.ruleId, alert.subjectJson);
}

QListWidgetItem *AlertNotifier::chosenItem() const
{
    if (!m_list)
        return nullptr;
    return m_list->currentItem() ? m_list->currentItem() : m_list->item(0);
}

void AlertNotifier::updateButtons()
{
    QListWidgetItem *item = chosenItem();
    m_acknowledge->setEnabled(item != nullptr);
    m_watch->setEnabled(item && !item->data(Qt::UserRole + 1).toString().isEmpty() &&
                        m_service.shell().canOpen(u"camera"_s));
}

void AlertNotifier::acknowledgeChosen()
{
    QListWidgetItem *item = chosenItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    // One click, as on a pager: the note can be added in the inbox. The item leaves at once
    // (a second click cannot acknowledge it twice) and comes back if it was refused.
    QListWidgetItem *taken = m_list->takeItem(m_list->row(item));
    m_service.acknowledge({id}, {}, this, [this, taken](Result<void> done) {
        if (done) {
            delete taken;
            return;
        }
        m_list->insertItem(0, taken);
        m_popup->show();
        m_header->setText(done.error().message);
        updateButtons();
    });
    if (m_list->count() == 0) {
        m_popup->hide();
        return;
    }
    m_header->setText(tr("%n alert(s) to acknowledge", nullptr, m_list->count()));
    updateButtons();
}

void AlertNotifier::watchChosen()
{
    if (QListWidgetItem *item = chosenItem())
        m_service.shell().openObject(u"camera"_s, item->data(Qt::UserRole + 1).toString());
}

void AlertNotifier::showPopup(const QList<AlertRecord> &alerts, const QString &why)
{
    if (!m_popup) {
        auto *popup = new QWidget(nullptr, Qt::Tool | Qt::WindowStaysOnTopHint);
        popup->setObjectName(u"alertPopup"_s);
        popup->setAttribute(Qt::WA_ShowWithoutActivating);
        popup->setWindowTitle(tr("Supervision alerts"));
        m_header = new QLabel(popup);
        m_header->setAlignment(Qt::AlignCenter);
        m_header->setMinimumHeight(36);
        m_header->setWordWrap(true);
        m_list = new QListWidget(popup);
        m_list->setObjectName(u"alertPopupList"_s);
        m_list->setWordWrap(true);
        m_acknowledge = new QPushButton(tr("Acknowledge"), popup);
        m_acknowledge->setObjectName(u"popupAcknowledge"_s);
        m_acknowledge->setToolTip(tr("Acknowledge the selected alert (the first if none is)"));
        m_watch = new QPushButton(tr("Watch the room"), popup);
        m_watch->setObjectName(u"popupWatch"_s);
        auto *show = new QPushButton(tr("Show"), popup);
        show->setToolTip(tr("Open the alert in the inbox"));
        auto *later = new QPushButton(tr("Later"), popup);
        connect(m_acknowledge, &QPushButton::clicked, this, &AlertNotifier::acknowledgeChosen);
        connect(m_watch, &QPushButton::clicked, this, &AlertNotifier::watchChosen);
        connect(show, &QPushButton::clicked, this, [this] {
            if (QListWidgetItem *item = chosenItem())
                m_showAlert(item->data(Qt::UserRole).toLongLong());
            m_popup->hide();
        });
        connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_showAlert(item->data(Qt::UserRole).toLongLong());
            m_popup->hide();
        });
        connect(m_list, &QListWidget::currentItemChanged, this, &AlertNotifier::updateButtons);
        connect(later, &QPushButton::clicked, popup, &QWidget::hide);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_acknowledge);
        buttons->addWidget(m_watch);
        buttons->addStretch();
        buttons->addWidget(later);
        buttons->addWidget(show);
        auto *layout = new QVBoxLayout(popup);
        layout->addWidget(m_header);
        layout->addWidget(m_list, 1);
        layout->addLayout(buttons);
        popup->resize(480, 280);
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
            new QListWidgetItem(u"[%1] %2"_s.arg(AlertPresentation::tierName(a.tier), headline(a)));
        item->setForeground(AlertPresentation::tierColour(a.tier));
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, QJsonDocument::fromJson(a.subjectJson.toUtf8())
                                            .object()
                                            .value(u"cameraId"_s)
                                            .toString());
        item->setToolTip(a.message);
        m_list->insertItem(0, item);
        ++m_unseen;
    }
    while (m_list->count() > 50)
        delete m_list->takeItem(m_list->count() - 1);
    m_header->setText(why.isEmpty() ? tr("%n new alert(s)", nullptr, m_unseen) : why);
    const bool flash = AlertSettings::flash.value(m_service.shell().settings());
    m_header->setStyleSheet(
        u"font-size: 16px; font-weight: bold; color: white; background: #d93025;"_s);
    if (flash)
        m_flash->start();
    updateButtons();
    // Top right of the screen the operator works on: the inbox's buttons are at the bottom
    // of its detail pane, the status bar at the bottom of the window.
    QScreen *screen = QApplication::activeWindow() ? QApplication::activeWindow()->screen()
                                                   : QGuiApplication::primaryScreen();
    if (screen) {
        const QRect area = screen->availableGeometry();
        m_popup->move(area.right() - m_popup->width() - 24, area.top() + 72);
    }
    m_popup->show();
    m_popup->raise();
}

void AlertNotifier::playSound()
{
    m_chime.play();
}

} // namespace Jiandu
