#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#ifdef PLAIN_SQLITE_LOADED
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString kRawKey = u"x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'"_s;
const QString kOtherKey = u"x'00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF'"_s;
int g_connection = 0;

QSqlDatabase openDatabase(const QString &path, const QString &key, const QString &options = {})
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"c%1"_s.arg(++g_connection));
    db.setDatabaseName(path);
    db.setPassword(key);
    db.setConnectOptions(options);
    db.open();
    return db;
}

// Runs the stock sqlcipher shell on \a path with \a script on stdin.
QString sqlcipherShell(const QString &path, const QString &script, int *exitCode = nullptr)
{
    QProcess shell;
    shell.start(u"sqlcipher"_s, {u"-batch"_s, path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(30000);
    if (exitCode)
        *exitCode = shell.exitCode();
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
}

} // namespace

class tst_QSqlCipher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeSample(const QString &name, const QString &key, const QString &options = {})
    {
        const QString path = m_dir.filePath(name);
        QSqlDatabase db = openDatabase(path, key, options);
        if (!db.isOpen())
            qFatal("open failed: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(u"CREATE TABLE jq (jqbh TEXT PRIMARY KEY, bjr TEXT, jjsj TEXT, photo BLOB)"_s);
        q.prepare(u"INSERT INTO jq VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(u"J4403002026112300017"_s);
        q.addBindValue(u"报警人张三丰"_s);
        q.addBindValue(u"2026-11-23 08:15:00"_s);
        q.addBindValue(QByteArray("\x00\x01PLAINTEXTMARKER\xff", 19));
        if (!q.exec())
            qFatal("insert failed: %s", qPrintable(q.lastError().text()));
        return path;
    }

private slots:
    void initTestCase()
    {
#ifdef PLAIN_SQLITE_LOADED
        // The unencrypting library is loaded and bound in this process before the driver.
        QVERIFY(sqlite3_libversion() != nullptr);
        QVERIFY(sqlite3_threadsafe() >= 0);
#endif
        QVERIFY(QSqlDatabase::drivers().contains(u"QSQLCIPHER"_s));
    }

    void roundTripsEveryType()
    {
        QSqlDatabase db = openDatabase(m_dir.filePath(u"types.db"_s), kRawKey);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, d REAL, s TEXT, "
                       "b BLOB, flag BOOLEAN)"_s));
        QVERIFY(q.prepare(u"INSERT INTO t (n, d, s, b, flag) VALUES (:n, :d, :s, :b, :flag)"_s));
        const QByteArray blob(100000, '\x5a');
        q.bindValue(u":n"_s, Q_INT64_C(9007199254740993));
        q.bindValue(u":d"_s, 3.25);
        q.bindValue(u":s"_s, u"讯问室 2 — ✓"_s);
        q.bindValue(u":b"_s, blob);
        q.bindValue(u":flag"_s, true);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(q.lastInsertId().toLongLong(), 1);
        q.bindValue(u":n"_s, QVariant());
        q.bindValue(u":d"_s, QVariant());
        q.bindValue(u":s"_s, QVariant());
        q.bindValue(u":b"_s, QVariant());
        q.bindValue(u":flag"_s, false);
        QVERIFY(q.exec());
        QCOMPARE(q.lastInsertId().toLongLong(), 2);

        QVERIFY(q.exec(u"SELECT n, d, s, b, flag FROM t ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), Q_INT64_C(9007199254740993));
        QCOMPARE(q.value(1).toDouble(), 3.25);
        QCOMPARE(q.value(2).toString(), u"讯问室 2 — ✓"_s);
        QCOMPARE(q.value(3).toByteArray(), blob);
        QCOMPARE(q.value(4).toBool(), true);
        QVERIFY(q.next());
        QVERIFY(q.isNull(0) && q.isNull(2) && q.isNull(3));
        QVERIFY(!q.next());
        QCOMPARE(q.record().fieldName(2), u"s"_s);
        QVERIFY(db.tables().contains(u"t"_s));
        QCOMPARE(db.record(u"t"_s).count(), 6);
        QCOMPARE(db.primaryIndex(u"t"_s).fieldName(0), u"id"_s);
    }

    void transactionsCommitAndRollBack()
    {
        QSqlDatabase db = openDatabase(m_dir.filePath(u"tx.db"_s), kRawKey);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY(db.transaction());
        QVERIFY(q.exec(u"INSERT INTO t VALUES (1)"_s));
        QVERIFY(db.commit());
        QVERIFY(db.transaction());
        QVERIFY(q.exec(u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(db.rollback());
        QVERIFY(q.exec(u"SELECT count(*) FROM t"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void errorsCarryTheSqliteMessage()
    {
        QSqlDatabase db = openDatabase(m_dir.filePath(u"errors.db"_s), kRawKey);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (k TEXT PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"INSERT INTO t VALUES ('a')"_s));
        QVERIFY(!q.exec(u"INSERT INTO t VALUES ('a')"_s));
        QVERIFY2(q.lastError().databaseText().contains(u"UNIQUE"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"SELECT nope FROM t"_s));
        QVERIFY(q.lastError().databaseText().contains(u"no such column"_s));
    }

    void fileIsEncryptedAndInteroperable()
    {
        const QString path = writeSample(u"sample.db"_s, kRawKey);
        QSqlDatabase::removeDatabase(u"c%1"_s.arg(g_connection));
        const QByteArray bytes = Jiandu::Testing::readFile(path);
        QVERIFY(bytes.size() >= 1024);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        for (const QByteArray &plain :
             {QByteArray("J4403002026112300017"), u"报警人张三丰"_s.toUtf8(),
              QByteArray("PLAINTEXTMARKER"), QByteArray("CREATE TABLE"), QByteArray("jqbh")})
            QVERIFY2(!bytes.contains(plain), plain.constData());

        // The stock sqlcipher shell reads it with the same key …
        const QString out =
            sqlcipherShell(path, u"PRAGMA key = \"%1\";\nSELECT bjr FROM jq;\n"_s.arg(kRawKey));
        QVERIFY2(out.contains(u"报警人张三丰"_s), qPrintable(out));
        // … and not without it.
        const QString denied = sqlcipherShell(path, u"SELECT bjr FROM jq;\n"_s);
        QVERIFY2(denied.contains(u"not a database"_s), qPrintable(denied));
    }

    void passphraseUsesTheConfiguredKdf()
    {
        const QString path =
            writeSample(u"pass.db"_s, u"值班 password"_s, u"QSQLCIPHER_KDF_ITER=100000"_s);
        QVERIFY(!Jiandu::Testing::readFile(path).startsWith("SQLite format 3"));
        const QString out = sqlcipherShell(
            path,
            u"PRAGMA key = '值班 password';\nPRAGMA kdf_iter = 100000;\nSELECT jqbh FROM jq;\n"_s);
        QVERIFY2(out.contains(u"J4403002026112300017"_s), qPrintable(out));
        // The same passphrase with another iteration count is another key.
        QSqlDatabase db = openDatabase(path, u"值班 password"_s, u"QSQLCIPHER_KDF_ITER=64000"_s);
        QVERIFY(!db.isOpen());
    }

    void wrongKeyGarbageAndTruncationAreClearErrors()
    {
        const QString path = writeSample(u"keyed.db"_s, kRawKey);
        QSqlDatabase wrong = openDatabase(path, kOtherKey);
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.lastError().text().contains(u"key is wrong"_s),
                 qPrintable(wrong.lastError().text()));
        QSqlDatabase none = openDatabase(path, QString());
        QVERIFY(!none.isOpen());

        const QString garbage = m_dir.filePath(u"garbage.db"_s);
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(8192, '\x42'));
        g.close();
        QSqlDatabase onGarbage = openDatabase(garbage, kRawKey);
        QVERIFY(!onGarbage.isOpen());
        QVERIFY(onGarbage.lastError().text().contains(u"not a database"_s));
        QCOMPARE(Jiandu::Testing::readFile(garbage), QByteArray(8192, '\x42')); // never overwritten

        const QString truncated = m_dir.filePath(u"truncated.db"_s);
        QFile::copy(path, truncated);
        QFile t(truncated);
        QVERIFY(t.resize(700));
        QSqlDatabase onTruncated = openDatabase(truncated, kRawKey);
        QVERIFY(!onTruncated.isOpen());
    }

    void rekeyChangesTheKey()
    {
        const QString path = writeSample(u"rekey.db"_s, kRawKey);
        {
            QSqlDatabase db = openDatabase(path, kRawKey);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"PRAGMA rekey = \"%1\""_s.arg(kOtherKey)),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(!openDatabase(path, kRawKey).isOpen());
        QSqlDatabase db = openDatabase(path, kOtherKey);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT bjr FROM jq"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"报警人张三丰"_s);
    }

    void emptyPasswordIsPlainSqlite()
    {
        const QString path = writeSample(u"plain.db"_s, QString());
        QVERIFY(Jiandu::Testing::readFile(path).startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(tst_QSqlCipher)
#include "tst_qsqlcipher.moc"
