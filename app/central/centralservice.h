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
    ConnectionPool &pool() { return m_pool; }
    ShareApi &share() { return m_share; }

private:
    HttpResponse health();
    HttpResponse intake(const HttpRequest &request);

    const CentralConfig &m_config;
    ConnectionPool m_pool;
    RateLimiter m_limiter;
    ShareApi m_share;
    EventIntake m_intake;
    AccountsApi m_accounts;
    std::unique_ptr<CentralEngine> m_engine;
    std::unique_ptr<MqttIntake> m_mqtt;
};

} // namespace Jiandu::Central
