#include "localcache.h"

#include "incidentrepository.h"
#include "keywrap.h"
#include "schema.h"
#include "sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {
QString pendingKeyPath(const QString &directory)
{
    return LocalCache::keyPath(directory) + u".pending"_s;
}
} // namespace

QString LocalCache::databasePath(const QString &directory)
{
    return QDir(directory).filePath(u"cache.db"_s);
}

QString LocalCache::keyPath(const QString &directory)
{
    return QDir(directory).filePath(u"cache.key"_s);
}

bool LocalCache::exists(const QString &directory)
{
    return QFileInfo::exists(databasePath(directory)) || QFileInfo::exists(keyPath(directory));
}

LocalCache::~LocalCache()
{
    m_dataKey.fill('\0');
}

Result<void> LocalCache::writeKeyFile(const QString &path, const QByteArray &wrapped)
{
    // Atomic replace: a crash leaves the old key file or the new one, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wrapped) != wrapped.size() || !file.commit())
        return Error{tr("The cache key could not be saved to %1 (is the disk full?).")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<LocalCache::Keys> LocalCache::newKeys(const QString &password)
{
    Keys keys;
    keys.dataKey = KeyWrap::generateDataKey();
    auto wrapped = KeyWrap::wrap(keys.dataKey, password);
    if (!wrapped)
        return wrapped.error();
    keys.wrapped = *wrapped;
    return keys;
}

Result<std::unique_ptr<LocalCache>> LocalCache::create(const QString &directory,
                                                       const QString &password)
{
    auto keys = newKeys(password);
    if (!keys)
        return keys.error();
    return create(directory, *keys);
}

Result<std::unique_ptr<LocalCache>> LocalCache::create(const QString &directory, const Keys &keys)
{
    if (exists(directory))
        return Error{tr("There is already a cache in %1.").arg(QDir::toNativeSeparators(directory)),
                     {}};
    if (!QDir().mkpath(directory))
        return Error{tr("The cache directory %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(directory)),
                     {}};
    std::unique_ptr<LocalCache> cache(new LocalCache);
    cache->m_directory = QDir(directory).absolutePath();
    cache->m_dataKey = keys.dataKey;
    // The key first: a cache file whose key was never saved could not be opened again.
    if (auto saved = writeKeyFile(keyPath(directory), keys.wrapped); !saved)
        return saved.error();
    auto database =
        CacheDatabase::open(databasePath(directory), KeyWrap::sqlCipherKey(cache->m_dataKey));
    if (!database) {
        QFile::remove(keyPath(directory));
        return database.error();
    }
    cache->m_database = std::move(database).value();
    return cache;
}

Result<LocalCache::Keys> LocalCache::unlock(const QString &directory, const QString &password)
{
    const QFileInfo file(databasePath(directory));
    if (!file.exists())
        return Error{tr("There is no cache in %1.").arg(QDir::toNativeSeparators(directory)), {}};
    if (!file.isFile())
        return Error{tr("%1 is not a cache file (a folder, a device or a pipe).")
                         .arg(QDir::toNativeSeparators(file.filePath())),
                     {}};
    // An empty file where a cache was is lost data, not a new cache: never fill it anew.
    if (file.size() == 0)
        return Error{tr("The cache file %1 is empty: its data was lost (the disk was full, or "
                        "the file was truncated). Restore it from a backup, or move the cache "
                        "folder away and synchronise again.")
                         .arg(QDir::toNativeSeparators(file.filePath())),
                     {},
                     u"empty"_s};
    const auto wrapped = BoundedFile::read(keyPath(directory), KeyWrap::kMaxFileBytes);
    if (!wrapped)
        return Error{tr("The cache key %1 is missing or damaged. Without it the cache cannot "
                        "be read: delete the cache and synchronise again.")
                         .arg(QDir::toNativeSeparators(keyPath(directory))),
                     wrapped.error().text()};
    auto dataKey = KeyWrap::unwrap(*wrapped, password);
    if (!dataKey)
        return dataKey.error();
    Keys keys;
    keys.dataKey = *dataKey;
    keys.wrapped = *wrapped;
    // A rekey interrupted after the file took its new key: its key, under the same password.
    if (QFileInfo::exists(pendingKeyPath(directory))) {
        if (const auto pending =
                BoundedFile::read(pendingKeyPath(directory), KeyWrap::kMaxFileBytes)) {
            if (auto pendingKey = KeyWrap::unwrap(*pending, password))
                keys.pendingKey = *pendingKey;
        }
    }
    return keys;
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &directory,
                                                     const QString &password, Access access)
{
    auto keys = unlock(directory, password);
    if (!keys)
        return keys.error();
    return open(directory, *keys, access);
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &directory, const Keys &keys,
                                                     Access access)
{
    std::unique_ptr<LocalCache> cache(new LocalCache);
    cache->m_directory = QDir(directory).absolutePath();
    CacheDatabase::Options options;
    options.readOnly = access == Access::ReadOnly;
    options.migrate = !options.readOnly;
    QByteArray dataKey = keys.dataKey;
    auto database =
        CacheDatabase::open(databasePath(directory), KeyWrap::sqlCipherKey(dataKey), options);
    if (!database && !keys.pendingKey.isEmpty()) {
        // The rekey reached the file but not the key file: the pending key is the right one.
        database = CacheDatabase::open(databasePath(directory),
                                       KeyWrap::sqlCipherKey(keys.pendingKey), options);
        if (database)
            dataKey = keys.pendingKey;
        if (database && !options.readOnly) {
            QFile::remove(keyPath(directory));
            QFile::rename(pendingKeyPath(directory), keyPath(directory));
        }
    } else if (database && !options.readOnly && QFileInfo::exists(pendingKeyPath(directory))) {
        QFile::remove(pendingKeyPath(directory)); // the rekey never reached the file
    }
    if (!database)
        return database.error();
    cache->m_dataKey = dataKey;
    cache->m_database = std::move(database).value();
    return cache;
}

Result<std::unique_ptr<CacheDatabase>> LocalCache::openConnection() const
{
    return CacheDatabase::open(databasePath(m_directory), KeyWrap::sqlCipherKey(m_dataKey));
}

Result<LocalCache::Stats> LocalCache::stats()
{
    Stats stats;
    stats.fileBytes = QFileInfo(databasePath(m_directory)).size() +
                      QFileInfo(databasePath(m_directory) + u"-wal"_s).size();
    auto versions = Schema::versions(m_database->connection());
    if (!versions)
        return versions.error();
    stats.schema = *versions;
    auto incidents = IncidentRepository(m_database->connection()).count();
    if (!incidents)
        return incidents.error();
    stats.incidents = *incidents;
    return stats;
}

Result<void> LocalCache::migrate(const QString &module, const QList<Migration> &migrations)
{
    if (auto migrated = Schema::migrate(m_database->connection(), module, migrations); !migrated)
        return migrated.error();
    return {};
}

Result<QByteArray> LocalCache::secret(const QString &purpose)
{
    return secret(m_database->connection(), purpose);
}

Result<QByteArray> LocalCache::secret(QSqlDatabase db, const QString &purpose)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT secret FROM workstation_secret WHERE purpose = ?"_s);
    q.addBindValue(purpose);
    if (!q.exec())
        return Error{tr("The workstation's keys cannot be read from the cache."),
                     q.lastError().text()};
    if (q.next())
        return q.value(0).toByteArray();
    q.finish();
    const QByteArray made = KeyWrap::generateDataKey();
    // INSERT OR IGNORE and read back: two threads asking at once agree on one secret.
    q.prepare(u"INSERT OR IGNORE INTO workstation_secret (purpose, secret) VALUES (?, ?)"_s);
    q.addBindValue(purpose);
    q.addBindValue(made);
    if (!q.exec())
        return Error{tr("The workstation's keys cannot be stored in the cache."),
                     describeSqlError(q.lastError())};
    q.prepare(u"SELECT secret FROM workstation_secret WHERE purpose = ?"_s);
    q.addBindValue(purpose);
    if (!q.exec() || !q.next())
        return Error{tr("The workstation's keys cannot be read from the cache."),
                     q.lastError().text()};
    return q.value(0).toByteArray();
}

Result<void> LocalCache::changePassword(const QString &newPassword)
{
    auto wrapped = KeyWrap::wrap(m_dataKey, newPassword);
    if (!wrapped)
        return wrapped.error();
    return writeKeyFile(keyPath(m_directory), *wrapped);
}

Result<void> LocalCache::rekey(const QString &password)
{
    const QByteArray newKey = KeyWrap::generateDataKey();
    auto wrapped = KeyWrap::wrap(newKey, password);
    if (!wrapped)
        return wrapped.error();
    // 1. the new key is saved beside the old one, 2. the file is re-encrypted (one
    // transaction), 3. the new key replaces the old. open() completes an interrupted 3.
    if (auto saved = writeKeyFile(pendingKeyPath(m_directory), *wrapped); !saved)
        return saved.error();
    if (auto rekeyed = m_database->rekey(KeyWrap::sqlCipherKey(newKey)); !rekeyed) {
        QFile::remove(pendingKeyPath(m_directory));
        return rekeyed.error();
    }
    QFile::remove(keyPath(m_directory));
    if (!QFile::rename(pendingKeyPath(m_directory), keyPath(m_directory)))
        return Error{tr("The cache was re-encrypted but its new key could not be put in place; "
                        "it will be on the next open."),
                     {}};
    m_dataKey = newKey;
    return {};
}

} // namespace Jiandu
