#include "demointerrogation.h"

#include "documents/transcript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <cmath>
#include <media/gstreamer.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review::DemoInterrogation {

namespace {

constexpr int kRate = 16000;

Result<void> copyResource(const QString &from, const QString &to)
{
    QFile source(from);
    QSaveFile target(to);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(source.readAll()) < 0 || !target.commit())
        return Error{QCoreApplication::translate("Jiandu::Review::DemoInterrogation",
                                                 "The demo interrogation cannot be written to %1.")
                         .arg(to),
                     target.errorString()};
    return {};
}

//! A voice-like tone while each segment is said: a pitch per speaker, swelling at syllable
//! pace; silence between.
QByteArray voices(const Transcript &transcript, qint64 lengthMs)
{
    const qint64 samples = lengthMs * kRate / 1000;
    QByteArray pcm(samples * 2, '\0');
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    QStringList speakers;
    for (const TranscriptSegment &s : transcript.segments) {
        if (!speakers.contains(s.speaker))
            speakers << s.speaker;
        const double pitch = speakers.indexOf(s.speaker) == 0 ? 220.0 : 330.0;
        const qint64 from = s.startMs * kRate / 1000;
        const qint64 to = std::min(samples, s.endMs * kRate / 1000);
        for (qint64 i = from; i < to; ++i) {
            const double t = double(i - from) / kRate;
            const double syllables = 0.5 + 0.5 * std::sin(2 * M_PI * 4.0 * t);
            out[i] = qint16(6000 * syllables * std::sin(2 * M_PI * pitch * t));
        }
    }
    QByteArray header(44, '\0');
    char *h = header.data();
    std::memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(36 + quint32(pcm.size()), h + 4);
    std::memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(1, h + 20);
    qToLittleEndian<quint16>(1, h + 22);
    qToLittleEndian<quint32>(kRate, h + 24);
    qToLittleEndian<quint32>(kRate * 2, h + 28);
    qToLittleEndian<quint16>(2, h + 32);
    qToLittleEndian<quint16>(16, h + 34);
    std::memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(quint32(pcm.size()), h + 40);
    return header + pcm;
}

} // namespace

Result<Files> make(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("Jiandu::Review::DemoInterrogation",
                                                 "The demo interrogation cannot be written to %1.")
                         .arg(folder),
                     {}};
    const QDir dir(folder);
    Files files{dir.filePath(u"讯问同录-王小五.mkv"_s), dir.filePath(u"询问笔录-王小五.txt"_s),
                dir.filePath(u"转写-王小五.vtt"_s)};
    if (auto copied = copyResource(u":/demo/review/record.txt"_s, files.record); !copied)
        return copied.error();
    if (auto copied = copyResource(u":/demo/review/transcript.vtt"_s, files.transcript); !copied)
        return copied.error();
    if (QFile::exists(files.recording))
        return files;
    auto transcript = Transcript::read(files.transcript);
    if (!transcript)
        return transcript.error();
    const qint64 lengthMs = transcript->endMs() + 4000;
    const QString wav = dir.filePath(u"voices.wav"_s);
    const QString srt = dir.filePath(u"said.srt"_s);
    for (const auto &[path, bytes] :
         {std::pair{wav, voices(*transcript, lengthMs)}, std::pair{srt, transcript->toSrt()}}) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return Error{
                QCoreApplication::translate("Jiandu::Review::DemoInterrogation",
                                            "The demo interrogation cannot be written to %1.")
                    .arg(folder),
                f.errorString()};
    }
    const QString partial = files.recording + u".part"_s;
    auto made = Gst::runToEnd(u"videotestsrc pattern=smpte75 num-buffers=%1 "
                              "! video/x-raw,width=640,height=360,framerate=25/1 "
                              "! textoverlay name=said valignment=bottom wrap-mode=char "
                              "font-desc=\"Noto Sans CJK SC 16\" "
                              "! timeoverlay halignment=right valignment=top font-desc=\"Sans 14\" "
                              "! x264enc speed-preset=ultrafast key-int-max=50 ! h264parse "
                              "! matroskamux name=mux ! filesink location=%2 "
                              "filesrc location=%3 ! subparse ! said.text_sink "
                              "filesrc location=%4 ! wavparse ! audioconvert ! vorbisenc ! mux."_s
                                  .arg(lengthMs * 25 / 1000)
                                  .arg(Gst::quoted(partial), Gst::quoted(srt), Gst::quoted(wav)),
                              300, [](GstElement *pipeline) {
                                  // Recorded when the record says the questioning began.
                                  Gst::setCreationTime(pipeline, "mux",
                                                       QDateTime(QDate(2026, 12, 1), QTime(9, 2)));
                              });
    QFile::remove(wav);
    QFile::remove(srt);
    if (!made) {
        QFile::remove(partial);
        return made.error();
    }
    if (!QFile::rename(partial, files.recording))
        return Error{QCoreApplication::translate("Jiandu::Review::DemoInterrogation",
                                                 "The demo interrogation cannot be written to %1.")
                         .arg(folder),
                     {}};
    return files;
}

} // namespace Jiandu::Review::DemoInterrogation
