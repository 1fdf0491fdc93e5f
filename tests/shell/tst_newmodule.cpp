// A new module as it is added: files in its own folder and one CMake line. Its tables are
// made before it starts (and only once), its service is found by others, and it uses the
// alerts module's service to open a problem in the closed loop.
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <alerts/data/alertsschema.h>
#include <alerts/data/problemrepository.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/modulemanager.h>
#include <notes/api/inotebook.h>
#include <shell/shell.h>
#include <storage/localcache.h>
#include <storage/schema.h>
#include <uistallwatchdog.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_NewModule : public QObject
{
    Q_OBJECT

    // Beside the real module directory, where the modules find the libraries they link.
    QTemporaryDir m_modules{qEnvironmentVariable("JIANDU_MODULE_DIR") + u"/../new-module-XXXXXX"_s};
    QTemporaryDir m_data;

    qint64 problemOfNote(LocalCache &cache, qint64 noteId)
    {
        QSqlQuery q(cache.database().connection());
        q.prepare(u"SELECT problem_id FROM fixture_note WHERE id = ?"_s);
        q.addBindValue(noteId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Every scenario: the UI thread never works 100 ms without its event loop turning.
    std::unique_ptr<Testing::UiStallWatchdog> m_watchdog;

private slots:
    void init()
    {
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
    }
    void cleanup()
    {
        const QStringList stalls = std::exchange(m_watchdog, {})->stalls();
        QVERIFY2(stalls.isEmpty(), qPrintable(stalls.join(u'\n')));
    }
    void initTestCase()
    {
        QVERIFY(m_modules.isValid());
        QVERIFY(QFile::copy(qEnvironmentVariable("JIANDU_MODULE_DIR") + u"/alerts.so"_s,
                            m_modules.filePath(u"alerts.so"_s)));
        QVERIFY(QFile::copy(QStringLiteral(FIXTURE_MODULE_DIR "/fixturenotes.so"),
                            m_modules.filePath(u"fixturenotes.so"_s)));
    }

    void bringsItsTableOffersAServiceAndUsesOne()
    {
        m_watchdog->step(u"set-up by the test"_s, false);
        auto cache = LocalCache::create(m_data.filePath(u"cache"_s), u"pw"_s);
        QVERIFY(cache.ok());
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        SettingsStore settings(m_data.filePath(u"jiandu.ini"_s));
        for (int run = 0; run < 2; ++run) {
            ModuleManager modules(m_modules.path(), u"en"_s);
            QVERIFY(modules.discover().ok());
            modules.load();
            Shell shell({m_data.path(), u"en"_s, u"tester"_s}, settings, *SystemClock::instance(),
                        modules, WindowLayoutStore(m_data.filePath(u"layout.ini"_s)), cache->get());
            shell.startModules();
            for (const ModuleStatus &s : modules.statuses())
                QVERIFY2(s.state == ModuleStatus::State::Initialized, qPrintable(s.reason));
            // Its two steps ran once, in dependency order after the alerts module's.
            auto versions = Schema::versions((*cache)->database().connection());
            QCOMPARE(versions->value(u"fixturenotes"_s), 2);
            QCOMPARE(versions->value(u"alerts"_s), AlertsSchema::migrations().size());

            auto *notes = shell.service<INoteBook>();
            QVERIFY(notes);
            std::optional<Result<qint64>> added;
            QObject receiver;
            notes->add(u"门禁未关 %1"_s.arg(run), true, &receiver,
                       [&added](Result<qint64> id) { added = id; });
            QTRY_VERIFY(added.has_value());
            QVERIFY(added->ok());
            // The note went on into the closed loop through IProblems.
            QTRY_VERIFY(problemOfNote(**cache, **added) > 0);
            auto problem = ProblemRepository((*cache)->database().connection())
                               .get(problemOfNote(**cache, **added));
            QVERIFY(problem.ok() && problem->has_value());
            QCOMPARE((*problem)->title, u"门禁未关 %1"_s.arg(run));
            QCOMPARE((*problem)->unit, u"Fixture unit"_s);
            modules.shutdown();
        }
        QSqlQuery q((*cache)->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM fixture_note"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void doesNotStartOnTablesItCannotUnderstand()
    {
        // The cache was used by a newer version of the module: it stays off, and says why;
        // the others start.
        m_watchdog->step(u"set-up by the test"_s, false);
        auto cache = LocalCache::create(m_data.filePath(u"newer"_s), u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY((*cache)
                    ->migrate(u"fixturenotes"_s,
                              {{1, {u"CREATE TABLE fixture_note (id INTEGER PRIMARY KEY)"_s}},
                               {2, {}},
                               {3, {}}})
                    .ok());
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        SettingsStore settings(m_data.filePath(u"newer.ini"_s));
        ModuleManager modules(m_modules.path(), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        Shell shell({m_data.path(), u"en"_s, u"tester"_s}, settings, *SystemClock::instance(),
                    modules, WindowLayoutStore(m_data.filePath(u"newer-layout.ini"_s)),
                    cache->get());
        shell.startModules();
        QCOMPARE(modules.failedCount(), 1);
        for (const ModuleStatus &s : modules.statuses()) {
            if (s.id == u"fixturenotes"_s) {
                QCOMPARE(s.state, ModuleStatus::State::Failed);
                QVERIFY2(s.reason.contains(u"newer Jiandu"_s), qPrintable(s.reason));
            } else {
                QCOMPARE(s.state, ModuleStatus::State::Initialized);
            }
        }
        QVERIFY(!shell.service<INoteBook>());
        modules.shutdown();
    }
};

QTEST_MAIN(tst_NewModule)
#include "tst_newmodule.moc"
