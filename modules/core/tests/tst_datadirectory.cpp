#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <core/datadirectory.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_DataDirectory : public QObject
{
    Q_OBJECT
private slots:
    void createsAndLocks()
    {
        QTemporaryDir root;
        const QString path = root.filePath(u"site/data"_s);
        auto first = DataDirectory::open(path);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(first.value()->configFile(), path + u"/config/jiandu.ini"_s);

        auto second = DataDirectory::open(path);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(u"already using"_s),
                 qPrintable(second.error().message));
        QVERIFY(
            second.error().message.contains(QString::number(QCoreApplication::applicationPid())));

        first.value().reset(); // released on close
        QVERIFY(DataDirectory::open(path).ok());
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir root;
        QFile lock(root.filePath(u"jiandu.lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // What a process killed with -9 leaves behind: a lock naming a PID that is gone.
        lock.write("2147483000\njiandu\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto dir = DataDirectory::open(root.path());
        QVERIFY2(dir.ok(), qPrintable(dir.ok() ? QString() : dir.error().message));
    }

    void fileInsteadOfDirectory()
    {
        QTemporaryDir root;
        QFile file(root.filePath(u"data"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto dir = DataDirectory::open(file.fileName());
        QVERIFY(!dir.ok());
        QVERIFY(dir.error().message.contains(u"is a file"_s));
    }

    void userDirectoriesAreSafeNames()
    {
        QTemporaryDir root;
        auto dir = DataDirectory::open(root.path());
        QVERIFY(dir.ok());
        const QString user = dir.value()->userDirectory(u"../../etc/张三"_s);
        // Whatever the name, the directory lies directly under users/.
        QCOMPARE(QFileInfo(user).dir().absolutePath(), QDir(root.path()).filePath(u"users"_s));
        QVERIFY(QFileInfo(user).isDir());
    }
};

QTEST_GUILESS_MAIN(tst_DataDirectory)
#include "tst_datadirectory.moc"
