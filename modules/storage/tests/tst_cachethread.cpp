// A module's database thread: work runs in order off the caller's thread, answers come back
// on the caller's thread (and not at all once the caller is gone), and what was queued is
// done before the thread ends.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <storage/cachethread.h>
#include <storage/localcache.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_CacheThread : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void runsInOrderAndAnswersOnTheCallersThread()
    {
        auto cache = LocalCache::create(m_dir.filePath(u"a"_s), u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY((*cache)->migrate(u"t"_s, {{1, {u"CREATE TABLE t (n INTEGER)"_s}}}).ok());
        QList<int> answers;
        QObject receiver;
        {
            CacheThread data(**cache, u"test-data"_s);
            for (int i = 0; i < 50; ++i)
                data.run<int>(
                    &receiver,
                    [i](QSqlDatabase &db) -> Result<int> {
                        if (QThread::currentThread() == qApp->thread())
                            return Error{u"on the caller's thread"_s, {}};
                        QSqlQuery q(db);
                        q.prepare(u"INSERT INTO t VALUES (?)"_s);
                        q.addBindValue(i);
                        return q.exec() ? i : -1;
                    },
                    [&answers, &receiver](Result<int> n) {
                        QCOMPARE(QThread::currentThread(), receiver.thread());
                        answers.append(n ? *n : -100);
                    });
            // Destroyed at once: what was queued is still done.
        }
        QSqlQuery q((*cache)->database().connection());
        QVERIFY(q.exec(u"SELECT count(*), min(n), max(n) FROM t"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 50);
        QTRY_COMPARE(answers.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(answers[i], i);
    }

    void noAnswerOnceTheCallerIsGone()
    {
        auto cache = LocalCache::create(m_dir.filePath(u"b"_s), u"pw"_s);
        QVERIFY(cache.ok());
        CacheThread data(**cache, u"test-data"_s);
        bool answered = false;
        auto *receiver = new QObject;
        data.run<int>(
            receiver,
            [](QSqlDatabase &) -> Result<int> {
                QThread::msleep(100);
                return 1;
            },
            [&answered](Result<int>) { answered = true; });
        delete receiver;
        data.drain();
        QTest::qWait(50);
        QVERIFY(!answered);
    }

    void aCacheThatCannotBeOpenedIsSaid()
    {
        auto cache = LocalCache::create(m_dir.filePath(u"c"_s), u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY(QFile::remove(LocalCache::databasePath(m_dir.filePath(u"c"_s))));
        QVERIFY(QDir().mkpath(LocalCache::databasePath(m_dir.filePath(u"c"_s)))); // a folder
        CacheThread data(**cache, u"test-data"_s);
        std::optional<Result<int>> answer;
        QObject receiver;
        data.run<int>(
            &receiver, [](QSqlDatabase &) -> Result<int> { return 1; },
            [&answer](Result<int> r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CacheThread)
#include "tst_cachethread.moc"
