#pragma once

#include "roomtracker.h"

namespace Jiandu::CaseArea {

//! A stretch of one person's stay in one room, as the tracker judged it.
struct RoomStretch
{
    QString roomId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

//! Where one tag was, room by room, over a time: the positions replayed through the same
//! tracker the live plan uses (dwell, accuracy gate, stale time), so the rooms are the ones
//! the operator saw. A stretch ends when the tag moves on or falls silent (its last fix), so
//! the time it was not heard from is in no room. The history page, the trajectory video and
//! the stay's dwell table read it.
class StayTrajectory
{
public:
    static QList<RoomStretch> rooms(const FloorPlan &plan, const PlaceThresholds &thresholds,
                                    const QList<PositionFix> &fixes, const QString &tag,
                                    qint64 fromMs, qint64 toMs);
    //! Milliseconds spent in each room, by room id.
    static QHash<QString, qint64> dwell(const QList<RoomStretch> &stretches);
};

} // namespace Jiandu::CaseArea
