#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <rules/ruleset.h>
#include <string>
#include <thread>

namespace Jiandu::Central {

class PgConnection;

//! The authoritative rule engine (modules/rules) inside the service. Every instance runs one;
//! exactly one of them evaluates at a time: the holder of a PostgreSQL advisory lock, taken
//! on the connection it writes with. When the holder dies its connection closes, the lock is
//! free, and another instance takes over within a second or two, from the state the dead one
//! last committed. Each step takes queued events out, applies them, and stores the alerts and
//! the engine's state in one transaction — an event is applied once, a deadline fires once.
class CentralEngine
{
public:
    CentralEngine(std::string databaseUrl, RuleSet rules, QString instance);
    ~CentralEngine();

    void start();
    void stop();
    bool isLeader() const { return m_leader; }

    static constexpr int kBatch = 5000;

private:
    void run();
    void lead(PgConnection &connection);
    void restore(PgConnection &connection);
    //! One transaction's work; false if there was none.
    bool step(PgConnection &connection);
    void pause(int ms);

    struct Private;
    std::unique_ptr<Private> d;
    const std::string m_url;
    const QString m_instance;
    std::atomic<bool> m_leader = false;
    std::atomic<bool> m_stopping = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
};

} // namespace Jiandu::Central
