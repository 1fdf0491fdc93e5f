#include "problemworkflow.h"

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

struct Transition
{
    ProblemAction action;
    QList<ProblemStage> from;
    ProblemStage to; // Found as "stays where it is" for reminders and comments
    QList<ProblemRole> roles;
    bool stays = false;
};

const QList<Transition> &transitions()
{
    using S = ProblemStage;
    using A = ProblemAction;
    using R = ProblemRole;
    const QList<S> open{S::Found,    S::Issued,     S::Answered,     S::Appealed,
                        S::Reviewed, S::Rectifying, S::AwaitingAudit};
    static const QList<Transition> all{
        {A::Issue, {S::Found}, S::Issued, {R::LegalOfficer}},
        {A::Answer, {S::Issued}, S::Answered, {R::ResponsibleUnit}},
        {A::Appeal, {S::Issued}, S::Appealed, {R::ResponsibleUnit}},
        {A::Review, {S::Answered, S::Appealed}, S::Reviewed, {R::LegalOfficer}},
        {A::Confirm, {S::Reviewed}, S::Rectifying, {R::Leader}},
        {A::Dismiss, {S::Reviewed}, S::Dismissed, {R::Leader}},
        {A::SubmitRectification, {S::Rectifying}, S::AwaitingAudit, {R::ResponsibleUnit}},
        {A::Approve, {S::AwaitingAudit}, S::Closed, {R::LegalOfficer}},
        {A::Reject, {S::AwaitingAudit}, S::Rectifying, {R::LegalOfficer}},
        {A::Reopen, {S::Closed}, S::Rectifying, {R::LegalOfficer, R::Leader}},
        {A::Remind, open, S::Found, {R::LegalOfficer, R::Leader, R::System}, true},
        {A::Comment,
         open + QList<S>{S::Closed, S::Dismissed},
         S::Found,
         {R::LegalOfficer, R::ResponsibleUnit, R::Leader},
         true},
    };
    return all;
}

const Transition *find(ProblemAction action)
{
    for (const Transition &t : transitions()) {
        if (t.action == action)
            return &t;
    }
    return nullptr;
}

QString stagesText(const QList<ProblemStage> &stages)
{
    QStringList names;
    for (ProblemStage s : stages)
        names.append(ProblemWorkflow::stageName(s));
    return names.join(QCoreApplication::translate("Jiandu::ProblemWorkflow", " or "));
}

QString rolesText(const QList<ProblemRole> &roles)
{
    QStringList names;
    for (ProblemRole r : roles) {
        if (r != ProblemRole::System)
            names.append(ProblemWorkflow::roleName(r));
    }
    return names.join(QCoreApplication::translate("Jiandu::ProblemWorkflow", " or "));
}

} // namespace

bool ProblemWorkflow::needsNote(ProblemAction action)
{
    switch (action) {
    case ProblemAction::Answer:
    case ProblemAction::Appeal:
    case ProblemAction::Review:
    case ProblemAction::Dismiss:
    case ProblemAction::SubmitRectification:
    case ProblemAction::Reject:
    case ProblemAction::Reopen:
    case ProblemAction::Comment:
        return true;
    default:
        return false;
    }
}

Result<ProblemStage> ProblemWorkflow::permitted(const Problem &problem, const Actor &actor,
                                                ProblemAction action)
{
    const Transition *t = find(action);
    if (!t)
        return Error{tr("“%1” is not a step of the workflow.").arg(actionName(action)),
                     {},
                     u"unknown-action"_s};
    if (!t->roles.contains(actor.role))
        return Error{tr("Only %1 can %2 (you are signed in as %3).")
                         .arg(rolesText(t->roles), actionName(action), roleName(actor.role)),
                     {},
                     u"role"_s};
    if (actor.role == ProblemRole::ResponsibleUnit && actor.unit != problem.unit)
        return Error{tr("This problem was issued to %1; %2 can act only on its own problems.")
                         .arg(problem.unit, actor.unit.isEmpty() ? tr("your unit") : actor.unit),
                     {},
                     u"unit"_s};
    if (!t->from.contains(problem.stage))
        return Error{tr("The problem is %1; “%2” is possible only when it is %3.")
                         .arg(stageName(problem.stage), actionName(action), stagesText(t->from)),
                     {},
                     u"stage"_s};
    return t->stays ? problem.stage : t->to;
}

Result<ProblemStage> ProblemWorkflow::check(const Problem &problem, const Actor &actor,
                                            ProblemAction action, const QString &note)
{
    auto to = permitted(problem, actor, action);
    if (to && needsNote(action) && note.trimmed().isEmpty())
        return Error{
            tr("“%1” needs a reason or description.").arg(actionName(action)), {}, u"note"_s};
    return to;
}

Result<void> ProblemWorkflow::checkSeparation(const QList<ProblemRole> &rolesActed,
                                              const Actor &actor)
{
    const auto opposite = [](ProblemRole role) {
        switch (role) {
        case ProblemRole::LegalOfficer:
            return ProblemRole::ResponsibleUnit;
        case ProblemRole::ResponsibleUnit:
            return ProblemRole::LegalOfficer;
        case ProblemRole::Leader:
        case ProblemRole::System:
            break;
        }
        return ProblemRole::Leader;
    };
    if (opposite(actor.role) == ProblemRole::Leader || !rolesActed.contains(opposite(actor.role)))
        return {};
    return Error{tr("%1 already acted on this problem as %2 and cannot also act as %3; another "
                    "person must take this step.")
                     .arg(actor.name, roleName(opposite(actor.role)), roleName(actor.role)),
                 {},
                 u"separation"_s};
}

Result<void> ProblemWorkflow::checkOpen(const Actor &actor)
{
    if (actor.role != ProblemRole::LegalOfficer && actor.role != ProblemRole::Leader)
        return Error{tr("Only the legal officer or the leader can open a problem."), {}, u"role"_s};
    return {};
}

QList<ProblemAction> ProblemWorkflow::allowed(const Problem &problem, const Actor &actor)
{
    QList<ProblemAction> actions;
    for (const Transition &t : transitions()) {
        if (permitted(problem, actor, t.action))
            actions.append(t.action);
    }
    return actions;
}

qint64 ProblemWorkflow::dueTime(ProblemStage stage, qint64 sinceMs, const TimeLimits &limits)
{
    switch (stage) {
    case ProblemStage::Found:
        return sinceMs + limits.issueMs;
    case ProblemStage::Issued:
        return sinceMs + limits.answerMs;
    case ProblemStage::Answered:
    case ProblemStage::Appealed:
        return sinceMs + limits.reviewMs;
    case ProblemStage::Reviewed:
        return sinceMs + limits.decideMs;
    case ProblemStage::Rectifying:
        return sinceMs + limits.rectifyMs;
    case ProblemStage::AwaitingAudit:
        return sinceMs + limits.auditMs;
    case ProblemStage::Closed:
    case ProblemStage::Dismissed:
        return 0;
    }
    return 0;
}

QString ProblemWorkflow::stageName(ProblemStage stage)
{
    switch (stage) {
    case ProblemStage::Found:
        return tr("found");
    case ProblemStage::Issued:
        return tr("issued");
    case ProblemStage::Answered:
        return tr("answered");
    case ProblemStage::Appealed:
        return tr("appealed");
    case ProblemStage::Reviewed:
        return tr("reviewed");
    case ProblemStage::Rectifying:
        return tr("being rectified");
    case ProblemStage::AwaitingAudit:
        return tr("awaiting audit");
    case ProblemStage::Closed:
        return tr("closed");
    case ProblemStage::Dismissed:
        return tr("dismissed");
    }
    return {};
}

QString ProblemWorkflow::actionName(ProblemAction action)
{
    switch (action) {
    case ProblemAction::Create:
        return tr("open the problem");
    case ProblemAction::Issue:
        return tr("issue to the unit");
    case ProblemAction::Answer:
        return tr("give feedback");
    case ProblemAction::Appeal:
        return tr("appeal");
    case ProblemAction::Review:
        return tr("review");
    case ProblemAction::Confirm:
        return tr("confirm the problem");
    case ProblemAction::Dismiss:
        return tr("dismiss the problem");
    case ProblemAction::SubmitRectification:
        return tr("submit the rectification");
    case ProblemAction::Approve:
        return tr("approve the rectification");
    case ProblemAction::Reject:
        return tr("reject the rectification");
    case ProblemAction::Reopen:
        return tr("reopen");
    case ProblemAction::Remind:
        return tr("remind");
    case ProblemAction::Comment:
        return tr("add a note");
    }
    return {};
}

QString ProblemWorkflow::roleName(ProblemRole role)
{
    switch (role) {
    case ProblemRole::LegalOfficer:
        return tr("the legal officer");
    case ProblemRole::ResponsibleUnit:
        return tr("the responsible unit");
    case ProblemRole::Leader:
        return tr("the leader");
    case ProblemRole::System:
        return tr("the system");
    }
    return {};
}

} // namespace Jiandu
