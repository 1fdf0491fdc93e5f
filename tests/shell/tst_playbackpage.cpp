#include "simulatorprocess.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <core/clock.h>
#include <core/filehash.h>
#include <core/settingsstore.h>
#include <media/clipexporter.h>
#include <media/framestamp.h>
#include <media/recorder.h>
#include <media/snapshot.h>
#include <moduleapi/modulemanager.h>
#include <shell/mainwindow.h>
#include <shell/notificationcenter.h>
#include <shell/shell.h>
#include <shell/workspace.h>
#include <storage/localcache.h>
#include <storage/segmentrepository.h>
#include <uistallwatchdog.h>
#include <videopatrol/data/findingrepository.h>
#include <videopatrol/data/videopatrolschema.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

// 录像回放 as an operator uses it: two cameras recorded from jiandu-sim, played in step.
class tst_PlaybackPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Testing::Simulator> m_sim;
    QList<QUrl> m_cameras;
    QTemporaryDir m_data;
    std::unique_ptr<LocalCache> m_cache;
    QList<MediaSegment> m_recorded;
    qint64 m_gapFrom = 0;
    qint64 m_gapTo = 0;

    QWidget *view(QWidget *page, int index)
    {
        const QList<QWidget *> views = page->findChildren<QWidget *>(u"playbackView"_s);
        return views.value(index);
    }
    static qint64 frameTime(QWidget *view) { return view->property("frameTimeMs").toLongLong(); }
    static qint64 stampOf(QWidget *view)
    {
        return FrameStamp::read(view->property("frame").value<QImage>());
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
        m_sim = std::make_unique<Testing::Simulator>(2, 640, 360);
        m_cameras = {m_sim->url(1), m_sim->url(2)};
        QVERIFY(m_cameras[0].isValid() && m_cameras[1].isValid());
        QCOMPARE(m_cameras.size(), 2);
        auto cache = LocalCache::create(m_data.filePath(u"cache"_s), u"password"_s);
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        // Both cameras recorded for ~6 s; camera b drops out for 2.5 s in the middle.
        SegmentRepository index(m_cache->database().connection());
        Recorder a;
        Recorder b;
        for (Recorder *r : {&a, &b})
            connect(r, &Recorder::segmentClosed, this, [&](const MediaSegment &s) {
                QVERIFY(index.add(s).ok());
                m_recorded.append(s);
            });
        Recorder::Options o;
        o.directory = m_data.filePath(u"recordings"_s);
        o.segmentSeconds = 1;
        o.cameraId = u"cam-a"_s;
        a.start(m_cameras[0], o);
        o.cameraId = u"cam-b"_s;
        o.stallTimeoutMs = 1000;
        b.start(m_cameras[1], o);
        QTest::qWait(2500);
        m_sim->command("drop 2");
        m_gapFrom = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(2500);
        m_sim->command("restore 2");
        m_gapTo = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(3000);
        a.stop();
        b.stop();
        QVERIFY(VideoPatrolSchema::migrate(*m_cache).ok());
        // A finding made during the recording: a bookmark on the timeline.
        QVERIFY(FindingRepository(m_cache->database().connection())
                    .add({0,
                          u"cam-a"_s,
                          u"Interview room 1"_s,
                          u"Case centre"_s,
                          m_gapFrom,
                          u"tester"_s,
                          u"无人值守"_s,
                          {},
                          {}})
                    .ok());
    }
    void cleanupTestCase() { m_sim.reset(); }

    void playsTwoCamerasInStepWithFrameStepAndSpeed()
    {
        SettingsStore settings(m_data.filePath(u"jiandu.ini"_s));
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{m_data.path(), u"en"_s, u"tester"_s};
        context.site.name = u"Test site"_s;
        context.site.cameras = {
            {u"cam-a"_s, u"Interview room 1"_s, u"Case centre"_s, m_cameras[0].toString()},
            {u"cam-b"_s, u"Waiting room"_s, u"Case centre"_s, m_cameras[1].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(m_data.filePath(u"layout.ini"_s)), m_cache.get());
        shell.startModules();
        // Loading the modules and migrating their tables is start-up (bench/startup.sh times
        // it); the watchdog times the page at work from here.
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        shell.showMainWindow();
        const Id pageId = *Id::fromString(u"videopatrol.playback"_s);
        QVERIFY(shell.mainWindow()->workspace()->showPage(pageId));
        QWidget *page = shell.mainWindow()->workspace()->pageWidget(pageId);
        QVERIFY(page);
        QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));

        // Tick both cameras in the tree.
        auto *tree = page->findChild<QTreeView *>();
        auto *filter = qobject_cast<QSortFilterProxyModel *>(tree->model());
        QVERIFY(filter);
        auto *model = qobject_cast<QStandardItemModel *>(filter->sourceModel());
        QVERIFY(model);
        model->item(0)->child(0)->setCheckState(Qt::Checked);
        model->item(0)->child(1)->setCheckState(Qt::Checked);
        QTRY_COMPARE(page->findChildren<QWidget *>(u"playbackView"_s).size(), 2);
        QWidget *timeline = page->findChild<QWidget *>(u"playbackTimeline"_s);
        // Read on the module's database thread.
        QTRY_VERIFY(timeline->property("recordedStretches").toInt() >= 3); // b has a gap
        // Opened at the latest recording: its last 30 s (or from its start if shorter).
        qint64 latest = 0;
        QString latestCamera;
        for (const MediaSegment &s : std::as_const(m_recorded)) {
            if (s.endMs > latest) {
                latest = s.endMs;
                latestCamera = s.cameraId;
            }
        }
        qint64 opensAt = latest - 30'000;
        for (const MediaSegment &s : std::as_const(m_recorded)) {
            if (s.cameraId == latestCamera && s.endMs > latest - 30'000) {
                opensAt = std::max(latest - 30'000, s.startMs);
                break;
            }
        }
        QTRY_VERIFY2(
            qAbs(timeline->property("position").toLongLong() - opensAt) < 2000,
            qPrintable(QString::number(timeline->property("position").toLongLong() - opensAt)));
        QTRY_COMPARE(timeline->property("bookmarkCount").toInt(), 1);

        // Go to a second into the recording, paused: both show that moment's frame.
        const qint64 start = m_recorded.constFirst().startMs + 1000;
        auto *jump = page->findChild<QDateTimeEdit *>(u"playbackJump"_s);
        QVERIFY(jump);
        QTRY_VERIFY(timeline->property("position").toLongLong() > 0);
        QAction *playPause = page->findChild<QAction *>(u"playPause"_s);
        QMetaObject::invokeMethod(timeline, "seekRequested", Q_ARG(qint64, start));
        QTRY_VERIFY_WITH_TIMEOUT(frameTime(view(page, 0)) > 0 && frameTime(view(page, 1)) > 0,
                                 10000);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(qAbs(frameTime(view(page, i)) - start) < 100,
                     qPrintable(QString::number(frameTime(view(page, i)) - start)));
            // The picture is the camera's own of that time (its capture stamp).
            QVERIFY(qAbs(stampOf(view(page, i)) - frameTime(view(page, i))) < 1500);
        }
        // In step: the two cameras show pictures taken within a frame or two of each other.
        QVERIFY(qAbs(stampOf(view(page, 0)) - stampOf(view(page, 1))) < 100);

        // Frame steps forward and back, paused.
        const qint64 before = frameTime(view(page, 0));
        page->findChild<QAction *>(u"stepForward"_s)->trigger();
        QTRY_VERIFY(frameTime(view(page, 0)) > before);
        const qint64 stepped = frameTime(view(page, 0));
        QVERIFY2(stepped - before <= 45, qPrintable(QString::number(stepped - before)));
        page->findChild<QAction *>(u"stepBack"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(frameTime(view(page, 0)), before, 5000);
        QTRY_VERIFY(frameTime(view(page, 1)) > 0);

        // 2×: a second of wall time moves the playback two seconds.
        auto *rate = page->findChild<QComboBox *>(u"playbackRate"_s);
        rate->setCurrentIndex(rate->findData(2.0));
        const qint64 from = timeline->property("position").toLongLong();
        playPause->trigger();
        QTest::qWait(1000);
        playPause->trigger(); // pause
        const qint64 moved = timeline->property("position").toLongLong() - from;
        QVERIFY2(moved > 1700 && moved < 2600, qPrintable(QString::number(moved)));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(frameTime(view(page, 0)) - (from + moved)) < 100, 5000);

        // Inside camera b's gap: b says so, a plays on.
        QMetaObject::invokeMethod(timeline, "seekRequested", Q_ARG(qint64, m_gapFrom + 1200));
        QTRY_COMPARE_WITH_TIMEOUT(view(page, 1)->accessibleDescription(),
                                  u"No recording at this time"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view(page, 0)->accessibleDescription().isEmpty(), 10000);

        // 抓拍 from playback: the file carries the frame's recorded time, not the time now.
        view(page, 0)->setFocus();
        const qint64 shown = frameTime(view(page, 0));
        QVERIFY(shown > 0);
        page->findChild<QAction *>(u"playbackSnapshot"_s)->trigger();
        QTRY_COMPARE(
            QDir(m_data.filePath(u"snapshots"_s)).entryList({u"cam-a-*.png"_s}, QDir::Files).size(),
            1);
        const QStringList files =
            QDir(m_data.filePath(u"snapshots"_s)).entryList({u"cam-a-*.png"_s}, QDir::Files);
        const Snapshot::Metadata meta =
            Snapshot::read(m_data.filePath(u"snapshots/"_s + files.constFirst()));
        QCOMPARE(meta.timeMs, shown);
        modules.shutdown();
    }

    void evidenceListsPicturesAndClipsWithTheirHashes()
    {
        // Two clips of the recording, one changed afterwards; the snapshot of the test above.
        const QString clips = m_data.filePath(u"clips"_s);
        QDir().mkpath(clips);
        ClipExporter::Options options;
        options.operatorName = u"tester"_s;
        // Sealed by this workstation, as the clip dialog does.
        options.sealKey = *m_cache->secret(QString::fromLatin1(ClipExporter::kSealPurpose));
        QList<MediaSegment> a;
        for (const MediaSegment &s : m_recorded) {
            if (s.cameraId == u"cam-a")
                a.append(s);
        }
        const qint64 from = a.constFirst().startMs + 500;
        QVERIFY(
            ClipExporter::exportRange(a, from, from + 2000, clips + u"/good.mkv"_s, options).ok());
        QVERIFY(
            ClipExporter::exportRange(a, from, from + 2000, clips + u"/bad.mkv"_s, options).ok());
        QFile bad(clips + u"/bad.mkv"_s);
        QVERIFY(bad.open(QIODevice::ReadWrite));
        bad.seek(bad.size() / 2);
        bad.write("tampered");
        bad.close();

        SettingsStore settings(m_data.filePath(u"jiandu.ini"_s));
        ModuleManager modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        ShellContext context{m_data.path(), u"en"_s, u"tester"_s};
        context.site.cameras = {
            {u"cam-a"_s, u"Interview room 1"_s, u"Case centre"_s, m_cameras[0].toString()}};
        Shell shell(context, settings, *SystemClock::instance(), modules,
                    WindowLayoutStore(m_data.filePath(u"layout.ini"_s)), m_cache.get());
        shell.startModules();
        // Loading the modules and migrating their tables is start-up (bench/startup.sh times
        // it); the watchdog times the page at work from here.
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        shell.showMainWindow();
        const Id pageId = *Id::fromString(u"videopatrol.evidence"_s);
        QVERIFY(shell.mainWindow()->workspace()->showPage(pageId));
        QWidget *page = shell.mainWindow()->workspace()->pageWidget(pageId);
        auto *view = page->findChild<QTreeView *>();
        QAbstractItemModel *model = view->model();
        QTRY_COMPARE(model->rowCount(), 3);
        // Hashes arrive from the background; the changed clip is called out.
        enum { Camera = 1, Details = 4, File = 5, Sha256 = 6, Check = 7 };
        const auto cell = [&](const QString &fileEnd, int column) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, File).data().toString().endsWith(fileEnd))
                    return model->index(r, column).data().toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"good.mkv"_s, Check), u"✓ intact, sealed here"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(u"bad.mkv"_s, Check).contains(u"changed after export"_s),
                                 10000);
        QCOMPARE(cell(u"good.mkv"_s, Sha256), fileSha256(clips + u"/good.mkv"_s));
        QCOMPARE(cell(u"good.mkv"_s, Camera), u"Interview room 1"_s); // its name, not its id
        const QStringList pictures =
            QDir(m_data.filePath(u"snapshots"_s)).entryList({u"*.png"_s}, QDir::Files);
        QCOMPARE(pictures.size(), 1);
        QTRY_COMPARE(cell(pictures.constFirst(), Sha256),
                     fileSha256(m_data.filePath(u"snapshots/"_s + pictures.constFirst())));
        QCOMPARE(cell(pictures.constFirst(), Camera), u"Interview room 1"_s);
        // Pictures show what they are: a thumbnail beside them.
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, File).data().toString().endsWith(pictures.constFirst()))
                QTRY_VERIFY(!model->index(r, 0).data(Qt::DecorationRole).value<QPixmap>().isNull());
        }
        modules.shutdown();
    }
};

QTEST_MAIN(tst_PlaybackPage)
#include "tst_playbackpage.moc"
