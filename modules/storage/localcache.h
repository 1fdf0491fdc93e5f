#pragma once

#include "cachedatabase.h"
#include "storageexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>
#include <memory>

namespace Jiandu {

//! A workstation's encrypted cache directory: `cache.db` (SQLCipher, raw 256-bit data key)
//! and `cache.key` (the data key wrapped by the operator's password, see KeyWrap).
class JIANDU_STORAGE_EXPORT LocalCache
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::LocalCache)

public:
    struct Stats
    {
        qint64 fileBytes = 0; //!< cache.db plus its WAL
        int schemaVersion = 0;
        qint64 incidents = 0;
    };

    static bool exists(const QString &directory);
    //! A new cache with a fresh random data key; refuses to overwrite an existing one.
    static Result<std::unique_ptr<LocalCache>> create(const QString &directory,
                                                      const QString &password);
    enum class Access { Invalid = 0, ReadWrite, ReadOnly };
    //! Opens the cache in \a directory. ReadOnly never writes (a check, statistics, a cache on
    //! read-only media); it needs the current schema.
    static Result<std::unique_ptr<LocalCache>>
    open(const QString &directory, const QString &password, Access access = Access::ReadWrite);
    ~LocalCache();

    CacheDatabase &database() { return *m_database; }
    //! Another connection to the same file, for a thread of its own (database() belongs to
    //! the thread that opened the cache).
    Result<std::unique_ptr<CacheDatabase>> openConnection() const;
    QString directory() const { return m_directory; }
    Result<Stats> stats();
    //! A random 32-byte secret of this workstation for \a purpose (e.g. "clip-manifest"),
    //! made on first use and kept in the encrypted cache: it outlives password changes
    //! and rekeys, and leaves only with the cache.
    Result<QByteArray> secret(const QString &purpose);
    //! The same, through \a db, a connection to a cache (on a thread of its own).
    static Result<QByteArray> secret(QSqlDatabase db, const QString &purpose);
    //! Re-wraps the data key under \a newPassword; the cache file is not rewritten.
    Result<void> changePassword(const QString &newPassword);
    //! A new data key for the whole file (PRAGMA rekey), wrapped under \a password.
    Result<void> rekey(const QString &password);

    static QString databasePath(const QString &directory);
    static QString keyPath(const QString &directory);

private:
    LocalCache() = default;
    static Result<void> writeKeyFile(const QString &path, const QByteArray &wrapped);

    QString m_directory;
    QByteArray m_dataKey;
    std::unique_ptr<CacheDatabase> m_database;
};

} // namespace Jiandu
