#pragma once

#include "postgres.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace Jiandu::Central {

//! A fixed number of PostgreSQL connections shared by the request threads. Connections are
//! opened when first needed and reopened when the server went away and came back, so the
//! service recovers from a database restart by itself.
class ConnectionPool
{
public:
    ConnectionPool(std::string url, int size);
    ~ConnectionPool();

    //! Runs \a work on a connection. A connection lost on the way (the server restarted) is
    //! reopened and \a work run once more: \a work must be safe to repeat (a read, or a
    //! write that is idempotent or was rolled back). Throws PgError when the server is
    //! away, or no connection came free within \a wait.
    template <typename Work>
    auto run(Work &&work, std::chrono::milliseconds wait = std::chrono::seconds(5))
    {
        for (int attempt = 0;; ++attempt) {
            Lease lease(*this, wait);
            try {
                return work(*lease.connection);
            } catch (const PgError &error) {
                if (!error.connectionLost() || attempt > 0)
                    throw;
            }
        }
    }

private:
    struct Lease
    {
        Lease(ConnectionPool &pool, std::chrono::milliseconds wait);
        ~Lease();
        ConnectionPool &pool;
        PgConnection *connection = nullptr;
    };

    PgConnection *acquire(std::chrono::milliseconds wait);
    void release(PgConnection *connection);

    const std::string m_url;
    const int m_size;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<std::unique_ptr<PgConnection>> m_all;
    std::vector<PgConnection *> m_idle;
    int m_opening = 0;
};

} // namespace Jiandu::Central
