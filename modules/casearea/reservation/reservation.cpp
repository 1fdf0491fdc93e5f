#include "reservation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {

const QList<std::pair<ReservationState, QString>> &stateKeys()
{
    static const QList<std::pair<ReservationState, QString>> all{
        {ReservationState::Requested, u"requested"_s},
        {ReservationState::LeaderApproved, u"leader-approved"_s},
        {ReservationState::Approved, u"approved"_s},
        {ReservationState::Rejected, u"rejected"_s},
        {ReservationState::Cancelled, u"cancelled"_s}};
    return all;
}

const QList<std::pair<ReservationAction, QString>> &actionKeys()
{
    static const QList<std::pair<ReservationAction, QString>> all{
        {ReservationAction::LeaderApprove, u"leader-approve"_s},
        {ReservationAction::LegalApprove, u"legal-approve"_s},
        {ReservationAction::Reject, u"reject"_s},
        {ReservationAction::Cancel, u"cancel"_s}};
    return all;
}

Error refusal(const QString &message, const QString &code)
{
    return Error{message, {}, code};
}

} // namespace

bool Reservation::leads(const QString &role)
{
    return role.isEmpty() || role == u"leader"_s || role == u"admin"_s;
}

bool Reservation::headsLegal(const QString &role)
{
    return role.isEmpty() || role == u"legal"_s || role == u"admin"_s;
}

QString Reservation::stateKey(ReservationState state)
{
    for (const auto &[s, key] : stateKeys())
        if (s == state)
            return key;
    return {};
}

std::optional<ReservationState> Reservation::stateOf(const QString &key)
{
    for (const auto &[s, k] : stateKeys())
        if (k == key)
            return s;
    return std::nullopt;
}

QString Reservation::actionKey(ReservationAction action)
{
    for (const auto &[a, key] : actionKeys())
        if (a == action)
            return key;
    return {};
}

std::optional<ReservationAction> Reservation::actionOf(const QString &key)
{
    for (const auto &[a, k] : actionKeys())
        if (k == key)
            return a;
    return std::nullopt;
}

QString Reservation::stateName(ReservationState state)
{
    switch (state) {
    case ReservationState::Requested:
        return tr("Waiting for the station leader");
    case ReservationState::LeaderApproved:
        return tr("Waiting for the legal head");
    case ReservationState::Approved:
        return tr("Approved");
    case ReservationState::Rejected:
        return tr("Rejected");
    case ReservationState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Reservation::actionName(ReservationAction action)
{
    switch (action) {
    case ReservationAction::LeaderApprove:
        return tr("Approved by the station leader");
    case ReservationAction::LegalApprove:
        return tr("Approved by the legal head, rooms assigned");
    case ReservationAction::Reject:
        return tr("Rejected");
    case ReservationAction::Cancel:
        return tr("Cancelled");
    }
    return {};
}

QList<RoomType> Reservation::bookableTypes()
{
    return {RoomType::Waiting,     RoomType::Interrogation,  RoomType::Inquiry,
            RoomType::SafetyCheck, RoomType::InfoCollection, RoomType::Storage,
            RoomType::Medical,     RoomType::Other};
}

FloorPlan Reservation::roomsOf(QList<FloorPlan> floors)
{
    std::sort(floors.begin(), floors.end(),
              [](const FloorPlan &a, const FloorPlan &b) { return a.floor < b.floor; });
    FloorPlan all;
    for (const FloorPlan &floor : std::as_const(floors)) {
        if (all.area.isEmpty()) {
            all = floor;
            continue;
        }
        for (const Room &room : floor.rooms)
            if (!all.room(room.id))
                all.rooms.append(room);
    }
    return all;
}

QJsonObject Reservation::toJson() const
{
    QJsonArray wished;
    for (const RoomWish &w : wishes)
        wished.append(QJsonObject{{u"type"_s, FloorPlan::keyOf(w.type)}, {u"count"_s, w.count}});
    QJsonArray decided;
    for (const ReservationDecision &d : decisions)
        decided.append(QJsonObject{{u"action"_s, actionKey(d.action)},
                                   {u"actor"_s, d.actor},
                                   {u"role"_s, d.role},
                                   {u"atMs"_s, d.atMs},
                                   {u"note"_s, d.note}});
    return {{u"uid"_s, uid},
            {u"unit"_s, unit},
            {u"requestedBy"_s, requestedBy},
            {u"requestedMs"_s, requestedMs},
            {u"area"_s, area},
            {u"areaUnit"_s, areaUnit},
            {u"fromMs"_s, fromMs},
            {u"toMs"_s, toMs},
            {u"reason"_s, reason},
            {u"suspects"_s, suspects},
            {u"wishes"_s, wished},
            {u"state"_s, stateKey(state)},
            {u"rooms"_s, QJsonArray::fromStringList(rooms)},
            {u"decisions"_s, decided}};
}

Result<Reservation> Reservation::fromJson(const QJsonObject &json)
{
    Reservation r;
    r.uid = json.value(u"uid"_s).toString();
    r.unit = json.value(u"unit"_s).toString();
    r.requestedBy = json.value(u"requestedBy"_s).toString();
    r.requestedMs = json.value(u"requestedMs"_s).toInteger();
    r.area = json.value(u"area"_s).toString().simplified();
    r.areaUnit = json.value(u"areaUnit"_s).toString();
    r.fromMs = json.value(u"fromMs"_s).toInteger();
    r.toMs = json.value(u"toMs"_s).toInteger();
    r.reason = json.value(u"reason"_s).toString().trimmed();
    r.suspects = json.value(u"suspects"_s).toInt(0);
    const auto state = stateOf(json.value(u"state"_s).toString(u"requested"_s));
    if (!state)
        return refusal(
            tr("\"%1\" is not a state of a reservation").arg(json.value(u"state"_s).toString()),
            u"format"_s);
    r.state = *state;
    const QJsonArray wished = json.value(u"wishes"_s).toArray();
    if (wished.size() > kMaxRooms)
        return refusal(tr("At most %1 kinds of room are asked for at once.").arg(kMaxRooms),
                       u"rooms"_s);
    for (const QJsonValue &v : wished) {
        const auto type = FloorPlan::typeOf(v[u"type"_s].toString());
        if (!type)
            return refusal(tr("\"%1\" is not a type of room").arg(v[u"type"_s].toString()),
                           u"rooms"_s);
        r.wishes.append({*type, v[u"count"_s].toInt(0)});
    }
    for (const QJsonValue &v : json.value(u"rooms"_s).toArray())
        r.rooms.append(v.toString());
    for (const QJsonValue &v : json.value(u"decisions"_s).toArray()) {
        const auto action = actionOf(v[u"action"_s].toString());
        if (!action)
            continue;
        r.decisions.append({*action, v[u"actor"_s].toString(), v[u"role"_s].toString(),
                            v[u"atMs"_s].toInteger(), v[u"note"_s].toString()});
    }
    if (r.uid.isEmpty() || r.uid.size() > 64)
        return refusal(tr("A reservation needs its id."), u"format"_s);
    return r;
}

bool Reservation::isActive() const
{
    return state == ReservationState::Requested || state == ReservationState::LeaderApproved ||
           state == ReservationState::Approved;
}

QString Reservation::requester() const
{
    return unit.isEmpty() ? requestedBy : u"%1 (%2)"_s.arg(requestedBy, unit);
}

bool Reservation::overlaps(qint64 from, qint64 to) const
{
    return fromMs < to && from < toMs;
}

int Reservation::roomsWanted() const
{
    int n = 0;
    for (const RoomWish &w : wishes)
        n += w.count;
    return n;
}

Result<void> Reservation::checkRequest(const Reservation &request, qint64 nowMs)
{
    if (request.area.isEmpty() || request.area.size() > 200 || request.areaUnit.size() > 64)
        return refusal(tr("Choose the case-handling area to reserve."), u"area"_s);
    if (request.fromMs >= request.toMs)
        return refusal(tr("The reservation ends before it begins."), u"time"_s);
    // A few minutes' grace: the form was filled in a moment ago.
    if (request.toMs <= nowMs || request.fromMs < nowMs - 15 * 60 * 1000)
        return refusal(tr("The reservation's time has passed; choose a time to come."), u"time"_s);
    if (request.toMs - request.fromMs > kLongestMs)
        return refusal(tr("A reservation lasts at most 72 hours (the longest a person may be "
                          "held in the area is 24)."),
                       u"time"_s);
    if (request.fromMs - nowMs > 90LL * 24 * 3600 * 1000)
        return refusal(tr("Reservations are taken for the next 90 days."), u"time"_s);
    if (request.reason.isEmpty() || request.reason.size() > 500)
        return refusal(tr("Say why the area is needed (at most 500 characters)."), u"reason"_s);
    if (request.suspects < 1 || request.suspects > kMaxSuspects)
        return refusal(tr("The number of suspects is 1 to %1.").arg(kMaxSuspects), u"suspects"_s);
    if (request.wishes.isEmpty())
        return refusal(tr("Ask for at least one room."), u"rooms"_s);
    QSet<RoomType> types;
    for (const RoomWish &w : request.wishes) {
        if (!bookableTypes().contains(w.type))
            return refusal(tr("A %1 is not reserved.").arg(FloorPlan::typeName(w.type)),
                           u"rooms"_s);
        if (w.count < 1 || w.count > kMaxRooms)
            return refusal(tr("Ask for 1 to %1 rooms of a type.").arg(kMaxRooms), u"rooms"_s);
        if (types.contains(w.type))
            return refusal(tr("%1 is asked for twice.").arg(FloorPlan::typeName(w.type)),
                           u"rooms"_s);
        types.insert(w.type);
    }
    if (request.roomsWanted() > kMaxRooms)
        return refusal(tr("At most %1 rooms are reserved at once.").arg(kMaxRooms), u"rooms"_s);
    return {};
}

Result<Reservation> Reservation::decide(const Reservation &current, ReservationAction action,
                                        const QString &actor, const QString &role,
                                        const QString &note, const QStringList &rooms,
                                        const FloorPlan *plan, const QList<Reservation> &others,
                                        qint64 nowMs)
{
    const bool anyRole = role.isEmpty();
    const bool leader = leads(role);
    const bool legal = headsLegal(role);
    Reservation next = current;
    // No one decides their own request, nor approves it twice over.
    if (!anyRole &&
        (action == ReservationAction::LeaderApprove || action == ReservationAction::LegalApprove)) {
        if (actor == current.requestedBy)
            return refusal(tr("%1 asked for this reservation and cannot approve it.").arg(actor),
                           u"role"_s);
        for (const ReservationDecision &d : current.decisions)
            if (action == ReservationAction::LegalApprove &&
                d.action == ReservationAction::LeaderApprove && d.actor == actor)
                return refusal(tr("%1 approved this reservation as station leader; another "
                                  "person approves it as legal head.")
                                   .arg(actor),
                               u"role"_s);
    }
    switch (action) {
    case ReservationAction::LeaderApprove:
        if (current.state != ReservationState::Requested)
            return refusal(tr("The reservation is not waiting for the station leader: %1.")
                               .arg(stateName(current.state)),
                           u"state"_s);
        if (!leader)
            return refusal(tr("The station leader approves a request first."), u"role"_s);
        next.state = ReservationState::LeaderApproved;
        break;
    case ReservationAction::LegalApprove: {
        if (current.state != ReservationState::LeaderApproved)
            return refusal(tr("The reservation is not waiting for the legal head: %1.")
                               .arg(stateName(current.state)),
                           u"state"_s);
        if (!legal)
            return refusal(tr("The legal head approves and assigns the rooms."), u"role"_s);
        if (!plan)
            return refusal(tr("The plan of %1 is not known here; its rooms cannot be assigned.")
                               .arg(current.area),
                           u"plan"_s);
        // The rooms: of the plan, each once, as many of each type as asked for.
        QHash<RoomType, int> assigned;
        QSet<QString> seen;
        for (const QString &id : rooms) {
            const Room *room = plan->room(id);
            if (!room)
                return refusal(tr("%1 has no room %2.").arg(current.area, id), u"rooms"_s);
            if (seen.contains(id))
                return refusal(tr("Room %1 is assigned twice.").arg(room->name), u"rooms"_s);
            seen.insert(id);
            ++assigned[room->type];
        }
        for (const RoomWish &w : current.wishes)
            if (assigned.value(w.type) != w.count)
                return refusal(tr("Assign %1 × %2 (%3 assigned).")
                                   .arg(w.count)
                                   .arg(FloorPlan::typeName(w.type))
                                   .arg(assigned.value(w.type)),
                               u"rooms"_s);
        if (int(seen.size()) != current.roomsWanted())
            return refusal(tr("Assign only the rooms asked for."), u"rooms"_s);
        for (const Reservation &other : others) {
            if (other.uid == current.uid || other.state != ReservationState::Approved ||
                other.area != current.area || other.areaUnit != current.areaUnit ||
                !other.overlaps(current.fromMs, current.toMs))
                continue;
            for (const QString &id : rooms)
                if (other.rooms.contains(id))
                    return refusal(tr("%1 is assigned to %2 for part of that time.")
                                       .arg(plan->room(id)->name, other.requester()),
                                   u"taken"_s);
        }
        next.state = ReservationState::Approved;
        next.rooms = rooms;
        break;
    }
    case ReservationAction::Reject:
        if (current.state == ReservationState::Requested && !leader)
            return refusal(tr("The station leader decides a request first."), u"role"_s);
        if (current.state == ReservationState::LeaderApproved && !legal)
            return refusal(tr("The legal head decides a request the station leader approved."),
                           u"role"_s);
        if (current.state != ReservationState::Requested &&
            current.state != ReservationState::LeaderApproved)
            return refusal(tr("The reservation is %1; it can no longer be rejected.")
                               .arg(stateName(current.state)),
                           u"state"_s);
        if (note.trimmed().isEmpty())
            return refusal(tr("Say why the request is rejected."), u"note"_s);
        next.state = ReservationState::Rejected;
        break;
    case ReservationAction::Cancel:
        if (!current.isActive())
            return refusal(tr("The reservation is %1 already.").arg(stateName(current.state)),
                           u"state"_s);
        if (!anyRole && actor != current.requestedBy)
            return refusal(
                tr("Only %1, who asked, takes the reservation back.").arg(current.requestedBy),
                u"role"_s);
        if (current.toMs <= nowMs)
            return refusal(tr("The reservation's time is over."), u"state"_s);
        next.state = ReservationState::Cancelled;
        break;
    }
    if (note.size() > 500)
        return refusal(tr("The note is at most 500 characters."), u"note"_s);
    next.decisions.append({action, actor, role, nowMs, note.trimmed()});
    return next;
}

} // namespace Jiandu::CaseArea
