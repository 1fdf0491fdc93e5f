#include "liveupdates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {
constexpr char kTopic[] = "jiandu/sync/changed";
} // namespace

LiveUpdates::LiveUpdates(const QString &broker, QObject *parent)
    : QObject(parent)
    , m_broker(broker)
{
    static const bool initialised = mosquitto_lib_init() == MOSQ_ERR_SUCCESS;
    Q_UNUSED(initialised);
    const QString host = broker.section(u':', 0, 0);
    bool ok = false;
    int port = broker.section(u':', 1, 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        port = 1883;
    const QByteArray id =
        "jiandu-ws-" + QUuid::createUuid().toString(QUuid::Id128).left(16).toLatin1();
    m_client = mosquitto_new(id.constData(), true, this);
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_client, &LiveUpdates::onConnect);
    mosquitto_disconnect_callback_set(m_client, &LiveUpdates::onDisconnect);
    mosquitto_message_callback_set(m_client, &LiveUpdates::onMessage);
    mosquitto_reconnect_delay_set(m_client, 1, 30, true);
    // Asynchronous: a broker not up yet is tried again by the library's own thread.
    mosquitto_connect_async(m_client, host.toUtf8().constData(), port, 30);
    mosquitto_loop_start(m_client);
}

LiveUpdates::~LiveUpdates()
{
    // Disconnected first, the loop ends by itself: no need to cancel its thread mid-callback.
    mosquitto_disconnect(m_client);
    mosquitto_loop_stop(m_client, false);
    mosquitto_destroy(m_client);
}

// The callbacks run on the library's thread: they hand over to this object's thread.
void LiveUpdates::onConnect(mosquitto *client, void *self, int result)
{
    auto *live = static_cast<LiveUpdates *>(self);
    if (result != 0)
        return;
    mosquitto_subscribe(client, nullptr, kTopic, 1);
    QMetaObject::invokeMethod(
        live,
        [live] {
            live->m_connected = true;
            emit live->connectedChanged(true);
        },
        Qt::QueuedConnection);
}

void LiveUpdates::onDisconnect(mosquitto *, void *self, int)
{
    auto *live = static_cast<LiveUpdates *>(self);
    QMetaObject::invokeMethod(
        live,
        [live] {
            live->m_connected = false;
            emit live->connectedChanged(false);
        },
        Qt::QueuedConnection);
}

void LiveUpdates::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    const QByteArray payload(static_cast<const char *>(message->payload),
                             qsizetype(message->payloadlen));
    const qint64 head =
        qint64(QJsonDocument::fromJson(payload).object().value(u"head"_s).toDouble(-1));
    if (head < 0)
        return;
    auto *live = static_cast<LiveUpdates *>(self);
    QMetaObject::invokeMethod(
        live, [live, head] { emit live->changed(head); }, Qt::QueuedConnection);
}

} // namespace Jiandu::Sync
