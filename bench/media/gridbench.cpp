// gridbench SECONDS WxH URL...
// A video grid without the window: one LiveStream per URL, decoded and scaled to WxH as the
// tiles do, for SECONDS. Prints one JSON line: frames per second of each stream (min and
// median), the process's CPU time as a percentage of one core, and its peak memory.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <media/livestream.h>
#include <memory>
#include <processusage.h>
#include <vector>

using namespace Jiandu;
using namespace Jiandu::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: gridbench SECONDS WxH URL...\n");
        return 2;
    }
    const int seconds = std::max(5, std::atoi(argv[1]));
    const QList<QByteArray> size = QByteArray(argv[2]).split('x');
    LiveStream::Options options;
    options.frameSize = QSize(size.value(0).toInt(), size.value(1).toInt());
    std::vector<std::unique_ptr<LiveStream>> streams;
    for (int i = 3; i < argc; ++i) {
        streams.push_back(std::make_unique<LiveStream>());
        streams.back()->start(QUrl(QString::fromLocal8Bit(argv[i])), options);
    }
    // Measured after a 3 s warm-up: connecting and the first keyframe are not the load.
    std::vector<qint64> framesAtStart(streams.size());
    double cpuAtStart = 0;
    QElapsedTimer wall;
    QTimer::singleShot(3000, &app, [&] {
        for (size_t i = 0; i < streams.size(); ++i)
            framesAtStart[i] = streams[i]->framesReceived();
        cpuAtStart = cpuSeconds();
        wall.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    });
    app.exec();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuAtStart;
    std::vector<double> fps;
    for (size_t i = 0; i < streams.size(); ++i)
        fps.push_back(double(streams[i]->framesReceived() - framesAtStart[i]) / elapsed);
    std::sort(fps.begin(), fps.end());
    std::printf("{\"streams\":%zu,\"seconds\":%.1f,\"fpsMin\":%.1f,\"fpsMedian\":%.1f,"
                "\"cpuPercent\":%.0f,\"peakRssMb\":%.0f}\n",
                streams.size(), elapsed, fps.front(), fps[fps.size() / 2], 100.0 * cpu / elapsed,
                peakRssMb());
    streams.clear();
    return 0;
}
