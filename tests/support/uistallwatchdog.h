#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <thread>

namespace Jiandu::Testing {

//! Measures how long the UI thread's event loop goes without turning while a scenario runs,
//! and says in which step of the scenario it stalled: nothing may block the operator's
//! screen for longer than \a limitMs (database work, hashing, key derivation and pipeline
//! teardown belong on other threads).
class UiStallWatchdog
{
public:
    explicit UiStallWatchdog(qint64 limitMs = 100)
        : m_limitMs(limitMs)
    {
        m_clock.start();
        m_beat.setInterval(5);
        QObject::connect(&m_beat, &QTimer::timeout, [this] { m_lastBeatMs = m_clock.elapsed(); });
        m_beat.start();
        m_lastBeatMs = m_clock.elapsed();
        m_watcher = std::thread([this] {
            qint64 worst = 0;
            while (!m_stop) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                const qint64 gap = m_clock.elapsed() - m_lastBeatMs;
                if (gap > m_limitMs) {
                    worst = std::max(worst, gap);
                } else if (worst > 0) {
                    QMutexLocker lock(&m_mutex);
                    m_stalls.append(QStringLiteral("%1: the UI thread stalled for %2 ms")
                                        .arg(m_step)
                                        .arg(worst));
                    worst = 0;
                }
            }
        });
    }
    ~UiStallWatchdog()
    {
        m_stop = true;
        m_watcher.join();
    }
    //! Names the part of the scenario that runs from now on.
    void step(const QString &what)
    {
        QMutexLocker lock(&m_mutex);
        m_step = what;
    }
    QStringList stalls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stalls;
    }

private:
    const qint64 m_limitMs;
    QElapsedTimer m_clock;
    QTimer m_beat;
    std::atomic<qint64> m_lastBeatMs{0};
    std::atomic<bool> m_stop{false};
    std::thread m_watcher;
    mutable QMutex m_mutex;
    QString m_step = QStringLiteral("start");
    QStringList m_stalls;
};

} // namespace Jiandu::Testing
