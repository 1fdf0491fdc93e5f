// Camera health on a schedule: every camera looked at off the UI thread, the first healthy look
// kept as the reference, a covered camera marked for the camera tree, the reference views and
// the history kept in the cache (a damaged reference left out, not a crash).
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <analytics/camerahealthservice.h>
#include <analytics/data/healthrecords.h>
#include <analytics/health/healthmonitor.h>
#include <analytics/testing/faultyviews.h>
#include <media/gstreamer.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Analytics;
using namespace Jiandu::Analytics::Testing;

namespace {

//! A 5-second clip of \a kind at 2 pictures a second, H.264 as a camera sends it.
QString clipOf(const QTemporaryDir &dir, ViewKind kind, quint64 seed)
{
    const cv::Mat scene = drawScene({960, 540}, seed);
    const QString raw = dir.filePath(u"%1.bgr"_s.arg(seed));
    QFile out(raw);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    for (int picture = 0; picture < 10; ++picture) {
        const cv::Mat view = renderView(scene, {kind, picture, {640, 360}, 1, seed});
        out.write(reinterpret_cast<const char *>(view.data), qint64(view.total() * 3));
    }
    out.close();
    const QString clip = dir.filePath(u"%1.mkv"_s.arg(seed));
    const auto made = Gst::runToEnd(
        u"filesrc location=%1 ! rawvideoparse width=640 height=360 format=bgr framerate=2/1 "
        "! videoconvert ! x264enc speed-preset=ultrafast ! matroskamux ! filesink location=%2"_s
            .arg(Gst::quoted(raw), Gst::quoted(clip)),
        60);
    return made ? clip : QString();
}

} // namespace

class TestHealthMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Gst::ensureInitialized()); }

    void everyCameraIsLookedAtAndTheTreeIsToldOfAFault()
    {
        QTemporaryDir dir;
        const QString healthy = clipOf(dir, ViewKind::Day, 1);
        const QString covered = clipOf(dir, ViewKind::Covered, 2);
        QVERIFY(!healthy.isEmpty() && !covered.isEmpty());
        HealthMonitor::Options options;
        options.everyMinutes = 0;
        options.pictures = 4;
        options.workers = 2;
        HealthMonitor monitor(
            {{u"cam-1"_s, u"讯问室 1"_s, u"办案中心"_s, u"interrogation"_s, healthy},
             {u"cam-2"_s, u"候问室"_s, u"办案中心"_s, u"waiting"_s, covered},
             {u"cam-3"_s, u"大厅"_s, u"派出所"_s, {}, dir.filePath(u"gone.mkv"_s)}},
            options);
        CameraHealthService service(monitor);
        QHash<QString, CameraHealthMark> told;
        QObject context;
        service.watchHealth(&context, [&](const QString &id, const CameraHealthMark &mark) {
            told.insert(id, mark);
        });
        QSignalSpy diagnosed(&monitor, &HealthMonitor::diagnosed);
        QSignalSpy referenceTaken(&monitor, &HealthMonitor::referenceTaken);
        monitor.diagnoseNow();
        // Looked at off this thread: the event loop runs meanwhile.
        QVERIFY(monitor.running() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 3, 60000);
        QCOMPARE(monitor.running(), 0);

        QCOMPARE(monitor.latest(u"cam-1"_s)->overall, HealthVerdict::Ok);
        QCOMPARE(faultsOf(*monitor.latest(u"cam-2"_s)), QStringList{u"covered"_s});
        // The healthy camera's look became its reference; the covered one has none.
        QCOMPARE(referenceTaken.size(), 1);
        QCOMPARE(referenceTaken.at(0).at(0).toString(), u"cam-1"_s);
        QVERIFY(monitor.hasReference(u"cam-1"_s));
        QVERIFY(!monitor.hasReference(u"cam-2"_s));
        // A file that is not there: a first loss, suspected, not yet an alarm.
        QCOMPARE(monitor.latest(u"cam-3"_s)->overall, HealthVerdict::Suspect);

        QTRY_COMPARE(told.size(), 3);
        QCOMPARE(told.value(u"cam-2"_s).level, CameraHealthMark::Fault);
        QCOMPARE(told.value(u"cam-2"_s).text, checkName(HealthCheck::Covered));
        QVERIFY(told.value(u"cam-2"_s).detail.contains(u"%"_s));
        QCOMPARE(told.value(u"cam-1"_s).level, CameraHealthMark::Ok);
        QCOMPARE(service.cameraHealth().size(), 3);

        // The report: one row a camera, what each check saw, readable by a spreadsheet.
        const QByteArray csv = service.reportCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList rows = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(0).contains(checkName(HealthCheck::Moved)));
        QVERIFY(
            rows.at(2).startsWith(u"办案中心,候问室,cam-2,"_s + verdictName(HealthVerdict::Fault)));
        // Details hold commas: quoted, so the columns stay in place.
        QVERIFY(rows.at(2).contains(u",\""_s));

        // The view changed on purpose: the next healthy look is the new reference.
        referenceTaken.clear();
        service.retakeReference(u"cam-1"_s);
        QVERIFY(!monitor.hasReference(u"cam-1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(referenceTaken.size(), 1, 30000);
        QVERIFY(monitor.hasReference(u"cam-1"_s));

        // Again: the same verdicts are not news.
        diagnosed.clear();
        monitor.diagnoseNow(u"cam-2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 30000);
        QCOMPARE(diagnosed.at(0).at(2).toBool(), false);
    }

    void aMonitorGoneWhileLookingWaitsAndStops()
    {
        // A camera that never answers: the monitor's end does not wait for its timeout.
        HealthMonitor::Options options;
        options.everyMinutes = 0;
        options.timeoutMs = 60000;
        QElapsedTimer clock;
        {
            auto monitor = std::make_unique<HealthMonitor>(
                QList<HealthMonitor::Camera>{
                    {u"cam-x"_s, u"x"_s, u"u"_s, {}, u"rtsp://192.0.2.1:554/never"_s}},
                options);
            monitor->diagnoseNow();
            QTest::qWait(300);
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void referencesAndHistoryAreKept()
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"health"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        for (const QString &statement : HealthSchema::migrations().constFirst().statements)
            QVERIFY(QSqlQuery(db).exec(statement));
        HealthRecords records(db);
        const cv::Mat view = referenceView(drawScene({960, 540}, 5), {640, 360});
        QVERIFY(records.storeReference(u"cam-1"_s, view, 1000).ok());
        QVERIFY(records.storeReference(u"cam-2"_s, view, 1000).ok());
        QVERIFY(!records.storeReference(u"cam-3"_s, cv::Mat(), 1000).ok());
        // A damaged one (its size disagrees with its bytes) is left out, the others read.
        QVERIFY(QSqlQuery(db).exec(
            u"UPDATE analytics_reference SET width = 7 WHERE camera_id = 'cam-2'"_s));
        const auto views = records.references();
        QVERIFY(views.ok());
        QCOMPARE(views->keys(), QList<QString>{u"cam-1"_s});
        QCOMPARE(cv::norm(views->value(u"cam-1"_s), view, cv::NORM_INF), 0.0);

        QVERIFY(records.record({u"cam-1"_s, 1, u"suspect"_s, {}, {}}).ok());
        QVERIFY(
            records.record({u"cam-1"_s, 2, u"fault"_s, {u"blur"_s, u"moved"_s}, u"模糊"_s}).ok());
        QVERIFY(records.record({u"cam-2"_s, 3, u"ok"_s, {}, {}}).ok());
        const auto latest = records.latest();
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).verdict, u"fault"_s);
        QCOMPARE(latest->at(0).faults, (QStringList{u"blur"_s, u"moved"_s}));
        QCOMPARE(latest->at(1).verdict, u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
