#include "placereplay.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

PlaceReplay::Positions PlaceReplay::readPositions(QIODevice &device, const QString &name)
{
    Positions result;
    int line = 0;
    while (!device.atEnd()) {
        const QByteArray text = device.readLine(1 << 20).trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        auto fix = PositionFix::fromJson(text, 0);
        if (!fix) {
            result.errors.append(u"%1:%2: %3"_s.arg(name).arg(line).arg(fix.error().message));
            continue;
        }
        PositionFix recorded = *fix;
        recorded.receiveMs = recorded.sourceMs; // as it was received when it was recorded
        result.fixes.append(recorded);
    }
    return result;
}

PlaceReplay::Outcome PlaceReplay::run(const FloorPlan &plan, const PlaceThresholds &thresholds,
                                      QList<PositionFix> fixes, QList<RuleEvent> journey)
{
    // Stable: what arrived in one order at one instant stays in it.
    std::stable_sort(fixes.begin(), fixes.end(), [](const PositionFix &a, const PositionFix &b) {
        return a.sourceMs < b.sourceMs;
    });
    std::stable_sort(journey.begin(), journey.end(),
                     [](const RuleEvent &a, const RuleEvent &b) { return a.timeMs < b.timeMs; });
    RoomTracker tracker(plan, thresholds);
    PlaceJudge judge(tracker);
    Outcome outcome;
    const auto passTime = [&](qint64 nowMs) {
        outcome.events += judge.track(tracker.expire(nowMs));
        outcome.events += judge.tick(nowMs);
        outcome.lastMs = std::max(outcome.lastMs, nowMs);
    };
    qsizetype f = 0;
    qsizetype j = 0;
    while (f < fixes.size() || j < journey.size()) {
        // A journey step at the same instant as a fix goes first: the band is bound before
        // its first position counts.
        const bool step =
            j < journey.size() && (f >= fixes.size() || journey[j].timeMs <= fixes[f].sourceMs);
        if (step) {
            passTime(journey[j].timeMs);
            outcome.events += judge.journey(journey[j++]);
        } else {
            passTime(fixes[f].sourceMs);
            outcome.events += judge.track(tracker.feed(fixes[f++]));
        }
    }
    // The day's end seen a stale time later: a band that fell silent at its end is lost.
    if (!fixes.isEmpty() || !journey.isEmpty())
        passTime(outcome.lastMs + thresholds.staleAfterMs);
    outcome.counters = tracker.counters();
    return outcome;
}

} // namespace Jiandu::CaseArea
