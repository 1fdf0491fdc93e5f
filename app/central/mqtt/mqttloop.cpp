#include "mqttloop.h"

#include <chrono>
#include <mosquitto.h>

namespace Jiandu::Central {

MqttLoop::MqttLoop(mosquitto *client, QString host, int port)
    : m_client(client)
    , m_host(host.toUtf8())
    , m_port(port)
{}

MqttLoop::~MqttLoop()
{
    stop();
}

bool MqttLoop::connectOnce()
{
    if (mosquitto_connect_async(m_client, m_host.constData(), m_port, 30) != MOSQ_ERR_SUCCESS)
        return false;
    m_looping = mosquitto_loop_start(m_client) == MOSQ_ERR_SUCCESS;
    return m_looping;
}

void MqttLoop::start()
{
    if (connectOnce())
        return;
    m_retrier = std::thread([this] {
        std::chrono::milliseconds pause(1000);
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, pause, [this] { return m_stopping; })) {
            if (connectOnce())
                return;
            pause = std::min(pause * 2, std::chrono::milliseconds(10000));
        }
    });
}

void MqttLoop::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_retrier.joinable())
        m_retrier.join();
    mosquitto_disconnect(m_client);
    if (m_looping.exchange(false))
        mosquitto_loop_stop(m_client, false);
}

} // namespace Jiandu::Central
