#include "mediacommand.h"

#include "exportsupport.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <core/localtime.h>
#include <media/clipexporter.h>
#include <media/framestamp.h>
#include <media/livestream.h>
#include <media/recorder.h>
#include <media/snapshot.h>
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
        // Only readable stamps: a camera that does not stamp its frames has no latency here.
        const qint64 stamp = FrameStamp::read(stream.latestFrame());
        if (stamp > 0 && now - stamp >= 0 && now - stamp < 60'000)
            latencies.push_back(now - stamp);
    });
    stream.start(QUrl(url), options);
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 frames = stream.framesReceived();
    const QImage frame = stream.latestFrame();
    // Pictures whose time does not move on are no usable stream: it cannot be recorded or
    // played back in step, and a frame rate counted on them means nothing.
    const bool timeless = frames >= 5 && stream.timedFramesReceived() * 2 < frames;
    const bool playing = stream.state() == LiveStream::State::Playing && !timeless;
    QJsonObject report{{u"url"_s, url},
                       {u"state"_s, playing ? u"playing"_s : u"not playing"_s},
                       {u"error"_s, timeless ? u"the camera's frames carry no time that advances "
                                               "(they all have the same timestamp): check the "
                                               "camera's encoder settings"_s
                                             : stream.lastError()},
                       {u"framesWithTime"_s, stream.timedFramesReceived()},
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
    if (timeless)
        printError(report.value(u"error"_s).toString());
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
    int complete = 0;
    bool indexed = true;
    QObject::connect(
        &recorder, &Recorder::segmentClosed, &recorder, [&](const MediaSegment &segment) {
            complete += segment.complete ? 1 : 0;
            if (cache)
                indexed =
                    SegmentRepository(cache->database().connection()).add(segment).ok() && indexed;
            printOut(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{u"camera"_s, segment.cameraId},
                                {u"startMs"_s, segment.startMs},
                                {u"endMs"_s, segment.endMs},
                                {u"path"_s, segment.path},
                                {u"bytes"_s, segment.bytes},
                                {u"complete"_s, segment.complete},
                                {u"keyframes"_s, qint64(segment.keyframeOffsetsMs.size())}})
                    .toJson(QJsonDocument::Compact)));
        });
    QEventLoop loop;
    bool storageFailed = false;
    QObject::connect(&recorder, &Recorder::failed, &recorder, [&](const QString &reason) {
        if (recorder.isRecording())
            printError(u"recording interrupted: "_s + reason);
    });
    QObject::connect(&recorder, &Recorder::storageFailed, &recorder, [&](const QString &reason) {
        printError(reason);
        storageFailed = true;
        loop.quit();
    });
    recorder.start(QUrl(url), options);
    QTimer::singleShot(std::max(1, parser.value(u"seconds"_s).toInt()) * 1000, &loop,
                       &QEventLoop::quit);
    if (!storageFailed)
        loop.exec();
    recorder.stop();
    if (storageFailed)
        return ExitFailure;
    if (!indexed) {
        printError(u"some segments could not be added to the cache's recording index"_s);
        return ExitFailure;
    }
    if (complete == 0)
        printError(u"no complete segment was recorded"_s);
    return complete > 0 ? ExitOk : ExitFailure;
}

int clip(const QCommandLineParser &parser)
{
    const qint64 from = parseLocalTime(parser.value(u"from"_s));
    const qint64 to = parseLocalTime(parser.value(u"to"_s));
    if (!parser.isSet(u"cache"_s) || !parser.isSet(u"camera"_s) || !parser.isSet(u"out"_s) ||
        from < 0 || to < 0) {
        printError(u"clip needs --cache DIR --camera ID --from TIME --to TIME --out FILE "
                   "(TIME: \"yyyy-MM-dd HH:mm:ss\" or ms since the epoch)"_s);
        return ExitUsage;
    }
    const auto cache = openCache(parser);
    if (!cache)
        return ExitFailure;
    auto segments = SegmentRepository(cache->database().connection())
                        .overlapping(parser.value(u"camera"_s), from, to);
    if (!segments) {
        printError(segments.error().text());
        return ExitFailure;
    }
    return printClip(ClipExporter::exportRange(*segments, from, to, parser.value(u"out"_s),
                                               clipOptions(parser, cache.get())));
}

int concat(const QCommandLineParser &parser)
{
    const QStringList specs = parser.values(u"range"_s);
    if (!parser.isSet(u"cache"_s) || !parser.isSet(u"out"_s) || specs.isEmpty()) {
        printError(u"concat needs --cache DIR --out FILE and one --range CAMERA,FROM,TO per "
                   "stretch"_s);
        return ExitUsage;
    }
    const auto cache = openCache(parser);
    if (!cache)
        return ExitFailure;
    SegmentRepository index(cache->database().connection());
    QList<ClipExporter::Range> ranges;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u',');
        const qint64 from = parseLocalTime(parts.value(1).trimmed());
        const qint64 to = parseLocalTime(parts.value(2).trimmed());
        if (parts.size() != 3 || parts[0].trimmed().isEmpty() || from < 0 || to < 0) {
            printError(u"--range %1: expected CAMERA,FROM,TO (TIME: \"yyyy-MM-dd HH:mm:ss\" or "
                       "ms since the epoch)"_s.arg(spec));
            return ExitUsage;
        }
        auto segments = index.overlapping(parts[0].trimmed(), from, to);
        if (!segments) {
            printError(segments.error().text());
            return ExitFailure;
        }
        ranges.append({*segments, from, to});
    }
    return printClip(ClipExporter::concatenate(ranges, parser.value(u"out"_s),
                                               clipOptions(parser, cache.get())));
}

int snapshot(const QCommandLineParser &parser, const QString &url)
{
    if (!parser.isSet(u"out"_s)) {
        printError(u"snapshot needs --out FILE (.jpg or .png)"_s);
        return ExitUsage;
    }
    Snapshot::Metadata metadata;
    metadata.cameraId = parser.value(u"camera"_s);
    metadata.operatorName = clipOptions(parser).operatorName;
    QImage image;
    if (!url.isEmpty()) { // live: the first picture the camera sends
        LiveStream stream;
        QEventLoop loop;
        QObject::connect(&stream, &LiveStream::frameReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max(1, parser.value(u"seconds"_s).toInt()) * 1000, &loop,
                           &QEventLoop::quit);
        LiveStream::Options options;
        options.frameSize = QSize();
        stream.start(QUrl(url), options);
        loop.exec();
        image = stream.latestFrame();
        metadata.timeMs = QDateTime::currentMSecsSinceEpoch();
        stream.stop();
        if (image.isNull()) {
            printError(u"no picture from %1 (%2)"_s.arg(url, stream.lastError()));
            return ExitFailure;
        }
        if (metadata.cameraId.isEmpty())
            metadata.cameraId = url;
    } else {
        const qint64 at = parseLocalTime(parser.value(u"at"_s));
        if (!parser.isSet(u"cache"_s) || metadata.cameraId.isEmpty() || at < 0) {
            printError(u"snapshot needs a camera URL, or --cache DIR --camera ID --at TIME for "
                       "a recorded frame"_s);
            return ExitUsage;
        }
        const auto cache = openCache(parser);
        if (!cache)
            return ExitFailure;
        auto segments = SegmentRepository(cache->database().connection())
                            .overlapping(metadata.cameraId, at, at);
        if (!segments) {
            printError(segments.error().text());
            return ExitFailure;
        }
        auto frame = Snapshot::fromRecording(*segments, at);
        if (!frame) {
            printError(frame.error().text());
            return ExitFailure;
        }
        image = frame->image;
        metadata.timeMs = frame->timeMs;
    }
    if (auto saved = Snapshot::saveAs(image, parser.value(u"out"_s), metadata); !saved) {
        printError(saved.error().text());
        return ExitFailure;
    }
    printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"snapshot"_s, parser.value(u"out"_s)},
                                                         {u"camera"_s, metadata.cameraId},
                                                         {u"timeMs"_s, metadata.timeMs},
                                                         {u"width"_s, image.width()},
                                                         {u"height"_s, image.height()}})
                                   .toJson(QJsonDocument::Compact)));
    return ExitOk;
}

int verify(const QCommandLineParser &parser, const QString &path)
{
    auto manifest = ClipExporter::verify(path);
    if (!manifest) {
        printError(manifest.error().message);
        return ExitFailure;
    }
    const QString sha = manifest->value(u"sha256"_s).toString();
    if (!parser.isSet(u"cache"_s)) {
        printOut(u"%1: ok (sha256 %2) — integrity only, not authenticity: the file is unchanged "
                 "since its manifest was written, which does not prove who wrote it; give "
                 "--cache of the exporting workstation to check its seal"_s.arg(path, sha));
        return ExitOk;
    }
    const auto cache = openCache(parser);
    if (!cache)
        return ExitFailure;
    switch (ClipExporter::checkSeal(*manifest, sealKey(*cache))) {
    case ClipExporter::Seal::Matches:
        printOut(u"%1: ok (sha256 %2) — exported by this workstation and unchanged since "
                 "(its manifest's seal matches this cache's key)"_s.arg(path, sha));
        return ExitOk;
    case ClipExporter::Seal::Absent:
        printOut(u"%1: ok (sha256 %2) — integrity only: the manifest carries no seal (exported "
                 "without a cache, or by an older version)"_s.arg(path, sha));
        return ExitOk;
    case ClipExporter::Seal::Broken:
    case ClipExporter::Seal::Invalid:
        break;
    }
    printError(
        u"%1: the manifest's seal does not match this workstation's key: the clip and "
        "its manifest were changed together, or another workstation exported it"_s.arg(path));
    return ExitFailure;
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
        "recording index. Exit code 1 if nothing was recorded.\n"
        "clip --cache DIR --camera ID --from TIME --to TIME --out FILE: cuts the camera's "
        "recording for that time into one file (.mp4 or .mkv; stream copy from the keyframe at "
        "or before --from, or with --exact exactly from --from to --to) with a SHA-256 manifest "
        "beside it (FILE.manifest.json); --watermark TEXT burns TEXT into every frame.\n"
        "concat --cache DIR --range CAMERA,FROM,TO [--range …] --out FILE: the ranges one after "
        "another in time order in one file, same options as clip.\n"
        "snapshot URL --out FILE: the camera's next picture as JPEG (.jpg) or PNG, with camera, "
        "time and operator in the file; snapshot --cache DIR --camera ID --at TIME --out FILE: "
        "the recorded frame at TIME.\n"
        "verify FILE [--cache DIR]: checks a clip against its manifest; with the cache of the "
        "exporting workstation also the manifest's seal; exit code 1 if it was changed."_s);
    parser.addPositionalArgument(u"action"_s,
                                 u"probe | record | clip | concat | snapshot | verify"_s);
    parser.addPositionalArgument(u"url"_s, u"The camera."_s);
    parser.addOption({u"seconds"_s, u"How long to watch (default 5)."_s, u"n"_s, u"5"_s});
    parser.addOption(
        {u"size"_s, u"Decode to this size (default 640x360)."_s, u"WxH"_s, u"640x360"_s});
    parser.addOption({u"camera"_s, u"record: the camera's id."_s, u"id"_s});
    parser.addOption({u"dir"_s, u"record: where segments go."_s, u"dir"_s});
    parser.addOption(
        {u"segment-seconds"_s, u"record: segment length (default 60)."_s, u"n"_s, u"60"_s});
    parser.addOption(
        {u"cache"_s, u"record, clip: the cache with the recording index."_s, u"dir"_s});
    parser.addOption({u"from"_s, u"clip: start time."_s, u"time"_s});
    parser.addOption({u"to"_s, u"clip: end time."_s, u"time"_s});
    parser.addOption({u"out"_s, u"clip, concat, snapshot: the file to write."_s, u"file"_s});
    parser.addOption({u"exact"_s, u"clip, concat: start and end on exactly the frames asked for "
                                  "(re-encodes the partial GOP at each end)."_s});
    parser.addOption({u"watermark"_s, u"clip, concat: text burned into every frame."_s, u"text"_s});
    parser.addOption(
        {u"operator"_s, u"clip, concat, snapshot: who exports (default: $USER)."_s, u"name"_s});
    parser.addOption(
        {u"range"_s, u"concat: CAMERA,FROM,TO (repeat for each stretch)."_s, u"range"_s});
    parser.addOption({u"at"_s, u"snapshot: the time of a recorded frame."_s, u"time"_s});
    if (const int code = parseCommandLine(parser, arguments, u"media probe URL [options]"_s);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"clip" && positional.size() == 1)
        return clip(parser);
    if (action == u"concat" && positional.size() == 1)
        return concat(parser);
    if (action == u"snapshot" && positional.size() <= 2)
        return snapshot(parser, positional.value(1));
    if (positional.size() == 2 && action == u"probe")
        return probe(parser, positional[1]);
    if (positional.size() == 2 && action == u"record")
        return record(parser, positional[1]);
    if (positional.size() == 2 && action == u"verify")
        return verify(parser, positional[1]);
    printError(u"usage: jiandu-cli media probe URL | record URL | clip | concat | snapshot [URL] | "
               "verify FILE [options]"_s);
    return ExitUsage;
}

} // namespace

Command mediaCommand()
{
    return {u"media"_s, u"Probe, record, clip and verify camera footage."_s, run};
}

} // namespace Jiandu::Cli
