#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <pthread.h>
#include <thread>
#include <time.h>

namespace Jiandu::Testing {

//! Measures how long the UI thread's event loop goes without turning while a scenario runs,
//! and says in which step of the scenario it stalled: nothing may keep the operator's
//! screen busy for longer than \a limitMs (database work, hashing, key derivation and
//! pipeline teardown belong on other threads). A gap counts when the UI thread itself
//! worked through at least half of it, so a loaded test machine does not fail it.
class UiStallWatchdog
{
public:
    explicit UiStallWatchdog(qint64 limitMs = 100)
        : m_limitMs(limitMs)
    {
        pthread_getcpuclockid(pthread_self(), &m_uiCpuClock);
        m_clock.start();
        m_beat.setInterval(5);
        QObject::connect(&m_beat, &QTimer::timeout, [this] { beat(); });
        m_beat.start();
        beat();
        m_watcher = std::thread([this] {
            qint64 worst = 0;
            QString gapStep;      // the step when the gap was first seen
            bool excused = false; // an unwatched step ran during the gap
            while (!m_stop) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                const qint64 gap = m_clock.elapsed() - m_lastBeatMs;
                // The UI thread's own work in the gap: time it spent waiting for a processor
                // (other tests on a loaded machine) is not a stall of the client's making.
                const qint64 busy = uiCpuMs() - m_beatCpuMs;
                if (gap > m_limitMs && busy > m_limitMs / 2) {
                    QMutexLocker lock(&m_mutex);
                    if (worst == 0)
                        gapStep = m_step;
                    excused = excused || m_sawUnwatched;
                    worst = std::max(worst, gap);
                } else if (gap <= m_limitMs && worst > 0) {
                    QMutexLocker lock(&m_mutex);
                    if (!std::exchange(excused, false))
                        m_stalls.append(QStringLiteral("%1: the UI thread stalled for %2 ms")
                                            .arg(gapStep)
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
    //! Names the part of the scenario that runs from now on; \a watched false for a part
    //! with a stall known and not fixed yet (said in the test, with why).
    void step(const QString &what, bool watched = true)
    {
        QMutexLocker lock(&m_mutex);
        m_step = what;
        m_watched = watched;
        m_sawUnwatched = m_sawUnwatched || !watched;
    }
    QStringList stalls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stalls;
    }

private:
    void beat()
    {
        {
            // Set-up the test does itself (an unwatched step) excuses the gap it falls in,
            // even if a watched step follows before the event loop turns again.
            QMutexLocker lock(&m_mutex);
            m_sawUnwatched = !m_watched;
        }
        m_beatCpuMs = uiCpuMs();
        m_lastBeatMs = m_clock.elapsed();
    }
    qint64 uiCpuMs() const
    {
        timespec t{};
        clock_gettime(m_uiCpuClock, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    }

    const qint64 m_limitMs;
    clockid_t m_uiCpuClock{};
    std::atomic<qint64> m_beatCpuMs{0};
    QElapsedTimer m_clock;
    QTimer m_beat;
    std::atomic<qint64> m_lastBeatMs{0};
    std::atomic<bool> m_stop{false};
    std::thread m_watcher;
    mutable QMutex m_mutex;
    QString m_step = QStringLiteral("start");
    bool m_watched = true;
    bool m_sawUnwatched = false; // since the last turn of the event loop
    QStringList m_stalls;
};

} // namespace Jiandu::Testing
