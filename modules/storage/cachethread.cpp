#include "cachethread.h"

#include "cachedatabase.h"
#include "localcache.h"

#include <QSemaphore>

namespace Jiandu {

struct CacheThread::Worker : QObject
{
    const LocalCache *cache;
    std::unique_ptr<CacheDatabase> connection;
    std::optional<Error> unavailable;

    void run(const Job &job)
    {
        if (!connection && !unavailable) {
            auto opened = cache->openConnection();
            if (opened)
                connection = std::move(opened).value();
            else
                unavailable = opened.error();
        }
        if (connection)
            job(&connection->connection(), nullptr);
        else
            job(nullptr, &*unavailable);
    }
};

CacheThread::CacheThread(const LocalCache &cache, const QString &name)
    : m_worker(new Worker)
{
    m_worker->cache = &cache;
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(name);
    m_thread.start();
}

CacheThread::~CacheThread()
{
    // The connection belongs to the thread: closed there, after the queued work (jobs run in
    // the order they were posted), and only then does the thread's loop end.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->connection.reset();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void CacheThread::post(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
        Qt::QueuedConnection);
}

void CacheThread::drain()
{
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace Jiandu
