#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <storage/incidentrepository.h>
#include <storage/localcache.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBatch = 500;
const QString kPassword = u"值班密码"_s;

// The highest "committed N" line the writer printed.
qint64 lastCommitted(const QByteArray &output)
{
    qint64 last = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            last = line.mid(10).toLongLong();
    }
    return last;
}

QStringList writerArguments(const QString &dir, qint64 first, int batches)
{
    return {dir, kPassword, QString::number(first), QString::number(batches),
            QString::number(kBatch)};
}

struct Verified
{
    bool ok = false;
    qint64 count = 0;
    QString problem;
};

Verified verify(const QString &dir)
{
    auto cache = LocalCache::open(dir, kPassword);
    if (!cache)
        return {false, 0, cache.error().text()};
    if (auto checked = (*cache)->database().check(); !checked)
        return {false, 0, checked.error().text()};
    return {true, *IncidentRepository((*cache)->database().connection()).count(), {}};
}

} // namespace

class tst_CacheFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

private slots:
    // Power loss in the middle of a batch: kill -9 the writer at random moments, 50 times.
    // Each time at most the batch being written is lost, and the cache stays intact.
    void killNineLosesAtMostTheOpenBatch()
    {
        const QString dir = m_root.filePath(u"killed"_s);
        QRandomGenerator random(20261123); // reproducible kill points
        qint64 total = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(CACHE_WRITER), writerArguments(dir, total, 1000000));
            QVERIFY(writer.waitForStarted());
            // Wait for the first commit, then a random extra time inside later batches.
            QVERIFY(writer.waitForReadyRead(20000));
            QTest::qWait(int(random.bounded(5, 120)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            const qint64 reported = lastCommitted(writer.readAllStandardOutput());
            QVERIFY(reported > 0);

            const Verified after = verify(dir);
            QVERIFY2(after.ok, qPrintable(after.problem));
            const qint64 added = after.count - total;
            // Everything reported as committed is there; a commit that completed after the
            // last line was printed may be there too; never a partial batch.
            QVERIFY2(added == reported || added == reported + kBatch,
                     qPrintable(
                         u"round %1: reported %2, found %3"_s.arg(round).arg(reported).arg(added)));
            QCOMPARE(added % kBatch, 0);
            total = after.count;
        }
        qInfo("50 kills, %lld incidents survived intact", static_cast<long long>(total));
    }

    // Disk full: the write fails cleanly with a message, committed data stays.
    void diskFullFailsCleanly()
    {
        const QString dir = m_root.filePath(u"full"_s);
        QProcess seed;
        seed.start(QStringLiteral(CACHE_WRITER), writerArguments(dir, 0, 4));
        QVERIFY(seed.waitForFinished(60000));
        QCOMPARE(seed.exitCode(), 0);
        const qint64 used = QFileInfo(LocalCache::databasePath(dir)).size() +
                            QFileInfo(LocalCache::databasePath(dir) + u"-wal"_s).size();

        QProcess writer;
        QStringList args = writerArguments(dir, 4 * kBatch, 1000);
        args << QString::number(used + 600 * 1024); // room for a few batches only
        writer.start(QStringLiteral(CACHE_WRITER), args);
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 1);
        const QString error = QString::fromUtf8(writer.readAllStandardError());
        QVERIFY2(error.contains(u"disk full"_s), qPrintable(error));
        const qint64 reported = lastCommitted(writer.readAllStandardOutput());

        const Verified after = verify(dir);
        QVERIFY2(after.ok, qPrintable(after.problem));
        QCOMPARE(after.count, 4 * kBatch + reported);
    }

    // Two processes writing the same cache: both finish, nothing is lost or corrupted.
    void twoWritersShareOneCache()
    {
        const QString dir = m_root.filePath(u"shared"_s);
        QProcess create;
        create.start(QStringLiteral(CACHE_WRITER), writerArguments(dir, 0, 1));
        QVERIFY(create.waitForFinished(60000));
        QProcess a, b;
        a.start(QStringLiteral(CACHE_WRITER), writerArguments(dir, 1000000, 40));
        b.start(QStringLiteral(CACHE_WRITER), writerArguments(dir, 2000000, 40));
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const Verified after = verify(dir);
        QVERIFY2(after.ok, qPrintable(after.problem));
        QCOMPARE(after.count, kBatch + 80 * kBatch);
    }
};

QTEST_GUILESS_MAIN(tst_CacheFailures)
#include "tst_cachefailures.moc"
