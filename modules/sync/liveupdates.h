#pragma once

#include "syncexport.h"

#include <QObject>
#include <QString>
#include <memory>

namespace Jiandu {
class MqttConnection;
}

namespace Jiandu::Sync {

//! The central service's announcements that its change log moved on, through the MQTT broker
//! (topic "jiandu/sync/changed", the log's head): the sync pulls at once instead of at its
//! next round. The announcement names no record, so the broker needs no rules about who may
//! see what; the pull decides that. The client reconnects by itself; while the broker is
//! away the rounds go on as before.
class JIANDU_SYNC_EXPORT LiveUpdates : public QObject
{
    Q_OBJECT

public:
    //! \a broker: "host:port" (port 1883 if left out).
    explicit LiveUpdates(const QString &broker, QObject *parent = nullptr);
    ~LiveUpdates() override;

    bool isConnected() const;
    const QString &broker() const { return m_broker; }

signals:
    //! The log's newest number is \a head (on this object's thread).
    void changed(qint64 head);
    void connectedChanged(bool connected);

private:
    QString m_broker;
    std::unique_ptr<MqttConnection> m_connection;
};

} // namespace Jiandu::Sync
