#include "filecatalog.h"

#include "boundquery.h"
#include "sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

FileCatalog::FileCatalog(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool FileCatalog::isSha256(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(text).hasMatch();
}

Result<void> FileCatalog::share(const QString &sha256, const QString &path, qint64 bytes)
{
    if (!isSha256(sha256) || path.isEmpty())
        return {};
    // (The cache's SQLite predates UPSERT.)
    QSqlQuery q(m_db);
    if (!execBound(q, u"INSERT OR IGNORE INTO shared_file (sha256, path, bytes) VALUES (?, ?, ?)"_s,
                   {sha256, path, bytes}) ||
        !execBound(
            q,
            u"UPDATE shared_file SET upload = 1, path = CASE WHEN path = '' THEN ? ELSE path"
            " END, bytes = ?, attempts = 0, retry_ms = 0, last_error = '' WHERE sha256 = ?"_s,
            {path, bytes, sha256}))
        return Error{tr("The file could not be queued for the central service."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> FileCatalog::want(const QString &sha256, qint64 bytes)
{
    if (!isSha256(sha256))
        return {};
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT OR IGNORE INTO shared_file (sha256, path, bytes) VALUES (?, '', ?)"_s,
                   {sha256, bytes}))
        return Error{tr("The file could not be recorded as awaited."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<QString> FileCatalog::pathOf(const QString &sha256)
{
    QSqlQuery q(m_db);
    if (!execBound(q, u"SELECT path FROM shared_file WHERE sha256 = ?"_s, {sha256}))
        return Error{tr("The cache's files could not be read."), describeSqlError(q.lastError())};
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<FileCatalog::Entry>> FileCatalog::due(bool upload, int limit, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString which = upload ? u"upload = 1 AND path <> ''"_s : u"path = ''"_s;
    if (!execBound(q,
                   u"SELECT sha256, path, bytes, attempts, last_error FROM shared_file WHERE "_s +
                       which +
                       u" AND retry_ms <= ? AND attempts >= 0 ORDER BY attempts, sha256 LIMIT ?"_s,
                   {nowMs, limit}))
        return Error{tr("The cache's files could not be read."), describeSqlError(q.lastError())};
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toInt(), q.value(4).toString()});
    return entries;
}

Result<QList<FileCatalog::Entry>> FileCatalog::uploads(int limit, qint64 nowMs)
{
    return due(true, limit, nowMs);
}

Result<QList<FileCatalog::Entry>> FileCatalog::downloads(int limit, qint64 nowMs)
{
    return due(false, limit, nowMs);
}

Result<FileCatalog::Counts> FileCatalog::counts()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT coalesce(sum(upload = 1 AND path <> '' AND attempts >= 0), 0),"
                " coalesce(sum(path = '' AND attempts >= 0), 0) FROM shared_file"_s) ||
        !q.next())
        return Error{tr("The cache's files could not be read."), describeSqlError(q.lastError())};
    return Counts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<void> FileCatalog::uploaded(const QString &sha256)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"UPDATE shared_file SET upload = 0, attempts = 0, retry_ms = 0, last_error = ''"
                   " WHERE sha256 = ?"_s,
                   {sha256}))
        return Error{tr("The cache's files could not be updated."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> FileCatalog::received(const QString &sha256, const QString &path, qint64 bytes)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"UPDATE shared_file SET path = ?, bytes = ?, attempts = 0, retry_ms = 0,"
                   " last_error = '' WHERE sha256 = ?"_s,
                   {path, bytes, sha256}))
        return Error{tr("The cache's files could not be updated."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> FileCatalog::recordFailure(const QString &sha256, const QString &why, qint64 retryMs,
                                        bool giveUp)
{
    // Given up: attempts below zero, out of every list (still shown as the reason).
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"UPDATE shared_file SET attempts = CASE WHEN ? THEN -1 ELSE attempts + 1 END,"
                   " retry_ms = ?, last_error = ? WHERE sha256 = ?"_s,
                   {giveUp, retryMs, why, sha256}))
        return Error{tr("The cache's files could not be updated."),
                     describeSqlError(q.lastError())};
    return {};
}

} // namespace Jiandu
