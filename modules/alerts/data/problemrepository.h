#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/problemworkflow.h>
#include <core/result.h>
#include <optional>

namespace Jiandu {

//! The closed-loop problems and their history. Every step is checked against
//! ProblemWorkflow on the stored state and recorded in the same transaction that changes the
//! problem, so two operators acting at once cannot both move it, and nothing changes without
//! an entry saying who did it, when and why.
class ProblemRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ProblemRepository)

public:
    explicit ProblemRepository(QSqlDatabase db, ProblemWorkflow::TimeLimits limits = {});

    //! Opens \a problem (found by \a actor) with \a evidence on its first step. From an
    //! alert: the alert is marked referred, and an alert already referred is refused with the
    //! problem it went to.
    Result<Problem> open(Problem problem, const ProblemWorkflow::Actor &actor, const QString &note,
                         qint64 nowMs, const QList<ProblemAttachment> &evidence = {});
    //! Takes \a action on problem \a id; the problem as it is afterwards, or why not.
    Result<Problem> apply(qint64 id, const ProblemWorkflow::Actor &actor, ProblemAction action,
                          const QString &note, const QList<ProblemAttachment> &attachments,
                          qint64 nowMs);

    Result<std::optional<Problem>> get(qint64 id);
    //! Every problem, newest first.
    Result<QList<Problem>> list();
    //! How many unfinished problems are past their stage's due time at \a nowMs.
    Result<int> countOverdue(qint64 nowMs);
    //! The history of problem \a id, oldest first, with attachments.
    Result<QList<ProblemStep>> history(qint64 id);
    //! Every step of every problem, oldest first (statistics), without attachments.
    Result<QList<ProblemStep>> allSteps();
    //! Unfinished problems past their stage's due time that have not been reminded in the
    //! last \a intervalMs.
    Result<QList<Problem>> needingReminder(qint64 nowMs, qint64 intervalMs);

private:
    Result<ProblemStep> record(const ProblemStep &step);

    QSqlDatabase m_db;
    ProblemWorkflow::TimeLimits m_limits;
};

} // namespace Jiandu
