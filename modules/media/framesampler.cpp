#include "framesampler.h"

#include "gstreamer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>
#include <cstring>
#include <filesystem>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

//! Drops the frames that need others to be decoded, before the decoder: a live camera is then
//! decoded a key frame at a time.
GstPadProbeReturn dropDeltaUnits(GstPad *, GstPadProbeInfo *info, gpointer)
{
    GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
    return buffer && GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT) ? GST_PAD_PROBE_DROP
                                                                                : GST_PAD_PROBE_OK;
}

//! Lets through at most one frame per quarter interval, before conversion and scaling: the
//! frames between samples cost their decoding only. (videorate would do it, but asserts on a
//! still picture, whose frames have no duration.)
struct Gate
{
    GstClockTime every = 0;
    GstClockTime next = 0;
    GstClockTime last = GST_CLOCK_TIME_NONE;
};

GstPadProbeReturn passSome(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *gate = static_cast<Gate *>(data);
    GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
    const GstClockTime pts = buffer ? GST_BUFFER_PTS(buffer) : GST_CLOCK_TIME_NONE;
    // Frames without a time that advances (a broken encoder) all pass: the sampler then
    // spaces them by the clock.
    if (!GST_CLOCK_TIME_IS_VALID(pts) || pts == gate->last)
        return GST_PAD_PROBE_OK;
    gate->last = pts;
    if (pts < gate->next)
        return GST_PAD_PROBE_DROP;
    gate->next = pts + gate->every;
    return GST_PAD_PROBE_OK;
}

void onElementAdded(GstBin *, GstBin *, GstElement *element, gpointer)
{
    GstElementFactory *factory = gst_element_get_factory(element);
    const gchar *klass =
        factory ? gst_element_factory_get_metadata(factory, GST_ELEMENT_METADATA_KLASS) : nullptr;
    if (!klass || !g_strrstr(klass, "Decoder") || !g_strrstr(klass, "Video"))
        return;
    if (GstPad *pad = gst_element_get_static_pad(element, "sink")) {
        gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, dropDeltaUnits, nullptr, nullptr);
        gst_object_unref(pad);
    }
}

Result<QString> uriOf(const QString &source)
{
    const QUrl url(source);
    if (url.isValid() && url.scheme().size() > 1 && url.scheme() != u"file"_s)
        return url.toString(QUrl::FullyEncoded);
    const QString path = url.scheme() == u"file"_s ? url.toLocalFile() : source;
    std::error_code error;
    const auto status = std::filesystem::status(path.toStdString(), error);
    if (error || !std::filesystem::exists(status))
        return Error{FrameSampler::tr("There is no file %1.").arg(path), {}, u"no-file"_s};
    // A pipe or a device would be read for ever (or block on opening).
    if (!std::filesystem::is_regular_file(status))
        return Error{
            FrameSampler::tr("%1 is not a video file (a directory, device or pipe).").arg(path),
            {},
            u"not-a-file"_s};
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
}

} // namespace

Result<FrameSampler::Sampled> FrameSampler::sample(const QString &source, const Options &options)
{
    if (!Gst::ensureInitialized())
        return Error{tr("The media engine (GStreamer) is not available."), {}};
    const auto uri = uriOf(source);
    if (!uri)
        return uri.error();
    const int intervalMs = std::max(0, options.intervalMs);
    auto pipeline = Gst::parsePipeline(
        u"uridecodebin uri=%1 name=source ! identity name=gate ! videoconvert ! videoscale "
        "! video/x-raw,format=BGR,width=[1,%2],pixel-aspect-ratio=1/1 "
        "! appsink name=sink sync=false max-buffers=2 drop=false"_s.arg(
            Gst::quoted(*uri), QString::number(std::max(16, options.maxWidth))));
    if (!pipeline)
        return pipeline.error();
    Gst::ElementPtr element = std::move(pipeline).value();
    // Frames between the samples are not converted: about four per interval pass.
    auto gate = std::make_shared<Gate>();
    gate->every = GstClockTime(intervalMs) * GST_MSECOND / 4;
    if (GstElement *identity = gst_bin_get_by_name(GST_BIN(element.get()), "gate")) {
        GstPad *pad = gst_element_get_static_pad(identity, "sink");
        gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, passSome, gate.get(), nullptr);
        gst_object_unref(pad);
        gst_object_unref(identity);
    }
    if (options.keyframesOnly)
        g_signal_connect(element.get(), "deep-element-added", G_CALLBACK(onElementAdded), nullptr);
    GstAppSink *sink = GST_APP_SINK(gst_bin_get_by_name(GST_BIN(element.get()), "sink"));
    gst_element_set_state(element.get(), GST_STATE_PLAYING);

    Sampled sampled;
    QString failure;
    const QDeadlineTimer deadline(std::max(1000, options.timeoutMs));
    qint64 firstPts = -1;
    qint64 lastPts = -1;
    qint64 lastTaken = 0;
    // The stream's own time, or the clock's when its frames carry none that advances.
    QElapsedTimer sinceFirst;
    bool timeless = false;
    while (sampled.frames.size() < options.count) {
        if (options.cancelled && options.cancelled()) {
            failure = tr("The analysis was cancelled.");
            break;
        }
        if (deadline.hasExpired()) {
            failure = sampled.frames.isEmpty()
                          ? tr("No picture came within %1 s.").arg(options.timeoutMs / 1000)
                          : tr("Only %n picture(s) came within the time allowed.", nullptr,
                               int(sampled.frames.size()));
            break;
        }
        GstSample *sample = gst_app_sink_try_pull_sample(sink, 100 * GST_MSECOND);
        if (!sample) {
            if (const QString error = Gst::pendingError(element.get()); !error.isEmpty()) {
                failure = error;
                sampled.broke = true;
                break;
            }
            if (gst_app_sink_is_eos(sink)) {
                failure = tr("The video ended.");
                sampled.broke = true;
                break;
            }
            continue;
        }
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        const GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
        int width = 0;
        int height = 0;
        gst_structure_get_int(s, "width", &width);
        gst_structure_get_int(s, "height", &height);
        const GstClockTime pts = GST_BUFFER_PTS(buffer);
        const qint64 ptsMs = GST_CLOCK_TIME_IS_VALID(pts) ? qint64(pts / GST_MSECOND) : 0;
        if (firstPts < 0) {
            firstPts = ptsMs;
            sinceFirst.start();
        } else if (ptsMs <= lastPts) {
            timeless = true;
        }
        lastPts = ptsMs;
        const qint64 at = timeless ? sinceFirst.elapsed() : ptsMs - firstPts;
        // A little early is taken: frames rarely fall on the interval exactly.
        const bool due = sampled.frames.isEmpty() || at - lastTaken >= intervalMs * 9 / 10;
        GstMapInfo map;
        if (due && width > 0 && height > 0 && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            const int stride = int(map.size) / height;
            Frame frame;
            frame.width = width;
            frame.height = height;
            frame.ptsMs = at;
            frame.bgr.resize(qsizetype(width) * height * 3);
            if (stride >= width * 3) {
                for (int row = 0; row < height; ++row)
                    std::memcpy(frame.bgr.data() + qsizetype(row) * width * 3,
                                map.data + qsizetype(row) * stride, size_t(width) * 3);
                sampled.frames << frame;
                lastTaken = at;
            }
            gst_buffer_unmap(buffer, &map);
        }
        gst_sample_unref(sample);
    }
    gst_object_unref(sink);
    // A network source can take seconds to stop: the caller goes on.
    Gst::retire(std::move(element), gate);
    if (sampled.frames.isEmpty())
        return Error{failure.isEmpty() ? tr("No picture came.") : failure, source, u"no-picture"_s};
    if (sampled.frames.size() < options.count)
        sampled.shortBecause = failure;
    return sampled;
}

} // namespace Jiandu
