#pragma once

#include "roomtracker.h"

#include <QJsonObject>
#include <rules/ruleengine.h>

namespace Jiandu::CaseArea {

//! Who is where, in the rule engine's words. It knows whose tag is whose from the subjects'
//! journey (入区登记 binds a wristband, 注销 unbinds it; an officer's card is bound to the
//! officer) and turns the tracker's room changes into the place events the catalogue's rules
//! listen to:
//! - area.unattended: a subject alone in a waiting room (no officer there) for the set time;
//!   never while an officer's tag that was there is lost, nor while the subject's is: a feed
//!   that stops is "feed lost", not "no guard";
//! - interrogation.started with the number of officers in the room ("officers": "1" is 单人审问),
//!   counted a settling time after the subject entered an interrogation or inquiry room;
//! - area.track-anomaly: a subject moving faster than a person can;
//! - area.exited-unregistered: a registered subject whose band falls silent at the entrance
//!   (out through the door), not on an approved 临时离开.
//! Journey events pass through unchanged, so the engine sees the whole stay in one stream.
class PlaceJudge
{
public:
    enum class Role { Subject, Officer };
    struct Person
    {
        Role role = Role::Subject;
        QJsonObject fields; //!< as the journey gave them (personId, name, idCard, unit, …)
        bool away = false;  //!< on an approved temporary leave
        bool exitRaised = false;
        // Alone in a waiting room since (−1: not alone), and whether it was raised.
        qint64 aloneSinceMs = -1;
        bool unattendedRaised = false;
        // The interrogation to count: the room and when.
        QString interrogationRoom;
        qint64 interrogationDueMs = -1;
    };

    explicit PlaceJudge(const RoomTracker &tracker);

    //! A step of a subject's journey, or an officer's card bound ("officer.card-bound" with
    //! {"tag", "officerId", "name"}) or returned ("officer.card-unbound").
    QList<RuleEvent> journey(const RuleEvent &event);
    QList<RuleEvent> track(const QList<TrackChange> &changes);
    //! The judgements that depend on time passing; call as time goes on (each second live, at
    //! each message replayed).
    QList<RuleEvent> tick(qint64 nowMs);

    const QHash<QString, Person> &people() const { return m_people; }

private:
    RuleEvent placeEvent(const QString &type, const QString &tag, qint64 timeMs,
                         QJsonObject extra = {}) const;
    int officersIn(const QString &room, bool *lostThere) const;

    const RoomTracker &m_tracker;
    QHash<QString, Person> m_people; //!< by tag
};

} // namespace Jiandu::CaseArea
