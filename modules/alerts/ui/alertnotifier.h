#pragma once

#include <QObject>
#include <QPointer>
#include <core/alertrecord.h>
#include <functional>

class QLabel;
class QListWidget;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace Jiandu {

class AlertService;

//! Makes sure a new alert is not missed (seed 004 预警提醒: 高亮/闪烁/弹窗): from the tier
//! set under 设置 → 预警与闭环, a popup on top of every window with a flashing header, a
//! sound, and a desktop notification. Every alert is also in the shell's notifications.
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
    void showPopup(const QList<AlertRecord> &alerts);
    void playSound();

    AlertService &m_service;
    std::function<void(qint64)> m_showAlert;
    QPointer<QWidget> m_popup;
    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
    QTimer *m_flash = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_unseen = 0;
};

} // namespace Jiandu
