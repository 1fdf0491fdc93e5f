// Tables owned by modules: each module's migrations recorded apart, a cache of the single
// numbered schema taken over without losing a row, and migrations that fail or come from a
// newer Jiandu refused without changing anything.
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <storage/localcache.h>
#include <storage/schema.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

qint64 count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool hasTable(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(table);
    return q.exec() && q.next();
}

const QList<Migration> kNotes{
    {1, {u"CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s}},
    {2, {u"ALTER TABLE note ADD COLUMN author TEXT"_s}},
};

} // namespace

class tst_Schema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_next = 0;
    QString freshDirectory() { return m_root.filePath(u"cache%1"_s.arg(++m_next)); }

private slots:
    void aNewCacheHoldsOnlyStorageTablesUntilModulesAddTheirs()
    {
        auto cache = LocalCache::create(freshDirectory(), u"pw"_s);
        QVERIFY(cache.ok());
        QSqlDatabase &db = (*cache)->database().connection();
        QVERIFY(hasTable(db, u"incident"_s));
        QVERIFY(hasTable(db, u"media_segment"_s));
        QVERIFY(!hasTable(db, u"alert"_s));
        QVERIFY(!hasTable(db, u"patrol_finding"_s));
        auto versions = Schema::versions(db);
        QVERIFY(versions.ok());
        QCOMPARE(*versions, (QMap<QString, int>{{Schema::storageModule(),
                                                 int(Schema::storageMigrations().size())}}));

        QVERIFY((*cache)->migrate(u"notes"_s, kNotes.mid(0, 1)).ok());
        QVERIFY(hasTable(db, u"note"_s));
        QCOMPARE(Schema::versions(db)->value(u"notes"_s), 1);
        // The next version adds its step only; running again changes nothing.
        QVERIFY((*cache)->migrate(u"notes"_s, kNotes).ok());
        QVERIFY((*cache)->migrate(u"notes"_s, kNotes).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO note (text, author) VALUES ('走廊无人值守', '李明')"_s));
        QCOMPARE(Schema::versions(db)->value(u"notes"_s), 2);
        QVERIFY((*cache)->database().check().ok());
    }

    void aCacheOfTheSingleSchemaKeepsEveryRow()
    {
        // As Jiandu 0.1 wrote it: schema 8, one row in every table.
        const QString dir = freshDirectory();
        QVERIFY(QDir().mkpath(dir));
        for (const QString &name : {u"cache.db"_s, u"cache.key"_s})
            QVERIFY(QFile::copy(QStringLiteral(FIXTURE_CACHES) + u"/schema8/"_s + name,
                                dir + u'/' + name));
        for (const QString &name : {u"cache.db"_s, u"cache.key"_s})
            QFile::setPermissions(dir + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);

        // Read-only, it is refused with what to do.
        auto readOnly = LocalCache::open(dir, u"fixture-v8"_s, LocalCache::Access::ReadOnly);
        QVERIFY(!readOnly.ok());
        QVERIFY2(readOnly.error().message.contains(u"open it once"_s),
                 qPrintable(readOnly.error().message));

        auto cache = LocalCache::open(dir, u"fixture-v8"_s);
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().text()));
        QSqlDatabase &db = (*cache)->database().connection();
        const QStringList tables{u"incident"_s,
                                 u"legal_case"_s,
                                 u"case_incident"_s,
                                 u"case_file"_s,
                                 u"media_segment"_s,
                                 u"patrol_finding"_s,
                                 u"alert"_s,
                                 u"rule_engine_state"_s,
                                 u"rule_setting"_s,
                                 u"rule_setting_change"_s,
                                 u"problem"_s,
                                 u"problem_step"_s,
                                 u"problem_attachment"_s,
                                 u"consumed_feed"_s,
                                 u"workstation_secret"_s};
        for (const QString &table : tables)
            QVERIFY2(count(db, table) == 1, qPrintable(table));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT note FROM patrol_finding"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"值班民警离岗"_s);
        QVERIFY(q.exec(u"SELECT length(keyframes) FROM media_segment"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);

        // Its tables are recorded under their owners, so the modules add nothing twice.
        auto versions = Schema::versions(db);
        QVERIFY(versions.ok());
        QCOMPARE(versions->value(Schema::storageModule()), Schema::storageMigrations().size());
        QCOMPARE(versions->value(u"alerts"_s), 2);
        QCOMPARE(versions->value(u"videopatrol"_s), 1);
        QVERIFY((*cache)->database().check().ok());
        cache = Error{};

        // Taken over once: opened again (also read-only), nothing changes.
        auto again = LocalCache::open(dir, u"fixture-v8"_s, LocalCache::Access::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
        QCOMPARE(*Schema::versions((*again)->database().connection()), *versions);
    }

    void aFailedStepChangesNothing()
    {
        auto cache = LocalCache::create(freshDirectory(), u"pw"_s);
        QVERIFY(cache.ok());
        QSqlDatabase &db = (*cache)->database().connection();
        QVERIFY((*cache)->migrate(u"notes"_s, kNotes.mid(0, 1)).ok());
        const QList<Migration> broken{
            kNotes[0],
            {2,
             {u"ALTER TABLE note ADD COLUMN author TEXT"_s, u"CREATE TABLE half (x)"_s,
              u"THIS IS NOT SQL"_s}},
        };
        const Result<void> failed = (*cache)->migrate(u"notes"_s, broken);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(u"notes"_s), qPrintable(failed.error().message));
        QCOMPARE(Schema::versions(db)->value(u"notes"_s), 1);
        QVERIFY(!hasTable(db, u"half"_s));
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELECT author FROM note"_s));
    }

    void refusesWhatItCannotUnderstand()
    {
        auto cache = LocalCache::create(freshDirectory(), u"pw"_s);
        QVERIFY(cache.ok());
        QSqlDatabase &db = (*cache)->database().connection();
        // Steps that are not numbered 1, 2, 3, …
        const Result<void> gap = (*cache)->migrate(u"notes"_s, {{1, {}}, {3, {}}});
        QVERIFY(!gap.ok());
        QVERIFY(!Schema::versions(db)->contains(u"notes"_s));
        // Tables written by a newer version of a module.
        QVERIFY((*cache)->migrate(u"notes"_s, kNotes).ok());
        const Result<void> older = (*cache)->migrate(u"notes"_s, kNotes.mid(0, 1));
        QVERIFY(!older.ok());
        QVERIFY2(older.error().message.contains(u"newer Jiandu"_s),
                 qPrintable(older.error().message));
        QCOMPARE(Schema::versions(db)->value(u"notes"_s), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
