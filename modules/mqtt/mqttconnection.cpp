#include "mqttconnection.h"

#include <QUuid>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

MqttConnection::MqttConnection(const QString &broker, const QByteArray &clientPrefix,
                               const QByteArray &topic, int qos, MessageHandler onMessage,
                               QObject *parent)
    : QObject(parent)
    , m_broker(broker)
    , m_topic(topic)
    , m_qos(qos)
    , m_handler(std::move(onMessage))
{
    static const bool initialised = mosquitto_lib_init() == MOSQ_ERR_SUCCESS;
    Q_UNUSED(initialised);
    m_host = broker.section(u':', 0, 0).toUtf8();
    bool ok = false;
    const int port = broker.section(u':', 1, 1).toInt(&ok);
    if (ok && port > 0 && port <= 65535)
        m_port = port;
    const QByteArray id =
        clientPrefix + '-' + QUuid::createUuid().toString(QUuid::Id128).left(16).toLatin1();
    m_client = mosquitto_new(id.constData(), true, this);
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_client, &MqttConnection::onConnect);
    mosquitto_disconnect_callback_set(m_client, &MqttConnection::onDisconnect);
    mosquitto_message_callback_set(m_client, &MqttConnection::onMessage);
    mosquitto_reconnect_delay_set(m_client, 1, 10, true);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &MqttConnection::tryConnect);
}

MqttConnection::~MqttConnection()
{
    m_retry.stop();
    // Disconnected first, the loop ends by itself: no need to cancel its thread mid-callback.
    mosquitto_disconnect(m_client);
    if (m_looping)
        mosquitto_loop_stop(m_client, false);
    mosquitto_destroy(m_client);
}

void MqttConnection::start()
{
    tryConnect();
}

void MqttConnection::tryConnect()
{
    // A refused first connection is not retried by the library's loop: it is here, until the
    // loop runs; from then on the loop reconnects by itself.
    if (mosquitto_connect_async(m_client, m_host.constData(), m_port, 30) != MOSQ_ERR_SUCCESS) {
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, 10000);
        return;
    }
    if (!m_looping)
        m_looping = mosquitto_loop_start(m_client) == MOSQ_ERR_SUCCESS;
}

// The callbacks run on the library's thread.
void MqttConnection::onConnect(mosquitto *client, void *self, int result)
{
    auto *connection = static_cast<MqttConnection *>(self);
    if (result != 0)
        return;
    mosquitto_subscribe(client, nullptr, connection->m_topic.constData(), connection->m_qos);
    QMetaObject::invokeMethod(
        connection,
        [connection] {
            connection->m_connected = true;
            emit connection->connectedChanged(true);
        },
        Qt::QueuedConnection);
}

void MqttConnection::onDisconnect(mosquitto *, void *self, int)
{
    auto *connection = static_cast<MqttConnection *>(self);
    QMetaObject::invokeMethod(
        connection,
        [connection] {
            if (!std::exchange(connection->m_connected, false))
                return;
            emit connection->connectedChanged(false);
        },
        Qt::QueuedConnection);
}

void MqttConnection::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    auto *connection = static_cast<MqttConnection *>(self);
    if (message->payloadlen < 0)
        return;
    connection->m_handler(
        QByteArray(static_cast<const char *>(message->payload), qsizetype(message->payloadlen)));
}

} // namespace Jiandu
