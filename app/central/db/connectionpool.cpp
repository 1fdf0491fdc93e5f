#include "connectionpool.h"

namespace Jiandu::Central {

ConnectionPool::ConnectionPool(std::string url, int size)
    : m_url(std::move(url))
    , m_size(std::max(1, size))
{}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::Lease(ConnectionPool &pool, std::chrono::milliseconds wait)
    : pool(pool)
    , connection(pool.acquire(wait))
{}

ConnectionPool::Lease::~Lease()
{
    pool.release(connection);
}

PgConnection *ConnectionPool::acquire(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (m_idle.empty() && int(m_all.size()) + m_opening >= m_size) {
        if (m_freed.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty())
            throw PgError("every database connection is busy", "53300", false);
    }
    if (!m_idle.empty()) {
        PgConnection *connection = m_idle.back();
        m_idle.pop_back();
        lock.unlock();
        if (!connection->healthy() && !connection->reset()) {
            release(connection);
            throw PgError("the database cannot be reached", "08006", true);
        }
        return connection;
    }
    ++m_opening;
    lock.unlock();
    try {
        auto connection = std::make_unique<PgConnection>(m_url);
        lock.lock();
        --m_opening;
        m_all.push_back(std::move(connection));
        return m_all.back().get();
    } catch (...) {
        lock.lock();
        --m_opening;
        m_freed.notify_one();
        throw;
    }
}

void ConnectionPool::release(PgConnection *connection)
{
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(connection);
    }
    m_freed.notify_one();
}

} // namespace Jiandu::Central
