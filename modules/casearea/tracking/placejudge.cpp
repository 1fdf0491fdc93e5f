#include "placejudge.h"

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

PlaceJudge::PlaceJudge(const RoomTracker &tracker)
    : m_tracker(tracker)
{}

QList<RuleEvent> PlaceJudge::journey(const RuleEvent &event)
{
    const QString tag = event.subject.value(u"tag"_s).toString();
    if (event.type == u"area.entered"_s && !tag.isEmpty()) {
        Person subject;
        subject.fields = event.subject;
        m_people.insert(tag, subject);
    } else if (event.type == u"officer.card-bound"_s && !tag.isEmpty()) {
        Person officer;
        officer.role = Role::Officer;
        officer.fields = event.subject;
        m_people.insert(tag, officer);
    } else if ((event.type == u"area.left"_s || event.type == u"officer.card-unbound"_s) &&
               !tag.isEmpty()) {
        m_people.remove(tag);
    } else if (event.type == u"area.temporarily-left"_s && m_people.contains(tag)) {
        m_people[tag].away = true;
    } else if (event.type == u"area.returned"_s && m_people.contains(tag)) {
        m_people[tag].away = false;
        m_people[tag].exitRaised = false;
    }
    return {event};
}

RuleEvent PlaceJudge::placeEvent(const QString &type, const QString &tag, qint64 timeMs,
                                 QJsonObject extra) const
{
    QJsonObject subject = m_people.value(tag).fields;
    const auto state = m_tracker.tags().constFind(tag);
    if (state != m_tracker.tags().cend()) {
        if (const Room *room = m_tracker.plan().room(state->room)) {
            // The room as the inbox shows it, and its id for the plan.
            subject.insert(u"room"_s, room->name);
            subject.insert(u"roomId"_s, room->id);
            if (!room->cameras.isEmpty())
                subject.insert(u"cameraId"_s, room->cameras.first());
        }
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        subject.insert(it.key(), it.value());
    return RuleEvent{type, timeMs, subject};
}

int PlaceJudge::officersIn(const QString &room, bool *lostThere) const
{
    int officers = 0;
    *lostThere = false;
    for (auto it = m_people.cbegin(); it != m_people.cend(); ++it) {
        if (it->role != Role::Officer)
            continue;
        const auto state = m_tracker.tags().constFind(it.key());
        if (state == m_tracker.tags().cend() || state->room != room)
            continue;
        if (state->lost)
            *lostThere = true;
        else
            ++officers;
    }
    return officers;
}

QList<RuleEvent> PlaceJudge::track(const QList<TrackChange> &changes)
{
    QList<RuleEvent> events;
    for (const TrackChange &change : changes) {
        auto person = m_people.find(change.tag);
        if (person == m_people.end() || person->role != Role::Subject)
            continue;
        switch (change.kind) {
        case TrackChange::Kind::Anomaly:
            events.append(placeEvent(u"area.track-anomaly"_s, change.tag, change.timeMs,
                                     {{u"speed"_s, change.detail}}));
            break;
        case TrackChange::Kind::Moved: {
            person->aloneSinceMs = -1;
            person->unattendedRaised = false;
            person->interrogationDueMs = -1;
            const Room *room = m_tracker.plan().room(change.room);
            if (!room)
                break;
            if (room->type == RoomType::Interrogation || room->type == RoomType::Inquiry) {
                person->interrogationRoom = room->id;
                person->interrogationDueMs =
                    change.timeMs + m_tracker.thresholds().interrogationSettleMs;
            }
            break;
        }
        case TrackChange::Kind::Lost: {
            person->aloneSinceMs = -1;
            // Lost at the entrance, still registered and not on an approved leave: gone out
            // of the area without 注销 (deregistration at the desk unbinds the band first).
            const Room *room = m_tracker.plan().room(change.room);
            if (room && room->type == RoomType::Entrance && !person->away && !person->exitRaised) {
                person->exitRaised = true;
                events.append(placeEvent(u"area.exited-unregistered"_s, change.tag,
                                         m_tracker.tags().value(change.tag).lastMs));
            }
            break;
        }
        case TrackChange::Kind::Back:
            person->aloneSinceMs = -1;
            break;
        }
    }
    return events;
}

QList<RuleEvent> PlaceJudge::tick(qint64 nowMs)
{
    QList<RuleEvent> events;
    for (auto it = m_people.begin(); it != m_people.end(); ++it) {
        Person &person = it.value();
        if (person.role != Role::Subject)
            continue;
        const auto state = m_tracker.tags().constFind(it.key());
        if (state == m_tracker.tags().cend() || state->lost || state->room.isEmpty()) {
            person.aloneSinceMs = -1; // where the subject is is not known: nothing is judged
            continue;
        }
        const Room *room = m_tracker.plan().room(state->room);
        bool lostThere = false;
        const int officers = officersIn(state->room, &lostThere);
        if (person.interrogationDueMs >= 0 && nowMs >= person.interrogationDueMs) {
            person.interrogationDueMs = -1;
            if (state->room == person.interrogationRoom && !lostThere)
                events.append(placeEvent(u"interrogation.started"_s, it.key(), nowMs,
                                         {{u"officers"_s, QString::number(officers)}}));
        }
        if (!room || room->type != RoomType::Waiting || officers > 0 || lostThere) {
            person.aloneSinceMs = -1;
            if (officers > 0)
                person.unattendedRaised = false;
            continue;
        }
        if (person.aloneSinceMs < 0)
            person.aloneSinceMs = nowMs;
        if (!person.unattendedRaised &&
            nowMs - person.aloneSinceMs >= m_tracker.thresholds().unattendedAfterMs) {
            person.unattendedRaised = true;
            events.append(placeEvent(u"area.unattended"_s, it.key(), nowMs));
        }
    }
    return events;
}

} // namespace Jiandu::CaseArea
