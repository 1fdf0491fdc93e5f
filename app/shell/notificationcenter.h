#pragma once

#include <QList>
#include <QObject>
#include <moduleapi/ishell.h>

namespace Jiandu {

struct Notification
{
    Severity severity = Severity::Invalid;
    QString title;
    QString message;
    qint64 timeMs = 0;
};

//! Everything the shell and modules told the operator in this session, newest last.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    explicit NotificationCenter(QObject *parent = nullptr);
    void post(const Notification &notification);
    const QList<Notification> &notifications() const { return m_notifications; }

signals:
    void posted(const Jiandu::Notification &notification);

private:
    QList<Notification> m_notifications;
};

} // namespace Jiandu
