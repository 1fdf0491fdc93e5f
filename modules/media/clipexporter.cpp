#include "clipexporter.h"

#include "gstreamer.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <atomic>
#include <core/filehash.h>
#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

// Runs \a pipeline to the end; the error text if it fails.
QString runToEnd(GstElement *pipeline)
{
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *message = gst_bus_timed_pop_filtered(
        bus, 120 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    QString error;
    if (!message) {
        error = u"timed out"_s;
    } else if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
        error = Gst::errorText(message);
    }
    if (message)
        gst_message_unref(message);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    return error;
}

// Wall-clock ms of each keyframe in a segment (first frame = segment start).
QList<qint64> keyframeTimes(const MediaSegment &segment, QString *error)
{
    auto pipeline = Gst::parsePipeline(
        u"filesrc location=%1 ! matroskademux ! "
        "h264parse name=parse ! fakesink sync=false"_s.arg(quoted(segment.path)));
    if (!pipeline) {
        *error = pipeline.error().message;
        return {};
    }
    struct Scan
    {
        qint64 startMs;
        GstClockTime first = GST_CLOCK_TIME_NONE;
        QList<qint64> keyframes;
    } scan{segment.startMs};
    Gst::ElementPtr parse(gst_bin_get_by_name(GST_BIN(pipeline->get()), "parse"));
    GstPad *pad = gst_element_get_static_pad(parse.get(), "src");
    gst_pad_add_probe(
        pad, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) {
            auto *s = static_cast<Scan *>(data);
            GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
            const GstClockTime pts = GST_BUFFER_PTS(buffer);
            if (!GST_CLOCK_TIME_IS_VALID(pts))
                return GST_PAD_PROBE_OK;
            if (!GST_CLOCK_TIME_IS_VALID(s->first))
                s->first = pts;
            if (!GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT))
                s->keyframes.append(s->startMs + qint64((pts - s->first) / GST_MSECOND));
            return GST_PAD_PROBE_OK;
        },
        &scan, nullptr);
    gst_object_unref(pad);
    *error = runToEnd(pipeline->get());
    return scan.keyframes;
}

// Passes a branch's buffers whose wall time lies in [fromMs, toMs].
struct Window
{
    qint64 segmentStartMs;
    qint64 fromMs;
    qint64 toMs;
    GstClockTime first = GST_CLOCK_TIME_NONE;
    std::atomic<qint64> lastKeptMs{0};
};

GstPadProbeReturn keepWindow(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *w = static_cast<Window *>(data);
    GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    if (!GST_CLOCK_TIME_IS_VALID(pts))
        return GST_PAD_PROBE_OK;
    if (!GST_CLOCK_TIME_IS_VALID(w->first))
        w->first = pts;
    const qint64 wall = w->segmentStartMs + qint64((pts - w->first) / GST_MSECOND);
    if (wall < w->fromMs || wall > w->toMs)
        return GST_PAD_PROBE_DROP;
    w->lastKeptMs.store(wall);
    return GST_PAD_PROBE_OK;
}

} // namespace

QString ClipExporter::manifestPath(const QString &clipPath)
{
    return clipPath + u".manifest.json"_s;
}

Result<ClipExporter::Clip> ClipExporter::exportRange(const QList<MediaSegment> &all, qint64 fromMs,
                                                     qint64 toMs, const QString &outputPath,
                                                     const QString &operatorName)
{
    if (toMs <= fromMs)
        return Error{tr("The end of the clip must come after its start."), {}};
    QList<MediaSegment> segments;
    for (const MediaSegment &s : all) {
        if (s.startMs < toMs && s.endMs > fromMs)
            segments.append(s);
    }
    if (segments.isEmpty())
        return Error{
            tr("There is no recording of this camera between %1 and %2.")
                .arg(QDateTime::fromMSecsSinceEpoch(fromMs).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                     QDateTime::fromMSecsSinceEpoch(toMs).toString(u"HH:mm:ss"_s)),
            {}};
    if (!Gst::ensureInitialized())
        return Error{tr("The media engine (GStreamer) is not available."), {}};

    // Stream copy must start on a keyframe: the last one at or before the requested start.
    QString error;
    const QList<qint64> keyframes = keyframeTimes(segments.constFirst(), &error);
    if (!error.isEmpty())
        return Error{tr("The recording %1 cannot be read.").arg(segments.constFirst().path), error};
    qint64 startMs = segments.constFirst().startMs;
    for (qint64 k : keyframes) {
        if (k <= fromMs)
            startMs = k;
    }

    QString description = u"concat name=c ! h264parse ! matroskamux ! filesink location=%1"_s.arg(
        quoted(outputPath + u".part"_s));
    for (int i = 0; i < segments.size(); ++i)
        description += u" filesrc location=%1 ! matroskademux ! h264parse name=p%2 ! c."_s
                           .arg(quoted(segments[i].path))
                           .arg(i);
    auto pipeline = Gst::parsePipeline(description);
    if (!pipeline)
        return Error{tr("The clip cannot be set up."), pipeline.error().message};
    std::vector<std::unique_ptr<Window>> windows;
    for (int i = 0; i < segments.size(); ++i) {
        windows.push_back(std::make_unique<Window>());
        windows.back()->segmentStartMs = segments[i].startMs;
        windows.back()->fromMs = startMs;
        windows.back()->toMs = toMs;
        Gst::ElementPtr parse(
            gst_bin_get_by_name(GST_BIN(pipeline->get()), u"p%1"_s.arg(i).toUtf8().constData()));
        GstPad *pad = gst_element_get_static_pad(parse.get(), "src");
        gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, keepWindow, windows.back().get(),
                          nullptr);
        gst_object_unref(pad);
    }
    error = runToEnd(pipeline->get());
    if (!error.isEmpty()) {
        QFile::remove(outputPath + u".part"_s);
        return Error{tr("The clip could not be written (is the disk full?)."), error};
    }
    QFile::remove(outputPath);
    if (!QFile::rename(outputPath + u".part"_s, outputPath))
        return Error{tr("The clip cannot be saved as %1.").arg(outputPath), {}};

    Clip clip;
    clip.path = outputPath;
    clip.manifestPath = manifestPath(outputPath);
    clip.actualStartMs = startMs;
    for (const auto &w : windows)
        clip.actualEndMs = std::max(clip.actualEndMs, w->lastKeptMs.load());
    clip.sha256 = fileSha256(outputPath);
    const QJsonObject manifest{{u"format"_s, u"jiandu-clip/1"_s},
                               {u"file"_s, QFileInfo(outputPath).fileName()},
                               {u"sha256"_s, clip.sha256},
                               {u"bytes"_s, QFileInfo(outputPath).size()},
                               {u"camera"_s, segments.constFirst().cameraId},
                               {u"requestedFromMs"_s, fromMs},
                               {u"requestedToMs"_s, toMs},
                               {u"fromMs"_s, clip.actualStartMs},
                               {u"toMs"_s, clip.actualEndMs},
                               {u"mode"_s, u"fast"_s},
                               {u"operator"_s, operatorName},
                               {u"exportedMs"_s, QDateTime::currentMSecsSinceEpoch()}};
    QSaveFile out(clip.manifestPath);
    const QByteArray json = QJsonDocument(manifest).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return Error{tr("The clip's manifest could not be written."), out.errorString()};
    return clip;
}

Result<QJsonObject> ClipExporter::verify(const QString &clipPath)
{
    QFile in(manifestPath(clipPath));
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("%1 has no manifest (%2).").arg(clipPath, manifestPath(clipPath)), {}};
    const QJsonObject manifest = QJsonDocument::fromJson(in.readAll()).object();
    if (manifest.value(u"format"_s).toString() != u"jiandu-clip/1"_s)
        return Error{tr("The manifest of %1 is damaged.").arg(clipPath), {}};
    const QString actual = fileSha256(clipPath);
    if (actual.isEmpty())
        return Error{tr("%1 cannot be read.").arg(clipPath), {}};
    if (actual != manifest.value(u"sha256"_s).toString())
        return Error{
            tr("%1 does not match its manifest: it was changed after export.").arg(clipPath),
            actual};
    return manifest;
}

} // namespace Jiandu
