// 视频质量诊断: every fault a patrol must find is found, and only it; healthy day and night views
// raise nothing; dusk is not a cover; one odd picture raises no alarm; bad pictures and bad
// sources get a verdict or "cannot judge", never a crash.
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <analytics/health/diagnosis.h>
#include <analytics/testing/faultyviews.h>
#include <media/gstreamer.h>
#include <opencv2/imgproc.hpp>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Analytics;
using namespace Jiandu::Analytics::Testing;

namespace {

QStringList faults(const CameraHealth &health)
{
    QStringList list;
    for (const CheckResult &r : health.results())
        if (r.verdict == HealthVerdict::Fault || r.verdict == HealthVerdict::Suspect)
            list << checkKey(r.check) + u'(' + verdictKey(r.verdict) + u"): "_s + r.detail;
    return list;
}

HealthVerdict verdictOf(const CameraHealth &health, HealthCheck check)
{
    return health.results().at(int(check)).verdict;
}

QImage imageOf(const cv::Mat &bgr)
{
    return QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888).copy();
}

} // namespace

Q_DECLARE_METATYPE(Jiandu::Analytics::HealthCheck)
Q_DECLARE_METATYPE(Jiandu::Analytics::Testing::ViewKind)

class TestCameraHealth : public QObject
{
    Q_OBJECT

private slots:
    void healthyDayAndNightViewsRaiseNothing_data()
    {
        QTest::addColumn<ViewKind>("kind");
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 6; ++seed) {
            QTest::addRow("day %llu", seed) << ViewKind::Day << seed;
            QTest::addRow("night %llu", seed) << ViewKind::Night << seed;
        }
    }
    void healthyDayAndNightViewsRaiseNothing()
    {
        QFETCH(ViewKind, kind);
        QFETCH(quint64, seed);
        const cv::Mat scene = drawScene({960, 540}, seed);
        CameraHealth health;
        health.setReference(ReferenceView::of(referenceView(scene, {640, 360})));
        for (int picture = 0; picture < 6; ++picture)
            health.addPicture(renderView(scene, {kind, picture, {640, 360}, 1, seed}));
        QVERIFY2(faults(health).isEmpty(), qPrintable(faults(health).join(u'\n')));
        QCOMPARE(health.overall(), HealthVerdict::Ok);
        // With its reference, every check judges a healthy view.
        for (const CheckResult &r : health.results())
            QVERIFY2(r.verdict == HealthVerdict::Ok, qPrintable(checkKey(r.check) + r.detail));
    }

    void eachFaultIsFoundAndOnlyIt_data()
    {
        QTest::addColumn<ViewKind>("kind");
        QTest::addColumn<HealthCheck>("check");
        QTest::addColumn<double>("strength");
        const QList<std::pair<ViewKind, HealthCheck>> cases{
            {ViewKind::Covered, HealthCheck::Covered},
            {ViewKind::Blurred, HealthCheck::Blur},
            {ViewKind::Frozen, HealthCheck::Frozen},
            {ViewKind::ColourCast, HealthCheck::ColourCast},
            {ViewKind::Dark, HealthCheck::Dark},
            {ViewKind::Bright, HealthCheck::Bright},
            {ViewKind::Noisy, HealthCheck::Noise},
            {ViewKind::Moved, HealthCheck::Moved}};
        for (const auto &[kind, check] : cases)
            for (const double strength : {0.0, 1.0})
                QTest::addRow("%s %.0f", viewKindKey(kind), strength) << kind << check << strength;
    }
    void eachFaultIsFoundAndOnlyIt()
    {
        QFETCH(ViewKind, kind);
        QFETCH(HealthCheck, check);
        QFETCH(double, strength);
        for (quint64 seed = 11; seed <= 14; ++seed) {
            const cv::Mat scene = drawScene({960, 540}, seed);
            CameraHealth health;
            health.setReference(ReferenceView::of(referenceView(scene, {640, 360})));
            for (int picture = 0; picture < 5; ++picture) {
                health.addPicture(renderView(scene, {kind, picture, {640, 360}, strength, seed}));
                // Told only after three pictures in a row.
                if (picture < 2)
                    QVERIFY2(verdictOf(health, check) != HealthVerdict::Fault,
                             qPrintable(faults(health).join(u'\n')));
            }
            const QStringList found = faults(health);
            QVERIFY2(found.size() == 1 && verdictOf(health, check) == HealthVerdict::Fault,
                     qPrintable(u"seed %1: "_s.arg(seed) + found.join(u'\n')));
            QCOMPARE(health.overall(), HealthVerdict::Fault);
        }
    }

    void aCameraTurnedOnPurposeIsHeldToItsNewView()
    {
        const cv::Mat scene = drawScene({960, 540}, 71);
        CameraHealth health;
        health.setReference(ReferenceView::of(referenceView(scene, {640, 360})));
        for (int picture = 0; picture < 4; ++picture)
            health.addPicture(renderView(scene, {ViewKind::Moved, picture, {640, 360}, 1, 71}));
        QCOMPARE(verdictOf(health, HealthCheck::Moved), HealthVerdict::Fault);
        // Its new view taken for reference: the alarm ends with the next picture.
        health.setReference(
            ReferenceView::of(renderView(scene, {ViewKind::Moved, 9, {640, 360}, 1, 71})));
        health.addPicture(renderView(scene, {ViewKind::Moved, 10, {640, 360}, 1, 71}));
        QCOMPARE(verdictOf(health, HealthCheck::Moved), HealthVerdict::Ok);
        QCOMPARE(health.overall(), HealthVerdict::Ok);
    }

    void duskIsNotACover()
    {
        // Light falling over half an hour, one picture a minute: the picture grows dark, and
        // is said to be, but is never taken for covered.
        for (quint64 seed = 21; seed <= 24; ++seed) {
            const cv::Mat scene = drawScene({960, 540}, seed);
            CameraHealth health;
            health.setReference(ReferenceView::of(referenceView(scene, {640, 360})));
            for (int minute = 0; minute <= 30; ++minute) {
                ViewOptions o{ViewKind::Day, minute, {640, 360}, 1, seed};
                o.dimming = std::pow(0.02, minute / 30.0);
                health.addPicture(renderView(scene, o));
                for (const HealthCheck quiet :
                     {HealthCheck::Covered, HealthCheck::Blur, HealthCheck::Moved,
                      HealthCheck::ColourCast, HealthCheck::Frozen})
                    QVERIFY2(verdictOf(health, quiet) != HealthVerdict::Fault &&
                                 verdictOf(health, quiet) != HealthVerdict::Suspect,
                             qPrintable(u"minute %1: "_s.arg(minute) + faults(health).join(u'\n')));
            }
            QCOMPARE(verdictOf(health, HealthCheck::Dark), HealthVerdict::Fault);
            QCOMPARE(verdictOf(health, HealthCheck::Covered), HealthVerdict::CannotJudge);
        }
    }

    void oneOddPictureRaisesNoAlarmAndAnAlarmEndsAfterThreeGoodOnes()
    {
        const cv::Mat scene = drawScene({960, 540}, 31);
        CameraHealth health;
        auto add = [&](ViewKind kind, int picture) {
            health.addPicture(renderView(scene, {kind, picture, {640, 360}, 1, 31}));
        };
        add(ViewKind::Day, 0);
        add(ViewKind::Day, 1);
        add(ViewKind::Covered, 2); // someone stood before the lens
        QCOMPARE(verdictOf(health, HealthCheck::Covered), HealthVerdict::Suspect);
        add(ViewKind::Day, 3);
        QCOMPARE(verdictOf(health, HealthCheck::Covered), HealthVerdict::Ok);
        for (int picture = 4; picture < 8; ++picture)
            add(ViewKind::Covered, picture);
        QCOMPARE(verdictOf(health, HealthCheck::Covered), HealthVerdict::Fault);
        add(ViewKind::Day, 8);
        add(ViewKind::Day, 9);
        QCOMPARE(verdictOf(health, HealthCheck::Covered), HealthVerdict::Fault);
        add(ViewKind::Day, 10);
        QCOMPARE(verdictOf(health, HealthCheck::Covered), HealthVerdict::Ok);
        QCOMPARE(health.overall(), HealthVerdict::Ok);
    }

    void badPicturesGetAVerdictOrCannotJudge()
    {
        CameraHealth tiny;
        for (int i = 0; i < 4; ++i)
            tiny.addPicture(cv::Mat(1, 1, CV_8UC3, cv::Scalar(10, 20, 30)));
        tiny.addPicture(cv::Mat());
        QCOMPARE(tiny.overall(), HealthVerdict::Ok); // pictures come; nothing else to say
        QCOMPARE(verdictOf(tiny, HealthCheck::Covered), HealthVerdict::CannotJudge);
        QVERIFY(tiny.results().at(int(HealthCheck::Blur)).detail.contains(u"small"_s));

        // Grey or with an alpha channel: judged as the colour picture it shows.
        const cv::Mat room = drawScene({960, 540}, 42);
        cv::Mat greyView, alphaView;
        cv::cvtColor(renderView(room, {ViewKind::Day, 0, {640, 360}, 1, 42}), greyView,
                     cv::COLOR_BGR2GRAY);
        cv::cvtColor(renderView(room, {ViewKind::Day, 1, {640, 360}, 1, 42}), alphaView,
                     cv::COLOR_BGR2BGRA);
        CameraHealth other;
        other.addPicture(greyView);
        other.addPicture(alphaView);
        QCOMPARE(verdictOf(other, HealthCheck::Covered), HealthVerdict::Ok);
        QCOMPARE(verdictOf(other, HealthCheck::Frozen), HealthVerdict::Ok);

        // A uniform grey test screen: no picture of anything.
        CameraHealth grey;
        for (int i = 0; i < 3; ++i)
            grey.addPicture(cv::Mat(576, 720, CV_8UC3, cv::Scalar(128, 128, 128)));
        QCOMPARE(verdictOf(grey, HealthCheck::Covered), HealthVerdict::Fault);
        // A digital black screen is told from a night: no sensor noise.
        CameraHealth black;
        for (int i = 0; i < 3; ++i)
            black.addPicture(cv::Mat(360, 640, CV_8UC3, cv::Scalar(0, 0, 0)));
        QCOMPARE(verdictOf(black, HealthCheck::Covered), HealthVerdict::Fault);

        // An enormous picture is judged (reduced first), in reasonable time.
        const cv::Mat scene = drawScene({960, 540}, 41);
        cv::Mat huge;
        cv::resize(renderView(scene, {ViewKind::Day, 0, {640, 360}, 1, 41}), huge, {7680, 4320});
        CameraHealth large;
        QElapsedTimer clock;
        clock.start();
        large.addPicture(huge);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(verdictOf(large, HealthCheck::Covered), HealthVerdict::Ok);
    }

    void aCameraThatChangesResolutionIsNotFrozenNorMoved()
    {
        const cv::Mat scene = drawScene({960, 540}, 51);
        CameraHealth health;
        health.setReference(ReferenceView::of(referenceView(scene, {640, 360})));
        for (int picture = 0; picture < 3; ++picture)
            health.addPicture(renderView(scene, {ViewKind::Day, picture, {640, 360}, 1, 51}));
        for (int picture = 3; picture < 6; ++picture) {
            cv::Mat larger;
            cv::resize(renderView(scene, {ViewKind::Day, picture, {640, 360}, 1, 51}), larger,
                       {1280, 720});
            health.addPicture(larger);
        }
        QVERIFY2(faults(health).isEmpty(), qPrintable(faults(health).join(u'\n')));
        // Another shape: the view cannot be compared, which is said, not taken for a move.
        health.addPicture(renderView(scene, {ViewKind::Day, 7, {640, 480}, 1, 51}));
        QCOMPARE(verdictOf(health, HealthCheck::Moved), HealthVerdict::CannotJudge);
    }

    void aRecordingIsDiagnosedAndBadSourcesAreToldApart()
    {
        QVERIFY(Gst::ensureInitialized());
        QTemporaryDir dir;
        const cv::Mat scene = drawScene({960, 540}, 61);
        for (int i = 0; i < 10; ++i)
            QVERIFY(imageOf(renderView(scene, {ViewKind::Day, i, {640, 360}, 1, 61}))
                        .save(dir.filePath(u"f%1.png"_s.arg(i, 2, 10, QChar(u'0')))));
        QVERIFY(imageOf(referenceView(scene, {640, 360})).save(dir.filePath(u"reference.png"_s)));
        const QString clip = dir.filePath(u"clip.mkv"_s);
        const auto made = Gst::runToEnd(
            u"multifilesrc location=%1 index=0 stop-index=9 caps=image/png,framerate=2/1 "
            "! pngdec ! videoconvert ! x264enc speed-preset=ultrafast key-int-max=2 "
            "! matroskamux ! filesink location=%2"_s.arg(Gst::quoted(dir.filePath(u"f%02d.png"_s)),
                                                         Gst::quoted(clip)),
            60);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().text()));

        const auto reference = referenceFrom(dir.filePath(u"reference.png"_s));
        QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().text()));
        CameraHealth health;
        health.setReference(*reference);
        const Diagnosis d = diagnose(clip, {}, health);
        QCOMPARE(d.pictures, 5);
        QCOMPARE(d.width, 640);
        QCOMPARE(d.height, 360);
        QVERIFY2(d.overall == HealthVerdict::Ok, qPrintable(faults(health).join(u'\n')));
        QCOMPARE(d.toJson().value(u"verdict"_s).toString(), u"ok"_s);
        QCOMPARE(d.toJson().value(u"checks"_s).toArray().size(), kHealthChecks);

        // Sources that give no picture: a loss of signal, with the reason an operator can use.
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QFile garbage(dir.filePath(u"garbage.mkv"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(100000, 'x'));
        garbage.close();
        const QList<std::pair<QString, QString>> bad{
            {dir.filePath(u"missing.mkv"_s), u"missing.mkv"_s},
            {u"/dev/zero"_s, u"/dev/zero"_s},
            {fifo, u"fifo"_s},
            {dir.path(), u"directory"_s},
            {garbage.fileName(), QString()},
        };
        for (const auto &[source, said] : bad) {
            CameraHealth lost;
            QElapsedTimer clock;
            clock.start();
            DiagnosisOptions quick;
            quick.timeoutMs = 5000;
            const Diagnosis none = diagnose(source, quick, lost);
            QVERIFY2(clock.elapsed() < 8000, qPrintable(source));
            QCOMPARE(none.pictures, 0);
            QCOMPARE(none.overall, HealthVerdict::Suspect); // one round: not yet an alarm
            const CheckResult signal = lost.results().at(int(HealthCheck::Signal));
            QVERIFY2(signal.detail.contains(said), qPrintable(signal.detail));
            QVERIFY(!signal.detail.isEmpty());
        }
        // A camera that does not answer, diagnosed round after round: after two, an alarm.
        CameraHealth gone;
        DiagnosisOptions quick;
        quick.timeoutMs = 2000;
        for (int round = 0; round < 2; ++round)
            diagnose(u"rtsp://127.0.0.1:9/none"_s, quick, gone);
        QCOMPARE(verdictOf(gone, HealthCheck::Signal), HealthVerdict::Fault);
        QCOMPARE(gone.overall(), HealthVerdict::Fault);

        // Cancelled: ends at once.
        CameraHealth cancelled;
        DiagnosisOptions stop;
        stop.cancelled = [] {
            return true;
        };
        QElapsedTimer clock;
        clock.start();
        diagnose(clip, stop, cancelled);
        QVERIFY(clock.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestCameraHealth)
#include "tst_camerahealth.moc"
