#include "sampleincidents.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <core/filehash.h>
#include <csignal>
#include <storage/casebundle.h>
#include <storage/caserepository.h>
#include <storage/incidentrepository.h>
#include <storage/keywrap.h>
#include <storage/localcache.h>
#include <storage/sealedfile.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

const QString kCase = u"A4403002026110001"_s;
const QString kTransfer = u"transfer 密码"_s;

void copyDirectory(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + name, to + u'/' + name);
}

} // namespace

class tst_CaseBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    std::unique_ptr<LocalCache> m_source;
    QByteArray m_clip;
    QString m_bundle;
    int m_next = 0;

    QString fresh(const QString &stem) { return m_root.filePath(stem + QString::number(++m_next)); }

    // A laptop's empty cache; the case must not reach it from a bad bundle.
    struct Laptop
    {
        std::unique_ptr<LocalCache> cache;
        QString files;
    };
    Laptop laptop()
    {
        Laptop l;
        l.cache = std::move(LocalCache::create(fresh(u"laptop"_s), u"pw"_s)).value();
        l.files = fresh(u"files"_s);
        return l;
    }
    static QByteArray plainContent(Laptop &l, const QString &path)
    {
        QByteArray plain;
        const auto secret = SealedFile::secret(l.cache->database().connection());
        if (!secret || !SealedFile::read(path, *secret, [&plain](QByteArrayView data) {
                plain.append(data);
                return true;
            }))
            return {};
        return plain;
    }
    static bool hasCase(Laptop &l)
    {
        return CaseRepository(l.cache->database().connection()).find(kCase)->has_value();
    }

private slots:
    void initTestCase()
    {
        auto source = LocalCache::create(m_root.filePath(u"source"_s), u"pw"_s);
        QVERIFY(source.ok());
        m_source = std::move(source).value();
        QSqlDatabase db = m_source->database().connection();
        QVERIFY(IncidentRepository(db).upsert(Testing::sampleIncidents(0, 100)).ok());
        CaseRepository cases(db);
        QVERIFY(cases
                    .upsert({kCase, u"张某盗窃案"_s, u"刑事"_s, u"城东派出所"_s, u"民警王五"_s,
                             1793491200000, 1793577600000})
                    .ok());
        for (int n : {3, 17, 42})
            QVERIFY(
                cases.linkIncident(kCase, u"J440300%1"_s.arg(n, 12, 10, QLatin1Char('0'))).ok());
        m_clip.resize(3 * 1024 * 1024 + 123);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(m_clip.data()),
                                      m_clip.size() / 4);
        m_clip.replace(1000, 14, "CLIPPLAINTEXT!");
        QVERIFY(Testing::writeFile(m_root.filePath(u"interview.mp4"_s), m_clip));
        QVERIFY(Testing::writeFile(m_root.filePath(u"transcript.txt"_s),
                                   u"问：你叫什么名字？答：张某。"_s.toUtf8()));
        QVERIFY(cases
                    .addFileFromDisk(kCase, u"讯问-20261123.mp4"_s, CaseFile::Kind::Clip,
                                     m_root.filePath(u"interview.mp4"_s))
                    .ok());
        QVERIFY(cases
                    .addFileFromDisk(kCase, u"转写.txt"_s, CaseFile::Kind::Transcript,
                                     m_root.filePath(u"transcript.txt"_s))
                    .ok());

        m_bundle = m_root.filePath(u"bundle"_s);
        auto exported = CaseBundle::exportCase(m_source->database(), kCase, m_bundle, kTransfer);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().text()));
        QCOMPARE(exported->incidents, 3);
        QCOMPARE(exported->files, 2);
    }

    void bundleIsSelfContainedAndEncrypted()
    {
        QCOMPARE(QDir(m_bundle).entryList(QDir::Files),
                 (QStringList{u"bundle.db"_s, u"bundle.key"_s, u"manifest.json"_s}));
        const QByteArray db = Testing::readFile(m_bundle + u"/bundle.db"_s);
        QVERIFY(db.size() > m_clip.size());
        QVERIFY(!db.startsWith("SQLite format 3"));
        QVERIFY(!db.contains("CLIPPLAINTEXT!"));
        QVERIFY(!db.contains(u"张某"_s.toUtf8()));
        QVERIFY(!db.contains(m_clip.mid(5000, 64)));
    }

    void importsOnALaptop()
    {
        Laptop l = laptop();
        qint64 lastDone = 0;
        auto imported = CaseBundle::importBundle(l.cache->database(), m_bundle, kTransfer, l.files,
                                                 [&](qint64 done, qint64) {
                                                     lastDone = done;
                                                     return true;
                                                 });
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
        QCOMPARE(imported->files, 2);
        QCOMPARE(lastDone, imported->fileBytes);
        CaseRepository cases(l.cache->database().connection());
        QCOMPARE(cases.find(kCase)->value().ajmc, u"张某盗窃案"_s);
        QCOMPARE(cases.incidents(kCase)->size(), 3);
        const QList<CaseFile> files = cases.files(kCase).value();
        QCOMPARE(files.size(), 2);
        const QString clipPath = QDir(l.files).filePath(kCase + u"/讯问-20261123.mp4"_s);
        // At rest it is encrypted (nothing of it readable without the cache)...
        const QByteArray atRest = Testing::readFile(clipPath);
        QVERIFY(!atRest.contains("CLIPPLAINTEXT!"));
        QVERIFY(!atRest.contains(m_clip.mid(5000, 64)));
        QVERIFY(!Testing::readFile(QDir(l.files).filePath(kCase + u"/转写.txt"_s))
                     .contains(u"张某"_s.toUtf8()));
        // ...and read through the cache's key it is the original, byte for byte.
        QCOMPARE(plainContent(l, clipPath), m_clip);
        QVERIFY(std::any_of(files.cbegin(), files.cend(),
                            [&](const CaseFile &f) { return f.path == clipPath; }));
        auto incident = IncidentRepository(l.cache->database().connection())
                            .find(u"J440300%1"_s.arg(17, 12, 10, QLatin1Char('0')));
        QVERIFY(incident->has_value());
        QCOMPARE(incident->value(), Testing::sampleIncidents(17, 1).constFirst());
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("offset");
        QTest::newRow("bundle.db header") << u"bundle.db"_s << 100;
        QTest::newRow("bundle.db inside the clip") << u"bundle.db"_s << 2000000;
        QTest::newRow("bundle.key") << u"bundle.key"_s << 60;
        QTest::newRow("manifest") << u"manifest.json"_s << -1;
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, file);
        QFETCH(int, offset);
        const QString copy = fresh(u"tampered"_s);
        copyDirectory(m_bundle, copy);
        QByteArray bytes = Testing::readFile(copy + u'/' + file);
        if (offset >= 0) {
            bytes[offset] = char(bytes[offset] ^ 0x20);
        } else {
            // Claim another hash for the clip, as if swapping in another video.
            bytes.replace(fileSha256(m_root.filePath(u"interview.mp4"_s)).toLatin1(),
                          QByteArray(64, 'a'));
        }
        QVERIFY(Testing::writeFile(copy + u'/' + file, bytes));

        Laptop l = laptop();
        auto imported = CaseBundle::importBundle(l.cache->database(), copy, kTransfer, l.files);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(u"altered"_s),
                 qPrintable(imported.error().message));
        QVERIFY(!hasCase(l));
        QVERIFY(QDir(l.files + u'/' + kCase).entryList(QDir::Files).isEmpty());
    }

    void wrongPasswordAndMissingManifest()
    {
        Laptop l = laptop();
        auto wrong = CaseBundle::importBundle(l.cache->database(), m_bundle, u"nope"_s, l.files);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(u"password is wrong"_s));
        const QString copy = fresh(u"nomanifest"_s);
        copyDirectory(m_bundle, copy);
        QFile::remove(copy + u"/manifest.json"_s);
        auto missing = CaseBundle::importBundle(l.cache->database(), copy, kTransfer, l.files);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"manifest.json is missing"_s));
        QVERIFY(!hasCase(l));
    }

    void exportRefusesWhatItCannotVouchFor()
    {
        auto unknown =
            CaseBundle::exportCase(m_source->database(), u"A-none"_s, fresh(u"b"_s), kTransfer);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"not in this computer's cache"_s));

        const QString target = fresh(u"cancelled"_s);
        auto cancelled =
            CaseBundle::exportCase(m_source->database(), kCase, target, kTransfer,
                                   [](qint64 done, qint64) { return done < 1024 * 1024; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message.contains(u"cancelled"_s));
        QVERIFY(!QDir(target).exists());

        QVERIFY(!CaseBundle::exportCase(m_source->database(), kCase, m_bundle, kTransfer).ok());

        QByteArray changed = m_clip;
        changed[10] = 'X';
        QVERIFY(Testing::writeFile(m_root.filePath(u"interview.mp4"_s), changed));
        auto modified =
            CaseBundle::exportCase(m_source->database(), kCase, fresh(u"b"_s), kTransfer);
        QVERIFY(!modified.ok());
        QVERIFY(modified.error().message.contains(u"was changed"_s));
        QVERIFY(Testing::writeFile(m_root.filePath(u"interview.mp4"_s), m_clip));
    }

    void hostileBundlesAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::newRow("2147483647 iterations") << u"iterations"_s;
        QTest::newRow("bundle.key is /dev/zero") << u"zero-key"_s;
        QTest::newRow("manifest.json is /dev/zero") << u"zero-manifest"_s;
        QTest::newRow("manifest.json is a FIFO") << u"fifo"_s;
    }
    void hostileBundlesAreRefusedAtOnce()
    {
        QFETCH(QString, attack);
        const QString copy = fresh(u"hostile"_s);
        copyDirectory(m_bundle, copy);
        const QString key = copy + u"/bundle.key"_s;
        const QString manifest = copy + u"/manifest.json"_s;
        if (attack == u"iterations") {
            QByteArray wrapped = Testing::readFile(key);
            const QString before = fileSha256(key);
            wrapped.replace(QByteArray::number(KeyWrap::kDefaultIterations), "2147483647");
            QVERIFY(Testing::writeFile(key, wrapped));
            QByteArray text = Testing::readFile(manifest);
            text.replace(before.toLatin1(), fileSha256(key).toLatin1());
            QVERIFY(Testing::writeFile(manifest, text));
        } else if (attack == u"zero-key") {
            QVERIFY(QFile::remove(key));
            QVERIFY(QFile::link(u"/dev/zero"_s, key));
        } else if (attack == u"zero-manifest") {
            QVERIFY(QFile::remove(manifest));
            QVERIFY(QFile::link(u"/dev/zero"_s, manifest));
        } else {
            QVERIFY(QFile::remove(manifest));
            QCOMPARE(::mkfifo(manifest.toLocal8Bit().constData(), 0600), 0);
        }
        Laptop l = laptop();
        QElapsedTimer timer;
        timer.start();
        auto imported = CaseBundle::importBundle(l.cache->database(), copy, kTransfer, l.files);
        QVERIFY(!imported.ok());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!hasCase(l));
    }

    void aFailedImportKeepsTheEvidenceThatWasThere()
    {
        Laptop l = laptop();
        QVERIFY(CaseBundle::importBundle(l.cache->database(), m_bundle, kTransfer, l.files).ok());
        const QString clip = QDir(l.files).filePath(kCase + u"/讯问-20261123.mp4"_s);
        const QString transcript = QDir(l.files).filePath(kCase + u"/转写.txt"_s);
        // Again, on a disk that is nearly full: files of this process cannot grow past 1 MB.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit before = limit;
        limit.rlim_cur = 1024 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        auto again = CaseBundle::importBundle(l.cache->database(), m_bundle, kTransfer, l.files);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"Nothing was imported"_s),
                 qPrintable(again.error().message));
        // What the cache lists is still there, whole; no staging folder is left behind.
        QCOMPARE(plainContent(l, clip), m_clip);
        QVERIFY(QFileInfo::exists(transcript));
        QCOMPARE(QDir(l.files).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{kCase});
        const QList<CaseFile> listed =
            CaseRepository(l.cache->database().connection()).files(kCase).value();
        QCOMPARE(listed.size(), 2);
        const QByteArray secret = *SealedFile::secret(l.cache->database().connection());
        for (const CaseFile &f : listed)
            QCOMPARE(SealedFile::plainSha256(f.path, secret), f.sha256);
    }

    void anImportedCaseTravelsOnFromTheLaptop()
    {
        // Imported (sealed at rest), exported again from the laptop, imported elsewhere: the
        // files arrive unchanged; a sealed file changed on disk is refused, not exported.
        Laptop l = laptop();
        QVERIFY(CaseBundle::importBundle(l.cache->database(), m_bundle, kTransfer, l.files).ok());
        const QString again = fresh(u"again"_s);
        auto exported = CaseBundle::exportCase(l.cache->database(), kCase, again, kTransfer);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().text()));
        Laptop other = laptop();
        QVERIFY(
            CaseBundle::importBundle(other.cache->database(), again, kTransfer, other.files).ok());
        QCOMPARE(plainContent(other, QDir(other.files).filePath(kCase + u"/讯问-20261123.mp4"_s)),
                 m_clip);

        const QString sealed = QDir(l.files).filePath(kCase + u"/讯问-20261123.mp4"_s);
        QByteArray bytes = Testing::readFile(sealed);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        QVERIFY(Testing::writeFile(sealed, bytes));
        QVERIFY(plainContent(l, sealed).isEmpty());
        QVERIFY(!CaseBundle::exportCase(l.cache->database(), kCase, fresh(u"b"_s), kTransfer).ok());
        // Cut short after a whole chunk: refused too.
        QVERIFY(Testing::writeFile(sealed,
                                   Testing::readFile(sealed).left(8 + 16 + 4 + (1 << 20) + 16)));
        QVERIFY(plainContent(l, sealed).isEmpty());
    }

    void aForgedCacheKeyDoesNotStallTheOpen()
    {
        const QString directory = fresh(u"cache"_s);
        QVERIFY(LocalCache::create(directory, u"pw"_s).ok());
        const QString key = directory + u"/cache.key"_s;
        QByteArray wrapped = Testing::readFile(key);
        QVERIFY(wrapped.contains(QByteArray::number(KeyWrap::kDefaultIterations)));
        wrapped.replace(QByteArray::number(KeyWrap::kDefaultIterations), "2147483647");
        QVERIFY(Testing::writeFile(key, wrapped));
        QElapsedTimer timer;
        timer.start();
        auto opened = LocalCache::open(directory, u"pw"_s);
        QVERIFY(!opened.ok());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(QFile::remove(key));
        QVERIFY(QFile::link(u"/dev/zero"_s, key));
        QVERIFY(!LocalCache::open(directory, u"pw"_s).ok());
    }
};

QTEST_GUILESS_MAIN(tst_CaseBundle)
#include "tst_casebundle.moc"
