// The review's record in the cache: interrogations with their files as added, versions of
// transcripts and alignments that are never changed, bookmarks, and a trail that cannot be
// edited or cut.
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <core/filehash.h>
#include <review/data/reviewrepository.h>
#include <review/data/reviewschema.h>
#include <storage/cachedatabase.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Review;

class TestReviewRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

    QSqlDatabase db() { return m_cache->database().connection(); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = LocalCache::create(m_dir.filePath(u"cache"_s), u"pw"_s);
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().text()));
        m_cache = std::move(cache).value();
        QVERIFY(ReviewSchema::migrate(*m_cache).ok());
    }

    void filesAreMeasuredAndRefusedWhenNotFiles()
    {
        const QString path = write(u"笔录.txt"_s, "问：你叫什么？\n答：王五。\n");
        const auto f = ReviewRepository::measure(path, ReviewFile::Role::Record);
        QVERIFY(f.ok());
        QCOMPARE(f->name, u"笔录.txt"_s);
        QCOMPARE(f->sha256, Sha256::hex(QByteArray("问：你叫什么？\n答：王五。\n")));
        QCOMPARE(ReviewRepository::measure(u"/dev/zero"_s, ReviewFile::Role::Record).error().code,
                 u"not-regular"_s);
        QCOMPARE(ReviewRepository::measure(m_dir.filePath(u"absent"_s), ReviewFile::Role::Record)
                     .error()
                     .code,
                 u"missing"_s);
    }

    void anInterrogationIsKeptWithItsFilesAndVersions()
    {
        ReviewRepository repo(db());
        Interrogation i;
        i.title = u"王五 第1次询问"_s;
        i.ajbh = u"A4403000000002026110001"_s;
        i.files = {
            *ReviewRepository::measure(write(u"a.mkv"_s, "video"), ReviewFile::Role::Recording),
            *ReviewRepository::measure(write(u"b.mkv"_s, "video 2"), ReviewFile::Role::Recording),
            *ReviewRepository::measure(write(u"r.txt"_s, "record"), ReviewFile::Role::Record)};
        i.files[1].offsetMs = 1500;
        const auto kept = repo.create(i, u"法制 李"_s, 1000);
        QVERIFY(kept.ok());
        QVERIFY(!kept->uid.isEmpty());
        const auto found = repo.find(kept->uid);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->title, i.title);
        QCOMPARE((*found)->filesIn(ReviewFile::Role::Recording).size(), 2);
        QCOMPARE((*found)->filesIn(ReviewFile::Role::Recording)[1].offsetMs, 1500);
        QCOMPARE((*found)->createdBy, u"法制 李"_s);

        QCOMPARE(*repo.addVersion(kept->uid, u"transcript"_s, "{\"segments\":[]}", 0, u"李"_s,
                                  u"file t.vtt"_s, 2000),
                 1);
        QCOMPARE(*repo.addVersion(kept->uid, u"alignment"_s, "{\"a\":1}", 1, u"李"_s, u"aligned"_s,
                                  3000),
                 1);
        QCOMPARE(*repo.addVersion(kept->uid, u"alignment"_s, "{\"a\":2}", 1, u"李"_s,
                                  u"pair 5 by hand"_s, 4000),
                 2);
        const auto latest = repo.latest(kept->uid, u"alignment"_s);
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->version, 2);
        QCOMPARE((*latest)->body, QByteArray("{\"a\":2}"));
        QCOMPARE((*latest)->sha256, Sha256::hex(QByteArray("{\"a\":2}")));
        QCOMPARE((*latest)->note, u"pair 5 by hand"_s);
        QCOMPARE(repo.versions(kept->uid, u"alignment"_s)->size(), 2);
        QVERIFY(repo.verifyVersions(kept->uid)->isEmpty());

        // A kept version is never changed or dropped, not even by SQL.
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"UPDATE review_version SET body = 'x'"_s));
        QVERIFY(!q.exec(u"DELETE FROM review_version"_s));
        QCOMPARE(repo.versions(kept->uid, u"alignment"_s)->size(), 2);

        QCOMPARE(repo.list()->size(), 1);
    }

    void aVersionEditedBehindJianduIsFound()
    {
        ReviewRepository repo(db());
        const auto kept = repo.create({{}, u"x"_s}, u"a"_s, 1);
        QVERIFY(kept.ok());
        QVERIFY(repo.addVersion(kept->uid, u"transcript"_s, "{}", 0, u"a"_s, {}, 2).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(u"DROP TRIGGER review_version_kept"_s));
        QVERIFY(
            q.exec(u"UPDATE review_version SET body = '{\"edited\":1}' WHERE interrogation = '"_s +
                   kept->uid + u"'"_s));
        QCOMPARE(*repo.verifyVersions(kept->uid), QStringList{u"transcript 1"_s});
        QVERIFY(q.exec(u"CREATE TRIGGER review_version_kept BEFORE UPDATE ON review_version"
                       " BEGIN SELECT RAISE(ABORT, 'a kept version is never changed'); END"_s));
    }

    void bookmarksAndTheTrail()
    {
        ReviewRepository repo(db());
        const auto kept = repo.create({{}, u"y"_s}, u"李"_s, 10);
        const auto mark =
            repo.addBookmark({{}, kept->uid, 65000, u"此处未记入笔录"_s, 0, u"李"_s}, 20);
        QVERIFY(mark.ok());
        QVERIFY(repo.audit(u"李"_s, u"play"_s, kept->uid, u"from 1:05"_s, 30).ok());
        QCOMPARE(repo.bookmarks(kept->uid)->size(), 1);
        QCOMPARE(repo.bookmarks(kept->uid)->constFirst().note, u"此处未记入笔录"_s);
        QVERIFY(repo.removeBookmark(mark->uid, u"李"_s, 40).ok());
        QVERIFY(repo.bookmarks(kept->uid)->isEmpty());

        const auto trail = repo.trail(kept->uid);
        QVERIFY(trail.ok());
        QStringList actions;
        for (const AuditEntry &e : *trail)
            actions << e.action;
        QCOMPARE(actions, (QStringList{u"create"_s, u"bookmark"_s, u"play"_s, u"unbookmark"_s}));

        // Append only.
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"DELETE FROM review_audit"_s));
        QVERIFY(q.lastError().text().contains(u"append only"_s));
        QVERIFY(!q.exec(u"UPDATE review_audit SET actor = 'someone else'"_s));
        QCOMPARE(repo.trail(kept->uid)->size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "tst_reviewrepository.moc"
