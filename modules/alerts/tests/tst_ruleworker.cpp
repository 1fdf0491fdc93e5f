#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsschema.h>
#include <core/clock.h>
#include <csignal>
#include <rulecatalogue.h>
#include <ruleworker.h>
#include <storage/localcache.h>
#include <sys/resource.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
const qint64 kT = QDateTime(QDate(2026, 11, 23), QTime(9, 0)).toMSecsSinceEpoch();

QByteArray entered(const QString &personId, qint64 at)
{
    return u"{\"type\": \"area.entered\", \"time\": \"%1\", \"subject\": {\"personId\": \"%2\", "
           "\"name\": \"张三\", \"unit\": \"城东派出所\"}}\n"_s
               .arg(QDateTime::fromMSecsSinceEpoch(at).toString(u"yyyy-MM-dd HH:mm:ss"_s), personId)
               .toUtf8();
}

} // namespace

// The rule engine's worker on its own, as the alerts module runs it: feed files in, alerts
// and state in the cache, whatever happens to the files and the disk.
class tst_RuleWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<VirtualClock> m_clock;

    QString feed() const { return m_dir.path() + u"/events"_s; }
    std::unique_ptr<RuleWorker> worker()
    {
        RuleWorker::Config config;
        config.cache = m_cache.get();
        config.clock = m_clock.get();
        config.feedDirectory = feed();
        config.rules = *RuleCatalogue::load({});
        config.tickMs = 50;
        return std::make_unique<RuleWorker>(config);
    }
    qint64 stored() { return *AlertRepository(m_cache->database().connection()).count(); }
    static bool said(const QSignalSpy &reports, const QString &text)
    {
        for (const QList<QVariant> &r : reports) {
            if (r.at(1).toString().contains(text) || r.at(2).toString().contains(text))
                return true;
        }
        return false;
    }
    void write(const QString &name, const QByteArray &lines)
    {
        QDir().mkpath(feed());
        QFile file(feed() + u'/' + name + u".part"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(lines), lines.size());
        file.close();
        QVERIFY(QFile::rename(file.fileName(), feed() + u'/' + name));
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(feed());
        m_cache = std::move(LocalCache::create(m_dir.path() + u"/cache"_s, u"pw"_s)).value();
        QVERIFY(AlertsSchema::migrate(*m_cache).ok());
        m_clock = std::make_unique<VirtualClock>(kT);
    }
    void cleanup() { m_cache.reset(); }

    void aFeedFileIsAppliedOnceWhateverHappensToIt()
    {
        // processed/ cannot be made (a plain file has its name).
        QFile blocker(feed() + u"/processed"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        {
            auto w = worker();
            QSignalSpy reports(w.get(), &RuleWorker::report);
            w->start();
            write(u"a.jsonl"_s, entered(u"P-1"_s, kT - 90 * kMinute));
            QTRY_COMPARE(stored(), 1);
            // Said once, and the file is not read again tick after tick.
            QTRY_VERIFY(said(reports, u"cannot be moved to processed/"_s));
            QTest::qWait(1000);
            QCOMPARE(stored(), 1);
            QVERIFY(QFile::exists(feed() + u"/a.jsonl"_s));
            w->stop();
        }
        // Started again with the file still in the feed (as after a kill between storing its
        // alerts and moving it): the cache knows it was applied.
        QVERIFY(QFile::remove(feed() + u"/processed"_s));
        m_clock->setNowMs(kT + kMinute);
        auto w = worker();
        w->start();
        QTRY_VERIFY(QFile::exists(feed() + u"/processed/a.jsonl"_s));
        QTest::qWait(500);
        QCOMPARE(stored(), 1);
        w->stop();
    }

    void aFileStillBeingWrittenWaits()
    {
        auto w = worker();
        w->start();
        // Written straight into the feed, its last line not finished yet: not touched.
        QFile file(feed() + u"/growing.jsonl"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(entered(u"P-1"_s, kT - 90 * kMinute) +
                   entered(u"P-2"_s, kT - 90 * kMinute).chopped(1));
        file.flush();
        QTest::qWait(1000);
        QCOMPARE(stored(), 0);
        QVERIFY(QFile::exists(file.fileName()));
        // Finished: both people are judged, once.
        file.write("\n");
        file.close();
        QTRY_COMPARE(stored(), 2);
        QTRY_VERIFY(QFile::exists(feed() + u"/processed/growing.jsonl"_s));
        w->stop();
    }

    void aFullDiskLosesNoAlertAndRepeatsNone()
    {
        auto w = worker();
        QSignalSpy reports(w.get(), &RuleWorker::report);
        w->start();
        QByteArray many;
        for (int i = 0; i < 300; ++i)
            many += entered(u"P-%1"_s.arg(i), kT - 90 * kMinute);
        const QString part = feed() + u"/many.jsonl.part"_s;
        {
            QFile file(part);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(many), many.size());
        }
        // No file of this process can be written from here on (a write at any position fails,
        // as on a full disk): the cache's writes fail.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit before = limit;
        limit.rlim_cur = 0;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        const auto restore = qScopeGuard([&before] { ::setrlimit(RLIMIT_FSIZE, &before); });
        QVERIFY(QFile::rename(part, feed() + u"/many.jsonl"_s));
        QTRY_VERIFY(said(reports, u"Alerts not stored"_s));
        QTest::qWait(1000);
        QVERIFY(QFile::exists(feed() + u"/many.jsonl"_s)); // kept until stored
        // Space again: every alert is stored once, the file is moved once.
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
        QTRY_VERIFY(QFile::exists(feed() + u"/processed/many.jsonl"_s));
        QTRY_COMPARE(stored(), 300);
        QTest::qWait(500);
        QCOMPARE(stored(), 300);
        QVERIFY(said(reports, u"Alerts stored again"_s));
        w->stop();
    }
};

QTEST_GUILESS_MAIN(tst_RuleWorker)
#include "tst_ruleworker.moc"
