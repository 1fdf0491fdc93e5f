#pragma once

#include "cachedatabase.h"
#include "storageexport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <core/migration.h>
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
        qint64 fileBytes = 0;      //!< cache.db plus its WAL
        QMap<QString, int> schema; //!< how far each module's tables are
        qint64 incidents = 0;
    };

    enum class Access { Invalid = 0, ReadWrite, ReadOnly };

    //! A cache's keys: the data key, its wrapped form (cache.key) and, after an interrupted
    //! rekey, the pending one. Making or unwrapping them is the slow part (the password's
    //! key derivation): done apart from opening, it can run off the UI thread.
    struct Keys
    {
        QByteArray dataKey;
        QByteArray wrapped;
        QByteArray pendingKey;
    };

    static bool exists(const QString &directory);
    //! A fresh data key wrapped under \a password (slow; any thread).
    static Result<Keys> newKeys(const QString &password);
    //! The keys of the cache in \a directory, unwrapped with \a password (slow; any thread;
    //! never writes).
    static Result<Keys> unlock(const QString &directory, const QString &password);
    //! create() and open() with keys already made or unwrapped: fast, on the thread that
    //! will use the cache.
    static Result<std::unique_ptr<LocalCache>> create(const QString &directory, const Keys &keys);
    static Result<std::unique_ptr<LocalCache>> open(const QString &directory, const Keys &keys,
                                                    Access access = Access::ReadWrite);
    //! A new cache with a fresh random data key; refuses to overwrite an existing one.
    static Result<std::unique_ptr<LocalCache>> create(const QString &directory,
                                                      const QString &password);
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
    //! Brings \a module's tables to the last of \a migrations (Schema::migrate); the shell
    //! runs every module's before starting it.
    Result<void> migrate(const QString &module, const QList<Migration> &migrations);
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
