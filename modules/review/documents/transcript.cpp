#include "transcript.h"

#include "textdecoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

constexpr qint64 kMaxTranscriptBytes = 64LL << 20;
constexpr double kMaxSeconds = 7 * 24 * 3600.0; // a week: any longer is not a recording

//! A time in seconds a recording can have: finite, within a week either way.
bool plausible(double seconds)
{
    return std::isfinite(seconds) && std::abs(seconds) <= kMaxSeconds;
}

//! hh:mm:ss.mmm, hh:mm:ss,mmm or mm:ss.mmm; -1 when \a text is none of them.
qint64 clockMs(const QString &text)
{
    static const QRegularExpression re(
        uR"(^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 hours = m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if (minutes >= 60 || seconds >= 60)
        return -1;
    QString fraction = m.captured(4);
    while (fraction.size() < 3 && !fraction.isEmpty())
        fraction += u'0';
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

QString stripTags(QString text, QString *voice)
{
    static const QRegularExpression voiceRe(uR"(<v(?:\.[^ >]*)?\s+([^>]+)>)"_s);
    const auto m = voiceRe.match(text);
    if (m.hasMatch() && voice)
        *voice = m.captured(1).trimmed();
    static const QRegularExpression tagRe(uR"(<[^>]*>)"_s);
    text.remove(tagRe);
    text.replace(u"&amp;"_s, u"&"_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&nbsp;"_s, u" "_s);
    return text;
}

//! "SPEAKER_00: …", "说话人1：…", "[spk0] …" at the start of a cue's text.
void takeSpeakerPrefix(TranscriptSegment &segment)
{
    static const QRegularExpression re(
        uR"(^\s*[\[【(（]?\s*((?:SPEAKER|Speaker|speaker|spk|SPK)[_ ]?\d+|说话人\s*\d+|发言人\s*\d+|民警|嫌疑人|被询问人|被讯问人|询问人|讯问人)\s*[\]】)）]?\s*[:：]?\s*)"_s);
    if (!segment.speaker.isEmpty())
        return;
    const auto m = re.match(segment.text);
    if (m.hasMatch() && m.capturedEnd(0) < segment.text.size()) {
        segment.speaker = m.captured(1).trimmed();
        segment.text = segment.text.mid(m.capturedEnd(0));
    }
}

//! WebVTT and SRT: blocks separated by blank lines, a timing line "A --> B" in each.
Result<QList<TranscriptSegment>> readCues(const QString &text, bool vtt)
{
    QList<TranscriptSegment> segments;
    const QStringList blocks = QString(text)
                                   .replace(u"\r\n"_s, u"\n"_s)
                                   .replace(u'\r', u'\n')
                                   .split(QRegularExpression(u"\n[ \t]*\n"_s), Qt::SkipEmptyParts);
    int bad = 0;
    for (const QString &block : blocks) {
        QStringList lines = block.split(u'\n');
        qsizetype timing = -1;
        for (qsizetype i = 0; i < lines.size() && i < 3; ++i)
            if (lines[i].contains(u"-->"_s)) {
                timing = i;
                break;
            }
        if (timing < 0) {
            if (vtt)
                continue; // WEBVTT header, NOTE, STYLE, REGION
            ++bad;
            continue;
        }
        const QString timingLine = lines[timing];
        const qsizetype arrow = timingLine.indexOf(u"-->"_s);
        const QString to = timingLine.mid(arrow + 3).trimmed().section(u' ', 0, 0);
        const qint64 start = clockMs(timingLine.left(arrow));
        const qint64 end = clockMs(to);
        if (start < 0 || end < 0) {
            ++bad;
            continue;
        }
        TranscriptSegment segment;
        segment.startMs = start;
        segment.endMs = end;
        QStringList cueLines = lines.mid(timing + 1);
        QString voice;
        segment.text = stripTags(cueLines.join(u' '), &voice).trimmed();
        segment.speaker = voice;
        takeSpeakerPrefix(segment);
        segments.append(segment);
    }
    if (segments.isEmpty())
        return Error{Transcript::tr("No timed cue (00:00:01,000 --> 00:00:02,000) could be read."),
                     {},
                     u"garbled"_s};
    Q_UNUSED(bad);
    return segments;
}

double number(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        *ok = std::isfinite(value.toDouble());
        return value.toDouble();
    }
    if (value.isString()) {
        const qint64 ms = clockMs(value.toString());
        if (ms >= 0) {
            *ok = true;
            return double(ms) / 1000.0; // as seconds; callers scale
        }
        return value.toString().toDouble(ok);
    }
    *ok = false;
    return 0;
}

QString speakerOf(const QJsonObject &o)
{
    for (const QString &key : {u"speaker"_s, u"spk"_s, u"speaker_id"_s, u"role"_s}) {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInt());
    }
    return {};
}

//! One segment object of a JSON transcript; \a millis for FunASR's sentence_info.
std::optional<TranscriptSegment> segmentOf(const QJsonObject &o, bool millis)
{
    struct Keys
    {
        const char16_t *start;
        const char16_t *end;
        double scale; // to milliseconds
    };
    static const Keys keys[] = {{u"start_ms", u"end_ms", 1.0},     {u"startMs", u"endMs", 1.0},
                                {u"begin_time", u"end_time", 1.0}, {u"bg", u"ed", 1.0},
                                {u"start", u"end", 1000.0},        {u"from", u"to", 1000.0}};
    TranscriptSegment segment;
    bool found = false;
    for (const Keys &k : keys) {
        const QString startKey = QString::fromUtf16(k.start);
        if (!o.contains(startKey))
            continue;
        bool okStart = false, okEnd = false;
        const double start = number(o.value(startKey), &okStart);
        const double end = number(o.value(QString::fromUtf16(k.end)), &okEnd);
        if (!okStart || !okEnd)
            return std::nullopt;
        double scale = k.scale;
        if (millis && scale == 1000.0 && o.value(startKey).isDouble())
            scale = 1.0;
        if (!plausible(start * scale / 1000.0) || !plausible(end * scale / 1000.0))
            return std::nullopt;
        segment.startMs = qint64(std::llround(start * scale));
        segment.endMs = qint64(std::llround(end * scale));
        found = true;
        break;
    }
    if (!found)
        return std::nullopt;
    for (const QString &key : {u"text"_s, u"sentence"_s, u"text_seg"_s, u"onebest"_s})
        if (o.value(key).isString()) {
            segment.text = o.value(key).toString();
            break;
        }
    if (o.contains(u"text_seg"_s) && o.value(u"punc"_s).isString())
        segment.text += o.value(u"punc"_s).toString();
    segment.text = segment.text.trimmed();
    segment.speaker = speakerOf(o);
    return segment;
}

Result<QList<TranscriptSegment>> segmentsOf(const QJsonArray &array, bool millis)
{
    QList<TranscriptSegment> segments;
    int bad = 0;
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            ++bad;
            continue;
        }
        const QJsonObject o = v.toObject();
        // whisper.cpp: {"timestamps": {...}, "offsets": {"from": ms, "to": ms}, "text"}
        if (o.value(u"offsets"_s).isObject()) {
            const QJsonObject offsets = o.value(u"offsets"_s).toObject();
            bool a = false, b = false;
            const double from = number(offsets.value(u"from"_s), &a);
            const double to = number(offsets.value(u"to"_s), &b);
            if (!a || !b || !plausible(from / 1000) || !plausible(to / 1000)) {
                ++bad;
                continue;
            }
            TranscriptSegment s{qint64(from), qint64(to), o.value(u"text"_s).toString().trimmed(),
                                speakerOf(o)};
            segments.append(s);
            continue;
        }
        if (auto s = segmentOf(o, millis))
            segments.append(*s);
        else
            ++bad;
    }
    if (segments.isEmpty())
        return Error{Transcript::tr("The JSON holds no timed segments (start, end, text)."),
                     bad ? u"%1 entries unreadable"_s.arg(bad) : QString(), u"garbled"_s};
    return segments;
}

//! FunASR's text with one [start, end] per character (punctuation has none): sentences at
//! the punctuation, each timed by its characters.
Result<QList<TranscriptSegment>> funasrCharacters(const QString &text, const QJsonArray &stamps)
{
    QList<TranscriptSegment> segments;
    TranscriptSegment current;
    qsizetype stamp = 0;
    bool open = false;
    static const QString enders = u"。？！?!；;，,、"_s;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (c.isPunct()) {
            if (open) {
                current.text += c;
                if (enders.contains(c) && u"。？！?!；;"_s.contains(c)) {
                    segments.append(current);
                    current = {};
                    open = false;
                }
            }
            continue;
        }
        const QJsonArray pair = stamps.at(stamp).toArray();
        if (pair.size() >= 2 && plausible(pair.at(0).toDouble() / 1000) &&
            plausible(pair.at(1).toDouble() / 1000)) {
            if (!open) {
                current.startMs = qint64(pair.at(0).toDouble());
                open = true;
            }
            current.endMs = qint64(pair.at(1).toDouble());
        }
        ++stamp;
        current.text += c;
    }
    if (open)
        segments.append(current);
    if (segments.isEmpty())
        return Error{Transcript::tr("The FunASR result holds no timed text."), {}, u"garbled"_s};
    return segments;
}

Result<QList<TranscriptSegment>> readJson(const QJsonDocument &doc, QString *format)
{
    QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    // FunASR's AutoModel returns a list of one result per input.
    if (root.isArray() && root.toArray().size() == 1 && root.toArray().at(0).isObject()) {
        const QJsonObject only = root.toArray().at(0).toObject();
        if (only.contains(u"sentence_info"_s) || only.contains(u"timestamp"_s))
            root = only;
    }
    if (root.isObject()) {
        const QJsonObject o = root.toObject();
        if (o.value(u"transcription"_s).isArray()) {
            *format = u"whisper.cpp"_s;
            return segmentsOf(o.value(u"transcription"_s).toArray(), true);
        }
        if (o.value(u"sentence_info"_s).isArray()) {
            *format = u"funasr"_s;
            return segmentsOf(o.value(u"sentence_info"_s).toArray(), true);
        }
        if (o.value(u"stamp_sents"_s).isArray()) {
            *format = u"funasr"_s;
            return segmentsOf(o.value(u"stamp_sents"_s).toArray(), true);
        }
        if (o.value(u"text"_s).isString() && o.contains(u"timestamp"_s)) {
            *format = u"funasr"_s;
            QJsonValue stamps = o.value(u"timestamp"_s);
            if (stamps.isString()) // the runtime sends it as a string of JSON
                stamps = QJsonDocument::fromJson(stamps.toString().toUtf8()).array();
            return funasrCharacters(o.value(u"text"_s).toString(), stamps.toArray());
        }
        for (const QString &key :
             {u"segments"_s, u"result"_s, u"results"_s, u"sentences"_s, u"utterances"_s})
            if (o.value(key).isArray()) {
                *format = u"json"_s;
                return segmentsOf(o.value(key).toArray(), false);
            }
        return Error{Transcript::tr("The JSON is not a transcript Jiandu knows (WebVTT, SRT, "
                                    "whisper.cpp, FunASR or a list of timed segments)."),
                     {},
                     u"unknown-format"_s};
    }
    *format = u"json"_s;
    return segmentsOf(root.toArray(), false);
}

} // namespace

Result<Transcript> Transcript::read(const QString &path)
{
    const auto bytes = BoundedFile::read(path, kMaxTranscriptBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

Result<Transcript> Transcript::parse(const QByteArray &bytes, const QString &name)
{
    auto decoded = TextDecoding::decode(bytes);
    if (!decoded) {
        Error error = decoded.error();
        error.message = tr("%1: %2").arg(name, error.message);
        return error;
    }
    const QString text = decoded->text.trimmed();
    if (text.isEmpty())
        return Error{tr("%1 is empty: there is no transcript in it.").arg(name), {}, u"empty"_s};

    Transcript transcript;
    Result<QList<TranscriptSegment>> segments = QList<TranscriptSegment>();
    if (text.startsWith(u"WEBVTT"_s)) {
        transcript.format = u"webvtt"_s;
        segments = readCues(text, true);
    } else if (text.startsWith(u'{') || text.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (doc.isNull())
            return Error{tr("%1 is not valid JSON: %2 at character %3.")
                             .arg(name, error.errorString())
                             .arg(error.offset),
                         {},
                         u"garbled"_s};
        segments = readJson(doc, &transcript.format);
    } else if (text.contains(u"-->"_s)) {
        transcript.format = u"srt"_s;
        segments = readCues(text, false);
    } else {
        return Error{tr("%1 is not a transcript Jiandu knows: WebVTT, SRT, whisper.cpp JSON, "
                        "FunASR JSON or a JSON list of timed segments.")
                         .arg(name),
                     {},
                     u"unknown-format"_s};
    }
    if (!segments) {
        Error error = segments.error();
        error.message = name + u": "_s + error.message;
        return error;
    }
    transcript.segments = std::move(segments).value();
    transcript.settle();
    if (transcript.segments.isEmpty())
        return Error{tr("%1 holds no spoken text.").arg(name), {}, u"empty"_s};
    return transcript;
}

void Transcript::settle()
{
    int swapped = 0, negative = 0;
    QList<TranscriptSegment> kept;
    kept.reserve(segments.size());
    for (TranscriptSegment s : std::as_const(segments)) {
        s.text = s.text.simplified();
        if (s.text.isEmpty())
            continue; // silence and empty cues carry nothing to review
        if (s.startMs < 0 || s.endMs < 0) {
            ++negative;
            continue;
        }
        if (s.endMs < s.startMs) {
            std::swap(s.startMs, s.endMs);
            ++swapped;
        }
        kept.append(s);
    }
    const bool ordered =
        std::is_sorted(kept.cbegin(), kept.cend(),
                       [](const auto &a, const auto &b) { return a.startMs < b.startMs; });
    if (!ordered) {
        std::stable_sort(kept.begin(), kept.end(),
                         [](const auto &a, const auto &b) { return a.startMs < b.startMs; });
        warnings << tr("Segments were out of time order; they are shown sorted by their start.");
    }
    if (swapped)
        warnings << tr("%n segment(s) ended before they began; their times were swapped.", "",
                       swapped);
    if (negative)
        warnings << tr("%n segment(s) with negative times were left out.", "", negative);
    segments = std::move(kept);
}

QStringList Transcript::checkAgainst(qint64 durationMs) const
{
    QStringList result;
    if (durationMs <= 0)
        return result;
    const auto beyond = std::count_if(segments.cbegin(), segments.cend(),
                                      [&](const auto &s) { return s.endMs > durationMs + 1000; });
    if (beyond > 0)
        result << tr("%n segment(s) end after the recording does (%1); the transcript may be "
                     "of another recording or its times offset.",
                     "", int(beyond))
                      .arg(QTime::fromMSecsSinceStartOfDay(int(qMin<qint64>(durationMs, 86399999)))
                               .toString(u"HH:mm:ss"_s));
    return result;
}

QByteArray Transcript::toWebVtt() const
{
    auto stamp = [](qint64 ms) {
        return u"%1:%2:%3.%4"_s.arg(ms / 3600000, 2, 10, QChar(u'0'))
            .arg(ms / 60000 % 60, 2, 10, QChar(u'0'))
            .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
            .arg(ms % 1000, 3, 10, QChar(u'0'));
    };
    QString out = u"WEBVTT\n\n"_s;
    for (const TranscriptSegment &s : segments) {
        out += stamp(s.startMs) + u" --> "_s + stamp(s.endMs) + u'\n';
        if (!s.speaker.isEmpty())
            out += u"<v "_s + s.speaker + u'>';
        out += QString(s.text).replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s) + u"\n\n"_s;
    }
    return out.toUtf8();
}

QByteArray Transcript::toSrt() const
{
    auto stamp = [](qint64 ms) {
        return u"%1:%2:%3,%4"_s.arg(ms / 3600000, 2, 10, QChar(u'0'))
            .arg(ms / 60000 % 60, 2, 10, QChar(u'0'))
            .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
            .arg(ms % 1000, 3, 10, QChar(u'0'));
    };
    QString out;
    int index = 1;
    for (const TranscriptSegment &s : segments) {
        out += QString::number(index++) + u'\n' + stamp(s.startMs) + u" --> "_s + stamp(s.endMs) +
               u'\n';
        out += s.text + u"\n\n"_s;
    }
    return out.toUtf8();
}

QByteArray Transcript::toJson() const
{
    QJsonArray array;
    for (const TranscriptSegment &s : segments) {
        QJsonObject o{{u"start"_s, double(s.startMs) / 1000.0},
                      {u"end"_s, double(s.endMs) / 1000.0},
                      {u"text"_s, s.text}};
        if (!s.speaker.isEmpty())
            o.insert(u"speaker"_s, s.speaker);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{u"segments"_s, array}}).toJson(QJsonDocument::Indented);
}

} // namespace Jiandu::Review
