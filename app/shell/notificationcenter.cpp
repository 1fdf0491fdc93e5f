#include "notificationcenter.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotifications, "jiandu.shell.notifications", QtInfoMsg)

namespace Jiandu {

NotificationCenter::NotificationCenter(QObject *parent)
    : QObject(parent)
{}

void NotificationCenter::post(const Notification &notification)
{
    switch (notification.severity) {
    case Severity::Critical:
        qCCritical(lcNotifications).noquote() << notification.title << "-" << notification.message;
        break;
    case Severity::Warning:
        qCWarning(lcNotifications).noquote() << notification.title << "-" << notification.message;
        break;
    case Severity::Information:
    case Severity::Invalid:
        qCInfo(lcNotifications).noquote() << notification.title << "-" << notification.message;
        break;
    }
    m_notifications.append(notification);
    emit posted(notification);
}

} // namespace Jiandu
