#pragma once

#include "tier.h"

#include <QString>

namespace Jiandu {

//! A supervision alert (监督预警) as the inbox keeps it: one rule firing for one subject,
//! with what the operators did about it. The engine raises and resolves it; people
//! acknowledge it, silence it or open a problem (the closed-loop workflow) from it.
struct AlertRecord
{
    //! What became of it. Resolved wins: an alert whose condition is met is over, whatever
    //! was done about it before.
    enum class Status { New = 0, Acknowledged = 1, Referred = 2, Resolved = 3 };

    qint64 id = 0; //!< assigned when stored
    QString ruleId;
    QString subjectKey; //!< "<key field>=<value>"
    QString element;    //!< incident, case, person, property, venue, file
    QString unit;       //!< the responsible unit, if the subject names one
    Tier tier = Tier::Alarm;
    QString colour;
    int score = 0;
    QString message;
    QString subjectJson; //!< the subject's fields, a JSON object
    qint64 raisedMs = 0;
    qint64 deadlineMs = -1; //!< -1: none
    Status status = Status::New;
    qint64 resolvedMs = 0;
    QString resolvedReason;
    QString acknowledgedBy;
    qint64 acknowledgedMs = 0;
    QString acknowledgeNote;
    QString suppressedBy;
    QString suppressReason;
    qint64 suppressedUntilMs = 0;
    qint64 problemId = 0;
    //! Who took it on (认领): the owner others see; empty while nobody has.
    QString claimedBy;
    qint64 claimedMs = 0;
    //! A formal appeal (申辩) by the responsible unit, decided by the legal officer or a
    //! leader: upheld closes the alert, rejected leaves it as it was.
    enum class Appeal { None = 0, Pending = 1, Upheld = 2, Rejected = 3 };
    Appeal appeal = Appeal::None;
    QString appealBy;
    QString appealReason;
    qint64 appealMs = 0;
    QString appealDecidedBy;
    QString appealDecision;
    //! When an alarm nobody acknowledged was escalated to the leaders (0: not escalated).
    qint64 escalatedMs = 0;

    bool suppressedAt(qint64 nowMs) const { return suppressedUntilMs > nowMs; }
};

} // namespace Jiandu
