#include "simulatorprocess.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <alerts/api/ieventsink.h>
#include <alerts/data/problemrepository.h>
#include <core/clock.h>
#include <core/filehash.h>
#include <core/recordingschedule.h>
#include <core/settingsstore.h>
#include <media/clipexporter.h>
#include <media/snapshot.h>
#include <moduleapi/modulemanager.h>
#include <moduleapi/settingspage.h>
#include <shell/application.h>
#include <shell/mainwindow.h>
#include <shell/notificationcenter.h>
#include <shell/shell.h>
#include <shell/workspace.h>
#include <storage/caserepository.h>
#include <storage/localcache.h>
#include <storage/segmentrepository.h>
#include <uistallwatchdog.h>
#include <videopatrol/data/findingrepository.h>
#include <videopatrol/data/layoutrepository.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

// The video patrol page as an operator uses it, against jiandu-sim's cameras.
//! Stands in for the rule engine's door (the alerts module's IEventSink): what reached it.
class EventCapture : public QObject, public IEventSink
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::IEventSink)

public:
    void submit(const QList<RuleEvent> &events, const QString &) override { m_events += events; }
    //! The units of the events of \a type, sorted.
    QStringList of(const QString &type) const
    {
        QStringList units;
        for (const RuleEvent &e : m_events) {
            if (e.type == type)
                units.append(e.subject.value(QStringLiteral("unit")).toString());
        }
        units.sort();
        return units;
    }

private:
    QList<RuleEvent> m_events;
};

class tst_VideoPatrol : public QObject
{
    Q_OBJECT

    std::unique_ptr<Testing::Simulator> m_sim;
    QList<QUrl> m_cameras;

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(u"en"_s)); // the English UI, plurals included
        m_sim = std::make_unique<Testing::Simulator>(2, 640, 360);
        m_cameras = {m_sim->url(1), m_sim->url(2)};
        QVERIFY(m_cameras[0].isValid() && m_cameras[1].isValid());
        QCOMPARE(m_cameras.size(), 2);
    }
    void cleanupTestCase() { m_sim.reset(); }

    void doubleClickedCameraPlaysAndSnapshotsAreEvidence()
    {
        // This scenario drops and restores a camera: it has a simulator of its own, so a
        // camera slow to come back cannot reach into the scenarios after it.
        Testing::Simulator own(2, 640, 360);
        const QList<QUrl> cameras{own.url(1), own.url(2)};
        QVERIFY(cameras[0].isValid() && cameras[1].isValid());
        QTemporaryDir data;
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{data.path(), u"en"_s, u"tester"_s};
        context.site.name = u"Test site"_s;
        context.site.cameras = {
            {u"cam-a"_s, u"Interview room 1"_s, u"Case centre"_s, cameras[0].toString()},
            {u"cam-b"_s, u"Waiting room"_s, u"Case centre"_s, cameras[1].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(data.filePath(u"layout.ini"_s)));
        shell.startModules();
        shell.showMainWindow();
        QVERIFY(shell.mainWindow()->workspace()->showPage(*Id::fromString(u"videopatrol.live"_s)));
        QWidget *page =
            shell.mainWindow()->workspace()->pageWidget(*Id::fromString(u"videopatrol.live"_s));
        QVERIFY(page);

        auto *tree = page->findChild<QTreeView *>();
        const QModelIndex unit = tree->model()->index(0, 0);
        QCOMPARE(unit.data().toString(), u"Case centre"_s);
        const QModelIndex camera = tree->model()->index(1, 0, unit);
        QCOMPARE(camera.data().toString(), u"Waiting room"_s);
        const QRect rect = tree->visualRect(camera);
        QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());

        QWidget *tile = page->findChild<QWidget *>(u"videoTile0"_s);
        QVERIFY(tile);
        QCOMPARE(tile->toolTip(), u"Waiting room"_s);
        // The tree marks the cameras on screen, and its search box narrows it.
        QTRY_VERIFY(tree->model()->index(1, 0, unit).data(Qt::UserRole + 3).toBool());
        QVERIFY(!tree->model()->index(0, 0, unit).data(Qt::UserRole + 3).toBool());
        auto *search = page->findChild<QLineEdit *>(u"cameraSearch"_s);
        QVERIFY(search);
        search->setText(u"WAITING"_s);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        QCOMPARE(tree->model()->index(0, 0, tree->model()->index(0, 0)).data().toString(),
                 u"Waiting room"_s);
        search->setText(u"no such camera"_s);
        QCOMPARE(tree->model()->rowCount(), 0);
        search->clear();
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        QTRY_COMPARE_WITH_TIMEOUT(tile->accessibleDescription(), u"Playing"_s, 15000);

        // The picture is on the tile: the stamp's white blocks are in its top rows.
        const QImage shown = tile->grab().toImage();
        int bright = 0;
        for (int x = 0; x < shown.width(); ++x)
            for (int y = 0; y < shown.height() / 4; ++y)
                bright += qGray(shown.pixel(x, y)) > 200;
        QVERIFY2(bright > 100, "no picture on the tile");

        QToolButton *snapshot = nullptr;
        for (QToolButton *button : tile->findChildren<QToolButton *>()) {
            if (button->text() == u"Snapshot"_s)
                snapshot = button;
        }
        QVERIFY(snapshot && snapshot->isVisible());
        snapshot->click();
        // Encoded off the UI thread; written when the operator is told.
        QTRY_COMPARE(
            QDir(data.filePath(u"snapshots"_s)).entryList({u"*.png"_s}, QDir::Files).size(), 1);
        const QStringList files =
            QDir(data.filePath(u"snapshots"_s)).entryList({u"*.png"_s}, QDir::Files);
        const Snapshot::Metadata meta =
            Snapshot::read(data.filePath(u"snapshots/"_s + files.constFirst()));
        QCOMPARE(meta.cameraId, u"cam-b"_s);
        QCOMPARE(meta.cameraName, u"Waiting room"_s);
        QCOMPARE(meta.operatorName, u"tester"_s);
        QVERIFY(qAbs(meta.timeMs - QDateTime::currentMSecsSinceEpoch()) < 10000);
        // The camera's own picture (640×360 here), not the tile's decode size (960×540 in a
        // 4-tile grid).
        QCOMPARE(QImage(data.filePath(u"snapshots/"_s + files.constFirst())).size(),
                 QSize(640, 360));
        // The operator is told once the file is written.
        QTRY_VERIFY(
            !shell.notifications().notifications().isEmpty() &&
            shell.notifications().notifications().constLast().title.contains(u"Snapshot"_s));

        // The grid comes back as the operator left it.
        QCOMPARE(settings.stringListValue(u"videopatrol/cameras"_s).value(0), u"cam-b"_s);
        {
            ModuleManager again(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
            QVERIFY(again.discover().ok());
            again.load();
            Shell restarted(context, settings, *SystemClock::instance(), again,
                            WindowLayoutStore(data.filePath(u"layout2.ini"_s)));
            restarted.startModules();
            restarted.showMainWindow();
            QVERIFY(restarted.mainWindow()->workspace()->showPage(
                *Id::fromString(u"videopatrol.live"_s)));
            QWidget *restoredTile = restarted.mainWindow()
                                        ->workspace()
                                        ->pageWidget(*Id::fromString(u"videopatrol.live"_s))
                                        ->findChild<QWidget *>(u"videoTile0"_s);
            QCOMPARE(restoredTile->toolTip(), u"Waiting room"_s);
            QTRY_COMPARE_WITH_TIMEOUT(restoredTile->accessibleDescription(), u"Playing"_s, 15000);
            again.shutdown();
        }

        // A camera that goes away is shown as reconnecting, and the rest keeps running.
        own.command("drop 2");
        QTRY_COMPARE_WITH_TIMEOUT(tile->accessibleDescription(), u"Reconnecting"_s, 10000);
        own.command("restore 2");
        QTRY_COMPARE_WITH_TIMEOUT(tile->accessibleDescription(), u"Playing"_s, 20000);

        modules.shutdown();
    }

    void patrolRoundAndFindings()
    {
        QTemporaryDir data;
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        settings.setValue(u"videopatrol/tiles"_s, 1);
        auto cache = LocalCache::create(data.filePath(u"cache"_s), u"password"_s);
        QVERIFY(cache.ok());
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{data.path(), u"en"_s, u"tester"_s};
        context.site.cameras = {
            {u"cam-a"_s, u"Interview room 1"_s, u"Case centre"_s, m_cameras[0].toString()},
            {u"cam-b"_s, u"Duty desk"_s, u"Police station"_s, m_cameras[1].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(data.filePath(u"layout.ini"_s)), cache->get());
        shell.startModules();
        shell.showMainWindow();
        const Id pageId = *Id::fromString(u"videopatrol.live"_s);
        QVERIFY(shell.mainWindow()->workspace()->showPage(pageId));
        QWidget *page = shell.mainWindow()->workspace()->pageWidget(pageId);
        QWidget *tile = page->findChild<QWidget *>(u"videoTile0"_s);
        QVERIFY(!page->findChild<QWidget *>(u"videoTile1"_s)->isVisible()); // 1-tile layout
        Testing::UiStallWatchdog watchdog;

        watchdog.step(u"patrol round"_s);
        // 巡查: every camera of the site in turn, one grid-full at a time; the rule engine
        // hears that each unit was due a patrol and that it was done (巡查率).
        EventCapture engine;
        shell.addService(&engine);
        const auto cleanup = qScopeGuard([&] { shell.removeService(&engine); });
        page->findChild<QSpinBox *>()->setValue(3);
        auto *patrol = page->findChild<QAction *>(u"patrolRound"_s);
        const QSize usual = shell.mainWindow()->size();
        shell.mainWindow()->showNormal(); // a laptop's screen: the toolbar fits whole
        shell.mainWindow()->resize(1366, 768);
        patrol->setChecked(true);
        QCOMPARE(tile->toolTip(), u"Interview room 1"_s);
        // Its progress is shown: which cameras of how many, and when it moves on.
        auto *progress = page->findChild<QLabel *>(u"patrolProgress"_s);
        const QRegularExpression said(u"^Round \\d+: camera [12] of 2, next in \\d+ s$"_s);
        QTRY_VERIFY2(progress->isVisible() && said.match(progress->text()).hasMatch(),
                     qPrintable(progress->text()));
        QTRY_COMPARE_WITH_TIMEOUT(tile->toolTip(), u"Duty desk"_s, 5000);
        patrol->setChecked(false);
        QTRY_VERIFY(!progress->isVisible());
        shell.mainWindow()->resize(usual);
        QCOMPARE(engine.of(u"patrol.scheduled"_s),
                 (QStringList{u"Case centre"_s, u"Police station"_s}));
        QCOMPARE(engine.of(u"patrol.done"_s), (QStringList{u"Case centre"_s, u"Police station"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(tile->accessibleDescription(), u"Playing"_s, 15000);

        watchdog.step(u"finding"_s);
        // 发现问题: the snapshot of that moment and the operator's words become a record.
        page->findChild<QAction *>(u"reportFinding"_s)->trigger();
        auto *dialog = page->findChild<QDialog *>(u"findingDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        // The alerts module runs here: the finding may go on into the closed loop; not this one.
        QVERIFY(!dialog->findChild<QCheckBox *>(u"findingAsProblem"_s)->isHidden());
        dialog->findChild<QPlainTextEdit *>()->setPlainText(u"值班台无人值守"_s);
        dialog->accept();
        QTRY_COMPARE(FindingRepository((*cache)->database().connection()).recent()->size(), 1);
        auto findings = FindingRepository((*cache)->database().connection()).recent();
        QVERIFY(findings.ok());
        const PatrolFinding &f = findings->constFirst();
        QCOMPARE(f.cameraId, u"cam-b"_s);
        QCOMPARE(f.unit, u"Police station"_s);
        QCOMPARE(f.note, u"值班台无人值守"_s);
        QCOMPARE(f.operatorName, u"tester"_s);
        QVERIFY(QFile::exists(f.snapshotPath));
        QCOMPARE(f.snapshotSha256, fileSha256(f.snapshotPath));
        QCOMPARE(Snapshot::read(f.snapshotPath).cameraId, u"cam-b"_s);

        watchdog.step(u"finding into the closed loop"_s);
        // Opened as a problem: the unit is asked to put it right, the snapshot goes with it,
        // encrypted, with its hash.
        page->findChild<QAction *>(u"reportFinding"_s)->trigger();
        dialog = page->findChildren<QDialog *>(u"findingDialog"_s).constLast();
        auto *asProblem = dialog->findChild<QCheckBox *>(u"findingAsProblem"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"findingUnit"_s)->text(), u"Police station"_s);
        dialog->findChild<QPlainTextEdit *>()->setPlainText(u"嫌疑人无人看管\n走廊东侧"_s);
        asProblem->setChecked(true);
        dialog->accept();
        ProblemRepository problems((*cache)->database().connection());
        QTRY_COMPARE(problems.list()->size(), 1);
        const Problem problem = problems.list()->constFirst();
        QCOMPARE(problem.title, u"嫌疑人无人看管"_s);
        QCOMPARE(problem.unit, u"Police station"_s);
        QCOMPARE(problem.element, u"场所"_s);
        QCOMPARE(problem.createdBy, u"tester"_s);
        const ProblemStep created = problems.history(problem.id)->constFirst();
        QVERIFY2(created.note.contains(u"Duty desk"_s), qPrintable(created.note));
        QCOMPARE(created.attachments.size(), 1);
        const PatrolFinding problemFinding =
            FindingRepository((*cache)->database().connection()).recent()->constFirst();
        QCOMPARE(problemFinding.note, u"嫌疑人无人看管\n走廊东侧"_s);
        QCOMPARE(created.attachments.constFirst().sha256, problemFinding.snapshotSha256);
        QVERIFY(QFile::exists(created.attachments.constFirst().path));
        QVERIFY(Testing::readFile(created.attachments.constFirst().path) !=
                Testing::readFile(problemFinding.snapshotPath)); // sealed, not a plain copy

        watchdog.step(u"record and clip"_s);
        // 录像 then 截取: the tile's recording goes into the cache's index, and the clip of
        // the last 30 s is cut from it with a manifest that verifies.
        settings.setValue(u"videopatrol/segmentSeconds"_s, 1);
        auto *record = tile->findChild<QToolButton *>(u"recordButton"_s);
        QVERIFY(record && record->isVisible());
        record->click();
        QVERIFY(record->isChecked());
        SegmentRepository index((*cache)->database().connection());
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(
            index.overlapping(u"cam-b"_s, started - 60000, started + 60000)->size() >= 3, 20000);
        tile->findChild<QToolButton *>(u"clipButton"_s)->click();
        auto *clipDialog = page->findChild<QDialog *>(u"clipExportDialog"_s);
        QVERIFY(clipDialog && clipDialog->isVisible());
        QCOMPARE(clipDialog->findChild<QComboBox *>(u"clipMode"_s)->currentData().toInt(),
                 int(ClipExporter::Mode::Exact));
        // Before exporting it says what the 30 s hold: a few seconds, and where there is none.
        auto *coverage = clipDialog->findChild<QLabel *>(u"clipCoverage"_s);
        QTRY_VERIFY2(coverage->text().contains(u"of the 30 s asked for"_s),
                     qPrintable(coverage->text()));
        QVERIFY2(coverage->text().contains(u"No footage"_s), qPrintable(coverage->text()));
        // Nothing later than now can be asked for.
        QVERIFY(clipDialog->findChild<QDateTimeEdit *>(u"clipTo"_s)->maximumDateTime() <=
                QDateTime::currentDateTime().addSecs(1));
        clipDialog->findChild<QPushButton *>(u"clipExportButton"_s)->click();
        // Closing the window does not stop the export: it finishes out of sight (the page
        // keeps painting meanwhile) and the operator is told when the clip is saved.
        clipDialog->close();
        QVERIFY(!clipDialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<QDialog *>(u"clipExportDialog"_s), 30000);
        const QString last = shell.notifications().notifications().constLast().message;
        // The dialog asked for more than the few seconds recorded: the notice says so.
        QVERIFY2(shell.notifications().notifications().constLast().title ==
                     u"Clip saved with footage missing"_s,
                 qPrintable(last));
        QVERIFY2(last.contains(u"No footage for"_s), qPrintable(last));
        const QStringList clips =
            QDir(data.filePath(u"clips"_s)).entryList({u"cam-b-*.mp4"_s}, QDir::Files);
        QCOMPARE(clips.size(), 1);
        QVERIFY(ClipExporter::verify(data.filePath(u"clips/"_s + clips.constFirst())).ok());
        // Exported with the window open, the result is said in it: how long, what was
        // missing, where the file is.
        tile->findChild<QToolButton *>(u"clipButton"_s)->click();
        clipDialog = page->findChild<QDialog *>(u"clipExportDialog"_s);
        QTRY_VERIFY(clipDialog->findChild<QLabel *>(u"clipCoverage"_s)->text().contains(u" s "_s));
        QTest::qWait(1100); // another file name (they carry the second)
        clipDialog->findChild<QPushButton *>(u"clipExportButton"_s)->click();
        auto *status = clipDialog->findChild<QLabel *>(u"clipStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Saved"_s), 30000);
        QVERIFY2(status->text().contains(u"No footage for"_s), qPrintable(status->text()));
        QVERIFY(clipDialog->isVisible());
        QVERIFY(clipDialog->findChild<QPushButton *>(u"clipShowFolder"_s));
        clipDialog->close();

        watchdog.step(u"instant replay"_s);
        // 即时回放: the last seconds play again in the tile, then it is live again.
        tile->findChild<QToolButton *>(u"replayButton"_s)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            tile->accessibleDescription() == u"Replaying"_s,
            qPrintable(shell.notifications().notifications().constLast().message), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tile->accessibleDescription(), u"Playing"_s, 30000);
        record->click();
        QVERIFY(!record->isChecked());
        // Not recorded any more: no replay, said on the tile itself.
        tile->findChild<QToolButton *>(u"replayButton"_s)->click();
        QTRY_VERIFY2(tile->property("notice").toString().startsWith(u"No replay"_s),
                     qPrintable(tile->property("notice").toString()));
        QVERIFY(tile->accessibleDescription() != u"Replaying"_s);

        watchdog.step(u"listening"_s);
        // 同步监听: a tile's sound, one tile heard at a time.
        auto *sound = tile->findChild<QToolButton *>(u"soundButton"_s);
        QVERIFY(sound && sound->isVisible());
        sound->click();
        QVERIFY(sound->isChecked());
        QTest::qWait(2500);
        QVERIFY2(sound->isChecked(), // still on: sound arrives (else it says "No sound")
                 qPrintable(shell.notifications().notifications().constLast().message));
        for (QAction *a : page->findChildren<QAction *>()) {
            if (a->data().toInt() == 4)
                a->trigger();
        }
        auto *tree = page->findChild<QTreeView *>();
        const QModelIndex caseCentre = tree->model()->index(0, 0);
        Q_EMIT tree->doubleClicked(tree->model()->index(0, 0, caseCentre));
        QWidget *second = page->findChild<QWidget *>(u"videoTile1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(second->accessibleDescription(), u"Playing"_s, 15000);
        second->findChild<QToolButton *>(u"soundButton"_s)->click();
        QVERIFY(second->findChild<QToolButton *>(u"soundButton"_s)->isChecked());
        QVERIFY(!sound->isChecked());

        watchdog.step(u"full screen"_s);
        // Full screen: the camera in a window of its own, at full resolution; Esc leaves.
        tile->findChild<QToolButton *>(u"fullScreenButton"_s)->click();
        QWidget *full = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"fullScreenVideo")
                full = w;
        }
        QVERIFY(full);
        QVERIFY(full->isFullScreen());
        QTRY_COMPARE_WITH_TIMEOUT(full->accessibleDescription(), u"Playing"_s, 15000);
        QPointer<QWidget> guard = full;
        QTest::keyClick(full, Qt::Key_Escape);
        QTRY_VERIFY(!guard);

        watchdog.step(u"layouts"_s);
        // A named layout, saved and brought back after the grid changed.
        page->findChild<QAction *>(u"saveLayout"_s)->trigger();
        auto *name = page->findChild<QInputDialog *>(u"layoutNameDialog"_s);
        QVERIFY(name && name->isVisible());
        name->setTextValue(u"值班台与讯问室"_s);
        name->accept();
        // Kept in the cache and queued for the unit's other workstations.
        QTRY_VERIFY(LayoutRepository((*cache)->database().connection()).list()->size() == 1);
        QCOMPARE(
            LayoutRepository((*cache)->database().connection()).list()->first().cameras.value(1),
            u"cam-a"_s);
        for (QAction *a : page->findChildren<QAction *>()) {
            if (a->data().toInt() == 1)
                a->trigger();
        }
        QVERIFY(!second->isVisible());
        // The menu lists what the cache holds, read off the UI thread.
        auto *menu = page->findChild<QMenu *>(u"savedLayoutsMenu"_s);
        const auto savedEntry = [&] {
            Q_EMIT menu->aboutToShow();
            return page->findChild<QAction *>(u"layout:值班台与讯问室"_s);
        };
        QTRY_VERIFY(savedEntry());
        QAction *saved = savedEntry();
        saved->trigger();
        QVERIFY(second->isVisible());
        QCOMPARE(second->toolTip(), u"Interview room 1"_s);
        QCOMPARE(tile->toolTip(), u"Duty desk"_s);

        watchdog.step(u"video wall"_s);
        // 上墙: the wall's camera content shows what operators send, newest first.
        std::unique_ptr<QWidget> wall;
        for (const WallContentSpec &content : shell.wallContents()) {
            if (content.id == *Id::fromString(u"videopatrol.wall"_s))
                wall.reset(content.create(nullptr));
        }
        QVERIFY(wall);
        wall->resize(800, 450);
        wall->show();
        tile->findChild<QToolButton *>(u"toWallButton"_s)->click();
        QCOMPARE(shell.notifications().notifications().constLast().title,
                 u"Sent to the video wall"_s);
        QTRY_COMPARE(wall->findChild<QWidget *>(u"videoTile0"_s)->toolTip(), u"Duty desk"_s);
        second->findChild<QToolButton *>(u"toWallButton"_s)->click();
        QTRY_COMPARE(wall->findChild<QWidget *>(u"videoTile0"_s)->toolTip(), u"Interview room 1"_s);
        QCOMPARE(wall->findChild<QWidget *>(u"videoTile1"_s)->toolTip(), u"Duty desk"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            wall->findChild<QWidget *>(u"videoTile0"_s)->accessibleDescription(), u"Playing"_s,
            15000);
        wall.reset();

        watchdog.step(u"25 tiles"_s);
        // 25 tiles.
        for (QAction *a : page->findChildren<QAction *>()) {
            if (a->data().toInt() == 25)
                a->trigger();
        }
        QVERIFY(page->findChild<QWidget *>(u"videoTile24"_s)->isVisible());
        QCOMPARE(settings.intValue(u"videopatrol/tiles"_s, 0, 0, 100), 25);
        // 25 → 1 → 25: the cameras of the hidden tiles come back to them.
        QStringList before;
        for (int i = 0; i < 25; ++i)
            before.append(page->findChild<QWidget *>(u"videoTile%1"_s.arg(i))->toolTip());
        QCOMPARE(before[1], u"Interview room 1"_s); // a camera beyond the first tile
        for (int tiles : {1, 25}) {
            for (QAction *a : page->findChildren<QAction *>()) {
                if (a->data().toInt() == tiles)
                    a->trigger();
            }
        }
        for (int i = 0; i < 25; ++i)
            QCOMPARE(page->findChild<QWidget *>(u"videoTile%1"_s.arg(i))->toolTip(), before[i]);
        QVERIFY2(watchdog.stalls().isEmpty(), qPrintable(watchdog.stalls().join(u'\n')));
        modules.shutdown();
    }

    void openingACameraUsesAFreeTileOrGrowsTheGrid()
    {
        QTemporaryDir data;
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        settings.setValue(u"videopatrol/tiles"_s, 1);
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{data.path(), u"en"_s, u"tester"_s};
        context.site.name = u"Test site"_s;
        context.site.cameras = {
            {u"cam-a"_s, u"Interview room 1"_s, u"Case centre"_s, m_cameras[0].toString()},
            {u"cam-b"_s, u"Waiting room"_s, u"Case centre"_s, m_cameras[1].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(data.filePath(u"layout.ini"_s)));
        shell.startModules();
        shell.showMainWindow();
        // 查看监控 from elsewhere (an alert, the map): a camera on screen is not shown twice,
        // and a full grid grows to the next layout instead of giving up a tile in use.
        QVERIFY(shell.openObject(u"camera"_s, u"cam-b"_s));
        QWidget *page =
            shell.mainWindow()->workspace()->pageWidget(*Id::fromString(u"videopatrol.live"_s));
        QVERIFY(page);
        QCOMPARE(page->findChild<QWidget *>(u"videoTile0"_s)->toolTip(), u"Waiting room"_s);
        QVERIFY(!page->findChild<QWidget *>(u"videoTile1"_s)->isVisible());
        QVERIFY(shell.openObject(u"camera"_s, u"cam-b"_s)); // already on screen
        QVERIFY(!page->findChild<QWidget *>(u"videoTile1"_s)->isVisible());
        QVERIFY(shell.openObject(u"camera"_s, u"cam-a"_s));
        QCOMPARE(page->findChild<QWidget *>(u"videoTile0"_s)->toolTip(), u"Waiting room"_s);
        QCOMPARE(page->findChild<QWidget *>(u"videoTile1"_s)->toolTip(), u"Interview room 1"_s);
        QVERIFY(page->findChild<QWidget *>(u"videoTile1"_s)->isVisible());
        QCOMPARE(settings.intValue(u"videopatrol/tiles"_s, 0, 0, 100), 4);
        modules.shutdown();
    }

    void tileHeadersReadOnALaptopAndOnADesktop()
    {
        // The tile header at 1366×768 and 1920×1080, 4 to 25 tiles, in both languages' worth
        // of name length: the camera's name is readable (never under a button), snapshot is
        // always on the tile, and what does not fit is in the "⋯" menu, not gone.
        QTemporaryDir data;
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{data.path(), u"en"_s, u"tester"_s};
        context.site.name = u"Test site"_s;
        context.site.cameras = {
            {u"cam-a"_s, u"城东分局执法办案管理中心 讯问室 1"_s, u"Case centre"_s,
             m_cameras[0].toString()},
            {u"cam-b"_s, u"Waiting room"_s, u"Case centre"_s, m_cameras[1].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(data.filePath(u"layout.ini"_s)));
        shell.startModules();
        shell.showMainWindow();
        QVERIFY(shell.openObject(u"camera"_s, u"cam-a"_s));
        QWidget *page =
            shell.mainWindow()->workspace()->pageWidget(*Id::fromString(u"videopatrol.live"_s));
        // The camera list folds away for the pictures (Ctrl+L) and comes back.
        shell.mainWindow()->showNormal();
        shell.mainWindow()->resize(1366, 768);
        QApplication::processEvents();
        auto *cameraList = page->findChild<QAction *>(u"toggleCameraList"_s);
        QVERIFY(cameraList);
        auto *tree = page->findChild<QTreeView *>();
        const int before = page->findChild<QWidget *>(u"videoTile0"_s)->width();
        QVERIFY(tree->isVisible());
        cameraList->trigger();
        QTRY_VERIFY(!tree->isVisible());
        QTRY_VERIFY(page->findChild<QWidget *>(u"videoTile0"_s)->width() > before);
        cameraList->trigger();
        QTRY_VERIFY(tree->isVisible());
        const QString out = QDir(qEnvironmentVariable("JIANDU_E2E_OUT", QDir::tempPath()))
                                .filePath(u"tile-headers"_s);
        QDir().mkpath(out);
        for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
            shell.mainWindow()->showNormal(); // (maximized on the test's small screen)
            shell.mainWindow()->resize(screen);
            for (const int tiles : {4, 9, 16, 25}) {
                for (QAction *action : page->findChildren<QAction *>())
                    if (action->text() == u"%1 tiles"_s.arg(tiles))
                        action->trigger();
                QApplication::processEvents();
                QWidget *tile = page->findChild<QWidget *>(u"videoTile0"_s);
                const QString where = u"%1x%2, %3 tiles, tile %4x%5"_s.arg(screen.width())
                                          .arg(screen.height())
                                          .arg(tiles)
                                          .arg(tile->width())
                                          .arg(tile->height());
                QList<QToolButton *> shown;
                QToolButton *snapshot = nullptr;
                QToolButton *more = nullptr;
                for (QToolButton *b : tile->findChildren<QToolButton *>()) {
                    if (!b->isVisibleTo(tile))
                        continue;
                    shown.append(b);
                    if (b->accessibleName() == u"Snapshot"_s)
                        snapshot = b;
                    if (b->objectName() == u"moreButton"_s)
                        more = b;
                }
                QVERIFY2(snapshot, qPrintable(where + u": no snapshot button"_s));
                int leftmost = tile->width();
                for (QToolButton *b : shown) {
                    QVERIFY2(tile->rect().contains(b->geometry()), qPrintable(where));
                    for (QToolButton *other : shown)
                        QVERIFY2(b == other || !b->geometry().intersects(other->geometry()),
                                 qPrintable(where + u": buttons overlap"_s));
                    leftmost = std::min(leftmost, b->x());
                    // Icon-only buttons say what they are.
                    QVERIFY(!b->toolTip().isEmpty());
                }
                // Room for the name: at least eight characters before the first button.
                QFont bold = tile->font();
                bold.setBold(true);
                QVERIFY2(leftmost - 12 >= QFontMetrics(bold).averageCharWidth() * 8,
                         qPrintable(where + u": the name has %1 px"_s.arg(leftmost - 12)));
                // Whatever is not on the header is in the menu.
                int onTile = 0;
                for (QToolButton *b : shown)
                    onTile +=
                        b->objectName() != u"moreButton"_s && b->objectName() != u"closeButton"_s;
                if (onTile < 7) {
                    QVERIFY2(more, qPrintable(where + u": buttons missing, no menu"_s));
                    int listed = -1;
                    QTimer::singleShot(0, [&listed] {
                        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                            listed = int(menu->actions().size());
                            menu->close();
                        }
                    });
                    more->click();
                    QCOMPARE(listed, 7 - onTile);
                }
                tile->grab(QRect(0, 0, tile->width(), 40))
                    .save(u"%1/%2x%3-%4.png"_s.arg(out)
                              .arg(screen.width())
                              .arg(screen.height())
                              .arg(tiles));
            }
        }
        modules.shutdown();
    }

    void aCameraOnAlertRecordsWhenAnAlertNamesIt()
    {
        // 录像计划 "on alert": nothing is recorded until an alert names the camera's room.
        QTemporaryDir data;
        auto cache = LocalCache::create(data.filePath(u"cache"_s), u"pw"_s);
        QVERIFY(cache.ok());
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        settings.setValue(u"videopatrol/segmentSeconds"_s, 1);
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{data.path(), u"en"_s, u"tester"_s};
        SiteCamera watched{u"cam-b"_s, u"Waiting room"_s, u"Case centre"_s,
                           m_cameras[1].toString()};
        watched.recording = *RecordingSchedule::fromText(u"on alert"_s);
        context.site.cameras = {watched};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(data.filePath(u"layout.ini"_s)), cache->get());
        shell.startModules();
        shell.showMainWindow();
        SegmentRepository index((*cache)->database().connection());
        QTest::qWait(2500); // the schedules are applied a moment after the start
        QVERIFY(index.overlapping(u"cam-b"_s, 0, LLONG_MAX)->isEmpty());
        // A person in the waiting room for 90 minutes without a safety check: an alert that
        // names the camera, and the camera records.
        QDir().mkpath(data.filePath(u"events"_s));
        QFile feed(data.filePath(u"events/area.jsonl.part"_s));
        QVERIFY(feed.open(QIODevice::WriteOnly));
        feed.write(u"{\"type\": \"area.entered\", \"time\": \"%1\", \"subject\": {\"personId\": "
                   "\"P-7\", \"name\": \"张三\", \"unit\": \"Case centre\", \"cameraId\": "
                   "\"cam-b\"}}\n"_s
                       .arg(QDateTime::currentDateTime().addSecs(-90 * 60).toString(
                           u"yyyy-MM-dd HH:mm:ss"_s))
                       .toUtf8());
        feed.close();
        QVERIFY(QFile::rename(feed.fileName(), data.filePath(u"events/area.jsonl"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!index.overlapping(u"cam-b"_s, 0, LLONG_MAX)->isEmpty(), 20000);
        modules.shutdown();
    }

    void scheduledCamerasRecordWithoutAnyoneWatching()
    {
        // 录像计划: the site records cam-a continuously; nobody opens a page or presses 录像.
        QTemporaryDir data;
        auto cache = LocalCache::create(data.filePath(u"cache"_s), u"pw"_s);
        QVERIFY(cache.ok());
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        settings.setValue(u"videopatrol/segmentSeconds"_s, 1);
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{data.path(), u"en"_s, u"tester"_s};
        context.site.name = u"Test site"_s;
        SiteCamera recorded{u"cam-a"_s, u"Interview room 1"_s, u"Case centre"_s,
                            m_cameras[0].toString()};
        recorded.recording = *RecordingSchedule::fromText(u"continuous"_s);
        context.site.cameras = {
            recorded, {u"cam-b"_s, u"Waiting room"_s, u"Case centre"_s, m_cameras[1].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(data.filePath(u"layout.ini"_s)), cache->get());
        shell.startModules();
        shell.showMainWindow();
        Testing::UiStallWatchdog watchdog;
        watchdog.step(u"scheduled recording"_s);
        SegmentRepository index((*cache)->database().connection());
        QTRY_VERIFY_WITH_TIMEOUT(!index.overlapping(u"cam-a"_s, 0, LLONG_MAX)->isEmpty(), 15000);
        QVERIFY(index.overlapping(u"cam-b"_s, 0, LLONG_MAX)->isEmpty());

        // The live page shows it in the camera tree and on the tile that shows the camera.
        QVERIFY(shell.mainWindow()->workspace()->showPage(*Id::fromString(u"videopatrol.live"_s)));
        QWidget *page =
            shell.mainWindow()->workspace()->pageWidget(*Id::fromString(u"videopatrol.live"_s));
        auto *tree = page->findChild<QTreeView *>();
        const QModelIndex unit = tree->model()->index(0, 0);
        QVERIFY(tree->model()->index(0, 0, unit).data(Qt::UserRole + 2).toBool());
        QVERIFY(!tree->model()->index(1, 0, unit).data(Qt::UserRole + 2).toBool());

        // 设置 → 录像计划: cam-b is set to record continuously on this workstation; a schedule
        // not understood is said at once and not stored.
        std::unique_ptr<SettingsPage> schedules;
        for (const SettingsPageSpec &spec : shell.settingsPages())
            if (spec.id == *Id::fromString(u"videopatrol.schedules"_s))
                schedules.reset(spec.create(nullptr));
        QVERIFY(schedules);
        auto *table = schedules->findChild<QTableWidget *>(u"scheduleTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 2)->text(), u"continuous"_s);
        auto *camB = qobject_cast<QLineEdit *>(table->cellWidget(1, 3));
        camB->setText(u"every morning"_s);
        QVERIFY(!schedules->findChild<QLabel *>(u"scheduleProblem"_s)->text().isEmpty());
        schedules->apply();
        QVERIFY(settings.value(u"videopatrol/schedules"_s).toString().isEmpty());
        camB->setText(u"continuous"_s);
        QVERIFY(schedules->findChild<QLabel *>(u"scheduleProblem"_s)->text().isEmpty());
        schedules->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!index.overlapping(u"cam-b"_s, 0, LLONG_MAX)->isEmpty(), 15000);
        QTRY_VERIFY(tree->model()->index(1, 0, unit).data(Qt::UserRole + 2).toBool());
        schedules.reset();

        // Quitting asks, since it stops the recording; "No" keeps the client running. (Both
        // recording at that moment: on a loaded machine a camera may be reconnecting.)
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->model()->index(0, 0, unit).data(Qt::UserRole + 2).toBool() &&
                tree->model()->index(1, 0, unit).data(Qt::UserRole + 2).toBool(),
            15000);
        QSignalSpy quit(&shell, &Shell::quitRequested);
        QTimer::singleShot(0, &shell, [&shell] {
            auto *box = shell.mainWindow()->findChild<QMessageBox *>(u"confirmQuit"_s);
            QVERIFY(box);
            QVERIFY2(box->text().contains(u"2 cameras are recording"_s), qPrintable(box->text()));
            box->button(QMessageBox::No)->click();
        });
        emit shell.mainWindow()->quitRequested();
        QTRY_VERIFY(!shell.mainWindow()->findChild<QMessageBox *>(u"confirmQuit"_s));
        QCOMPARE(quit.count(), 0);
        QVERIFY2(watchdog.stalls().isEmpty(), qPrintable(watchdog.stalls().join(u'\n')));
        modules.shutdown();
    }
};

QTEST_MAIN(tst_VideoPatrol)
#include "tst_videopatrol.moc"
