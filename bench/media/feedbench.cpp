// feedbench shared|separate SECONDS DIR URL...
// Each URL a camera that is watched, heard and recorded at once, as in video patrol: a tile
// decoding to 480x270, its sound, and its continuous recording into DIR. "shared": the three
// read one RTSP session (CameraFeed); "separate": each opens its own, as before. Measured
// for SECONDS after a 3 s warm-up. Prints one JSON line: RTSP sessions open to the cameras,
// the tiles' frame rate (min, median), segments written, this process's CPU time (% of one
// core) and peak memory.
#include "tcpconnections.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <media/audiomonitor.h>
#include <media/camerafeed.h>
#include <media/livestream.h>
#include <media/recorder.h>
#include <memory>
#include <processusage.h>
#include <vector>

using namespace Jiandu;
using namespace Jiandu::Bench;

namespace {

struct Camera
{
    std::shared_ptr<CameraFeed> feed; // shared: the one session; separate: none
    std::unique_ptr<LiveStream> tile = std::make_unique<LiveStream>();
    std::unique_ptr<AudioMonitor> sound = std::make_unique<AudioMonitor>();
    std::unique_ptr<Recorder> recorder = std::make_unique<Recorder>();
    int segments = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (argc < 5 || (mode != "shared" && mode != "separate")) {
        std::fprintf(stderr, "usage: feedbench shared|separate SECONDS DIR URL...\n");
        return 2;
    }
    const bool shared = mode == "shared";
    const int seconds = std::max(5, std::atoi(argv[2]));
    const QString directory = QString::fromLocal8Bit(argv[3]);
    LiveStream::Options tile;
    tile.frameSize = QSize(480, 270);
    AudioMonitor::Options sound;
    sound.sink = QStringLiteral("fakesink sync=true");
    std::vector<std::unique_ptr<Camera>> cameras;
    quint16 port = 0;
    for (int i = 4; i < argc; ++i) {
        const QUrl url(QString::fromLocal8Bit(argv[i]));
        port = quint16(url.port());
        auto camera = std::make_unique<Camera>();
        Recorder::Options recording;
        recording.directory = directory;
        recording.cameraId = QStringLiteral("cam-%1").arg(i - 3);
        recording.segmentSeconds = 60;
        QObject::connect(camera->recorder.get(), &Recorder::segmentClosed,
                         [c = camera.get()] { ++c->segments; });
        if (shared) {
            camera->feed = CameraFeed::share(url);
            camera->tile->start(camera->feed, tile);
            camera->sound->start(camera->feed, sound);
            camera->recorder->start(camera->feed, recording);
        } else {
            camera->tile->start(url, tile);
            camera->sound->start(url, sound);
            camera->recorder->start(url, recording);
        }
        cameras.push_back(std::move(camera));
    }
    std::vector<qint64> framesAtStart(cameras.size());
    double cpuAtStart = 0;
    int sessions = 0;
    QElapsedTimer wall;
    QTimer::singleShot(3000, &app, [&] {
        for (size_t i = 0; i < cameras.size(); ++i)
            framesAtStart[i] = cameras[i]->tile->framesReceived();
        cpuAtStart = cpuSeconds();
        sessions = Testing::connectionsTo(port);
        wall.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    });
    app.exec();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuAtStart;
    std::vector<double> fps;
    for (size_t i = 0; i < cameras.size(); ++i)
        fps.push_back(double(cameras[i]->tile->framesReceived() - framesAtStart[i]) / elapsed);
    std::sort(fps.begin(), fps.end());
    int recording = 0;
    for (const auto &c : cameras)
        recording += c->recorder->isWriting() ? 1 : 0;
    std::printf("{\"mode\":\"%s\",\"cameras\":%zu,\"sessions\":%d,\"seconds\":%.1f,"
                "\"fpsMin\":%.1f,\"fpsMedian\":%.1f,\"recording\":%d,\"cpuPercent\":%.0f,"
                "\"peakRssMb\":%.0f}\n",
                mode.constData(), cameras.size(), sessions, elapsed, fps.front(),
                fps[fps.size() / 2], recording, 100.0 * cpu / elapsed, peakRssMb());
    cameras.clear();
    return 0;
}
