#include "pairclipexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QScopeGuard>
#include <core/boundedfile.h>
#include <core/filehash.h>
#include <gst/gst.h>
#include <media/clipexporter.h>
#include <media/gstreamer.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
constexpr qint64 kNsPerMs = 1000000;

//! What the overlay shows for each picture: the subtitle said at the picture's time in the
//! recording, set as the picture passes (so the words can never lag the picture).
struct Burner
{
    QList<TranscriptSegment> said; // on the recording's timeline
    GstElement *overlay = nullptr;
    QString shown;
};

GstPadProbeReturn burn(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    auto *b = static_cast<Burner *>(data);
    GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
    const GstEvent *sticky = gst_pad_get_sticky_event(pad, GST_EVENT_SEGMENT, 0);
    if (!buffer || !sticky)
        return GST_PAD_PROBE_OK;
    const GstSegment *segment = nullptr;
    gst_event_parse_segment(const_cast<GstEvent *>(sticky), &segment);
    const guint64 at = gst_segment_to_stream_time(segment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
    gst_event_unref(const_cast<GstEvent *>(sticky));
    QString text;
    if (GST_CLOCK_TIME_IS_VALID(at)) {
        const qint64 ms = qint64(at / kNsPerMs);
        for (const TranscriptSegment &s : std::as_const(b->said))
            if (s.startMs <= ms && ms < s.endMs)
                text = s.text;
    }
    if (text != b->shown) {
        b->shown = text;
        g_object_set(b->overlay, "text", text.toUtf8().constData(), nullptr);
    }
    return GST_PAD_PROBE_OK;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{PairClipExport::tr("%1 cannot be written (is the disk full?).").arg(path),
                     f.errorString(), u"unwritable"_s};
    return {};
}
} // namespace

Transcript PairClipExport::shifted(const Transcript &transcript, qint64 fromMs, qint64 toMs)
{
    Transcript out;
    out.format = transcript.format;
    for (const TranscriptSegment &s : transcript.segments) {
        if (s.endMs <= fromMs || s.startMs >= toMs)
            continue;
        TranscriptSegment t = s;
        t.startMs = std::max(s.startMs, fromMs) - fromMs;
        t.endMs = std::min(s.endMs, toMs) - fromMs;
        out.segments.append(t);
    }
    return out;
}

Result<PairClipExport::Clip> PairClipExport::run(const Request &r)
{
    if (r.toMs <= r.fromMs)
        return Error{tr("The stretch to export is empty."), {}, u"empty"_s};
    if (!r.hasVideo && !r.hasAudio)
        return Error{tr("The recording holds neither picture nor sound."), {}, u"empty"_s};
    if (!QFileInfo(r.recording).isFile())
        return Error{tr("The recording %1 is not there.").arg(r.recording), {}, u"missing"_s};
    if (auto target = BoundedFile::checkTarget(r.outputPath); !target)
        return target.error();
    if (!Gst::ensureInitialized())
        return Error{tr("The media engine (GStreamer) is not available."), {}};

    Clip clip;
    clip.path = r.outputPath;
    clip.subtitlesPath = QFileInfo(r.outputPath).path() + u'/' +
                         QFileInfo(r.outputPath).completeBaseName() + u".srt"_s;
    clip.manifestPath = ClipExporter::manifestPath(r.outputPath);
    clip.durationMs = r.toMs - r.fromMs;

    // The subtitles on the recording's own timeline feed the overlay (the seek moves them
    // with the picture); those beside the clip start at its zero.
    const Transcript inRange = shifted(r.transcript, r.fromMs, r.toMs);
    Transcript onRecording = inRange;
    for (TranscriptSegment &s : onRecording.segments) {
        s.startMs += r.fromMs;
        s.endMs += r.fromMs;
        if (!s.speaker.isEmpty())
            s.text = s.speaker + u"："_s + s.text;
    }
    const bool burnIn = r.burnSubtitles && r.hasVideo && !onRecording.segments.isEmpty();

    const QString partial = r.outputPath + u".part"_s;
    QString description =
        u"filesrc location=%1 ! decodebin name=d "_s.arg(Gst::quoted(r.recording));
    if (r.hasVideo) {
        description += u"d. ! queue ! videoconvert "_s;
        if (burnIn)
            description += u"! textoverlay name=said valignment=bottom wrap-mode=char "
                           "font-desc=\"Noto Sans CJK SC 16\" shaded-background=true "_s;
        description += u"! videoconvert ! x264enc speed-preset=veryfast key-int-max=50 "
                       "! video/x-h264,profile=high ! h264parse ! queue ! mux. "_s;
    }
    if (r.hasAudio)
        description += u"d. ! queue ! audioconvert ! audioresample ! avenc_aac ! aacparse "
                       "! queue ! mux. "_s;
    description +=
        u"mp4mux name=mux faststart=true ! filesink location=%1 "_s.arg(Gst::quoted(partial));
    auto pipeline = Gst::parsePipeline(description);
    if (!pipeline)
        return Error{tr("The clip cannot be set up."), pipeline.error().text()};
    Burner burner{onRecording.segments, nullptr, {}};
    if (burnIn) {
        burner.overlay = gst_bin_get_by_name(GST_BIN(pipeline->get()), "said");
        GstPad *pad = gst_element_get_static_pad(burner.overlay, "video_sink");
        gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, burn, &burner, nullptr);
        gst_object_unref(pad);
    }
    const auto releaseOverlay = qScopeGuard([&burner] {
        if (burner.overlay)
            gst_object_unref(burner.overlay);
    });

    auto fail = [&](Error error) -> Result<Clip> {
        gst_element_set_state(pipeline->get(), GST_STATE_NULL);
        QFile::remove(partial);
        return error;
    };
    // Paused first, then the stretch asked for, exactly, then played to its end.
    gst_element_set_state(pipeline->get(), GST_STATE_PAUSED);
    if (gst_element_get_state(pipeline->get(), nullptr, nullptr, 30 * GST_SECOND) ==
        GST_STATE_CHANGE_FAILURE)
        return fail(
            Error{tr("The recording %1 cannot be read.").arg(QFileInfo(r.recording).fileName()),
                  Gst::pendingError(pipeline->get())});
    if (!gst_element_seek(pipeline->get(), 1.0, GST_FORMAT_TIME,
                          GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE),
                          GST_SEEK_TYPE_SET, r.fromMs * kNsPerMs, GST_SEEK_TYPE_SET,
                          r.toMs * kNsPerMs))
        return fail(Error{tr("The recording cannot be cut at %1 ms.").arg(r.fromMs), {}});
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline->get());
    Result<Clip> result = clip;
    int quiet = 0;
    while (true) {
        gint64 position = -1;
        const bool known = gst_element_query_position(pipeline->get(), GST_FORMAT_TIME, &position);
        const double fraction =
            known ? std::clamp(double(position / kNsPerMs - r.fromMs) / double(clip.durationMs),
                               0.0, 1.0)
                  : 0.0;
        if (r.progress && !r.progress(fraction)) {
            result = Error{tr("Cancelled."), {}, u"cancelled"_s};
            break;
        }
        GstMessage *m = gst_bus_timed_pop_filtered(
            bus, 100 * GST_MSECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
        if (m) {
            if (GST_MESSAGE_TYPE(m) == GST_MESSAGE_ERROR)
                result =
                    Error{tr("The clip could not be made (is the disk full?)."), Gst::errorText(m)};
            gst_message_unref(m);
            break;
        }
        quiet = known ? 0 : quiet + 1;
        if (quiet > 600) { // a minute without a position: stuck
            result = Error{tr("The clip could not be made: the media engine stopped."), {}};
            break;
        }
    }
    gst_object_unref(bus);
    if (!result)
        return fail(result.error());
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    QFile::remove(r.outputPath);
    if (!QFile::rename(partial, r.outputPath)) {
        QFile::remove(partial);
        return Error{tr("%1 cannot be written.").arg(r.outputPath), {}, u"unwritable"_s};
    }
    if (auto written = writeFile(clip.subtitlesPath, inRange.toSrt()); !written)
        return written.error();

    QJsonObject manifest = r.about;
    manifest.insert(u"camera"_s, QFileInfo(r.recording).fileName());
    manifest.insert(u"source"_s, QJsonObject{{u"file"_s, QFileInfo(r.recording).fileName()},
                                             {u"sha256"_s, r.recordingSha256}});
    manifest.insert(u"requestedFromMs"_s, r.fromMs);
    manifest.insert(u"requestedToMs"_s, r.toMs);
    manifest.insert(u"fromMs"_s, r.fromMs);
    manifest.insert(u"toMs"_s, r.toMs);
    manifest.insert(u"mode"_s, u"exact"_s);
    manifest.insert(u"operator"_s, r.operatorName);
    manifest.insert(u"missing"_s, QJsonArray());
    manifest.insert(u"subtitles"_s,
                    QJsonObject{{u"file"_s, QFileInfo(clip.subtitlesPath).fileName()},
                                {u"sha256"_s, fileSha256(clip.subtitlesPath)},
                                {u"burnedIn"_s, burnIn}});
    auto sha = ClipExporter::writeManifest(r.outputPath, manifest, r.sealKey);
    if (!sha)
        return sha.error();
    clip.sha256 = *sha;
    return clip;
}

} // namespace Jiandu::Review
