#pragma once

#include "data/interrogation.h"

#include <QObject>
#include <core/legalcase.h>
#include <core/result.h>
#include <functional>
#include <storage/cachethread.h>

namespace Jiandu {
class IShell;
} // namespace Jiandu

namespace Jiandu::Review {

//! The interrogations kept for review in the cache: listed, and added from files (measured
//! and hashed on the database thread) or from a case's files in the cache (a case bundle
//! imported on an offline laptop brings its recordings, transcripts and documents).
class ReviewLibrary : public QObject
{
    Q_OBJECT

public:
    ReviewLibrary(IShell &shell, CacheThread &data, QObject *parent = nullptr);

    void list(QObject *context, std::function<void(const QList<Interrogation> &)> done);
    //! Adds an interrogation of \a recordings, \a record and \a transcripts; \a done gets
    //! it, or the reason it could not be added.
    struct NewInterrogation
    {
        QString title;
        QString ajbh;
        QStringList recordings;
        QString record;
        QStringList transcripts;
    };
    void create(const NewInterrogation &request, QObject *context,
                std::function<void(const Result<Interrogation> &)> done);
    //! The files of case \a ajbh in the cache, as a new interrogation would take them.
    void filesOfCase(const QString &ajbh, QObject *context,
                     std::function<void(const Result<NewInterrogation> &)> done);

    //! Runs \a work on the module's database thread, then \a done on \a context's; nothing
    //! once the workstation is closing (close()).
    template <typename T>
    void run(QObject *context, std::function<Result<T>(QSqlDatabase &)> work,
             std::function<void(Result<T>)> done)
    {
        if (m_data)
            m_data->run<T>(context, std::move(work), std::move(done));
    }
    //! Finishes what is queued; afterwards nothing more reaches the database thread.
    void close();

Q_SIGNALS:
    void changed();

private:
    IShell &m_shell;
    CacheThread *m_data;
};

} // namespace Jiandu::Review
