#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <core/shellsettings.h>
#include <moduleapi/modulemanager.h>
#include <moduleapi/settingspage.h>
#include <shell/application.h>
#include <shell/mainwindow.h>
#include <shell/settingsdialog.h>
#include <shell/shell.h>
#include <shell/wallwindow.h>
#include <shell/workspace.h>
#include <uistallwatchdog.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

// The shell with the installation's real modules, as an operator meets it.
class tst_Shell : public QObject
{
    Q_OBJECT

    struct Session
    {
        explicit Session(const QString &dataDir)
            : settings(dataDir + u"/jiandu.ini"_s)
            , modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"zh_CN"_s)
        {
            if (!modules.discover())
                qFatal("module directory missing");
            modules.load();
            shell = std::make_unique<Shell>(ShellContext{dataDir, u"zh_CN"_s, u"tester"_s},
                                            settings, clock, modules,
                                            WindowLayoutStore(dataDir + u"/layout.ini"_s));
            shell->startModules();
        }
        ~Session()
        {
            shell.reset();
            modules.shutdown();
        }
        Workspace *workspace() const { return shell->mainWindow()->workspace(); }

        VirtualClock clock{QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::LocalTime)};
        SettingsStore settings;
        ModuleManager modules;
        std::unique_ptr<Shell> shell;
    };

    QTemporaryDir m_data;

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
        QVERIFY(installTranslations(u"zh_CN"_s));
        // The process's first start of the client (the system's fonts read, the modules'
        // libraries read from disk) is start-up, measured cold by bench/startup.sh; the
        // scenarios watch the running client, so they begin after one start and stop.
        QTemporaryDir warm;
        Session start(warm.path());
        QVERIFY(!QFontDatabase::families().isEmpty());
    }

    void everyModuleIsInTheNavigator()
    {
        Session s(m_data.path());
        s.shell->showMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(s.shell->mainWindow()));
        QCOMPARE(s.modules.failedCount(), 0);
        auto *navigator = s.shell->mainWindow()->findChild<QListWidget *>(u"navigator"_s);
        QVERIFY(navigator);
        QCOMPARE(navigator->accessibleName(), u"页面导航"_s);
        QStringList titles;
        for (int i = 0; i < navigator->count(); ++i)
            titles.append(navigator->item(i)->data(Qt::AccessibleTextRole).toString());
        QVERIFY2(titles.contains(u"运行日志"_s), qPrintable(titles.join(u',')));
        // The first page is shown and its widget carries the page title.
        QWidget *page = s.workspace()->pageWidget(s.workspace()->currentPageId());
        QVERIFY(page && page->isVisible());
        QVERIFY(!page->accessibleName().isEmpty());
    }

    void detachedPagesComeBackWhereTheyWere()
    {
        const Id logPage = *Id::fromString(u"system.log"_s);
        QRect savedGeometry;
        {
            Session s(m_data.path());
            s.shell->showMainWindow();
            QVERIFY(s.workspace()->detachPage(logPage));
            QWidget *window = s.workspace()->detachedWindow(logPage);
            QVERIFY(window && window->isWindow());
            QVERIFY(QTest::qWaitForWindowExposed(window));
            window->setGeometry(200, 150, 800, 500);
            savedGeometry = window->geometry();
            // The page widget moved into the window; the navigator says so.
            QCOMPARE(s.workspace()->pageWidget(logPage)->window(), window);
            auto *navigator = s.shell->mainWindow()->findChild<QListWidget *>(u"navigator"_s);
            // (by its accessible name: on a small screen the navigator shows icons only)
            QCOMPARE(navigator->model()
                         ->match(navigator->model()->index(0, 0), Qt::AccessibleTextRole,
                                 u"运行日志（独立窗口）"_s, -1, Qt::MatchExactly)
                         .size(),
                     1);
            s.shell->saveLayout();
        }
        {
            Session s(m_data.path());
            s.shell->showMainWindow();
            QVERIFY(s.workspace()->isDetached(logPage));
            QWidget *window = s.workspace()->detachedWindow(logPage);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QCOMPARE(window->geometry(), savedGeometry);
            // Closing the window puts the page back into the workspace.
            window->close();
            QTRY_VERIFY(!s.workspace()->isDetached(logPage));
            QCOMPARE(s.workspace()->pageWidget(logPage)->window(), s.shell->mainWindow());
            s.shell->saveLayout();
        }
        Session s(m_data.path());
        s.shell->showMainWindow();
        QVERIFY(!s.workspace()->isDetached(logPage));
    }

    void wallRotatesAndIsLeftOnlyOnPurpose()
    {
        Session s(m_data.path());
        s.settings.setValue(QLatin1String(ShellSettings::kWallRotationSeconds), 7);
        s.shell->showWall({QGuiApplication::primaryScreen()});
        QCOMPARE(s.shell->wallWindows().size(), 1);
        WallWindow *wall = s.shell->wallWindows().constFirst();
        QVERIFY(QTest::qWaitForWindowExposed(wall));
        QVERIFY(wall->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(wall->rotationIntervalMs(), 7000);
        QCOMPARE(wall->currentContentId(), u"system.clock"_s);
        wall->showNext();
        QCOMPARE(wall->currentContentId(), u"system.status"_s);
        // Other modules' contents follow; the rotation comes round to the clock again.
        QStringList seen;
        do {
            wall->showNext();
            seen.append(wall->currentContentId());
        } while (seen.constLast() != u"system.clock" && seen.size() < 20);
        QCOMPARE(seen.constLast(), u"system.clock"_s);

        QSignalSpy leave(wall, &WallWindow::exitRequested);
        QTest::keyClick(wall, Qt::Key_Escape);
        QTest::keyClick(wall, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(leave.size(), 0);
        QVERIFY(wall->isVisible());
        QTest::keyClick(wall, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(leave.size(), 1);

        // The chord only asks; "No" (the default) keeps the wall running.
        QSignalSpy quit(s.shell.get(), &Shell::quitRequested);
        auto *question = wall->findChild<QMessageBox *>(u"leaveWallQuestion"_s);
        QVERIFY(question && question->isVisible());
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
        question->button(QMessageBox::No)->click();
        QCOMPARE(quit.size(), 0);
        QVERIFY(wall->isVisible());
        QTest::keyClick(wall, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(wall->findChild<QMessageBox *>(u"leaveWallQuestion"_s));
        wall->findChild<QMessageBox *>(u"leaveWallQuestion"_s)->button(QMessageBox::Yes)->click();
        QCOMPARE(quit.size(), 1);
    }

    void wallShowsOnlyTheChosenContent()
    {
        Session s(m_data.path());
        s.settings.setValue(QLatin1String(ShellSettings::kWallContents),
                            QStringList{u"system.status"_s});
        s.shell->showWall({QGuiApplication::primaryScreen()});
        WallWindow *wall = s.shell->wallWindows().constFirst();
        QCOMPARE(wall->currentContentId(), u"system.status"_s);
        wall->showNext();
        QCOMPARE(wall->currentContentId(), u"system.status"_s);
    }

    void settingsApplyAndPersist()
    {
        {
            Session s(m_data.path());
            s.shell->showMainWindow();
            s.shell->openSettings();
            auto *opened = s.shell->mainWindow()->findChild<SettingsDialog *>();
            QVERIFY(opened);
            QVERIFY(opened->pages().size() >= 2);
            auto *rotation = opened->findChild<QSpinBox *>(u"wallRotation"_s);
            QVERIFY(rotation);
            rotation->setValue(45);
            // OK applies every page and writes the file.
            auto *ok = opened->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QCOMPARE(ShellSettings::wallRotationSeconds(s.settings), 45);
        }
        SettingsStore reread(m_data.filePath(u"jiandu.ini"_s));
        QCOMPARE(ShellSettings::wallRotationSeconds(reread), 45);
    }

    void criticalNotificationsCannotBeMissed()
    {
        Session s(m_data.path());
        s.shell->showMainWindow();
        s.shell->notify(Severity::Critical, u"Disk full"_s, u"Recording stopped on camera 3"_s);
        auto *box = s.shell->mainWindow()->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal()); // live views keep running behind it
        QVERIFY(box->text().contains(u"camera 3"_s));
        QVERIFY(s.shell->mainWindow()->statusBar()->currentMessage().contains(u"Disk full"_s));
    }
};

QTEST_MAIN(tst_Shell)
#include "tst_shell.moc"
