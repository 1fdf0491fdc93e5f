#include "liveupdates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <mqtt/mqttconnection.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

LiveUpdates::LiveUpdates(const QString &broker, QObject *parent)
    : QObject(parent)
    , m_broker(broker)
{
    // The message is read on the connection's thread and handed over to this object's.
    m_connection = std::make_unique<MqttConnection>(
        broker, "jiandu-ws", "jiandu/sync/changed", 1, [this](const QByteArray &payload) {
            const qint64 head =
                qint64(QJsonDocument::fromJson(payload).object().value(u"head"_s).toDouble(-1));
            if (head >= 0)
                QMetaObject::invokeMethod(
                    this, [this, head] { emit changed(head); }, Qt::QueuedConnection);
        });
    connect(m_connection.get(), &MqttConnection::connectedChanged, this,
            &LiveUpdates::connectedChanged);
    m_connection->start();
}

LiveUpdates::~LiveUpdates()
{
    m_connection.reset(); // its thread stopped first
}

bool LiveUpdates::isConnected() const
{
    return m_connection->isConnected();
}

} // namespace Jiandu::Sync
