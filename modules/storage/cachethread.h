#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <core/result.h>
#include <functional>
#include <memory>

namespace Jiandu {

class CacheDatabase;
class LocalCache;

//! A module's database thread: its own connection to the cache, opened on first use, and
//! work queued to it in order. Pages and services hand it queries and get the answer back
//! on their own thread, so nothing waits for the disk on the UI thread.
//!
//!     m_data.run<QList<Problem>>(this,
//!         [](QSqlDatabase &db) { return ProblemRepository(db).list(); },
//!         [this](Result<QList<Problem>> problems) { show(problems); });
//!
//! \a context is the receiver: the answer is delivered on its thread, and not at all once
//! it is gone. The destructor finishes the queued work, closes the connection and joins.
class JIANDU_STORAGE_EXPORT CacheThread
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CacheThread)

public:
    CacheThread(const LocalCache &cache, const QString &name);
    ~CacheThread();
    CacheThread(const CacheThread &) = delete;
    CacheThread &operator=(const CacheThread &) = delete;

    //! Runs \a work on the thread with its connection (or is told why there is none), then
    //! \a done on \a context's thread with the result.
    template <typename T>
    void run(QObject *context, std::function<Result<T>(QSqlDatabase &)> work,
             std::function<void(Result<T>)> done)
    {
        post([context = QPointer<QObject>(context), work = std::move(work),
              done = std::move(done)](QSqlDatabase *db, const Error *unavailable) {
            Result<T> result = db ? work(*db) : Result<T>(*unavailable);
            if (context)
                QMetaObject::invokeMethod(
                    context.data(), [done, result = std::move(result)]() { done(result); },
                    Qt::QueuedConnection);
        });
    }

    //! Waits until everything queued so far has run (tests, shutdown).
    void drain();

private:
    using Job = std::function<void(QSqlDatabase *db, const Error *unavailable)>;
    void post(Job job);

    struct Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace Jiandu
