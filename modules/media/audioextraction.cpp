#include "audioextraction.h"

#include "gstreamer.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <core/boundedfile.h>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr int kHeaderBytes = 44;

QByteArray wavHeader(quint32 dataBytes)
{
    QByteArray h(kHeaderBytes, '\0');
    char *p = h.data();
    auto put32 = [](char *at, quint32 v) {
        qToLittleEndian(v, at);
    };
    auto put16 = [](char *at, quint16 v) {
        qToLittleEndian(v, at);
    };
    std::memcpy(p, "RIFF", 4);
    put32(p + 4, 36 + dataBytes);
    std::memcpy(p + 8, "WAVEfmt ", 8);
    put32(p + 16, 16); // fmt chunk size
    put16(p + 20, 1);  // PCM
    put16(p + 22, 1);  // mono
    put32(p + 24, AudioExtraction::kSampleRate);
    put32(p + 28, AudioExtraction::kSampleRate * 2); // bytes per second
    put16(p + 32, 2);                                // block align
    put16(p + 34, 16);                               // bits per sample
    std::memcpy(p + 36, "data", 4);
    put32(p + 40, dataBytes);
    return h;
}

} // namespace

Result<AudioExtraction::Audio>
AudioExtraction::toWav(const QString &mediaPath, const QString &wavPath, const Progress &progress)
{
    const QString name = QFileInfo(mediaPath).fileName();
    if (!QFileInfo(mediaPath).isFile())
        return Error{tr("%1 is not there or is not a file.").arg(mediaPath), {}, u"unreadable"_s};
    if (auto target = BoundedFile::checkTarget(wavPath); !target)
        return target.error();
    if (!Gst::ensureInitialized())
        return Error{tr("The media engine (GStreamer) is not available."), {}, u"unreadable"_s};
    auto pipeline = Gst::parsePipeline(
        u"filesrc location=%1 ! decodebin ! audioconvert ! audioresample "
        "! audio/x-raw,format=S16LE,rate=%2,channels=1,layout=interleaved "
        "! appsink name=sink sync=false max-buffers=64"_s.arg(Gst::quoted(mediaPath))
            .arg(kSampleRate));
    if (!pipeline)
        return Error{tr("The sound of %1 cannot be read.").arg(name), pipeline.error().text(),
                     u"unreadable"_s};
    GstAppSink *sink = GST_APP_SINK(gst_bin_get_by_name(GST_BIN(pipeline->get()), "sink"));
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);

    QSaveFile file(wavPath);
    Result<Audio> result = Audio{wavPath, 0, 0};
    if (!file.open(QIODevice::WriteOnly) || file.write(wavHeader(0)) != kHeaderBytes)
        result = Error{
            tr("%1 cannot be written: %2").arg(wavPath, file.errorString()), {}, u"unwritable"_s};
    qint64 bytes = 0;
    gint64 durationNs = -1;
    while (result.ok()) {
        QString error;
        GstSample *sample = Gst::pullSample(pipeline->get(), sink, &error);
        if (!sample) {
            if (!error.isEmpty())
                result = bytes == 0
                             ? Error{tr("%1 has no sound Jiandu can read (no audio track, "
                                        "or it is damaged).")
                                         .arg(name),
                                     error, u"no-audio"_s}
                             : Error{tr("The sound of %1 is damaged part-way through.").arg(name),
                                     error, u"unreadable"_s};
            break;
        }
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstMapInfo map;
        if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            if (file.write(reinterpret_cast<const char *>(map.data), qint64(map.size)) !=
                qint64(map.size))
                result = Error{tr("%1 cannot be written (is the disk full?).").arg(wavPath),
                               file.errorString(), u"unwritable"_s};
            bytes += qint64(map.size);
            gst_buffer_unmap(buffer, &map);
            if (result.ok() && bytes > 0xffffffffLL - kHeaderBytes) // a WAV holds 4 GB at most
                result = Error{
                    tr("The sound of %1 is too long for one WAV file (over 37 hours).").arg(name),
                    {},
                    u"unwritable"_s};
        }
        gst_sample_unref(sample);
        if (durationNs <= 0)
            gst_element_query_duration(pipeline->get(), GST_FORMAT_TIME, &durationNs);
        const qint64 doneMs = bytes / 2 * 1000 / kSampleRate;
        const double fraction =
            durationNs > 0 ? std::min(1.0, double(doneMs) * 1e6 / double(durationNs)) : -1.0;
        if (result.ok() && progress && !progress(fraction))
            result = Error{tr("Cancelled."), {}, u"cancelled"_s};
    }
    gst_object_unref(sink);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    if (!result)
        return result.error(); // the QSaveFile is discarded: nothing half-written remains
    if (bytes == 0)
        return Error{
            tr("%1 has no sound Jiandu can read (no audio track, or it is empty).").arg(name),
            {},
            u"no-audio"_s};
    if (bytes > 0xffffffffLL - kHeaderBytes)
        return Error{tr("The sound of %1 is too long for one WAV file (over 37 hours).").arg(name),
                     {},
                     u"unwritable"_s};
    if (!file.seek(0) || file.write(wavHeader(quint32(bytes))) != kHeaderBytes || !file.commit())
        return Error{tr("%1 cannot be written (is the disk full?).").arg(wavPath),
                     file.errorString(), u"unwritable"_s};
    Audio audio{wavPath, bytes / 2 * 1000 / kSampleRate, bytes / 2};
    return audio;
}

Result<QByteArray> AudioExtraction::pcmOf(const QString &wavPath)
{
    auto bytes = BoundedFile::read(wavPath, 0xffffffffLL);
    if (!bytes)
        return bytes.error();
    if (bytes->size() < kHeaderBytes || !bytes->startsWith("RIFF") ||
        bytes->mid(8, 8) != "WAVEfmt ")
        return Error{tr("%1 is not a WAV file.").arg(wavPath), {}, u"unreadable"_s};
    return bytes->mid(kHeaderBytes);
}

} // namespace Jiandu
