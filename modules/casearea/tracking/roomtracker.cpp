#include "roomtracker.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

RoomTracker::RoomTracker(FloorPlan plan, PlaceThresholds thresholds)
    : m_plan(std::move(plan))
    , m_thresholds(thresholds)
{}

void RoomTracker::setPlan(FloorPlan plan)
{
    m_plan = std::move(plan);
    for (TagState &tag : m_tags) {
        if (!m_plan.room(tag.room))
            tag.room.clear();
        tag.candidate.clear();
    }
}

QList<TrackChange> RoomTracker::feed(const PositionFix &fix)
{
    QList<TrackChange> changes;
    // Seen on another floor: placed in no room of this one. A tag this floor never saw is not
    // taken up here; one it knows is heard (so it does not fall silent, nor raise what silence
    // at the entrance raises) and stays where this floor last saw it.
    const bool elsewhere = fix.floor && *fix.floor != m_plan.floor;
    if (elsewhere && !m_tags.contains(fix.tag)) {
        ++m_counters.otherFloor;
        return changes;
    }
    TagState &tag = m_tags[fix.tag];
    if (fix.sourceMs <= tag.lastMs) {
        ++m_counters.outOfOrder;
        return changes;
    }
    if (elsewhere) {
        ++m_counters.otherFloor;
        tag.lastMs = fix.sourceMs;
        tag.lastReceiveMs = fix.receiveMs;
        tag.candidate.clear();
        if (fix.battery >= 0)
            tag.battery = fix.battery;
        if (std::exchange(tag.lost, false))
            changes.append({TrackChange::Kind::Back, fix.tag, tag.room, {}, fix.sourceMs, {}});
        return changes;
    }
    ++m_counters.taken;
    tag.lastMs = fix.sourceMs;
    tag.lastReceiveMs = fix.receiveMs;
    if (fix.battery >= 0)
        tag.battery = fix.battery;
    if (std::exchange(tag.lost, false))
        changes.append({TrackChange::Kind::Back, fix.tag, tag.room, {}, fix.sourceMs, {}});
    if (fix.accuracy > m_thresholds.accuracyGate) {
        ++m_counters.inaccurate;
        tag.candidate.clear(); // not seen there for sure: the dwell starts again
        return changes;
    }
    if (fix.hasPoint) {
        tag.hasPoint = true;
        tag.point = fix.point;
        if (tag.anchorMs < 0) {
            tag.anchor = fix.point;
            tag.anchorMs = fix.sourceMs;
            tag.anchorAccuracy = fix.accuracy;
        } else if (const qint64 dt = fix.sourceMs - tag.anchorMs; dt >= 1000) {
            const QPointF d = fix.point - tag.anchor;
            const double metres =
                std::max(0.0, std::hypot(d.x(), d.y()) - tag.anchorAccuracy - fix.accuracy);
            const double speed = metres / (double(dt) / 1000.0);
            // Once a minute at most for one tag: a run is one anomaly, not one per fix.
            if (speed > m_thresholds.maxSpeed &&
                (tag.anomalyMs < 0 || fix.sourceMs - tag.anomalyMs >= 60000)) {
                tag.anomalyMs = fix.sourceMs;
                changes.append({TrackChange::Kind::Anomaly,
                                fix.tag,
                                tag.room,
                                {},
                                fix.sourceMs,
                                u"%1 m/s"_s.arg(speed, 0, 'f', 1)});
            }
            tag.anchor = fix.point;
            tag.anchorMs = fix.sourceMs;
            tag.anchorAccuracy = fix.accuracy;
        }
    }
    const Room *room = nullptr;
    if (!fix.room.isEmpty()) {
        room = m_plan.room(fix.room);
        if (!room) {
            ++m_counters.unknownRoom;
            return changes;
        }
    } else {
        room = m_plan.roomAt(fix.point);
        if (!room) {
            ++m_counters.outside; // between drawn rooms: still where it was
            tag.candidate.clear();
            return changes;
        }
    }
    if (tag.room.isEmpty()) { // first seen: where it is
        tag.room = room->id;
        tag.roomSinceMs = fix.sourceMs;
        changes.append({TrackChange::Kind::Moved, fix.tag, room->id, {}, fix.sourceMs, {}});
        return changes;
    }
    if (room->id == tag.room) {
        tag.candidate.clear();
        return changes;
    }
    if (room->id != tag.candidate) {
        tag.candidate = room->id;
        tag.candidateSinceMs = fix.sourceMs;
    }
    if (fix.sourceMs - tag.candidateSinceMs >= m_thresholds.dwellMs) {
        const QString from = std::exchange(tag.room, room->id);
        // It has been there since it first appeared there.
        tag.roomSinceMs = tag.candidateSinceMs;
        tag.candidate.clear();
        changes.append({TrackChange::Kind::Moved, fix.tag, room->id, from, tag.roomSinceMs, {}});
    }
    return changes;
}

QList<TrackChange> RoomTracker::expire(qint64 nowMs)
{
    QList<TrackChange> changes;
    for (auto it = m_tags.begin(); it != m_tags.end(); ++it) {
        TagState &tag = it.value();
        if (!tag.lost && tag.lastMs >= 0 && nowMs - tag.lastMs >= m_thresholds.staleAfterMs) {
            tag.lost = true;
            tag.candidate.clear();
            changes.append({TrackChange::Kind::Lost, it.key(), tag.room, {}, nowMs, {}});
        }
    }
    return changes;
}

} // namespace Jiandu::CaseArea
