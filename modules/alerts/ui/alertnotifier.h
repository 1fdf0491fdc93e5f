#pragma once

#include <QObject>
#include <QPointer>
#include <core/alertrecord.h>
#include <functional>
#include <media/chime.h>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace Jiandu {

class AlertService;

//! Makes sure a new alert is not missed (seed 004 预警提醒: 高亮/闪烁/弹窗): from the tier
//! set under 设置 → 预警与闭环, one popup on top of every window with a flashing header, a
//! sound, and a desktop notification while Jiandu is in the background. The popup is where
//! the alarm is handled: acknowledge, watch the room, show it in the inbox. It sits at the
//! top right, away from the inbox's buttons. Alarms escalated for want of an acknowledgement
//! pop up on a leader's workstation. Every alert is also in the shell's notifications.
class AlertNotifier final : public QObject
{
    Q_OBJECT

public:
    AlertNotifier(AlertService &service, std::function<void(qint64)> showAlert,
                  QObject *parent = nullptr);
    ~AlertNotifier() override;

    QWidget *popup() const { return m_popup; }

private:
    void announce(const QList<AlertRecord> &alerts);
    void showPopup(const QList<AlertRecord> &alerts, const QString &why = {});
    void escalated(const QList<AlertRecord> &alerts);
    void playSound();
    QString headline(const AlertRecord &alert) const;
    QListWidgetItem *chosenItem() const;
    void updateButtons();
    void acknowledgeChosen();
    void watchChosen();

    AlertService &m_service;
    std::function<void(qint64)> m_showAlert;
    QPointer<QWidget> m_popup;
    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_watch = nullptr;
    QTimer *m_flash = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    Chime m_chime; //!< the tone: stopped and waited for when the notifier goes
    int m_unseen = 0;
};

} // namespace Jiandu
