#include "aligncommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <review/alignment/alignmentjson.h>
#include <review/documents/documenttext.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

QString clock(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    return u"%1:%2:%3.%4"_s.arg(ms / 3600000, 2, 10, QChar(u'0'))
        .arg(ms / 60000 % 60, 2, 10, QChar(u'0'))
        .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(ms / 100 % 10);
}

QJsonObject headerJson(const Review::RecordHeader &h)
{
    QJsonObject o;
    auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"title"_s, h.title);
    if (h.session)
        o.insert(u"session"_s, *h.session);
    put(u"start"_s, h.start.toString(Qt::ISODate));
    put(u"end"_s, h.end.toString(Qt::ISODate));
    put(u"place"_s, h.place);
    if (!h.interviewers.isEmpty())
        o.insert(u"interviewers"_s, QJsonArray::fromStringList(h.interviewers));
    if (!h.recorders.isEmpty())
        o.insert(u"recorders"_s, QJsonArray::fromStringList(h.recorders));
    put(u"subject"_s, h.subject);
    if (h.age)
        o.insert(u"age"_s, *h.age);
    put(u"guardian"_s, h.guardian);
    put(u"arrived"_s, h.arrived.toString(Qt::ISODate));
    put(u"left"_s, h.left.toString(Qt::ISODate));
    return o;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Places each question-and-answer pair of a written record (笔录) where it was said in "
        "the speech transcript (转写) of the recording, and lists what was said but not "
        "written down.\n\n"
        "The record: text (UTF-8, GB18030/GBK or UTF-16), Word .docx or PDF. The transcript: "
        "WebVTT, SRT, whisper.cpp JSON, FunASR JSON or a JSON list of timed segments.\n"
        "--json prints {pairs: [{pair, start, end, status, confidence, …}], unwritten, overall}; "
        "times in seconds from the recording's start, null when not found; status is "
        "\"aligned\" or \"not_found\".\n"
        "Exit codes: 0 the transcript matches the record, 1 it does not plausibly (or an input "
        "could not be read), 2 bad command line."_s);
    const QCommandLineOption record(u"record"_s, u"The written record."_s, u"FILE"_s);
    const QCommandLineOption transcript(u"transcript"_s, u"The transcript."_s, u"FILE"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of a table."_s);
    const QCommandLineOption duration(
        u"duration"_s, u"The recording's length in seconds, to check the transcript against."_s,
        u"SECONDS"_s);
    const QCommandLineOption threshold(
        u"threshold"_s, u"Confidence (0–1) under which a pair is not found (default 0.34)."_s,
        u"VALUE"_s);
    parser.addOptions({record, transcript, json, duration, threshold});
    if (const int code = parseCommandLine(parser, arguments,
                                          u"align --record FILE --transcript FILE [--json]"_s);
        code >= 0)
        return code;
    if (!parser.isSet(record) || !parser.isSet(transcript)) {
        printError(u"align needs --record FILE and --transcript FILE."_s);
        return ExitUsage;
    }
    Review::Aligner::Options options;
    if (parser.isSet(threshold)) {
        bool ok = false;
        options.threshold = parser.value(threshold).toDouble(&ok);
        if (!ok || options.threshold < 0 || options.threshold > 1) {
            printError(u"--threshold must be a number from 0 to 1."_s);
            return ExitUsage;
        }
    }
    qint64 durationMs = 0;
    if (parser.isSet(duration)) {
        bool ok = false;
        const double value = parser.value(duration).toDouble(&ok);
        if (!ok || value <= 0 || value > 7 * 24 * 3600) {
            printError(u"--duration must be the recording's length in seconds."_s);
            return ExitUsage;
        }
        durationMs = qint64(value * 1000);
    }

    const auto recordText = Review::DocumentText::read(parser.value(record));
    if (!recordText) {
        printError(recordText.error().text());
        return ExitFailure;
    }
    const Review::WrittenRecord written = Review::WrittenRecord::parse(recordText->text);
    if (written.pairs.isEmpty()) {
        printError(u"%1: no question and answer (问：/答：) found; is it a written record?"_s.arg(
            parser.value(record)));
        return ExitFailure;
    }
    const auto spoken = Review::Transcript::read(parser.value(transcript));
    if (!spoken) {
        printError(spoken.error().text());
        return ExitFailure;
    }
    QStringList warnings = spoken->warnings + spoken->checkAgainst(durationMs);
    const Review::Alignment alignment = Review::Aligner::align(written.pairs, *spoken, options);

    if (parser.isSet(json)) {
        QJsonArray problems;
        for (const Review::RecordProblem &p : written.problems)
            problems.append(
                QJsonObject{{u"line"_s, p.line}, {u"code"_s, p.code}, {u"message"_s, p.message}});
        QJsonObject out = Review::AlignmentJson::toJson(alignment);
        out.insert(u"record"_s, QJsonObject{{u"kind"_s, recordText->kind},
                                            {u"encoding"_s, recordText->encoding},
                                            {u"header"_s, headerJson(written.header)},
                                            {u"problems"_s, problems}});
        out.insert(u"transcript"_s,
                   QJsonObject{{u"format"_s, spoken->format},
                               {u"segments"_s, int(spoken->segments.size())},
                               {u"warnings"_s, QJsonArray::fromStringList(warnings)}});
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QString text = u"pair  start         end           status     confidence\n"_s;
        for (const Review::PairAlignment &a : alignment.pairs)
            text += u"%1  %2  %3  %4 %5\n"_s.arg(a.pair, 4)
                        .arg(clock(a.startMs), -12)
                        .arg(clock(a.endMs), -12)
                        .arg(Review::PairAlignment::statusName(a.status), -10)
                        .arg(a.confidence, 6, 'f', 2);
        for (const Review::UnwrittenPassage &u : alignment.unwritten)
            text += u"said, not written  %1–%2  %3\n"_s.arg(clock(u.startMs), clock(u.endMs),
                                                            u.text.left(60));
        for (const QString &w : std::as_const(warnings))
            text += u"warning: "_s + w + u'\n';
        text += alignment.verdict;
        printOut(text);
    }
    return alignment.plausible ? ExitOk : ExitFailure;
}

} // namespace

Command alignCommand()
{
    return {u"align"_s, u"Place a written record's Q&A pairs in a speech transcript."_s, run};
}

} // namespace Jiandu::Cli
