#include "mqttpublisher.h"

#include <QString>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

mosquitto *startMqttPublisher(const std::string &broker, std::string *error)
{
    const QString address = QString::fromStdString(broker);
    const QString host = address.section(u':', 0, 0);
    bool portOk = true;
    const int port = address.contains(u':') ? address.section(u':', 1).toInt(&portOk) : 1883;
    if (host.isEmpty() || !portOk || port < 1 || port > 65535) {
        *error = "the broker is host:port, e.g. 127.0.0.1:1883";
        return nullptr;
    }
    mosquitto *client = mosquitto_new(nullptr, true, nullptr);
    if (!client) {
        *error = "out of memory";
        return nullptr;
    }
    mosquitto_reconnect_delay_set(client, 1, 10, true);
    mosquitto_connect_async(client, host.toUtf8().constData(), port, 30);
    if (mosquitto_loop_start(client) != MOSQ_ERR_SUCCESS) {
        *error = "the MQTT library's thread could not start";
        mosquitto_destroy(client);
        return nullptr;
    }
    return client;
}

void stopMqttPublisher(mosquitto *client)
{
    if (!client)
        return;
    mosquitto_disconnect(client);
    mosquitto_loop_stop(client, true);
    mosquitto_destroy(client);
}

} // namespace Jiandu
