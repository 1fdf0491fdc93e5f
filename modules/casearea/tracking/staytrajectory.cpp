#include "staytrajectory.h"

namespace Jiandu::CaseArea {

QList<RoomStretch> StayTrajectory::rooms(const FloorPlan &plan, const PlaceThresholds &thresholds,
                                         const QList<PositionFix> &fixes, const QString &tag,
                                         qint64 fromMs, qint64 toMs)
{
    QList<PositionFix> own;
    for (const PositionFix &fix : fixes) {
        if (fix.tag == tag && fix.sourceMs < toMs)
            own.append(fix);
    }
    std::stable_sort(own.begin(), own.end(), [](const PositionFix &a, const PositionFix &b) {
        return a.sourceMs < b.sourceMs;
    });
    RoomTracker tracker(plan, thresholds);
    QList<RoomStretch> stretches;
    bool open = false;
    const auto close = [&](qint64 atMs) {
        if (open && atMs > stretches.constLast().fromMs)
            stretches.last().toMs = atMs;
        else if (open)
            stretches.removeLast(); // nothing of it left
        open = false;
    };
    const auto take = [&](const QList<TrackChange> &changes) {
        for (const TrackChange &change : changes) {
            switch (change.kind) {
            case TrackChange::Kind::Moved:
                close(change.timeMs);
                stretches.append({change.room, change.timeMs, change.timeMs});
                open = true;
                break;
            case TrackChange::Kind::Lost:
                close(tracker.tags().value(tag).lastMs);
                break;
            case TrackChange::Kind::Back:
                if (!change.room.isEmpty()) {
                    stretches.append({change.room, change.timeMs, change.timeMs});
                    open = true;
                }
                break;
            case TrackChange::Kind::Anomaly:
                break;
            }
        }
    };
    for (const PositionFix &fix : own) {
        take(tracker.expire(fix.sourceMs));
        take(tracker.feed(fix));
    }
    take(tracker.expire(toMs));
    close(toMs); // still there at the end (heard within the stale time)
    // Only what falls in [fromMs, toMs).
    QList<RoomStretch> within;
    for (RoomStretch s : std::as_const(stretches)) {
        s.fromMs = std::max(s.fromMs, fromMs);
        s.toMs = std::min(s.toMs, toMs);
        if (s.toMs > s.fromMs)
            within.append(s);
    }
    return within;
}

QHash<QString, qint64> StayTrajectory::dwell(const QList<RoomStretch> &stretches)
{
    QHash<QString, qint64> ms;
    for (const RoomStretch &s : stretches)
        ms[s.roomId] += s.toMs - s.fromMs;
    return ms;
}

} // namespace Jiandu::CaseArea
