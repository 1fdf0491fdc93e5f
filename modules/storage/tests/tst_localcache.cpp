#include "sampleincidents.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <storage/caserepository.h>
#include <storage/incidentrepository.h>
#include <storage/keywrap.h>
#include <storage/localcache.h>
#include <storage/schema.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {} // namespace

class tst_LocalCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_next = 0;
    QString freshDirectory() { return m_root.filePath(u"cache%1"_s.arg(++m_next)); }

private slots:
    void storesAndFindsIncidents()
    {
        const QString dir = freshDirectory();
        auto cache = LocalCache::create(dir, u"pw"_s);
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().text()));
        IncidentRepository incidents((*cache)->database().connection());
        const QList<Incident> batch = Testing::sampleIncidents(0, 500);
        QVERIFY(incidents.upsert(batch).ok());
        QCOMPARE(*incidents.count(), 500);

        // Upsert replaces by jqbh.
        Incident changed = batch[7];
        changed.bjbz = true;
        changed.cznr = u"已办结，回访满意"_s;
        QVERIFY(incidents.upsert({changed}).ok());
        QCOMPARE(*incidents.count(), 500);
        auto found = incidents.find(changed.jqbh);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found->value(), changed);
        QVERIFY(!incidents.find(u"J-none"_s)->has_value());

        // An hour of intake: 60 records one minute apart.
        const qint64 from = batch[100].jjsjMs;
        auto hour = incidents.receivedBetween(from, from + 3600000);
        QVERIFY(hour.ok());
        QCOMPARE(hour->size(), 60);
        QCOMPARE(hour->constFirst().jqbh, batch[100].jqbh);

        // A batch with a bad record is stored not at all.
        QList<Incident> bad = Testing::sampleIncidents(1000, 10);
        bad[5].jqbh.clear();
        QVERIFY(!incidents.upsert(bad).ok());
        QCOMPARE(*incidents.count(), 500);

        auto stats = (*cache)->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->incidents, 500);
        QCOMPARE(stats->schema.value(Schema::storageModule()), Schema::storageMigrations().size());
        QVERIFY((*cache)->database().check().ok());
    }

    void incidentsAndCasesAreFoundByWhatTheyMention()
    {
        auto cache = LocalCache::create(freshDirectory(), u"pw"_s);
        QVERIFY(cache.ok());
        QSqlDatabase db = (*cache)->database().connection();
        QList<Incident> batch = Testing::sampleIncidents(0, 300);
        batch[42].cznr = u"将嫌疑人王某强带回审查，100%确认"_s;
        QVERIFY(IncidentRepository(db).upsert(batch).ok());
        IncidentRepository incidents(db);
        // By a name in the disposal, a number, a reporter's ID number, a place.
        auto found = incidents.search(u"王某强"_s);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().jqbh, batch[42].jqbh);
        QCOMPARE(incidents.search(batch[7].jqbh)->first().jqbh, batch[7].jqbh);
        QCOMPARE(incidents.search(u"  报警人123 "_s)->first().jqbh, batch[123].jqbh);
        // Newest first, as many as asked for.
        found = incidents.search(u"滨河路"_s, 5);
        QCOMPARE(found->size(), 5);
        QCOMPARE(found->first().jqbh, batch[299].jqbh);
        // LIKE's own characters are searched for as typed, not as patterns.
        QCOMPARE(incidents.search(u"100%"_s)->size(), 1);
        QCOMPARE(incidents.search(u"%"_s)->size(), 1);
        QCOMPARE(incidents.search(u"_"_s)->size(), 0);
        QVERIFY(incidents.search(u""_s)->isEmpty());
        QVERIFY(incidents.search(u"'); DROP TABLE incident; --"_s)->isEmpty());
        QCOMPARE(*incidents.count(), 300);

        CaseRepository cases(db);
        QVERIFY(cases
                    .upsert({u"A4403002026110071"_s, u"王某强盗窃案"_s, u"刑事"_s, u"城东派出所"_s,
                             u"李警官"_s, 1000, 1000})
                    .ok());
        QCOMPARE(cases.search(u"盗窃"_s)->first().ajbh, u"A4403002026110071"_s);
        QCOMPARE(cases.search(u"李警官"_s)->size(), 1);
        QVERIFY(cases.search(u"抢劫"_s)->isEmpty());
    }

    // The UI reads while the sync engine writes: WAL lets the reader see the last committed
    // state at once instead of waiting for the writer's transaction.
    void readersAreNotBlockedByAWriter()
    {
        const QString dir = freshDirectory();
        auto writer = LocalCache::create(dir, u"pw"_s);
        QVERIFY(writer.ok());
        QVERIFY(IncidentRepository((*writer)->database().connection())
                    .upsert(Testing::sampleIncidents(0, 100))
                    .ok());
        CacheDatabase::Options impatient;
        impatient.busyTimeoutMs = 50;
        auto reader = CacheDatabase::open(
            LocalCache::databasePath(dir),
            KeyWrap::sqlCipherKey(
                KeyWrap::unwrap(Testing::readFile(LocalCache::keyPath(dir)), u"pw"_s).value()),
            impatient);
        QVERIFY(reader.ok());

        QSqlDatabase w = (*writer)->database().connection();
        QVERIFY(w.transaction());
        QSqlQuery insert(w);
        QVERIFY(insert.exec(u"DELETE FROM incident WHERE jqbh < 'J440300000000000050'"_s));
        QElapsedTimer timer;
        timer.start();
        auto seen = IncidentRepository((*reader)->connection()).count();
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().text()));
        QCOMPARE(*seen, 100); // the committed state, without waiting
        QVERIFY(timer.elapsed() < 50);
        QVERIFY(w.commit());
        QCOMPARE(*IncidentRepository((*reader)->connection()).count(), 50);
    }

    void fileHoldsNoPlaintext()
    {
        const QString dir = freshDirectory();
        {
            auto cache = LocalCache::create(dir, u"pw"_s);
            QVERIFY(cache.ok());
            QVERIFY(IncidentRepository((*cache)->database().connection())
                        .upsert(Testing::sampleIncidents(0, 200))
                        .ok());
        }
        QByteArray bytes = Testing::readFile(LocalCache::databasePath(dir));
        bytes += Testing::readFile(LocalCache::databasePath(dir) + u"-wal"_s);
        QVERIFY(bytes.size() > 10000);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        for (const QByteArray &plain :
             {QByteArray("J440300000000000042"), u"报警人42"_s.toUtf8(), u"城东派出所"_s.toUtf8(),
              QByteArray("incident"), QByteArray("jqbh")})
            QVERIFY2(!bytes.contains(plain), plain.constData());
        const QByteArray keyFile = Testing::readFile(LocalCache::keyPath(dir));
        QVERIFY(keyFile.contains("aes-256-gcm"));
        // Only its owner may read the wrapped key (no offline guessing by other accounts).
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(LocalCache::keyPath(dir)) & others, QFile::Permissions());
    }

    void passwordsAndKeys()
    {
        const QString dir = freshDirectory();
        {
            auto cache = LocalCache::create(dir, u"old password"_s);
            QVERIFY(cache.ok());
            QVERIFY(IncidentRepository((*cache)->database().connection())
                        .upsert(Testing::sampleIncidents(0, 50))
                        .ok());
        }
        auto wrong = LocalCache::open(dir, u"guess"_s);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(u"password is wrong"_s));

        // Changing the password leaves the cache file as it is.
        const QByteArray before = QCryptographicHash::hash(
            Testing::readFile(LocalCache::databasePath(dir)), QCryptographicHash::Sha256);
        {
            auto cache = LocalCache::open(dir, u"old password"_s);
            QVERIFY(cache.ok());
            QVERIFY((*cache)->changePassword(u"new password"_s).ok());
        }
        QCOMPARE(QCryptographicHash::hash(Testing::readFile(LocalCache::databasePath(dir)),
                                          QCryptographicHash::Sha256),
                 before);
        QVERIFY(!LocalCache::open(dir, u"old password"_s).ok());

        // Rekey: a new data key for the whole file; the old data key no longer opens it.
        const QByteArray oldDataKey =
            KeyWrap::unwrap(Testing::readFile(LocalCache::keyPath(dir)), u"new password"_s).value();
        {
            auto cache = LocalCache::open(dir, u"new password"_s);
            QVERIFY(cache.ok());
            QVERIFY2((*cache)->rekey(u"new password"_s).ok(), "rekey");
            QCOMPARE(*IncidentRepository((*cache)->database().connection()).count(), 50);
        }
        QVERIFY(
            !CacheDatabase::open(LocalCache::databasePath(dir), KeyWrap::sqlCipherKey(oldDataKey))
                 .ok());
        auto reopened = LocalCache::open(dir, u"new password"_s);
        QVERIFY(reopened.ok());
        QCOMPARE(*IncidentRepository((*reopened)->database().connection()).count(), 50);
        QVERIFY((*reopened)->database().check().ok());
    }

    void interruptedRekeyIsCompletedOnOpen()
    {
        const QString dir = freshDirectory();
        QByteArray newKey = KeyWrap::generateDataKey();
        {
            auto cache = LocalCache::create(dir, u"pw"_s);
            QVERIFY(cache.ok());
            QVERIFY(IncidentRepository((*cache)->database().connection())
                        .upsert(Testing::sampleIncidents(0, 20))
                        .ok());
            // Steps 1 and 2 of a rekey, then the process "dies" before step 3.
            QFile pending(LocalCache::keyPath(dir) + u".pending"_s);
            QVERIFY(pending.open(QIODevice::WriteOnly));
            pending.write(KeyWrap::wrap(newKey, u"pw"_s, 10000).value());
            pending.close();
            QVERIFY((*cache)->database().rekey(KeyWrap::sqlCipherKey(newKey)).ok());
        }
        auto cache = LocalCache::open(dir, u"pw"_s);
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().text()));
        QCOMPARE(*IncidentRepository((*cache)->database().connection()).count(), 20);
        QVERIFY(!QFile::exists(LocalCache::keyPath(dir) + u".pending"_s));
    }

    void refusesWhatItCannotUse()
    {
        // A cache from a newer Jiandu.
        const QString newer = freshDirectory();
        {
            auto cache = LocalCache::create(newer, u"pw"_s);
            QVERIFY(cache.ok());
            QSqlQuery q((*cache)->database().connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        auto refused = LocalCache::open(newer, u"pw"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"newer Jiandu"_s),
                 qPrintable(refused.error().message));

        // A garbage file where the cache should be.
        const QString garbage = freshDirectory();
        QVERIFY(LocalCache::create(garbage, u"pw"_s).ok());
        QFile db(LocalCache::databasePath(garbage));
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(20000, 'G'));
        db.close();
        auto onGarbage = LocalCache::open(garbage, u"pw"_s);
        QVERIFY(!onGarbage.ok());
        QVERIFY(onGarbage.error().message.contains(u"cannot be decrypted"_s));
        QCOMPARE(Testing::readFile(LocalCache::databasePath(garbage)), QByteArray(20000, 'G'));

        // A lost key.
        const QString lost = freshDirectory();
        QVERIFY(LocalCache::create(lost, u"pw"_s).ok());
        QVERIFY(QFile::remove(LocalCache::keyPath(lost)));
        auto noKey = LocalCache::open(lost, u"pw"_s);
        QVERIFY(!noKey.ok());
        QVERIFY(noKey.error().message.contains(u"synchronise again"_s));

        QVERIFY(!LocalCache::create(lost, u"pw"_s).ok()); // never overwrites
        QVERIFY(!LocalCache::open(freshDirectory(), u"pw"_s).ok());
    }
};

QTEST_GUILESS_MAIN(tst_LocalCache)
#include "tst_localcache.moc"
