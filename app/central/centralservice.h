#pragma once

#include "config/centralconfig.h"
#include "db/connectionpool.h"
#include "http/httpserver.h"
#include "http/ratelimiter.h"
#include "share/shareapi.h"

namespace Jiandu::Central {

//! One jiandu-central instance: the routes of its API over a pool of database connections.
//! It keeps nothing a request needs from another, so any number run side by side behind a
//! balancer.
class CentralService
{
public:
    explicit CentralService(const CentralConfig &config);

    HttpResponse handle(const HttpRequest &request);
    ConnectionPool &pool() { return m_pool; }
    ShareApi &share() { return m_share; }

private:
    HttpResponse health();

    const CentralConfig &m_config;
    ConnectionPool m_pool;
    RateLimiter m_limiter;
    ShareApi m_share;
};

} // namespace Jiandu::Central
