#pragma once

#include <QString>
#include <atomic>
#include <memory>
#include <string>
#include <thread>

struct mosquitto;

namespace Jiandu::Central {

class MqttLoop;

//! Live updates for the workstations: listens to the change log's notifications (sent by
//! PostgreSQL at each commit) and publishes the log's head on the MQTT topic
//! "jiandu/sync/changed" (retained, so a workstation that connects learns it at once). A
//! burst of commits becomes one message. The message names no record: the workstations pull
//! what their scope holds through the sync API. Every instance publishes; a workstation
//! coalesces repeats.
class ChangeNotifier
{
public:
    static constexpr const char *kTopic = "jiandu/sync/changed";

    ChangeNotifier(std::string databaseUrl, QString host, int port, QString user, QString password,
                   QString instance);
    ~ChangeNotifier();
    void start();

private:
    void run();

    std::string m_databaseUrl;
    QString m_host;
    int m_port;
    QString m_instance;
    mosquitto *m_client = nullptr;
    std::unique_ptr<MqttLoop> m_loop;
    std::thread m_thread;
    std::atomic<bool> m_stopping = false;
    std::atomic<int> m_connections = 0; //!< connections to the broker so far
};

} // namespace Jiandu::Central
