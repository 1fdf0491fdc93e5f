#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <core/result.h>

namespace Jiandu::Review {

//! One timed piece of what was said.
struct TranscriptSegment
{
    qint64 startMs = 0; //!< from the recording's start
    qint64 endMs = 0;
    QString text;
    QString speaker; //!< as the source names it ("SPEAKER_00", "1", "民警"), empty when unknown
};

//! A speech transcript (转写) with its timed segments in time order.
//! Reads WebVTT, SRT, whisper.cpp's JSON (-oj), FunASR's JSON (sentence_info, the runtime's
//! stamp_sents, or text with per-character timestamps), and plain JSON of timed segments
//! ([{start, end, text, speaker}] in seconds, or a {"segments": […]} object as OpenAI's
//! verbose_json; start_ms/end_ms or begin_time/end_time in milliseconds), in any encoding
//! TextDecoding reads.
class Transcript
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::Transcript)

public:
    QList<TranscriptSegment> segments;
    QString format;       //!< "webvtt", "srt", "whisper.cpp", "funasr", "json"
    QStringList warnings; //!< what was repaired on reading: order, swapped or empty times

    static Result<Transcript> parse(const QByteArray &bytes, const QString &name);
    static Result<Transcript> read(const QString &path);

    //! Segments that end after \a durationMs, the recording's length, as warnings; nothing
    //! is dropped (the recording may be one camera of several).
    QStringList checkAgainst(qint64 durationMs) const;
    qint64 endMs() const { return segments.isEmpty() ? 0 : segments.constLast().endMs; }

    //! WebVTT as a player loads it (the export's subtitles).
    QByteArray toWebVtt() const;
    //! SRT, as GStreamer's subparse and most players read it (the text only).
    QByteArray toSrt() const;
    //! Plain JSON of timed segments (seconds), as read back by parse().
    QByteArray toJson() const;

private:
    void settle(); //!< sorts, repairs and reports
};

} // namespace Jiandu::Review
