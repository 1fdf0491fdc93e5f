// Alignment accuracy and speed on synthetic interrogations (see bench/README.md): the share of
// pairs placed within 2 s of where they were said, precision and recall of "not found", the
// verdict on a transcript of another interrogation, and the time for a 3-hour interrogation —
// against a simple baseline in the same run (each pair's raw characters matched anywhere in
// the raw transcript, no normalising, no order).
#include "syntheticinterrogation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <review/alignment/aligner.h>
#include <review/documents/documenttext.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::Review;
using namespace Jiandu::Review::Bench;

namespace {

struct Score
{
    int said = 0;
    int within2s = 0;
    int notSaid = 0;
    int notFoundTrue = 0;  // not said, reported not found
    int notFoundFalse = 0; // said, reported not found
    void add(const QList<PairTruth> &truth, const QList<PairAlignment> &found)
    {
        for (qsizetype i = 0; i < truth.size() && i < found.size(); ++i) {
            const bool reportedNotFound = found[i].status == PairAlignment::Status::NotFound;
            if (truth[i].said) {
                ++said;
                if (!reportedNotFound && std::abs(found[i].startMs - truth[i].startMs) <= 2000)
                    ++within2s;
                if (reportedNotFound)
                    ++notFoundFalse;
            } else {
                ++notSaid;
                if (reportedNotFound)
                    ++notFoundTrue;
            }
        }
    }
    double accuracy() const { return said ? double(within2s) / said : 0; }
    double recall() const { return notSaid ? double(notFoundTrue) / notSaid : 0; }
    double precision() const
    {
        const int reported = notFoundTrue + notFoundFalse;
        return reported ? double(notFoundTrue) / reported : 0;
    }
};

//! The baseline: each pair's raw text matched by local alignment anywhere in the raw
//! transcript text; found when half its characters match.
QList<PairAlignment> baseline(const QList<QaPair> &pairs, const Transcript &transcript)
{
    QString stream;
    QList<qint64> times;
    for (const TranscriptSegment &s : transcript.segments) {
        for (qsizetype k = 0; k < s.text.size(); ++k) {
            stream += s.text[k];
            times << s.startMs + (s.endMs - s.startMs) * k / std::max<qsizetype>(1, s.text.size());
        }
    }
    QList<PairAlignment> result;
    for (const QaPair &pair : pairs) {
        const QString text = pair.question + pair.answer;
        std::vector<int> prev(size_t(stream.size() + 1)), cur(prev.size());
        std::vector<int> prevStart(prev.size()), curStart(prev.size());
        std::vector<int> prevMatched(prev.size()), curMatched(prev.size());
        int best = 0, bestStart = 0, bestMatched = 0;
        for (qsizetype i = 1; i <= text.size(); ++i) {
            cur[0] = 0;
            for (qsizetype j = 1; j <= stream.size(); ++j) {
                const bool same = text[i - 1] == stream[j - 1];
                int score = prev[size_t(j - 1)] + (same ? 2 : -1);
                int start = prev[size_t(j - 1)] > 0 ? prevStart[size_t(j - 1)] : int(j - 1);
                int matched = (prev[size_t(j - 1)] > 0 ? prevMatched[size_t(j - 1)] : 0) + same;
                if (prev[size_t(j)] - 1 > score) {
                    score = prev[size_t(j)] - 1;
                    start = prevStart[size_t(j)];
                    matched = prevMatched[size_t(j)];
                }
                if (cur[size_t(j - 1)] - 1 > score) {
                    score = cur[size_t(j - 1)] - 1;
                    start = curStart[size_t(j - 1)];
                    matched = curMatched[size_t(j - 1)];
                }
                if (score <= 0) {
                    score = 0;
                    matched = 0;
                }
                cur[size_t(j)] = score;
                curStart[size_t(j)] = start;
                curMatched[size_t(j)] = matched;
                if (score > best) {
                    best = score;
                    bestStart = start;
                    bestMatched = matched;
                }
            }
            std::swap(prev, cur);
            std::swap(prevStart, curStart);
            std::swap(prevMatched, curMatched);
        }
        PairAlignment a{pair.number};
        a.confidence = text.isEmpty() ? 0 : double(bestMatched) / double(text.size());
        if (a.confidence >= 0.5) {
            a.status = PairAlignment::Status::Aligned;
            a.startMs = times.value(bestStart);
        }
        result.append(a);
    }
    return result;
}

struct Loaded
{
    QList<QaPair> pairs;
    Transcript transcript;
};

std::optional<Loaded> load(const SyntheticInterrogation &s, int index)
{
    const auto text = DocumentText::fromBytes(s.recordBytes, u"record %1"_s.arg(index));
    if (!text) {
        qCritical("%s", qPrintable(text.error().text()));
        return std::nullopt;
    }
    const WrittenRecord record = WrittenRecord::parse(text->text);
    if (record.pairs.size() != s.truth.size()) {
        qCritical("record %d: %lld pairs read, %lld written", index, record.pairs.size(),
                  s.truth.size());
        return std::nullopt;
    }
    auto transcript = Transcript::parse(s.transcriptBytes, u"transcript %1"_s.arg(index));
    if (!transcript) {
        qCritical("%s", qPrintable(transcript.error().text()));
        return std::nullopt;
    }
    return Loaded{record.pairs, std::move(transcript).value()};
}

void write(const QString &dir, int index, const SyntheticInterrogation &s)
{
    const QString base = u"%1/%2"_s.arg(dir).arg(index, 3, 10, QChar(u'0'));
    QFile record(base + u"-record.txt"_s);
    record.open(QIODevice::WriteOnly);
    record.write(s.recordBytes);
    const QString extension = s.transcriptFormat == u"srt"_s      ? u"srt"_s
                              : s.transcriptFormat == u"webvtt"_s ? u"vtt"_s
                                                                  : u"json"_s;
    QFile transcript(base + u"-transcript."_s + extension);
    transcript.open(QIODevice::WriteOnly);
    transcript.write(s.transcriptBytes);
    QJsonArray truth;
    for (const PairTruth &t : s.truth)
        truth.append(
            QJsonObject{{u"pair"_s, t.pair},
                        {u"said"_s, t.said},
                        {u"start"_s, t.said ? QJsonValue(t.startMs / 1000.0) : QJsonValue()},
                        {u"end"_s, t.said ? QJsonValue(t.endMs / 1000.0) : QJsonValue()}});
    QFile truthFile(base + u"-truth.json"_s);
    truthFile.open(QIODevice::WriteOnly);
    truthFile.write(QJsonDocument(truth).toJson());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(u"count"_s, u"Interrogations in the set (default 40)."_s, u"N"_s,
                                   u"40"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the set (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption errors(u"asr-errors"_s,
                                    u"Share of characters misrecognised (default 0.08)."_s,
                                    u"RATE"_s, u"0.08"_s);
    const QCommandLineOption writeTo(u"write"_s, u"Also write the set as files to DIR."_s,
                                     u"DIR"_s);
    parser.addOptions({count, seed, errors, writeTo});
    parser.process(app);
    const int n = std::max(2, parser.value(count).toInt());
    const double asrErrors = parser.value(errors).toDouble();
    if (parser.isSet(writeTo))
        QDir().mkpath(parser.value(writeTo));

    InterrogationGenerator generator(parser.value(seed).toUInt());
    QList<SyntheticInterrogation> set;
    QList<Loaded> loaded;
    qint64 chars = 0, pairs = 0;
    for (int i = 0; i < n; ++i) {
        set.append(generator.make({20 + (i * 7) % 31, 4, asrErrors}));
        if (parser.isSet(writeTo))
            write(parser.value(writeTo), i, set.constLast());
        auto l = load(set.constLast(), i);
        if (!l)
            return 1;
        loaded.append(*l);
        chars += set.constLast().transcriptChars;
        pairs += l->pairs.size();
    }

    Score ours, simple;
    int implausibleOthers = 0, implausibleOwn = 0;
    QElapsedTimer timer;
    qint64 oursNs = 0, baselineNs = 0;
    for (int i = 0; i < n; ++i) {
        timer.start();
        const Alignment a = Aligner::align(loaded[i].pairs, loaded[i].transcript);
        oursNs += timer.nsecsElapsed();
        ours.add(set[i].truth, a.pairs);
        implausibleOwn += a.plausible ? 0 : 1;
        timer.start();
        simple.add(set[i].truth, baseline(loaded[i].pairs, loaded[i].transcript));
        baselineNs += timer.nsecsElapsed();
        const Alignment other = Aligner::align(loaded[i].pairs, loaded[(i + 1) % n].transcript);
        implausibleOthers += other.plausible ? 0 : 1;
    }

    std::printf("set: %d interrogations, %lld pairs (%d said, %d never said), %lld transcript "
                "characters, ASR errors %.0f %%\n\n",
                n, pairs, ours.said, ours.notSaid, chars, asrErrors * 100);
    std::printf(
        "| method | start within 2 s | not found: precision | not found: recall | time |\n");
    std::printf("|---|---|---|---|---|\n");
    std::printf("| Jiandu aligner | %.1f %% (%d/%d) | %.2f | %.2f (%d/%d) | %.1f ms |\n",
                ours.accuracy() * 100, ours.within2s, ours.said, ours.precision(), ours.recall(),
                ours.notFoundTrue, ours.notSaid, oursNs / 1e6);
    std::printf("| baseline (raw characters, no order) | %.1f %% (%d/%d) | %.2f | %.2f (%d/%d) | "
                "%.1f ms |\n\n",
                simple.accuracy() * 100, simple.within2s, simple.said, simple.precision(),
                simple.recall(), simple.notFoundTrue, simple.notSaid, baselineNs / 1e6);
    std::printf("own transcript judged implausible: %d of %d; another interrogation's "
                "transcript judged implausible: %d of %d\n\n",
                implausibleOwn, n, implausibleOthers, n);

    // A 3-hour interrogation: 300 pairs, about 40 000 transcript characters.
    InterrogationGenerator longGenerator(parser.value(seed).toUInt() + 1000);
    const SyntheticInterrogation longOne = longGenerator.make({300, 14, asrErrors});
    const auto longLoaded = load(longOne, -1);
    if (!longLoaded)
        return 1;
    QList<qint64> runs;
    Score longScore;
    for (int r = 0; r < 5; ++r) {
        timer.start();
        const Alignment a = Aligner::align(longLoaded->pairs, longLoaded->transcript);
        runs << timer.nsecsElapsed();
        if (r == 0)
            longScore.add(longOne.truth, a.pairs);
    }
    std::sort(runs.begin(), runs.end());
    std::printf("long: %lld pairs, %d transcript characters, %.0f min of speech: align median "
                "%.0f ms (min %.0f, max %.0f) over 5 runs; start within 2 s %.1f %%, not-found "
                "recall %.2f\n",
                longLoaded->pairs.size(), longOne.transcriptChars, longOne.durationMs / 60000.0,
                runs[2] / 1e6, runs.front() / 1e6, runs.back() / 1e6, longScore.accuracy() * 100,
                longScore.recall());
    return 0;
}
