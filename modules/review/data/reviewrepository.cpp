#include "reviewrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <core/filehash.h>
#include <storage/boundquery.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

Error sqlError(const QString &message, const QSqlError &error)
{
    return Error{message, describeSqlError(error), isDiskFull(error) ? u"disk-full"_s : QString()};
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString notKept(const QString &kind)
{
    return kind == u"alignment"_s ? ReviewRepository::tr("The alignment could not be kept.")
                                  : ReviewRepository::tr("The transcript could not be kept.");
}

QString notRead(const QString &kind)
{
    return kind == u"alignment"_s ? ReviewRepository::tr("The alignments could not be read.")
                                  : ReviewRepository::tr("The transcripts could not be read.");
}

} // namespace

QString ReviewFile::roleName(Role role)
{
    switch (role) {
    case Role::Recording:
        return u"recording"_s;
    case Role::Record:
        return u"record"_s;
    case Role::Transcript:
        return u"transcript"_s;
    }
    return {};
}

std::optional<ReviewFile::Role> ReviewFile::roleFromName(const QString &name)
{
    for (Role r : {Role::Recording, Role::Record, Role::Transcript})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

ReviewRepository::ReviewRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ReviewFile> ReviewRepository::measure(const QString &path, ReviewFile::Role role)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 is not there.").arg(path), {}, u"missing"_s};
    if (!info.isFile())
        return Error{tr("%1 is not a regular file.").arg(path), {}, u"not-regular"_s};
    const QString sha = fileSha256(path);
    if (sha.isEmpty())
        return Error{tr("%1 cannot be read.").arg(path), {}, u"unreadable"_s};
    ReviewFile file;
    file.role = role;
    file.name = info.fileName();
    file.path = info.absoluteFilePath();
    file.sha256 = sha;
    file.bytes = info.size();
    return file;
}

Result<Interrogation> ReviewRepository::create(Interrogation interrogation, const QString &actor,
                                               qint64 nowMs)
{
    if (interrogation.uid.isEmpty())
        interrogation.uid = newUid();
    interrogation.createdMs = nowMs;
    interrogation.createdBy = actor;
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return sqlError(tr("The cache is busy; try again."), m_db.lastError());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT INTO review_interrogation (uid, title, ajbh, created_ms, created_by)"
                   " VALUES (?, ?, ?, ?, ?)"_s,
                   {interrogation.uid, interrogation.title, interrogation.ajbh, nowMs, actor}))
        return sqlError(tr("The interrogation could not be kept."), q.lastError());
    for (const ReviewFile &f : std::as_const(interrogation.files)) {
        if (!execBound(q,
                       u"INSERT INTO review_file (interrogation, role, name, path, sha256, bytes,"
                       " offset_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {interrogation.uid, ReviewFile::roleName(f.role), f.name, f.path, f.sha256,
                        f.bytes, f.offsetMs}))
            return sqlError(tr("The interrogation could not be kept."), q.lastError());
    }
    if (auto audited = audit(actor, u"create"_s, interrogation.uid, interrogation.title, nowMs);
        !audited)
        return audited.error();
    if (!transaction.commit())
        return sqlError(tr("The interrogation could not be kept."), m_db.lastError());
    return interrogation;
}

Result<QList<Interrogation>> ReviewRepository::list()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT uid FROM review_interrogation ORDER BY created_ms DESC, uid"_s))
        return sqlError(tr("The interrogations could not be read."), q.lastError());
    QStringList uids;
    while (q.next())
        uids << q.value(0).toString();
    QList<Interrogation> all;
    for (const QString &uid : std::as_const(uids)) {
        auto one = find(uid);
        if (!one)
            return one.error();
        if (*one)
            all.append(**one);
    }
    return all;
}

Result<std::optional<Interrogation>> ReviewRepository::find(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT title, ajbh, created_ms, created_by FROM review_interrogation"
                   " WHERE uid = ?"_s,
                   {uid}))
        return sqlError(tr("The interrogation could not be read."), q.lastError());
    if (!q.next())
        return std::optional<Interrogation>();
    Interrogation i;
    i.uid = uid;
    i.title = q.value(0).toString();
    i.ajbh = q.value(1).toString();
    i.createdMs = q.value(2).toLongLong();
    i.createdBy = q.value(3).toString();
    if (!execBound(q,
                   u"SELECT role, name, path, sha256, bytes, offset_ms FROM review_file"
                   " WHERE interrogation = ? ORDER BY seq"_s,
                   {uid}))
        return sqlError(tr("The interrogation could not be read."), q.lastError());
    while (q.next()) {
        ReviewFile f;
        f.role =
            ReviewFile::roleFromName(q.value(0).toString()).value_or(ReviewFile::Role::Recording);
        f.name = q.value(1).toString();
        f.path = q.value(2).toString();
        f.sha256 = q.value(3).toString();
        f.bytes = q.value(4).toLongLong();
        f.offsetMs = q.value(5).toLongLong();
        i.files.append(f);
    }
    return std::optional<Interrogation>(i);
}

Result<int> ReviewRepository::addVersion(const QString &uid, const QString &kind,
                                         const QByteArray &body, int basedOn, const QString &actor,
                                         const QString &note, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return sqlError(tr("The cache is busy; try again."), m_db.lastError());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT COALESCE(MAX(version), 0) + 1 FROM review_version"
                   " WHERE interrogation = ? AND kind = ?"_s,
                   {uid, kind}) ||
        !q.next())
        return sqlError(notKept(kind), q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (!execBound(q,
                   u"INSERT INTO review_version (interrogation, kind, version, body, sha256,"
                   " based_on, made_ms, made_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {uid, kind, version, QString::fromUtf8(body), Sha256::hex(body), basedOn, nowMs,
                    actor, note}))
        return sqlError(notKept(kind), q.lastError());
    if (auto audited = audit(actor, kind == u"alignment"_s ? u"realign"_s : u"transcript"_s, uid,
                             u"version %1: %2"_s.arg(version).arg(note), nowMs);
        !audited)
        return audited.error();
    if (!transaction.commit())
        return sqlError(notKept(kind), m_db.lastError());
    return version;
}

Result<std::optional<ReviewVersion>> ReviewRepository::latest(const QString &uid,
                                                              const QString &kind)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT version, body, sha256, based_on, made_ms, made_by, note"
                   " FROM review_version WHERE interrogation = ? AND kind = ?"
                   " ORDER BY version DESC LIMIT 1"_s,
                   {uid, kind}))
        return sqlError(notRead(kind), q.lastError());
    if (!q.next())
        return std::optional<ReviewVersion>();
    return std::optional<ReviewVersion>(ReviewVersion{
        kind, q.value(0).toInt(), q.value(1).toString().toUtf8(), q.value(2).toString(),
        q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
}

Result<QList<ReviewVersion>> ReviewRepository::versions(const QString &uid, const QString &kind)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT version, sha256, based_on, made_ms, made_by, note FROM review_version"
                   " WHERE interrogation = ? AND kind = ? ORDER BY version"_s,
                   {uid, kind}))
        return sqlError(notRead(kind), q.lastError());
    QList<ReviewVersion> list;
    while (q.next())
        list.append({kind,
                     q.value(0).toInt(),
                     {},
                     q.value(1).toString(),
                     q.value(2).toInt(),
                     q.value(3).toLongLong(),
                     q.value(4).toString(),
                     q.value(5).toString()});
    return list;
}

Result<QStringList> ReviewRepository::verifyVersions(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT kind, version, body, sha256 FROM review_version"
                   " WHERE interrogation = ? ORDER BY kind, version"_s,
                   {uid}))
        return sqlError(tr("The versions could not be read."), q.lastError());
    QStringList broken;
    while (q.next())
        if (Sha256::hex(q.value(2).toString().toUtf8()) != q.value(3).toString())
            broken << u"%1 %2"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
    return broken;
}

Result<Bookmark> ReviewRepository::addBookmark(Bookmark bookmark, qint64 nowMs)
{
    if (bookmark.uid.isEmpty())
        bookmark.uid = newUid();
    bookmark.madeMs = nowMs;
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return sqlError(tr("The cache is busy; try again."), m_db.lastError());
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            u"INSERT INTO review_bookmark (uid, interrogation, at_ms, note, made_ms, made_by)"
            " VALUES (?, ?, ?, ?, ?, ?)"_s,
            {bookmark.uid, bookmark.interrogation, bookmark.atMs, bookmark.note, nowMs,
             bookmark.madeBy}))
        return sqlError(tr("The bookmark could not be kept."), q.lastError());
    if (auto audited = audit(bookmark.madeBy, u"bookmark"_s, bookmark.interrogation,
                             u"%1 ms: %2"_s.arg(bookmark.atMs).arg(bookmark.note), nowMs);
        !audited)
        return audited.error();
    if (!transaction.commit())
        return sqlError(tr("The bookmark could not be kept."), m_db.lastError());
    return bookmark;
}

Result<void> ReviewRepository::removeBookmark(const QString &uid, const QString &actor,
                                              qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return sqlError(tr("The cache is busy; try again."), m_db.lastError());
    QSqlQuery q(m_db);
    if (!execBound(q, u"SELECT interrogation, at_ms, note FROM review_bookmark WHERE uid = ?"_s,
                   {uid}))
        return sqlError(tr("The bookmark could not be removed."), q.lastError());
    if (!q.next())
        return {};
    const QString interrogation = q.value(0).toString();
    const QString detail = u"%1 ms: %2"_s.arg(q.value(1).toLongLong()).arg(q.value(2).toString());
    q.finish();
    if (!execBound(q, u"DELETE FROM review_bookmark WHERE uid = ?"_s, {uid}))
        return sqlError(tr("The bookmark could not be removed."), q.lastError());
    if (auto audited = audit(actor, u"unbookmark"_s, interrogation, detail, nowMs); !audited)
        return audited.error();
    if (!transaction.commit())
        return sqlError(tr("The bookmark could not be removed."), m_db.lastError());
    return {};
}

Result<QList<Bookmark>> ReviewRepository::bookmarks(const QString &interrogation)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT uid, at_ms, note, made_ms, made_by FROM review_bookmark"
                   " WHERE interrogation = ? ORDER BY at_ms, made_ms"_s,
                   {interrogation}))
        return sqlError(tr("The bookmarks could not be read."), q.lastError());
    QList<Bookmark> list;
    while (q.next())
        list.append({q.value(0).toString(), interrogation, q.value(1).toLongLong(),
                     q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString()});
    return list;
}

Result<void> ReviewRepository::audit(const QString &actor, const QString &action,
                                     const QString &interrogation, const QString &detail,
                                     qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT INTO review_audit (at_ms, actor, action, interrogation, detail)"
                   " VALUES (?, ?, ?, ?, ?)"_s,
                   {nowMs, actor, action, interrogation, detail}))
        return sqlError(tr("What was done could not be written to the review trail."),
                        q.lastError());
    return {};
}

Result<QList<AuditEntry>> ReviewRepository::trail(const QString &interrogation)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"SELECT seq, at_ms, actor, action, detail FROM review_audit"
                   " WHERE interrogation = ? ORDER BY seq"_s,
                   {interrogation}))
        return sqlError(tr("The review trail could not be read."), q.lastError());
    QList<AuditEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), interrogation, q.value(4).toString()});
    return list;
}

} // namespace Jiandu::Review
