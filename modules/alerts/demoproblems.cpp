#include "demoproblems.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <alerts/data/problemrepository.h>
#include <rules/rule.h>

using namespace Qt::StringLiterals;

namespace Jiandu::DemoProblems {

namespace {

const QHash<QString, ProblemRole> &roles()
{
    static const QHash<QString, ProblemRole> all{{u"legal"_s, ProblemRole::LegalOfficer},
                                                 {u"unit"_s, ProblemRole::ResponsibleUnit},
                                                 {u"leader"_s, ProblemRole::Leader}};
    return all;
}

const QHash<QString, ProblemAction> &actions()
{
    static const QHash<QString, ProblemAction> all{
        {u"issue"_s, ProblemAction::Issue},
        {u"answer"_s, ProblemAction::Answer},
        {u"appeal"_s, ProblemAction::Appeal},
        {u"review"_s, ProblemAction::Review},
        {u"confirm"_s, ProblemAction::Confirm},
        {u"dismiss"_s, ProblemAction::Dismiss},
        {u"submitRectification"_s, ProblemAction::SubmitRectification},
        {u"approve"_s, ProblemAction::Approve},
        {u"reject"_s, ProblemAction::Reject}};
    return all;
}

Error broken(const QString &what)
{
    return Error{QCoreApplication::translate("Jiandu::DemoProblems",
                                             "The demo's problems could not be played."),
                 what};
}

} // namespace

Result<int> play(QSqlDatabase db, qint64 nowMs, const ProblemWorkflow::TimeLimits &limits)
{
    ProblemRepository problems(db, limits);
    const auto existing = problems.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return 0;
    QFile file(u":/demo/problems.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return broken(file.errorString());
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(u"problems"_s).toArray();
    int opened = 0;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        const QJsonArray steps = o.value(u"steps"_s).toArray();
        if (steps.isEmpty())
            return broken(u"a problem without steps"_s);
        const auto stepTime = [nowMs](const QJsonObject &step) -> std::optional<qint64> {
            const QString at = step.value(u"at"_s).toString();
            const auto offset = Duration::parse(at.startsWith(u'-') ? at.mid(1) : at);
            return offset ? std::optional(offset->before(nowMs)) : std::nullopt;
        };
        const auto actorOf = [](const QJsonObject &step, const QString &unit) {
            const ProblemRole role = roles().value(step.value(u"role"_s).toString());
            return ProblemWorkflow::Actor{step.value(u"actor"_s).toString(), role,
                                          role == ProblemRole::ResponsibleUnit ? unit : QString()};
        };
        Problem draft;
        draft.title = o.value(u"title"_s).toString();
        draft.unit = o.value(u"unit"_s).toString();
        draft.element = o.value(u"element"_s).toString();
        draft.caseId = o.value(u"caseId"_s).toString();
        draft.localOnly = true; // sample data of this workstation: not for the central service
        const QJsonObject first = steps.first().toObject();
        const auto createdAt = stepTime(first);
        if (!createdAt)
            return broken(u"a step without a time: "_s + draft.title);
        auto problem = problems.open(draft, actorOf(first, draft.unit),
                                     first.value(u"note"_s).toString(), *createdAt, {});
        if (!problem)
            return problem.error();
        for (qsizetype i = 1; i < steps.size(); ++i) {
            const QJsonObject step = steps[i].toObject();
            const auto at = stepTime(step);
            const auto action = actions().constFind(step.value(u"action"_s).toString());
            if (!at || action == actions().cend())
                return broken(u"step %1 of %2"_s.arg(i).arg(draft.title));
            auto taken = problems.apply(problem->id, actorOf(step, draft.unit), *action,
                                        step.value(u"note"_s).toString(), {}, *at);
            if (!taken)
                return taken.error();
        }
        ++opened;
    }
    return opened;
}

} // namespace Jiandu::DemoProblems
