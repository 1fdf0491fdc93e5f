#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <core/logfile.h>
#include <core/loghub.h>
#include <thread>

using namespace Jiandu;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "jiandu.test", QtDebugMsg)

namespace {} // namespace

class tst_LogHub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        LogHub::instance().installMessageHandler();
        LogHub::instance().setEchoToStderr(false);
    }

    void messagesReachFileAndMemory()
    {
        QTemporaryDir dir;
        QVERIFY(LogHub::instance().startFile(dir.path()));
        const qint64 before = LogHub::instance().lastSequence();
        qCWarning(lcTest) << "camera 3 lost its stream";
        qCInfo(lcTest) << "second line\nwith a continuation";
        const QList<LogRecord> records = LogHub::instance().recordsSince(before);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].category, u"jiandu.test"_s);
        QCOMPARE(records[0].type, QtWarningMsg);
        QCOMPARE(records[1].sequence, records[0].sequence + 1);
        const QByteArray file = Testing::readFile(LogHub::instance().filePath());
        QVERIFY(file.contains("WARN  jiandu.test: camera 3 lost its stream"));
        QVERIFY(file.contains("second line\n    with a continuation"));
        QVERIFY(LogHub::instance().categories().contains(u"jiandu.test"_s));
        QCOMPARE(LogHub::instance().countSince(QDateTime::currentMSecsSinceEpoch() - 60000,
                                               QtWarningMsg) >= 1,
                 true);
        LogHub::instance().stopFile();
    }

    void idNumbersNeverReachTheFileWhole()
    {
        QTemporaryDir dir;
        QVERIFY(LogHub::instance().startFile(dir.path()));
        const qint64 before = LogHub::instance().lastSequence();
        // Valid numbers and a mistyped one (masked all), a longer run of digits and an
        // 18-digit number with no date inside (no ID numbers: left alone).
        qCWarning(lcTest) << "张三，440300199001011238，P-1；44030019500101123x；"
                             "440300199001011234；44030019900101123800；123456789012345678";
        LogHub::instance().stopFile();
        const QString file = QString::fromUtf8(Testing::readFile(dir.path() + u"/jiandu.log"_s));
        QVERIFY2(file.contains(u"张三，4403**********1238，P-1；4403**********123X；"
                               "4403**********1234；44030019900101123800；123456789012345678"_s),
                 qPrintable(file));
        // The operator at the screen sees the record as it was written.
        QVERIFY(LogHub::instance().recordsSince(before).constFirst().message.contains(
            u"440300199001011238"_s));
    }

    void memoryIsBounded()
    {
        const qint64 before = LogHub::instance().lastSequence();
        const int capacity = LogHub::instance().capacity();
        for (int i = 0; i < capacity + 500; ++i)
            qCDebug(lcTest) << "flood" << i;
        const QList<LogRecord> kept = LogHub::instance().recordsSince(before, capacity * 2);
        QCOMPARE(kept.size(), capacity);
        QCOMPARE(kept.constLast().message, u"flood %1"_s.arg(capacity + 499));
        // A reader asking for less gets the newest records.
        QCOMPARE(LogHub::instance().recordsSince(before, 10).constFirst().message,
                 u"flood %1"_s.arg(capacity + 490));
    }

    void concurrentWritersLoseNothing()
    {
        QTemporaryDir dir;
        QVERIFY(LogHub::instance().startFile(dir.path()));
        const qint64 before = LogHub::instance().lastSequence();
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([t] {
                for (int i = 0; i < 500; ++i)
                    qCInfo(lcTest) << "thread" << t << "line" << i;
            });
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(LogHub::instance().lastSequence() - before, 2000);
        QCOMPARE(Testing::readFile(LogHub::instance().filePath()).count("jiandu.test: thread"),
                 2000);
        LogHub::instance().stopFile();
    }

    void unwritableDirectoryIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-dir"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!LogHub::instance().startFile(file + u"/logs"_s));
        QVERIFY(!LogHub::instance().fileError().isEmpty());
        QVERIFY(LogHub::instance().filePath().isEmpty());
        qCWarning(lcTest) << "still logged in memory";
        QCOMPARE(LogHub::instance()
                     .recordsSince(LogHub::instance().lastSequence() - 1)
                     .constFirst()
                     .message,
                 u"still logged in memory"_s);
    }

    void fileRotatesAtTheLimit()
    {
        QTemporaryDir dir;
        LogFile file(dir.path(), u"rot"_s, {1000, 2});
        QVERIFY(file.open());
        const QByteArray line(99, 'x'); // 100 bytes with the newline
        for (int i = 0; i < 35; ++i)
            QVERIFY(file.writeLine(line));
        QVERIFY(QFile::exists(file.rotatedPath(1)));
        QVERIFY(QFile::exists(file.rotatedPath(2)));
        QVERIFY(!QFile::exists(file.rotatedPath(3))); // only two kept
        QCOMPARE(QFileInfo(file.rotatedPath(1)).size(), 1000);
        QCOMPARE(QFileInfo(file.currentPath()).size(), 500);
    }
};

QTEST_GUILESS_MAIN(tst_LogHub)
#include "tst_loghub.moc"
