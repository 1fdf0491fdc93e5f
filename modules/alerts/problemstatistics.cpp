#include "problemstatistics.h"

#include "ui/alertpresentation.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <alerts/data/problemrepository.h>
#include <algorithm>
#include <core/csvtext.h>
#include <core/problemworkflow.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

ProblemStatistics::Series sorted(const QHash<QString, double> &counts)
{
    ProblemStatistics::Series series;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        series.append({it.key(), it.value()});
    std::sort(series.begin(), series.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return series;
}

Error unreadable(const QSqlQuery &q)
{
    return Error{ProblemStatistics::tr("The statistics could not be read from the cache."),
                 q.lastError().text()};
}

} // namespace

ProblemStatistics ProblemStatistics::compute(const QList<Problem> &problems,
                                             const QList<ProblemStep> &steps,
                                             const QStringList &cases, qint64 fromMs, qint64 toMs,
                                             qint64 nowMs)
{
    ProblemStatistics s;
    QHash<QString, double> elements, units, months, stages;
    QSet<QString> problemCases;
    QSet<qint64> counted;
    for (const Problem &p : problems) {
        if ((fromMs && p.createdMs < fromMs) || (toMs && p.createdMs >= toMs))
            continue;
        counted.insert(p.id);
        ++s.problems;
        elements[p.element.isEmpty() ? tr("Found by people")
                                     : AlertPresentation::elementName(p.element)] += 1;
        units[p.unit] += 1;
        months[QDateTime::fromMSecsSinceEpoch(p.createdMs).toString(u"yyyy-MM"_s)] += 1;
        stages[ProblemWorkflow::stageName(p.stage)] += 1;
        if (!p.caseId.isEmpty())
            problemCases.insert(p.caseId);
    }
    s.byElement = sorted(elements);
    s.byUnit = sorted(units);
    s.byStage = sorted(stages);
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        s.byMonth.append({it.key(), it.value()});
    std::sort(s.byMonth.begin(), s.byMonth.end());

    // Time in each stage: from the step that entered it to the step that left it (or now,
    // for the stage a problem is still in).
    QHash<qint64, QPair<ProblemStage, qint64>> current; // problem → (stage, since)
    QHash<QString, QPair<double, int>> spent;           // stage → (hours, times)
    for (const ProblemStep &step : steps) {
        if (!counted.contains(step.problemId))
            continue;
        if (step.action == ProblemAction::Create) {
            current.insert(step.problemId, {ProblemStage::Found, step.timeMs});
            continue;
        }
        if (step.from == step.to)
            continue;
        if (const auto it = current.constFind(step.problemId); it != current.cend()) {
            auto &total = spent[ProblemWorkflow::stageName(it->first)];
            total.first += double(step.timeMs - it->second) / 3600'000.0;
            total.second += 1;
        }
        current.insert(step.problemId, {step.to, step.timeMs});
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (it->first == ProblemStage::Closed || it->first == ProblemStage::Dismissed)
            continue;
        auto &total = spent[ProblemWorkflow::stageName(it->first)];
        total.first += double(nowMs - it->second) / 3600'000.0;
        total.second += 1;
    }
    QHash<QString, double> average;
    for (auto it = spent.cbegin(); it != spent.cend(); ++it)
        average.insert(it.key(), it->first / std::max(1, it->second));
    s.stageHours = sorted(average);

    QSet<QString> seen(cases.cbegin(), cases.cend());
    seen.unite(problemCases);
    seen.remove(QString());
    s.casesSeen = int(seen.size());
    s.casesWithProblems = int(problemCases.size());
    return s;
}

QByteArray ProblemStatistics::toCsv(bool excel) const
{
    const QString end = excel ? u"\r\n"_s : u"\n"_s;
    QString out;
    const auto table = [&](const QString &title, const QString &column, const Series &series,
                           const QString &valueName) {
        out += Csv::field(title) + end;
        out += Csv::field(column) + u',' + Csv::field(valueName) + end;
        for (const auto &[name, value] : series)
            out += Csv::field(name) + u',' +
                   QString::number(value, 'f', value == int(value) ? 0 : 1) + end;
        out += end;
    };
    table(tr("Problems by element"), tr("Element"), byElement, tr("Problems"));
    table(tr("Problems by unit"), tr("Unit"), byUnit, tr("Problems"));
    table(tr("Problems by month"), tr("Month"), byMonth, tr("Problems"));
    table(tr("Problems by stage"), tr("Stage"), byStage, tr("Problems"));
    table(tr("Average time in each stage"), tr("Stage"), stageHours, tr("Hours"));
    out += Csv::field(tr("Problem rate per case")) + end;
    out += tr("Cases") + u',' + tr("Cases with problems") + u',' + tr("Rate") + end;
    out += u"%1,%2,%3%"_s.arg(casesSeen)
               .arg(casesWithProblems)
               .arg(caseProblemRate() * 100, 0, 'f', 1) +
           end;
    QByteArray bytes = out.toUtf8();
    if (excel)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

Result<ProblemStatistics> ProblemStatistics::gather(QSqlDatabase &db, qint64 fromMs, qint64 nowMs)
{
    ProblemRepository repository(db);
    const auto problems = repository.list();
    if (!problems)
        return problems.error();
    const auto steps = repository.allSteps();
    if (!steps)
        return steps.error();
    // The cases seen in the period: those the alerts named and those in the cache.
    QStringList cases;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT case_id FROM alert WHERE raised_ms >= ? AND case_id IS NOT NULL"_s);
    q.addBindValue(fromMs);
    if (!q.exec())
        return unreadable(q);
    while (q.next())
        cases.append(q.value(0).toString());
    if (!q.exec(u"SELECT ajbh FROM legal_case"_s))
        return unreadable(q);
    while (q.next())
        cases.append(q.value(0).toString());
    return compute(*problems, *steps, cases, fromMs, 0, nowMs);
}

} // namespace Jiandu
