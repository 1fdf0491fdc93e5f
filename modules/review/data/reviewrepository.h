#pragma once

#include "interrogation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu::Review {

//! The review's tables in the cache (ReviewSchema). Runs on a database thread.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::ReviewRepository)

public:
    explicit ReviewRepository(QSqlDatabase db);

    //! The file at \a path as it is now: its size and SHA-256 (read in chunks; the caller's
    //! thread is not the UI's). Refused: not a regular file, unreadable.
    static Result<ReviewFile> measure(const QString &path, ReviewFile::Role role);

    //! Keeps \a interrogation (a new uid is made when it has none) with its files, and the
    //! trail's "create" entry, in one transaction.
    Result<Interrogation> create(Interrogation interrogation, const QString &actor, qint64 nowMs);
    Result<QList<Interrogation>> list();
    Result<std::optional<Interrogation>> find(const QString &uid);

    //! Keeps \a body as the next version of \a kind; its number.
    Result<int> addVersion(const QString &uid, const QString &kind, const QByteArray &body,
                           int basedOn, const QString &actor, const QString &note, qint64 nowMs);
    Result<std::optional<ReviewVersion>> latest(const QString &uid, const QString &kind);
    //! Every version of \a kind, oldest first, without their bodies.
    Result<QList<ReviewVersion>> versions(const QString &uid, const QString &kind);
    //! Whether each kept version's body still has its hash (false names the first that has
    //! not: the cache was edited behind Jiandu's back).
    Result<QStringList> verifyVersions(const QString &uid);

    Result<Bookmark> addBookmark(Bookmark bookmark, qint64 nowMs);
    Result<void> removeBookmark(const QString &uid, const QString &actor, qint64 nowMs);
    Result<QList<Bookmark>> bookmarks(const QString &interrogation);

    Result<void> audit(const QString &actor, const QString &action, const QString &interrogation,
                       const QString &detail, qint64 nowMs);
    Result<QList<AuditEntry>> trail(const QString &interrogation);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu::Review
