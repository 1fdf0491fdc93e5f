#include "cachedatabase.h"

#include "schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

bool CacheDatabase::ensureDriver()
{
    static const bool found = [] {
        if (QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s))
            return true;
        QCoreApplication::addLibraryPath(
            QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral(JIANDU_RELATIVE_PLUGIN_DIR)));
        return QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s);
    }();
    return found;
}

namespace {
// 4 KiB pages (SQLCipher 3 defaults to 1 KiB): a quarter of the pages to encrypt and
// authenticate, and the page size of plain SQLite. Part of the file format: the sqlcipher
// shell needs `PRAGMA cipher_page_size = 4096` after the key.
constexpr int kPageSizeBytes = 4096;
// Every page read from disk is decrypted and checked; keep the working set decrypted.
constexpr int kPageCacheKiB = 64 * 1024;
} // namespace

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &path,
                                                           const QString &sqlCipherKey)
{
    return open(path, sqlCipherKey, Options{});
}

Result<std::unique_ptr<CacheDatabase>>
CacheDatabase::open(const QString &path, const QString &sqlCipherKey, Options options)
{
    if (!ensureDriver())
        return Error{tr("The encrypted cache driver (QSQLCIPHER) is not installed. Reinstall "
                        "Jiandu."),
                     {}};
    // A new cache file (and the log and index SQLite derives from it) is its owner's only.
    if (!options.readOnly && !QFileInfo::exists(path)) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner))
            return Error{tr("The cache %1 cannot be created.").arg(QDir::toNativeSeparators(path)),
                         created.errorString()};
    }
    static QAtomicInt counter;
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase);
    cache->m_path = QFileInfo(path).absoluteFilePath();
    cache->m_connectionName = u"jiandu-cache-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    cache->m_db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, cache->m_connectionName);
    cache->m_db.setDatabaseName(cache->m_path);
    cache->m_db.setPassword(sqlCipherKey);
    cache->m_db.setConnectOptions(
        u"QSQLITE_BUSY_TIMEOUT=%1;QSQLCIPHER_PAGE_SIZE=%2%3"_s.arg(options.busyTimeoutMs)
            .arg(kPageSizeBytes)
            .arg(options.readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
    if (!cache->m_db.open()) {
        const QSqlError error = cache->m_db.lastError();
        const bool wrongKey = error.driverText().contains(u"key is wrong"_s);
        return Error{
            wrongKey
                ? tr("The cache %1 cannot be decrypted with this key, or it is not a "
                     "Jiandu cache. If the key is lost, delete the cache and "
                     "synchronise again.")
                      .arg(QDir::toNativeSeparators(cache->m_path))
                : tr("The cache %1 cannot be opened.").arg(QDir::toNativeSeparators(cache->m_path)),
            error.text()};
    }
    QSqlQuery q(cache->m_db);
    if (options.readOnly) {
        if (auto current = Schema::checkCurrent(cache->m_db); !current)
            return Error{
                tr("%1: %2").arg(QDir::toNativeSeparators(cache->m_path), current.error().message),
                current.error().detail};
        return cache;
    }
    // WAL: readers (the UI) are not blocked by the writer (sync). NORMAL: a transaction
    // survives a crash of the process; only an OS crash can lose the last ones.
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next() ||
        q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0 ||
        !q.exec(u"PRAGMA synchronous = NORMAL"_s))
        return Error{tr("The cache %1 cannot be prepared for use; the disk may be full or "
                        "read-only.")
                         .arg(QDir::toNativeSeparators(cache->m_path)),
                     q.lastError().text()};
    q.finish();
    if (options.migrate) {
        if (auto prepared = Schema::prepare(cache->m_db); !prepared)
            return prepared.error();
    } else if (auto current = Schema::checkCurrent(cache->m_db); !current) {
        return current.error();
    }
    return cache;
}

CacheDatabase::~CacheDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> CacheDatabase::check()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return Error{tr("The cache could not be checked."), q.lastError().text()};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (!problems.isEmpty())
        return Error{tr("The cache is damaged: %1").arg(problems.constFirst()),
                     problems.join(u'\n')};
    if (auto current = Schema::checkCurrent(m_db); !current)
        return current.error();
    return {};
}

Result<void> CacheDatabase::rekey(const QString &newSqlCipherKey)
{
    QSqlQuery q(m_db);
    // SQLCipher 3 rekeys only outside WAL mode.
    const bool ok = q.exec(u"PRAGMA journal_mode = DELETE"_s) &&
                    q.exec(u"PRAGMA rekey = \"%1\""_s.arg(newSqlCipherKey)) &&
                    q.exec(u"PRAGMA journal_mode = WAL"_s);
    if (!ok)
        return Error{tr("The cache could not be re-encrypted; it still uses the old key."),
                     q.lastError().text()};
    return {};
}

} // namespace Jiandu
