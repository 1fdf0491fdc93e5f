#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <core/problem.h>
#include <core/result.h>

namespace Jiandu {

//! The figures a supervision department reports: problems by element, by unit, by month and
//! by stage; the share of cases in which a problem was found (每案问题发现率); and how long
//! each stage takes on average, the slowest first.
struct ProblemStatistics
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ProblemStatistics)

public:
    using Series = QList<QPair<QString, double>>;

    Series byElement;
    Series byUnit;
    Series byMonth;    //!< "2026-11" → problems opened that month, oldest first
    Series byStage;    //!< current stage → problems in it
    Series stageHours; //!< stage → average hours spent in it, slowest first
    int problems = 0;
    int casesWithProblems = 0;
    int casesSeen = 0; //!< cases known to the alerts and the cache

    double caseProblemRate() const { return casesSeen ? double(casesWithProblems) / casesSeen : 0; }

    //! From \a problems opened in [fromMs, toMs) (0: no bound) and their \a steps; \a cases
    //! are the case numbers seen in the period (alerts, the cache).
    static ProblemStatistics compute(const QList<Problem> &problems,
                                     const QList<ProblemStep> &steps, const QStringList &cases,
                                     qint64 fromMs, qint64 toMs, qint64 nowMs);

    //! Reads what compute() needs from the cache (on the module's database thread): the
    //! problems with their steps, and the cases of the period's alerts and of the cache.
    static Result<ProblemStatistics> gather(QSqlDatabase &db, qint64 fromMs, qint64 nowMs);

    //! Every table as CSV. \a excel: UTF-8 with a byte order mark and CRLF line ends, which
    //! Excel and WPS open with the Chinese intact.
    QByteArray toCsv(bool excel) const;
};

} // namespace Jiandu
