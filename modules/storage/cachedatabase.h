#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>
#include <memory>

namespace Jiandu {

//! One connection to a cache file through the QSQLCIPHER driver, in WAL mode (the UI reads
//! while the sync engine writes), at the latest schema. Not shared between threads: every
//! thread opens its own.
class JIANDU_STORAGE_EXPORT CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CacheDatabase)

public:
    struct Options
    {
        int busyTimeoutMs = 5000; //!< how long a writer waits for another one
        bool migrate = true;      //!< bring the schema up to date (else: refuse old ones)
        bool readOnly = false;    //!< never write to the file (e.g. a bundle being verified)
    };

    //! Opens (or creates) \a path with \a sqlCipherKey (KeyWrap::sqlCipherKey(); empty
    //! means a plain SQLite file, for comparison benchmarks only).
    static Result<std::unique_ptr<CacheDatabase>>
    open(const QString &path, const QString &sqlCipherKey, Options options);
    static Result<std::unique_ptr<CacheDatabase>> open(const QString &path,
                                                       const QString &sqlCipherKey);
    ~CacheDatabase();

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    //! PRAGMA integrity_check, plus the schema version; the first problem found, if any.
    Result<void> check();
    //! Re-encrypts every page with \a newSqlCipherKey (PRAGMA rekey).
    Result<void> rekey(const QString &newSqlCipherKey);
    //! Makes sure Qt finds the QSQLCIPHER driver installed beside Jiandu.
    static bool ensureDriver();

private:
    CacheDatabase() = default;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Jiandu
