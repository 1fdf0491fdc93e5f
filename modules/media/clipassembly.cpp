#include "clipassembly.h"

#include "gstreamer.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Jiandu::ClipAssembly {

namespace {

constexpr qint64 kDefaultFrameNs = 40 * kNsPerMs; // 25 fps, until a piece shows its own rate

// The wall clock of a segment's buffers: its first buffer is at segment.startMs.
struct WallClock
{
    qint64 segmentStartNs = 0;
    std::atomic<qint64> firstPts{-1};

    qint64 wallNs(GstClockTime pts) const
    {
        const qint64 first = firstPts.load();
        return segmentStartNs + (first < 0 ? 0 : qint64(pts) - first);
    }
};

// A buffer's running time on \a pad: the same for a frame before and after an encoder (which
// may move its output timestamps, e.g. by 1000 h, and its segment with them).
GstClockTime runningTime(GstPad *pad, GstClockTime pts)
{
    GstEvent *event = gst_pad_get_sticky_event(pad, GST_EVENT_SEGMENT, 0);
    if (!event)
        return pts;
    const GstSegment *segment = nullptr;
    gst_event_parse_segment(event, &segment);
    const GstClockTime running = gst_segment_to_running_time(segment, GST_FORMAT_TIME, pts);
    gst_event_unref(event);
    return running;
}

// Drops buffers whose wall time is before \a fromNs. On the parser's output it also notes
// the file's first timestamp (nothing before the piece's first keyframe needs reading); on
// the decoder's output it keeps frames before the first one wanted from being re-encoded.
struct DropBefore
{
    WallClock *clock;
    qint64 fromNs;
    bool notesFirst;
};

GstPadProbeReturn dropBefore(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    auto *d = static_cast<DropBefore *>(data);
    const GstClockTime pts = runningTime(pad, GST_BUFFER_PTS(gst_pad_probe_info_get_buffer(info)));
    if (!GST_CLOCK_TIME_IS_VALID(pts))
        return GST_PAD_PROBE_OK;
    if (d->notesFirst) {
        qint64 expected = -1;
        d->clock->firstPts.compare_exchange_strong(expected, qint64(pts));
    }
    return d->clock->wallNs(pts) < d->fromNs ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
}

void addProbe(GstElement *pipeline, const char *element, GstPadProbeCallback callback,
              gpointer data)
{
    Gst::ElementPtr e(gst_bin_get_by_name(GST_BIN(pipeline), element));
    GstPad *pad = gst_element_get_static_pad(e.get(), "src");
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, callback, data, nullptr);
    gst_object_unref(pad);
}

const char *kEncoder = "x264enc speed-preset=faster tune=zerolatency bframes=0 key-int-max=250 "
                       "pass=qual quantizer=20";

} // namespace

Result<QList<Frame>> scanFrames(const MediaSegment &segment)
{
    if (!Gst::ensureInitialized())
        return Error{u"GStreamer is not available"_s, {}};
    auto pipeline = Gst::parsePipeline(
        u"filesrc location=%1 ! matroskademux ! h264parse name=parse ! fakesink sync=false"_s.arg(
            Gst::quoted(segment.path)));
    if (!pipeline)
        return pipeline.error();
    struct Scan
    {
        WallClock clock;
        QList<Frame> frames;
    } scan;
    scan.clock.segmentStartNs = segment.startMs * kNsPerMs;
    addProbe(
        pipeline->get(), "parse",
        [](GstPad *, GstPadProbeInfo *info, gpointer data) {
            auto *s = static_cast<Scan *>(data);
            GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
            const GstClockTime pts = GST_BUFFER_PTS(buffer);
            if (!GST_CLOCK_TIME_IS_VALID(pts))
                return GST_PAD_PROBE_OK;
            qint64 expected = -1;
            s->clock.firstPts.compare_exchange_strong(expected, qint64(pts));
            s->frames.append({s->clock.wallNs(pts),
                              !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT)});
            return GST_PAD_PROBE_OK;
        },
        &scan);
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline->get());
    GstMessage *message = gst_bus_timed_pop_filtered(
        bus, 60 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    QString error = message ? QString() : u"timed out"_s;
    if (message && GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR)
        error = Gst::errorText(message);
    if (message)
        gst_message_unref(message);
    gst_object_unref(bus);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    if (!error.isEmpty())
        return Error{error, segment.path};
    std::sort(scan.frames.begin(), scan.frames.end(),
              [](const Frame &a, const Frame &b) { return a.wallNs < b.wallNs; });
    return scan.frames;
}

Result<void> decodeFrames(const MediaSegment &segment, qint64 startNs, qint64 fromNs, QSize size,
                          const std::function<bool(DecodedFrame &&)> &deliver)
{
    if (!Gst::ensureInitialized())
        return Error{u"GStreamer is not available"_s, {}};
    const QString scale = size.isValid() ? u"! videoscale ! video/x-raw,width=%1,height=%2,"
                                           "pixel-aspect-ratio=1/1,format=RGBx "_s.arg(size.width())
                                               .arg(size.height())
                                         : u"! video/x-raw,format=RGBx "_s;
    auto pipeline = Gst::parsePipeline(
        u"filesrc location=%1 ! matroskademux ! h264parse name=parse ! avdec_h264 name=decode "
        "! videoconvert %2! appsink name=sink sync=false max-buffers=4"_s.arg(
            Gst::quoted(segment.path), scale));
    if (!pipeline)
        return pipeline.error();
    WallClock clock;
    clock.segmentStartNs = segment.startMs * kNsPerMs;
    DropBefore readFromKey{&clock, startNs, true};
    DropBefore decodeFromFrame{&clock, fromNs, false};
    addProbe(pipeline->get(), "parse", dropBefore, &readFromKey);
    addProbe(pipeline->get(), "decode", dropBefore, &decodeFromFrame);
    GstAppSink *sink = GST_APP_SINK(gst_bin_get_by_name(GST_BIN(pipeline->get()), "sink"));
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);
    Result<void> result;
    QString error;
    while (GstSample *sample = Gst::pullSample(pipeline->get(), sink, &error)) {
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
        int width = 0;
        int height = 0;
        gst_structure_get_int(s, "width", &width);
        gst_structure_get_int(s, "height", &height);
        GstMapInfo map;
        bool more = false;
        if (width > 0 && height > 0 && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            const int stride = int(map.size) / height;
            const QImage view(map.data, width, height, stride, QImage::Format_RGBX8888);
            DecodedFrame frame{view.copy(), clock.wallNs(gst_segment_to_running_time(
                                                gst_sample_get_segment(sample), GST_FORMAT_TIME,
                                                GST_BUFFER_PTS(buffer)))};
            gst_buffer_unmap(buffer, &map);
            more = deliver(std::move(frame));
        }
        gst_sample_unref(sample);
        if (!more)
            break;
    }
    if (error.isEmpty())
        error = Gst::pendingError(pipeline->get());
    if (!error.isEmpty())
        result = Error{error, segment.path};
    gst_object_unref(sink);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    return result;
}

qint64 keyframeBefore(const QList<Frame> &frames, qint64 atNs)
{
    qint64 keyNs = std::numeric_limits<qint64>::min();
    for (const Frame &f : frames) {
        if (f.wallNs > atNs)
            break;
        if (f.keyframe)
            keyNs = f.wallNs;
    }
    return keyNs;
}

Result<DecodedFrame> decodeFrame(const MediaSegment &segment, qint64 atNs)
{
    auto frames = scanFrames(segment);
    if (!frames)
        return frames.error();
    std::optional<DecodedFrame> found;
    auto decoded = decodeFrames(segment, keyframeBefore(*frames, atNs), atNs, QSize(),
                                [&](DecodedFrame &&frame) {
                                    found = std::move(frame);
                                    return false;
                                });
    if (!decoded)
        return decoded.error();
    if (!found)
        return Error{u"no frame at or after that time"_s, segment.path};
    return *found;
}

struct Writer::Private
{
    QString path;
    QString partPath;
    Gst::ElementPtr pipeline;
    GstAppSrc *source = nullptr;
    bool capsSet = false;
    bool newRange = true;
    qint64 offsetNs = 0;      // output time = wall + offsetNs
    qint64 lastOutputNs = -1; // output time of the last frame written
    qint64 frameNs = kDefaultFrameNs;
    qint64 firstWallNs = -1;
    qint64 rangeFirstWallNs = -1;
    qint64 lastWallNs = -1;
    int frames = 0;
    QList<QPair<qint64, qint64>> missing; // wall ns, holes in the footage written
};

Writer::Writer()
    : d(std::make_unique<Private>())
{}

Writer::~Writer()
{
    if (d->pipeline)
        abort();
}

Result<void> Writer::open(const QString &path)
{
    if (!Gst::ensureInitialized())
        return Error{tr("The media engine (GStreamer) is not available."), {}};
    d->path = path;
    d->partPath = path + u".part"_s;
    const bool mp4 = QFileInfo(path).suffix().compare(u"mp4"_s, Qt::CaseInsensitive) == 0;
    auto pipeline = Gst::parsePipeline(
        u"appsrc name=src format=time block=true max-bytes=8000000 ! video/x-h264 ! %1 "
        "! filesink location=%2"_s.arg(mp4 ? u"mp4mux"_s : u"matroskamux"_s,
                                       Gst::quoted(d->partPath)));
    if (!pipeline)
        return Error{tr("The clip cannot be set up."), pipeline.error().text()};
    d->pipeline = std::move(pipeline).value();
    d->source = GST_APP_SRC(gst_bin_get_by_name(GST_BIN(d->pipeline.get()), "src"));
    gst_object_unref(d->source); // the pipeline keeps it alive
    if (gst_element_set_state(d->pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        const QString error = Gst::pendingError(d->pipeline.get());
        abort();
        return Error{tr("The clip file %1 cannot be created.").arg(path), error};
    }
    return {};
}

qint64 Writer::holeNs() const
{
    return std::max<qint64>(kMinHoleMs * kNsPerMs, 3 * d->frameNs);
}

void Writer::noteMissing(qint64 fromWallNs, qint64 toWallNs)
{
    if (toWallNs - fromWallNs > holeNs())
        d->missing.append({fromWallNs, toWallNs});
}

QList<QPair<qint64, qint64>> Writer::missingWallNs() const
{
    return d->missing;
}

void Writer::beginRange()
{
    d->newRange = true;
    d->rangeFirstWallNs = -1;
}

Result<void> Writer::append(const Piece &piece, const QString &overlay, const Progress &progress)
{
    QString description =
        u"filesrc location=%1 ! matroskademux ! h264parse name=parse config-interval=-1 "_s.arg(
            Gst::quoted(piece.segment.path));
    if (piece.reencode) {
        description += u"! avdec_h264 name=decode ! videoconvert "_s;
        if (!overlay.isEmpty())
            description += u"! textoverlay text=%1 valignment=bottom halignment=right "
                           "font-desc=\"Noto Sans CJK SC, 12\" shaded-background=true "
                           "! videoconvert "_s.arg(Gst::quoted(overlay));
        description += u"! %1 ! h264parse config-interval=-1 "_s.arg(QString::fromLatin1(kEncoder));
    }
    description += u"! video/x-h264,stream-format=avc3,alignment=au "
                   "! appsink name=sink sync=false max-buffers=32"_s;
    auto reader = Gst::parsePipeline(description);
    if (!reader)
        return Error{tr("The recording %1 cannot be read.").arg(piece.segment.path),
                     reader.error().text()};
    WallClock clock;
    clock.segmentStartNs = piece.segment.startMs * kNsPerMs;
    DropBefore readFromStart{&clock, piece.startNs, true};
    DropBefore decodeFromFirst{&clock, piece.fromNs, false};
    addProbe(reader->get(), "parse", dropBefore, &readFromStart);
    if (piece.reencode)
        addProbe(reader->get(), "decode", dropBefore, &decodeFromFirst);
    GstAppSink *sink = GST_APP_SINK(gst_bin_get_by_name(GST_BIN(reader->get()), "sink"));
    gst_element_set_state(reader->get(), GST_STATE_PLAYING);

    Result<void> result;
    while (true) {
        QString error;
        GstSample *sample = Gst::pullSample(reader->get(), sink, &error);
        if (!sample) {
            if (!error.isEmpty())
                result =
                    Error{tr("The recording %1 cannot be read.").arg(piece.segment.path), error};
            break;
        }
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        const GstClockTime pts = gst_segment_to_running_time(
            gst_sample_get_segment(sample), GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
        const qint64 wall = GST_CLOCK_TIME_IS_VALID(pts) ? clock.wallNs(pts) : -1;
        if (wall < piece.fromNs) {
            gst_sample_unref(sample);
            continue;
        }
        if (wall > piece.toNs) {
            gst_sample_unref(sample);
            break;
        }
        if (!d->capsSet) {
            gst_app_src_set_caps(d->source, gst_sample_get_caps(sample));
            d->capsSet = true;
        }
        if (d->newRange) {
            d->offsetNs = d->lastOutputNs < 0 ? -wall : d->lastOutputNs + d->frameNs - wall;
            d->newRange = false;
        } else if (d->lastWallNs >= 0 && wall > d->lastWallNs) {
            // Footage that is not there (a truncated segment, a gap between segments) is
            // reported, not silently jumped over.
            if (wall - d->lastWallNs > holeNs())
                d->missing.append({d->lastWallNs + d->frameNs, wall});
            else
                d->frameNs = std::min<qint64>(wall - d->lastWallNs, 1000 * kNsPerMs);
        }
        const qint64 outputNs = wall + d->offsetNs;
        if (outputNs <= d->lastOutputNs) { // a repeated or reordered frame: keep time moving on
            gst_sample_unref(sample);
            continue;
        }
        GstBuffer *out = gst_buffer_copy(buffer);
        const GstClockTime rawPts = GST_BUFFER_PTS(buffer);
        const GstClockTime dts = GST_BUFFER_DTS(buffer);
        GST_BUFFER_PTS(out) = GstClockTime(outputNs);
        GST_BUFFER_DTS(out) =
            GST_CLOCK_TIME_IS_VALID(dts) && dts <= rawPts
                ? GstClockTime(std::max<qint64>(0, outputNs - qint64(rawPts - dts)))
                : GstClockTime(outputNs);
        gst_sample_unref(sample);
        if (gst_app_src_push_buffer(d->source, out) != GST_FLOW_OK) {
            result = Error{tr("The clip could not be written (is the disk full?)."),
                           Gst::pendingError(d->pipeline.get())};
            break;
        }
        d->lastOutputNs = outputNs;
        if (d->firstWallNs < 0)
            d->firstWallNs = wall;
        if (d->rangeFirstWallNs < 0)
            d->rangeFirstWallNs = wall;
        d->lastWallNs = wall;
        ++d->frames;
        if (progress && (d->frames % 25) == 0 && !progress(wall)) {
            result = Error{tr("The export was cancelled."), {}, u"cancelled"_s};
            break;
        }
    }
    gst_object_unref(sink);
    gst_element_set_state(reader->get(), GST_STATE_NULL);
    if (result.ok()) {
        if (const QString error = Gst::pendingError(d->pipeline.get()); !error.isEmpty())
            result = Error{tr("The clip could not be written (is the disk full?)."), error};
    }
    return result;
}

Result<void> Writer::finish()
{
    if (d->frames == 0) {
        abort();
        return Error{tr("There are no frames in the requested time."), {}};
    }
    gst_app_src_end_of_stream(d->source);
    GstBus *bus = gst_element_get_bus(d->pipeline.get());
    GstMessage *message = gst_bus_timed_pop_filtered(
        bus, 120 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    QString error = message ? QString() : u"timed out"_s;
    if (message && GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR)
        error = Gst::errorText(message);
    if (message)
        gst_message_unref(message);
    gst_object_unref(bus);
    gst_element_set_state(d->pipeline.get(), GST_STATE_NULL);
    d->pipeline.reset();
    if (!error.isEmpty()) {
        QFile::remove(d->partPath);
        return Error{tr("The clip could not be written (is the disk full?)."), error};
    }
    QFile::remove(d->path);
    if (!QFile::rename(d->partPath, d->path)) {
        QFile::remove(d->partPath);
        return Error{tr("The clip cannot be saved as %1.").arg(d->path), {}};
    }
    return {};
}

void Writer::abort()
{
    if (d->pipeline) {
        gst_element_set_state(d->pipeline.get(), GST_STATE_NULL);
        d->pipeline.reset();
    }
    QFile::remove(d->partPath);
}

qint64 Writer::firstWallNs() const
{
    return d->firstWallNs;
}

qint64 Writer::rangeFirstWallNs() const
{
    return d->rangeFirstWallNs;
}

qint64 Writer::lastWallNs() const
{
    return d->lastWallNs;
}

int Writer::frames() const
{
    return d->frames;
}

} // namespace Jiandu::ClipAssembly
