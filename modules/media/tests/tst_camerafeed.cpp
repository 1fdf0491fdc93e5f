#include "decodedframes.h"
#include "simulatorprocess.h"
#include "tcpconnections.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <media/audiomonitor.h>
#include <media/camerafeed.h>
#include <media/framestamp.h>
#include <media/livestream.h>
#include <media/recorder.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::connectionsTo;
using Jiandu::Testing::Simulator;

namespace {

CameraFeed::Options quickFeed()
{
    CameraFeed::Options o;
    o.stallTimeoutMs = 2000;
    o.firstBackoffMs = 200;
    o.maxBackoffMs = 1000;
    return o;
}

LiveStream::Options smallTile()
{
    LiveStream::Options o;
    o.frameSize = QSize(320, 180);
    o.firstBackoffMs = 200;
    o.maxBackoffMs = 1000;
    return o;
}

AudioMonitor::Options quietSound()
{
    AudioMonitor::Options o;
    o.sink = u"fakesink sync=true"_s;
    o.noSoundTimeoutMs = 6000;
    return o;
}

Recorder::Options shortSegments(const QString &directory)
{
    Recorder::Options o;
    o.directory = directory;
    o.cameraId = u"cam-1"_s;
    o.segmentSeconds = 2;
    o.firstBackoffMs = 200;
    o.maxBackoffMs = 1000;
    o.minFreeBytes = 0;
    return o;
}

} // namespace

// One RTSP session per camera, shared by the tile, the sound and the recorder.
class tst_CameraFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pictureSoundAndRecordingShareOneConnection()
    {
        Simulator sim(1, 640, 360);
        const quint16 port = quint16(sim.url(1).port());
        QTemporaryDir dir;
        auto feed = CameraFeed::share(sim.url(1), quickFeed());
        LiveStream tile;
        AudioMonitor sound;
        Recorder recorder;
        QSignalSpy levels(&sound, &AudioMonitor::levelChanged);
        QSignalSpy segments(&recorder, &Recorder::segmentClosed);
        tile.start(feed, smallTile());
        sound.start(feed, quietSound());
        recorder.start(feed, shortSegments(dir.path()));
        QCOMPARE(tile.state(), LiveStream::State::Connecting);

        QTRY_COMPARE_WITH_TIMEOUT(tile.state(), LiveStream::State::Playing, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(levels.size() >= 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(segments.size() >= 2, 15000);
        QCOMPARE(feed->consumers(), 3);
        QCOMPARE(connectionsTo(port), 1);

        // The picture is live, not held up by the sound or the recording.
        QTRY_VERIFY_WITH_TIMEOUT(FrameStamp::read(tile.latestFrame()) > 0, 5000);
        const qint64 age =
            QDateTime::currentMSecsSinceEpoch() - FrameStamp::read(tile.latestFrame());
        QVERIFY2(age >= 0 && age < 1500, qPrintable(QString::number(age)));
        // Each picture shown once: the camera's 25 a second, no more, no fewer.
        const qint64 shownBefore = tile.framesReceived();
        QTest::qWait(2000);
        const double rate = double(tile.framesReceived() - shownBefore) / 2.0;
        QVERIFY2(rate >= 22 && rate <= 28, qPrintable(QString::number(rate)));
        // The sound is the camera's tone (about -26 dB), not silence.
        QVERIFY2(levels.constLast().at(0).toDouble() > -35,
                 qPrintable(levels.constLast().at(0).toString()));
        // The recording is the camera's footage, on the wall clock, playable.
        const MediaSegment segment = segments.constLast().at(0).value<MediaSegment>();
        QVERIFY(segment.complete);
        // Cut on a key frame (one a second here) at most about two seconds apart.
        QVERIFY2(segment.endMs - segment.startMs >= 500 && segment.endMs - segment.startMs < 3800,
                 qPrintable(QString::number(segment.endMs - segment.startMs)));
        QVERIFY(std::abs(segment.endMs - QDateTime::currentMSecsSinceEpoch()) < 5000);
        const QList<Testing::DecodedFrame> frames = Testing::decodeAll(segment.path);
        QVERIFY2(frames.size() >= 12, qPrintable(QString::number(frames.size())));
        QVERIFY(frames.constFirst().keyframe);
        // Its first picture was taken when the segment says it starts (the clocks agree).
        const qint64 firstStamp =
            frames.constFirst().stamp > 0 ? frames.constFirst().stamp : frames.value(1).stamp;
        QVERIFY2(std::abs(firstStamp - segment.startMs) < 500,
                 qPrintable(QString::number(firstStamp - segment.startMs)));

        // One user leaving does not disturb the others.
        tile.stop();
        QCOMPARE(feed->consumers(), 2);
        const qsizetype heard = levels.size();
        const qsizetype written = segments.size();
        QTRY_VERIFY_WITH_TIMEOUT(levels.size() > heard + 5 && segments.size() > written, 10000);
        QCOMPARE(connectionsTo(port), 1);

        // The last one leaving closes the connection.
        sound.stop();
        recorder.stop();
        QCOMPARE(feed->consumers(), 0);
        feed.reset();
        QTRY_COMPARE_WITH_TIMEOUT(connectionsTo(port), 0, 10000);
    }

    void aLateViewerSeesAPictureAtOnce()
    {
        Simulator sim(1, 640, 360);
        auto feed = CameraFeed::share(sim.url(1), quickFeed());
        LiveStream first;
        first.start(feed, smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), LiveStream::State::Playing, 15000);
        QTest::qWait(700); // well into a group of pictures
        // The second viewer decodes from the last key frame the feed kept: no waiting for
        // the camera's next one, and no grey picture from a group's middle.
        LiveStream second;
        QElapsedTimer shown;
        shown.start();
        second.start(feed, smallTile());
        QTRY_VERIFY_WITH_TIMEOUT(second.framesReceived() > 0, 5000);
        QVERIFY2(shown.elapsed() < 800, qPrintable(QString::number(shown.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(FrameStamp::read(second.latestFrame()) > 0, 3000);
        QCOMPARE(connectionsTo(quint16(sim.url(1).port())), 1);
    }

    void aLateRecordingStartsAtTheLastKeyframe()
    {
        Simulator sim(1, 640, 360);
        QTemporaryDir dir;
        auto feed = CameraFeed::share(sim.url(1), quickFeed());
        LiveStream tile;
        tile.start(feed, smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(tile.state(), LiveStream::State::Playing, 15000);
        QTest::qWait(1500);
        Recorder recorder;
        QSignalSpy segments(&recorder, &Recorder::segmentClosed);
        QSignalSpy failures(&recorder, &Recorder::failed);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        recorder.start(feed, shortSegments(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(segments.size() >= 2, 15000);
        QCOMPARE(failures.size(), 0);
        const MediaSegment first = segments.constFirst().at(0).value<MediaSegment>();
        // It begins with the last key frame (one a second here), decodable from its start.
        QVERIFY2(first.startMs <= startedAt + 100 && first.startMs > startedAt - 1300,
                 qPrintable(QString::number(first.startMs - startedAt)));
        QVERIFY(first.complete);
        const QList<Testing::DecodedFrame> frames = Testing::decodeAll(first.path);
        QVERIFY(!frames.isEmpty() && frames.constFirst().keyframe);
        recorder.stop();
    }

    void everyUserFollowsTheCameraThroughADrop()
    {
        Simulator sim(1, 640, 360);
        QTemporaryDir dir;
        auto feed = CameraFeed::share(sim.url(1), quickFeed());
        LiveStream tile;
        Recorder recorder;
        QSignalSpy segments(&recorder, &Recorder::segmentClosed);
        QSignalSpy ended(feed.get(), &CameraFeed::sessionEnded);
        tile.start(feed, smallTile());
        recorder.start(feed, shortSegments(dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(tile.state(), LiveStream::State::Playing, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isWriting(), 10000);

        sim.command("drop 1");
        QTRY_COMPARE_WITH_TIMEOUT(feed->state(), CameraFeed::State::Reconnecting, 10000);
        QCOMPARE(tile.state(), LiveStream::State::Reconnecting);
        QVERIFY(!tile.lastError().isEmpty());
        QCOMPARE(tile.lastError(), feed->lastError());
        QVERIFY(!recorder.isWriting());
        QCOMPARE(ended.size(), 1);
        const qint64 droppedAt = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(1500);
        QVERIFY(tile.state() != LiveStream::State::Playing);

        sim.command("restore 1");
        QTRY_COMPARE_WITH_TIMEOUT(tile.state(), LiveStream::State::Playing, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isWriting(), 10000);
        QVERIFY(recorder.isRecording());
        // The outage is a gap: the next segment starts after the camera came back.
        const qsizetype before = segments.size();
        QTRY_VERIFY_WITH_TIMEOUT(segments.size() > before, 10000);
        const MediaSegment after = segments.constLast().at(0).value<MediaSegment>();
        QVERIFY2(after.startMs > droppedAt + 1000,
                 qPrintable(QString::number(after.startMs - droppedAt)));
        QCOMPARE(connectionsTo(quint16(sim.url(1).port())), 1);
    }

    void aCameraThatIsNotThereIsSaidInWords()
    {
        auto feed = CameraFeed::share(QUrl(u"rtsp://127.0.0.1:1/cam/1"_s), quickFeed());
        LiveStream tile;
        tile.start(feed, smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(tile.state(), LiveStream::State::Reconnecting, 10000);
        QCOMPARE(tile.lastError(), u"the camera cannot be reached"_s);
        QTRY_VERIFY_WITH_TIMEOUT(feed->reconnects() >= 2, 10000);
        tile.stop();
        QCOMPARE(tile.state(), LiveStream::State::Stopped);

        // Only live cameras are shared; anything else is refused in words, not tried.
        CameraFeed file(QUrl::fromLocalFile(u"/tmp/x.mkv"_s));
        QCOMPARE(file.state(), CameraFeed::State::Stopped);
        QVERIFY(file.lastError().contains(u"rtsp"_s));
        QVERIFY(!CameraFeed::canShare(QUrl(u"http://camera/stream"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_CameraFeed)
#include "tst_camerafeed.moc"
