#include "simulatorprocess.h"
#include "tcpconnections.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <camerastreams.h>
#include <media/camerafeed.h>
#include <media/recorder.h>
#include <ui/videotile.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::connectionsTo;
using Jiandu::Testing::Simulator;

namespace {

SiteCamera cameraAt(const QUrl &url, const QUrl &sub = {})
{
    SiteCamera camera;
    camera.id = u"cam-1"_s;
    camera.name = u"Interview room 1"_s;
    camera.unit = u"Case centre"_s;
    camera.url = url.toString();
    camera.subUrl = sub.toString();
    return camera;
}

} // namespace

// The video patrol's camera streams on their own: what the tiles, the enlarged view and the
// recording of one camera share.
class tst_CameraStreams : public QObject
{
    Q_OBJECT
private slots:
    void oneAddressOneFeed()
    {
        CameraStreams streams;
        const QUrl main(u"rtsp://127.0.0.1:1/cam/1"_s);
        std::shared_ptr<CameraFeed> a = streams.feed(main);
        std::shared_ptr<CameraFeed> b = streams.feed(main);
        QVERIFY(a && a == b);
        // The sub-stream is another stream of the camera: a session of its own.
        std::shared_ptr<CameraFeed> sub = streams.feed(QUrl(u"rtsp://127.0.0.1:1/cam/1/sub"_s));
        QVERIFY(sub && sub != a);
        QCOMPARE(streams.connected(), 2);
        // Files and other schemes are not shared: their users open them directly.
        QVERIFY(!streams.feed(QUrl::fromLocalFile(u"/tmp/clip.mkv"_s)));
        QVERIFY(!streams.feed(QUrl(u"http://camera/mjpeg"_s)));
        // Released by everyone: gone, and a later ask makes a new one.
        a.reset();
        b.reset();
        QCOMPARE(streams.connected(), 1);
        QVERIFY(streams.feed(main));
    }

    void tilesAndTheRecordingOfACameraUseOneSession()
    {
        Simulator sim(1, 640, 360);
        const quint16 port = quint16(sim.url(1).port());
        QTemporaryDir dir;
        CameraStreams streams;
        const SiteCamera camera = cameraAt(sim.url(1));

        // Two tiles (a grid and the full-screen view) and the continuous recording.
        VideoTile grid(0, {u"tester"_s, u"ws-1"_s});
        VideoTile fullScreen(1, {u"tester"_s, u"ws-1"_s});
        grid.setStreams(&streams);
        fullScreen.setStreams(&streams);
        grid.showCamera(camera, QSize(320, 180));
        fullScreen.showCamera(camera, QSize());
        Recorder recorder;
        QSignalSpy segments(&recorder, &Recorder::segmentClosed);
        Recorder::Options options;
        options.directory = dir.path();
        options.cameraId = camera.id;
        options.segmentSeconds = 2;
        options.minFreeBytes = 0;
        recorder.start(streams.feed(QUrl(camera.url)), options);

        QTRY_COMPARE_WITH_TIMEOUT(grid.stream().state(), LiveStream::State::Playing, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fullScreen.stream().state(), LiveStream::State::Playing, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(segments.size() >= 1, 15000);
        QCOMPARE(grid.stream().latestFrame().size(), QSize(320, 180));
        QCOMPARE(fullScreen.stream().latestFrame().size(), QSize(640, 360));
        QCOMPARE(streams.connected(), 1);
        QCOMPARE(connectionsTo(port), 1);

        // A dropped camera shows as reconnecting on every tile, and comes back on all.
        sim.command("drop 1");
        QTRY_COMPARE_WITH_TIMEOUT(grid.stream().state(), LiveStream::State::Reconnecting, 10000);
        QCOMPARE(fullScreen.stream().state(), LiveStream::State::Reconnecting);
        QVERIFY(!grid.statusText().isEmpty());
        sim.command("restore 1");
        QTRY_COMPARE_WITH_TIMEOUT(grid.stream().state(), LiveStream::State::Playing, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(fullScreen.stream().state(), LiveStream::State::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isWriting(), 10000);
        QCOMPARE(connectionsTo(port), 1);

        // Nobody watching or recording: the camera is let go.
        grid.clear();
        fullScreen.clear();
        QCOMPARE(connectionsTo(port), 1); // still recorded
        recorder.stop();
        QCOMPARE(streams.connected(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(connectionsTo(port), 0, 10000);
    }
};

QTEST_MAIN(tst_CameraStreams)
#include "tst_camerastreams.moc"
