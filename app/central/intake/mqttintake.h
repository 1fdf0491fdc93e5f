#pragma once

#include <QString>
#include <memory>

struct mosquitto;
struct mosquitto_message;

namespace Jiandu::Central {

class EventIntake;
class MqttLoop;

//! Event intake over MQTT (Mosquitto). Upstream systems publish JSON lines, QoS 1, to
//! jiandu/events/<source>; the instances share one subscription ($share/jiandu-central/…),
//! so each message is taken by one of them. After the events are committed the instance
//! publishes the answer to jiandu/events/<source>/ack:
//!   {"stored": ["id", …], "refused": [{"line": 3, "reason": "…"}]}
//! An event is accepted once its id is in an answer; a publisher resends what was not
//! answered (ids make that safe). MQTT's own acknowledgement cannot say this: the client
//! library acknowledges a message before the service has stored it.
class MqttIntake
{
public:
    MqttIntake(EventIntake &intake, QString host, int port, QString user, QString password,
               QString instance);
    ~MqttIntake();

    void start();
    void stop();
    static constexpr const char *kSharedTopic = "$share/jiandu-central/jiandu/events/+";

private:
    static void onConnect(mosquitto *client, void *self, int result);
    static void onMessage(mosquitto *client, void *self, const mosquitto_message *message);
    void handle(const mosquitto_message *message);

    EventIntake &m_intake;
    const QString m_host;
    const int m_port;
    const QString m_user;
    const QString m_password;
    const QString m_instance;
    mosquitto *m_client = nullptr;
    std::unique_ptr<MqttLoop> m_loop;
};

} // namespace Jiandu::Central
