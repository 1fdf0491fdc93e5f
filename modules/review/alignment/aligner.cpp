#include "aligner.h"

#include "textnormalizer.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

//! The transcript as one stream of normalised characters, each with its segment and time.
struct Stream
{
    std::u32string chars;
    std::vector<int> segment;      // per char
    std::vector<int> offset;       // per char: UTF-16 offset in its segment's text
    std::vector<qint64> startMs;   // per char: when it begins
    std::vector<qint64> endMs;     // per char: when it ends
    std::vector<int> segmentFirst; // per segment: its first char, or -1
    std::vector<int> segmentEnd;   // per segment: one past its last char
};

Stream streamOf(const Transcript &transcript)
{
    Stream s;
    const auto &segments = transcript.segments;
    s.segmentFirst.assign(size_t(segments.size()), -1);
    s.segmentEnd.assign(size_t(segments.size()), -1);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const TranscriptSegment &seg = segments[i];
        const TextNormalizer::Normalized n = TextNormalizer::normalize(seg.text);
        const auto count = qint64(n.chars.size());
        const qint64 span = std::max<qint64>(0, seg.endMs - seg.startMs);
        s.segmentFirst[size_t(i)] = int(s.chars.size());
        for (qint64 k = 0; k < count; ++k) {
            s.chars += n.chars[size_t(k)];
            s.segment.push_back(int(i));
            s.offset.push_back(n.source[k]);
            s.startMs.push_back(seg.startMs + span * k / count);
            s.endMs.push_back(seg.startMs + span * (k + 1) / count);
        }
        s.segmentEnd[size_t(i)] = int(s.chars.size());
        if (count == 0)
            s.segmentFirst[size_t(i)] = -1;
    }
    return s;
}

quint64 bigram(char32_t a, char32_t b)
{
    return (quint64(a) << 32) | quint64(b);
}

struct Candidate
{
    int pairIndex = 0;
    int tStart = 0; // first matched char in the stream
    int tEnd = 0;   // one past the last
    int pStart = 0; // first matched char of the pair's text
    double confidence = 0;
};

struct LocalMatch
{
    int score = 0;
    int tStart = 0;
    int tEnd = 0;
    int pStart = 0;
    int matched = 0;
};

//! Smith–Waterman of \a pair against stream[from, to): match +2, mismatch −1, gap −1; the
//! best local alignment's span and how many characters matched on it.
LocalMatch localAlign(const std::u32string &pair, const std::u32string &stream, int from, int to)
{
    struct Cell
    {
        int score = 0;
        int tStart = 0;
        int pStart = 0;
        int matched = 0;
    };
    const int width = to - from;
    std::vector<Cell> previous(size_t(width + 1)), current(size_t(width + 1));
    LocalMatch best;
    for (size_t i = 1; i <= pair.size(); ++i) {
        current[0] = Cell{0, from, int(i), 0};
        const char32_t p = pair[i - 1];
        for (int j = 1; j <= width; ++j) {
            const bool same = stream[size_t(from + j - 1)] == p;
            const Cell &diag = previous[size_t(j - 1)];
            const Cell &up = previous[size_t(j)];
            const Cell &left = current[size_t(j - 1)];
            Cell cell{0, from + j, int(i), 0};
            int viaDiag = diag.score + (same ? 2 : -1);
            if (viaDiag > 0) {
                cell = diag.score > 0
                           ? Cell{viaDiag, diag.tStart, diag.pStart, diag.matched + (same ? 1 : 0)}
                           : Cell{viaDiag, from + j - 1, int(i) - 1, same ? 1 : 0};
            }
            if (up.score - 1 > cell.score)
                cell = Cell{up.score - 1, up.tStart, up.pStart, up.matched};
            if (left.score - 1 > cell.score)
                cell = Cell{left.score - 1, left.tStart, left.pStart, left.matched};
            current[size_t(j)] = cell;
            if (cell.score > best.score)
                best = LocalMatch{cell.score, cell.tStart, from + j, cell.pStart, cell.matched};
        }
        std::swap(previous, current);
    }
    return best;
}

class PairLocator
{
public:
    PairLocator(const Stream &stream)
        : m_stream(stream)
    {
        const auto &c = stream.chars;
        for (size_t i = 0; i + 1 < c.size(); ++i)
            m_positions[bigram(c[i], c[i + 1])].push_back(int(i));
        m_logN = std::log(double(c.size()) + 1.0);
    }

    //! Up to \a limit places where \a text may have been said, best first.
    std::vector<Candidate> candidates(int pairIndex, const std::u32string &text, int limit) const
    {
        std::vector<Candidate> result;
        if (text.size() < 2 || m_stream.chars.size() < 2)
            return result;
        struct Hit
        {
            int position;
            int gram;
        };
        std::vector<Hit> hits;
        std::vector<double> weight;
        std::unordered_map<quint64, int> grams;
        for (size_t i = 0; i + 1 < text.size(); ++i) {
            const quint64 g = bigram(text[i], text[i + 1]);
            if (grams.count(g))
                continue;
            const int id = int(weight.size());
            grams.emplace(g, id);
            const auto found = m_positions.find(g);
            const double count = found == m_positions.end() ? 0.0 : double(found->second.size());
            weight.push_back(std::max(0.2, m_logN - std::log(count + 1.0)));
            if (found != m_positions.end())
                for (int p : found->second)
                    hits.push_back({p, id});
        }
        if (hits.empty())
            return result;
        std::sort(hits.begin(), hits.end(),
                  [](const Hit &a, const Hit &b) { return a.position < b.position; });

        // The best windows of about twice the pair's length (speech runs longer than
        // writing), scored by the distinct character pairs they share with it.
        const int window = int(text.size()) * 2 + 20;
        std::vector<int> inWindow(weight.size(), 0);
        std::vector<std::pair<double, size_t>> scored; // (score, first hit)
        double score = 0;
        size_t right = 0;
        for (size_t left = 0; left < hits.size(); ++left) {
            while (right < hits.size() && hits[right].position < hits[left].position + window) {
                if (inWindow[size_t(hits[right].gram)]++ == 0)
                    score += weight[size_t(hits[right].gram)];
                ++right;
            }
            scored.emplace_back(score, left);
            if (--inWindow[size_t(hits[left].gram)] == 0)
                score -= weight[size_t(hits[left].gram)];
        }
        std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        // Places close together are kept apart only by a third of the pair: a neighbour
        // that repeats part of this pair must not hide where this pair was really said.
        std::vector<int> taken;
        const double best = scored.front().first;
        const int apart = std::max(8, int(text.size()) / 3);
        for (const auto &[s, first] : scored) {
            if (int(taken.size()) >= limit || s < best * 0.3)
                break;
            const int at = hits[first].position;
            if (std::any_of(taken.begin(), taken.end(),
                            [&](int t) { return std::abs(t - at) < apart; }))
                continue;
            taken.push_back(at);
        }

        const int n = int(m_stream.chars.size());
        const int margin = int(text.size()) / 2 + 10;
        for (int at : taken) {
            const int from = std::max(0, at - margin);
            const int to = std::min(n, at + window + margin);
            const LocalMatch m = localAlign(text, m_stream.chars, from, to);
            if (m.score <= 0)
                continue;
            const double length = double(text.size());
            const double confidence = std::clamp(0.5 * double(m.matched) / length +
                                                     0.5 * double(m.score) / (2.0 * length),
                                                 0.0, 1.0);
            result.push_back({pairIndex, m.tStart, m.tEnd, m.pStart, confidence});
        }
        std::sort(result.begin(), result.end(), [](const Candidate &a, const Candidate &b) {
            return a.confidence > b.confidence;
        });
        return result;
    }

private:
    const Stream &m_stream;
    std::unordered_map<quint64, std::vector<int>> m_positions;
    double m_logN = 0;
};

//! The best chain of candidates, at most one per pair, each starting after the one before
//! ends (a little overlap forgiven); the value of a candidate is how far its
//! confidence exceeds the threshold.
std::vector<const Candidate *> bestChain(const std::vector<std::vector<Candidate>> &perPair,
                                         double threshold)
{
    std::vector<const Candidate *> all;
    for (const auto &list : perPair)
        for (const Candidate &c : list)
            if (c.confidence > threshold)
                all.push_back(&c);
    std::vector<double> value(all.size());
    std::vector<int> previous(all.size(), -1);
    // A pair follows one of the few hundred pairs before it: further back is not looked at,
    // so that a record of thousands of pairs is chained in linear time.
    constexpr int kLookBackPairs = 300;
    size_t from = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        const Candidate &c = *all[i];
        while (all[from]->pairIndex < c.pairIndex - kLookBackPairs)
            ++from;
        double best = 0;
        for (size_t j = from; j < i; ++j) {
            const Candidate &b = *all[j];
            // Local alignments of neighbours may reach a little into each other.
            const int overlap =
                std::min(20, std::min(b.tEnd - b.tStart, c.tEnd - c.tStart) * 3 / 10);
            if (b.pairIndex >= c.pairIndex || b.tEnd - overlap > c.tStart || b.tStart >= c.tStart)
                continue;
            if (value[j] > best) {
                best = value[j];
                previous[i] = int(j);
            }
        }
        value[i] = best + (c.confidence - threshold);
    }
    std::vector<const Candidate *> chain;
    if (all.empty())
        return chain;
    int at = int(std::max_element(value.begin(), value.end()) - value.begin());
    while (at >= 0) {
        chain.push_back(all[size_t(at)]);
        at = previous[size_t(at)];
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

//! A short turn of talk that asks for the answer rather than says anything ("下面你说一下",
//! "那我问你"): not content a record leaves out.
bool prompt(const std::u32string &clause)
{
    static const std::u32string cues[] = {U"说一下", U"说说",   U"问你",
                                          U"下面",   U"听清楚", U"听明白"};
    if (clause.size() > 10)
        return false;
    return std::any_of(std::begin(cues), std::end(cues), [&](const std::u32string &cue) {
        return clause.find(cue) != std::u32string::npos;
    });
}

//! The overall confidence, the count found and the verdict in words.
void summarise(Alignment &alignment, const Transcript &transcript)
{
    double sum = 0;
    alignment.alignedCount = 0;
    for (const PairAlignment &a : std::as_const(alignment.pairs)) {
        if (a.status == PairAlignment::Status::NotFound)
            continue;
        sum += a.confidence;
        ++alignment.alignedCount;
    }
    const int total = int(alignment.pairs.size());
    alignment.overallConfidence = total == 0 ? 0.0 : sum / total;
    const double foundShare = total == 0 ? 0.0 : double(alignment.alignedCount) / total;
    alignment.plausible = total > 0 && foundShare >= 0.5 && alignment.overallConfidence >= 0.3;
    alignment.verdict = Aligner::verdict(alignment, transcript.segments.isEmpty());
}

} // namespace

QString PairAlignment::statusName(Status status)
{
    switch (status) {
    case Status::Aligned:
        return u"aligned"_s;
    case Status::NotFound:
        return u"not_found"_s;
    case Status::Manual:
        return u"manual"_s;
    }
    return {};
}

Alignment Aligner::align(const QList<QaPair> &pairs, const Transcript &transcript,
                         const Options &options)
{
    Alignment alignment;
    const Stream stream = streamOf(transcript);
    const PairLocator locator(stream);

    std::vector<std::u32string> texts;
    std::vector<std::u32string> questions;
    std::vector<std::vector<Candidate>> perPair;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        texts.push_back(TextNormalizer::normalize(pairs[i].text()).chars);
        questions.push_back(TextNormalizer::normalize(pairs[i].question).chars);
        if (options.cancelled && *options.cancelled) {
            perPair.emplace_back();
            continue;
        }
        std::u32string locating = texts.back().substr(0, size_t(options.maxPairChars));
        perPair.push_back(locator.candidates(int(i), locating, options.candidatesPerPair));
        if (questions.back().size() > size_t(options.maxPairChars))
            questions.back().resize(size_t(options.maxPairChars));
    }
    const std::vector<const Candidate *> chain = bestChain(perPair, options.threshold);

    for (const QaPair &pair : pairs)
        alignment.pairs.append(PairAlignment{pair.number});
    std::vector<char> covered(stream.chars.size(), 0);
    int previousEnd = 0;
    for (size_t k = 0; k < chain.size(); ++k) {
        const Candidate &c = *chain[k];
        const int nextStart =
            k + 1 < chain.size() ? chain[k + 1]->tStart : int(stream.chars.size());
        // Where the pair began: the question, found on its own before the span (the
        // answer may have been written in another order than said, so the span can begin
        // within the answer), then the start of the utterance when no more than half of it
        // comes first ("那你说一下，…").
        int start = c.tStart;
        const std::u32string &question = questions[size_t(c.pairIndex)];
        if (question.size() >= 2) {
            const int q = int(question.size());
            const int from = std::max(previousEnd, c.tStart - 3 * q - 30);
            const int to = std::min(c.tEnd, c.tStart + q + 10);
            if (to > from) {
                const LocalMatch m = localAlign(question, stream.chars, from, to);
                if (m.matched >= std::max(2, (q + 1) / 2))
                    start = std::min(start, m.tStart);
            }
        }
        const int segment = stream.segment[size_t(start)];
        const int first = stream.segmentFirst[size_t(segment)];
        const int length = stream.segmentEnd[size_t(segment)] - first;
        if (first >= previousEnd && start - first <= std::max(8, length / 2))
            start = first;
        int end = c.tEnd;
        const int lastSegment = stream.segment[size_t(end - 1)];
        const int segmentEnd = stream.segmentEnd[size_t(lastSegment)];
        const int lastFirst = stream.segmentFirst[size_t(lastSegment)];
        if (segmentEnd <= nextStart &&
            segmentEnd - end <= std::max(4, (segmentEnd - lastFirst) * 3 / 10))
            end = segmentEnd;
        previousEnd = end;
        std::fill(covered.begin() + start, covered.begin() + end, 1);

        PairAlignment &a = alignment.pairs[c.pairIndex];
        a.status = PairAlignment::Status::Aligned;
        a.confidence = c.confidence;
        a.firstSegment = stream.segment[size_t(start)];
        a.lastSegment = stream.segment[size_t(end - 1)];
        a.startMs = stream.segmentFirst[size_t(a.firstSegment)] == start
                        ? transcript.segments[a.firstSegment].startMs
                        : stream.startMs[size_t(start)];
        a.endMs = stream.segmentEnd[size_t(a.lastSegment)] == end
                      ? transcript.segments[a.lastSegment].endMs
                      : stream.endMs[size_t(end - 1)];
        a.startOffset = stream.offset[size_t(start)];
        a.endOffset = stream.offset[size_t(end - 1)] + 1;
    }
    // A pair that was not found still says how close the best place came.
    for (qsizetype i = 0; i < alignment.pairs.size(); ++i) {
        PairAlignment &a = alignment.pairs[i];
        if (a.status == PairAlignment::Status::NotFound && !perPair[size_t(i)].empty())
            a.confidence = std::min(perPair[size_t(i)].front().confidence, options.threshold);
    }

    // Said but not written: segments mostly outside every pair's span, joined when adjacent.
    UnwrittenPassage open;
    int openChars = 0;
    bool isOpen = false;
    auto close = [&]() {
        if (isOpen && openChars >= options.minUnwrittenChars)
            alignment.unwritten.append(open);
        isOpen = false;
        openChars = 0;
    };
    for (qsizetype i = 0; i < transcript.segments.size(); ++i) {
        const int from = stream.segmentFirst[size_t(i)];
        if (from < 0)
            continue;
        const int to = stream.segmentEnd[size_t(i)];
        const int free = int(std::count(covered.begin() + from, covered.begin() + to, 0));
        if (free * 10 >= (to - from) * 6) {
            const TranscriptSegment &seg = transcript.segments[i];
            if (!isOpen) {
                open = UnwrittenPassage{seg.startMs, seg.endMs, int(i), int(i), seg.text};
                isOpen = true;
            } else {
                open.endMs = seg.endMs;
                open.lastSegment = int(i);
                open.text += u' ' + seg.text;
            }
            openChars += free;
        } else {
            close();
        }
    }
    close();

    // Said within a pair's span but left out of its written text: a clause of the spoken
    // answer hardly any of whose character pairs the pair has ("我也踢了他一脚").
    static const QRegularExpression clauseEnd(uR"([，,。？?！!；;：:…])"_s);
    for (const Candidate *c : chain) {
        const PairAlignment &a = alignment.pairs[c->pairIndex];
        const std::u32string &written = texts[size_t(c->pairIndex)];
        std::unordered_set<quint64> writtenGrams;
        for (size_t i = 0; i + 1 < written.size(); ++i)
            writtenGrams.insert(bigram(written[i], written[i + 1]));
        for (int seg = a.firstSegment; seg >= 0 && seg <= a.lastSegment; ++seg) {
            const TranscriptSegment &s = transcript.segments[seg];
            qsizetype from = 0;
            while (from < s.text.size()) {
                qsizetype to = s.text.indexOf(clauseEnd, from);
                to = to < 0 ? s.text.size() : to + 1;
                const QString clause = s.text.mid(from, to - from);
                const std::u32string spoken = TextNormalizer::normalize(clause).chars;
                if (int(spoken.size()) >= options.minUnwrittenClauseChars && !prompt(spoken)) {
                    int kept = 0;
                    for (size_t i = 0; i + 1 < spoken.size(); ++i)
                        kept += writtenGrams.count(bigram(spoken[i], spoken[i + 1])) ? 1 : 0;
                    if (kept < options.writtenClauseShare * double(spoken.size() - 1)) {
                        const qint64 span = s.endMs - s.startMs;
                        const qint64 size = std::max<qsizetype>(1, s.text.size());
                        UnwrittenPassage u{s.startMs + span * from / size,
                                           s.startMs + span * to / size,
                                           seg,
                                           seg,
                                           clause.trimmed(),
                                           a.pair};
                        alignment.unwritten.append(u);
                    }
                }
                from = to;
            }
        }
    }
    std::sort(
        alignment.unwritten.begin(), alignment.unwritten.end(),
        [](const UnwrittenPassage &x, const UnwrittenPassage &y) { return x.startMs < y.startMs; });

    summarise(alignment, transcript);
    return alignment;
}

Alignment Aligner::withPlacement(const Alignment &alignment, const Transcript &transcript, int pair,
                                 int firstSegment, int lastSegment)
{
    Alignment placed = alignment;
    const auto &segments = transcript.segments;
    if (segments.isEmpty())
        return placed;
    firstSegment = std::clamp(firstSegment, 0, int(segments.size()) - 1);
    lastSegment = std::clamp(lastSegment, firstSegment, int(segments.size()) - 1);
    for (PairAlignment &p : placed.pairs) {
        if (p.pair != pair)
            continue;
        p.status = PairAlignment::Status::Manual;
        p.confidence = 1.0;
        p.firstSegment = firstSegment;
        p.lastSegment = lastSegment;
        p.startMs = segments[firstSegment].startMs;
        p.endMs = segments[lastSegment].endMs;
        p.startOffset = 0;
        p.endOffset = int(segments[lastSegment].text.size());
    }
    // Said but not written, again: whole segments no pair spans.
    std::vector<char> covered(size_t(segments.size()), 0);
    for (const PairAlignment &p : std::as_const(placed.pairs))
        if (p.status != PairAlignment::Status::NotFound && p.firstSegment >= 0)
            for (int s = p.firstSegment; s <= p.lastSegment && s < int(segments.size()); ++s)
                covered[size_t(s)] = 1;
    placed.unwritten.erase(std::remove_if(placed.unwritten.begin(), placed.unwritten.end(),
                                          [&](const UnwrittenPassage &u) {
                                              // Within a pair: gone with the pair's old span.
                                              if (u.withinPair > 0)
                                                  return u.withinPair == pair;
                                              for (int s = u.firstSegment; s <= u.lastSegment; ++s)
                                                  if (s < int(covered.size()) && covered[size_t(s)])
                                                      return true;
                                              return false;
                                          }),
                           placed.unwritten.end());
    summarise(placed, transcript);
    return placed;
}

QString Aligner::verdict(const Alignment &alignment, bool transcriptEmpty)
{
    const int total = int(alignment.pairs.size());
    if (total == 0)
        return tr("The record has no question and answer to align.");
    if (transcriptEmpty)
        return tr("The transcript is empty: nothing to align with.");
    if (alignment.plausible)
        return tr("%1 of %2 pairs found in the recording (overall confidence %3 %).")
            .arg(alignment.alignedCount)
            .arg(total)
            .arg(qRound(alignment.overallConfidence * 100));
    return tr("Low confidence: only %1 of %2 pairs found (overall %3 %). The transcript is "
              "probably of a different interrogation, or the record of a different recording.")
        .arg(alignment.alignedCount)
        .arg(total)
        .arg(qRound(alignment.overallConfidence * 100));
}

} // namespace Jiandu::Review
