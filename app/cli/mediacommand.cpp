#include "mediacommand.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <media/framestamp.h>
#include <media/livestream.h>
#include <media/recorder.h>
#include <storage/localcache.h>
#include <storage/segmentrepository.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, size_t(p * double(values.size())))]);
}

int probe(const QCommandLineParser &parser, const QString &url)
{
    const int seconds = std::max(1, parser.value(u"seconds"_s).toInt());
    const QStringList size = parser.value(u"size"_s).split(u'x');
    LiveStream::Options options;
    options.frameSize = QSize(size.value(0).toInt(), size.value(1).toInt());
    if (!options.frameSize.isValid() || options.frameSize.width() < 16) {
        printError(u"--size expects WIDTHxHEIGHT, e.g. 640x360"_s);
        return ExitUsage;
    }

    LiveStream stream;
    QEventLoop loop;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    qint64 firstFrameMs = -1;
    std::vector<qint64> latencies;
    QObject::connect(&stream, &LiveStream::frameReady, &loop, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (firstFrameMs < 0)
            firstFrameMs = now - startedMs;
        const qint64 stamp = FrameStamp::read(stream.latestFrame());
        if (stamp > 0)
            latencies.push_back(now - stamp);
    });
    stream.start(QUrl(url), options);
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 frames = stream.framesReceived();
    const QImage frame = stream.latestFrame();
    const bool playing = stream.state() == LiveStream::State::Playing;
    QJsonObject report{{u"url"_s, url},
                       {u"state"_s, playing ? u"playing"_s : u"not playing"_s},
                       {u"error"_s, stream.lastError()},
                       {u"reconnects"_s, stream.reconnects()},
                       {u"frames"_s, frames},
                       {u"framesPerSecond"_s, double(frames) / seconds},
                       {u"firstFrameMs"_s, firstFrameMs},
                       {u"width"_s, frame.width()},
                       {u"height"_s, frame.height()}};
    if (!latencies.empty()) {
        report.insert(u"latencyMsP50"_s, percentile(latencies, 0.5));
        report.insert(u"latencyMsP95"_s, percentile(latencies, 0.95));
        report.insert(u"stampedFrames"_s, qint64(latencies.size()));
    }
    stream.stop();
    printOut(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return playing ? ExitOk : ExitFailure;
}

int record(const QCommandLineParser &parser, const QString &url)
{
    if (!parser.isSet(u"camera"_s) || !parser.isSet(u"dir"_s)) {
        printError(u"record needs --camera ID and --dir DIR"_s);
        return ExitUsage;
    }
    std::unique_ptr<LocalCache> cache;
    if (parser.isSet(u"cache"_s)) {
        const QString password = qEnvironmentVariable("JIANDU_CACHE_PASSWORD");
        auto opened = LocalCache::open(parser.value(u"cache"_s), password);
        if (!opened) {
            printError(opened.error().text());
            return ExitFailure;
        }
        cache = std::move(opened).value();
    }
    Recorder::Options options;
    options.directory = parser.value(u"dir"_s);
    options.cameraId = parser.value(u"camera"_s);
    options.segmentSeconds = std::max(1, parser.value(u"segment-seconds"_s).toInt());
    Recorder recorder;
    int segments = 0;
    bool indexed = true;
    QObject::connect(
        &recorder, &Recorder::segmentClosed, &recorder, [&](const MediaSegment &segment) {
            ++segments;
            if (cache)
                indexed =
                    SegmentRepository(cache->database().connection()).add(segment).ok() && indexed;
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"camera"_s, segment.cameraId},
                                                                 {u"startMs"_s, segment.startMs},
                                                                 {u"endMs"_s, segment.endMs},
                                                                 {u"path"_s, segment.path},
                                                                 {u"bytes"_s, segment.bytes},
                                                                 {u"complete"_s, segment.complete}})
                                           .toJson(QJsonDocument::Compact)));
        });
    QObject::connect(&recorder, &Recorder::failed, &recorder, [](const QString &reason) {
        printError(u"recording interrupted: "_s + reason);
    });
    recorder.start(QUrl(url), options);
    QEventLoop loop;
    QTimer::singleShot(std::max(1, parser.value(u"seconds"_s).toInt()) * 1000, &loop,
                       &QEventLoop::quit);
    loop.exec();
    recorder.stop();
    if (!indexed) {
        printError(u"some segments could not be added to the cache's recording index"_s);
        return ExitFailure;
    }
    return segments > 0 ? ExitOk : ExitFailure;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"probe URL: connects to a camera (rtsp://, file://, http://) for --seconds and prints "
        "JSON: state, frames per second, time to the first frame, size and, for cameras that "
        "stamp their frames (jiandu-sim), the latency from capture to decoded frame. Exit code "
        "1 if no picture arrived.\n"
        "record URL --camera ID --dir DIR: records the camera for --seconds into segments of "
        "--segment-seconds (H.264 stream copy, Matroska), one JSON line per segment; with "
        "--cache DIR (password in JIANDU_CACHE_PASSWORD) the segments go into the cache's "
        "recording index. Exit code 1 if nothing was recorded."_s);
    parser.addPositionalArgument(u"action"_s, u"probe | record"_s);
    parser.addPositionalArgument(u"url"_s, u"The camera."_s);
    parser.addOption({u"seconds"_s, u"How long to watch (default 5)."_s, u"n"_s, u"5"_s});
    parser.addOption(
        {u"size"_s, u"Decode to this size (default 640x360)."_s, u"WxH"_s, u"640x360"_s});
    parser.addOption({u"camera"_s, u"record: the camera's id."_s, u"id"_s});
    parser.addOption({u"dir"_s, u"record: where segments go."_s, u"dir"_s});
    parser.addOption(
        {u"segment-seconds"_s, u"record: segment length (default 60)."_s, u"n"_s, u"60"_s});
    parser.addOption({u"cache"_s, u"record: index segments in this cache."_s, u"dir"_s});
    if (const int code = parseCommandLine(parser, arguments, u"media probe URL [options]"_s);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || (positional[0] != u"probe" && positional[0] != u"record")) {
        printError(u"usage: jiandu-cli media probe|record URL [options]"_s);
        return ExitUsage;
    }
    return positional[0] == u"probe" ? probe(parser, positional[1]) : record(parser, positional[1]);
}

} // namespace

Command mediaCommand()
{
    return {u"media"_s, u"Probe and record cameras."_s, run};
}

} // namespace Jiandu::Cli
