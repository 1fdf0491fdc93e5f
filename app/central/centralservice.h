#pragma once

#include "accounts/accountsapi.h"
#include "config/centralconfig.h"
#include "db/connectionpool.h"
#include "engine/centralengine.h"
#include "http/httpserver.h"
#include "http/ratelimiter.h"
#include "intake/eventintake.h"
#include "intake/mqttintake.h"
#include "share/shareapi.h"
#include "sync/changenotifier.h"
#include "sync/sharedfiles.h"
#include "sync/syncapi.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace Jiandu::Central {

//! One jiandu-central instance: the routes of its API over a pool of database connections.
//! It keeps nothing a request needs from another, so any number run side by side behind a
//! balancer.
class CentralService
{
public:
    //! With \a rules, the instance may evaluate them (config "engine = on").
    CentralService(const CentralConfig &config, RuleSet rules);
    ~CentralService();

    //! Starts the rule engine's thread (when the configuration lets it evaluate).
    void start();

    HttpResponse handle(const HttpRequest &request);
    //! What can be answered at once on the connection's own thread, without waiting for a
    //! worker or the database: /api/health, from what the prober last saw (so a balancer's
    //! check is answered in microseconds however busy the instance is).
    std::optional<HttpResponse> immediate(const HttpRequest &request);

private:
    HttpResponse intake(const HttpRequest &request);

    const CentralConfig &m_config;
    ConnectionPool m_pool;
    RateLimiter m_limiter;
    ShareApi m_share;
    EventIntake m_intake;
    AccountsApi m_accounts;
    SyncApi m_sync;
    SharedFiles m_files;
    std::unique_ptr<CentralEngine> m_engine;
    std::unique_ptr<MqttIntake> m_mqtt;
    std::unique_ptr<ChangeNotifier> m_notifier;
    //! The database as a connection of its own sees it, every half second.
    void probe();
    std::thread m_prober;
    std::atomic<bool> m_stopping = false;
    std::atomic<int> m_schema = -1; // -1: the database cannot be reached
    std::mutex m_probeMutex;
    std::condition_variable m_probeWake;
};

} // namespace Jiandu::Central
