#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct mosquitto;

namespace Jiandu::Central {

//! Runs the MQTT library's network loop for a client, also when the broker is not up yet:
//! the library's loop reconnects only once it has been connected — a first connection that is
//! refused ends it. So the first connection is tried here, at once and then every 1 s
//! doubling to 10 s on a thread of its own, until the broker takes it; from then on the
//! library's loop keeps the connection (and reconnects by itself).
class MqttLoop
{
public:
    MqttLoop(mosquitto *client, QString host, int port);
    ~MqttLoop();
    MqttLoop(const MqttLoop &) = delete;
    MqttLoop &operator=(const MqttLoop &) = delete;

    void start();
    //! Disconnects and stops the loop (or the tries); safe to call twice.
    void stop();

private:
    bool connectOnce();

    mosquitto *m_client;
    const QByteArray m_host;
    const int m_port;
    std::thread m_retrier;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<bool> m_looping = false;
};

} // namespace Jiandu::Central
