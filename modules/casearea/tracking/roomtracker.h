#pragma once

#include "floorplan.h"
#include "placethresholds.h"
#include "positionfix.h"

#include <QHash>

namespace Jiandu::CaseArea {

//! What the tracker concluded about a tag.
struct TrackChange
{
    enum class Kind {
        Moved,   //!< into \c room (from \c from, empty the first time) — after the dwell
        Lost,    //!< no fix for the stale time: where it is is not known (its last room kept)
        Back,    //!< a lost tag reports again
        Anomaly, //!< moved faster than a person can (\c detail says how fast)
    };
    Kind kind = Kind::Moved;
    QString tag;
    QString room;
    QString from;
    qint64 timeMs = 0; //!< source time
    QString detail;
};

//! Turns position fixes into room changes one can trust: a fix less accurate than the gate
//! moves no one, a new room counts only after the tag stayed in it for the dwell (jitter at a
//! door raises nothing), fixes out of order or repeated are dropped, a tag silent for the
//! stale time is lost (not "gone"), and a jump faster than a person moves is an anomaly.
//! Judged on the fixes' source time only, so a recorded day replays as it happened.
class RoomTracker
{
public:
    struct TagState
    {
        QString room; //!< the confirmed room; empty before the first
        qint64 roomSinceMs = 0;
        QString candidate;
        qint64 candidateSinceMs = 0;
        qint64 lastMs = -1; //!< source time of the last fix taken
        qint64 lastReceiveMs = 0;
        bool lost = false;
        int battery = -1;
        bool hasPoint = false;
        QPointF point;
        // The speed is measured between fixes at least a second apart, less their accuracy.
        QPointF anchor;
        qint64 anchorMs = -1;
        double anchorAccuracy = 0;
        qint64 anomalyMs = -1;
    };
    struct Counters
    {
        qint64 taken = 0;
        qint64 outOfOrder = 0; //!< older than or as old as the tag's last fix
        qint64 inaccurate = 0;
        qint64 outside = 0;     //!< in no room of the plan
        qint64 unknownRoom = 0; //!< naming a room the plan does not have
        qint64 otherFloor = 0;  //!< seen on another floor than the plan's
    };

    RoomTracker(FloorPlan plan, PlaceThresholds thresholds);

    QList<TrackChange> feed(const PositionFix &fix);
    //! Tags silent since before \a nowMs − stale time become lost.
    QList<TrackChange> expire(qint64 nowMs);

    const FloorPlan &plan() const { return m_plan; }
    //! An edited plan: tags in rooms it no longer has are placed again by their next fixes.
    void setPlan(FloorPlan plan);
    const PlaceThresholds &thresholds() const { return m_thresholds; }
    const QHash<QString, TagState> &tags() const { return m_tags; }
    const Counters &counters() const { return m_counters; }

private:
    FloorPlan m_plan;
    PlaceThresholds m_thresholds;
    QHash<QString, TagState> m_tags;
    Counters m_counters;
};

} // namespace Jiandu::CaseArea
