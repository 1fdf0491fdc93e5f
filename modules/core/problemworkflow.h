#pragma once

#include "coreexport.h"
#include "problem.h"
#include "result.h"

#include <QCoreApplication>

namespace Jiandu {

//! The rules of the closed loop: which role may take which step in which stage, where the
//! step leads, which steps need a reason, and how long each stage may take. Pure logic;
//! ProblemRepository applies it inside the transaction that records the step.
class JIANDU_CORE_EXPORT ProblemWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ProblemWorkflow)

public:
    struct Actor
    {
        QString name;
        ProblemRole role = ProblemRole::LegalOfficer;
        QString unit; //!< for a responsible unit: which one
    };

    //! How long each stage may take before it is overdue and reminded.
    struct TimeLimits
    {
        qint64 issueMs = 24 * 3600'000LL;       // 发现 → 下发
        qint64 answerMs = 3 * 24 * 3600'000LL;  // 下发 → 反馈/申辩
        qint64 reviewMs = 2 * 24 * 3600'000LL;  // 反馈/申辩 → 复核
        qint64 decideMs = 2 * 24 * 3600'000LL;  // 复核 → 认定
        qint64 rectifyMs = 7 * 24 * 3600'000LL; // 认定 → 提交整改
        qint64 auditMs = 3 * 24 * 3600'000LL;   // 提交整改 → 审核
    };

    //! The stage \a action leads to, or why \a actor may not take it now.
    static Result<ProblemStage> check(const Problem &problem, const Actor &actor,
                                      ProblemAction action, const QString &note);
    //! Whether \a actor may open a problem at all (法制民警 or the leader), and why not.
    static Result<void> checkOpen(const Actor &actor);
    //! Separation of duties: whoever acted on a problem as the legal officer does not also act
    //! on it for the responsible unit, nor the other way round. \a rolesActed: the roles
    //! \a actor's name already acted in on this problem.
    static Result<void> checkSeparation(const QList<ProblemRole> &rolesActed, const Actor &actor);
    //! The steps \a actor may take on \a problem now, in the order a form shows them.
    static QList<ProblemAction> allowed(const Problem &problem, const Actor &actor);
    static bool needsNote(ProblemAction action);
    //! When \a stage, entered at \a sinceMs, is due (0: it has no due time).
    static qint64 dueTime(ProblemStage stage, qint64 sinceMs, const TimeLimits &limits);

    static QString stageName(ProblemStage stage);
    static QString actionName(ProblemAction action);
    static QString roleName(ProblemRole role);

private:
    //! Role, unit and stage, before the reason is looked at.
    static Result<ProblemStage> permitted(const Problem &problem, const Actor &actor,
                                          ProblemAction action);
};

} // namespace Jiandu
