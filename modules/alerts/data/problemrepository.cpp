#include "problemrepository.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <storage/filecatalog.h>
#include <storage/outbox.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

const QString kColumns = u"SELECT id, alert_id, rule_id, title, element, unit, case_id, score,"
                         " stage, created_ms, created_by, stage_since_ms, due_ms, rounds, uid,"
                         " local_only FROM problem "_s;

Problem readProblem(const QSqlQuery &q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.alertId = q.value(1).toLongLong();
    p.ruleId = q.value(2).toString();
    p.title = q.value(3).toString();
    p.element = q.value(4).toString();
    p.unit = q.value(5).toString();
    p.caseId = q.value(6).toString();
    p.score = q.value(7).toInt();
    p.stage = ProblemStage(std::clamp(q.value(8).toInt(), 0, int(ProblemStage::Dismissed)));
    p.createdMs = q.value(9).toLongLong();
    p.createdBy = q.value(10).toString();
    p.stageSinceMs = q.value(11).toLongLong();
    p.dueMs = q.value(12).toLongLong();
    p.rounds = q.value(13).toInt();
    p.uid = q.value(14).toString();
    p.localOnly = q.value(15).toBool();
    return p;
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

//! Attachments as the central service records them: the file's name, size and SHA-256 (the
//! file itself travels by its hash).
QJsonArray attachmentsJson(const QList<ProblemAttachment> &attachments)
{
    QJsonArray list;
    for (const ProblemAttachment &a : attachments)
        list.append(QJsonObject{
            {u"name"_s, a.name}, {u"bytes"_s, double(a.bytes)}, {u"sha256"_s, a.sha256}});
    return list;
}

//! The attachments' files go to the central service with the operation naming them.
Result<void> shareFiles(QSqlDatabase &db, const QList<ProblemAttachment> &attachments)
{
    FileCatalog files(db);
    for (const ProblemAttachment &a : attachments)
        if (auto shared = files.share(a.sha256, a.path, a.bytes); !shared)
            return shared.error();
    return {};
}

} // namespace

ProblemRepository::ProblemRepository(QSqlDatabase db, ProblemWorkflow::TimeLimits limits)
    : m_db(db)
    , m_limits(limits)
{}

Result<ProblemStep> ProblemRepository::record(const ProblemStep &step)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO problem_step (uid, problem_id, time_ms, actor, role, action,"
              " from_stage, to_stage, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(step.uid.isEmpty() ? newUid() : step.uid), QVariant(step.problemId),
          QVariant(step.timeMs), QVariant(step.actor), QVariant(int(step.role)),
          QVariant(int(step.action)), QVariant(int(step.from)), QVariant(int(step.to)),
          QVariant(step.note)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The step could not be recorded."), q.lastError().text()};
    ProblemStep stored = step;
    stored.id = q.lastInsertId().toLongLong();
    for (const ProblemAttachment &a : step.attachments) {
        QSqlQuery attach(m_db);
        attach.prepare(u"INSERT INTO problem_attachment (step_id, name, path, bytes, sha256)"
                       " VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(stored.id), QVariant(a.name), QVariant(a.path),
                                  QVariant(a.bytes), QVariant(a.sha256)})
            attach.addBindValue(v);
        if (!attach.exec())
            return Error{tr("The attachment could not be recorded."), attach.lastError().text()};
    }
    return stored;
}

Result<Problem> ProblemRepository::open(Problem p, const ProblemWorkflow::Actor &actor,
                                        const QString &note, qint64 nowMs,
                                        const QList<ProblemAttachment> &evidence)
{
    if (auto allowed = ProblemWorkflow::checkOpen(actor); !allowed)
        return allowed.error();
    if (p.title.trimmed().isEmpty())
        return Error{tr("Give the problem a title."), {}, u"note"_s};
    if (p.unit.trimmed().isEmpty())
        return Error{tr("Say which unit is responsible for the problem."), {}, u"unit"_s};
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    qint64 centralAlertId = 0;
    if (p.alertId) {
        QSqlQuery alert(m_db);
        alert.prepare(u"SELECT problem_id, central_id FROM alert WHERE id = ?"_s);
        alert.addBindValue(p.alertId);
        if (!alert.exec() || !alert.next())
            return Error{tr("The alert no longer exists."), alert.lastError().text()};
        centralAlertId = alert.value(1).toLongLong();
        if (const qint64 existing = alert.value(0).toLongLong())
            return Error{
                tr("A problem was already opened from this alert (problem %1).").arg(existing),
                {},
                u"referred"_s};
    }
    p.stage = ProblemStage::Found;
    p.createdMs = nowMs;
    p.createdBy = actor.name;
    p.stageSinceMs = nowMs;
    p.dueMs = ProblemWorkflow::dueTime(p.stage, nowMs, m_limits);
    p.rounds = 0;
    if (p.uid.isEmpty())
        p.uid = newUid();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO problem (uid, alert_id, rule_id, title, element, unit, case_id,"
              " score, stage, created_ms, created_by, stage_since_ms, due_ms, rounds, local_only)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"_s);
    for (const QVariant &v :
         {QVariant(p.uid), p.alertId ? QVariant(p.alertId) : QVariant(), QVariant(p.ruleId),
          QVariant(p.title), QVariant(p.element), QVariant(p.unit), QVariant(p.caseId),
          QVariant(p.score), QVariant(int(p.stage)), QVariant(p.createdMs), QVariant(p.createdBy),
          QVariant(p.stageSinceMs), QVariant(p.dueMs), QVariant(p.localOnly)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The problem could not be stored."), q.lastError().text()};
    p.id = q.lastInsertId().toLongLong();
    ProblemStep step;
    step.uid = newUid();
    step.problemId = p.id;
    step.timeMs = nowMs;
    step.actor = actor.name;
    step.role = actor.role;
    step.action = ProblemAction::Create;
    step.note = note;
    step.attachments = evidence;
    if (auto recorded = record(step); !recorded)
        return recorded.error();
    // The step's id is the operation's: the central service records the step under it.
    const QJsonObject opened{{u"id"_s, step.uid},
                             {u"note"_s, note},
                             {u"attachments"_s, attachmentsJson(evidence)},
                             {u"problem"_s, QJsonObject{{u"uid"_s, p.uid},
                                                        {u"alertId"_s, double(centralAlertId)},
                                                        {u"ruleId"_s, p.ruleId},
                                                        {u"title"_s, p.title},
                                                        {u"element"_s, p.element},
                                                        {u"unit"_s, p.unit},
                                                        {u"caseId"_s, p.caseId},
                                                        {u"score"_s, p.score}}}};
    if (!p.localOnly) {
        if (auto queued = Outbox(m_db).append(u"problem.open"_s, u"problem:"_s + p.uid, actor.name,
                                              opened, nowMs);
            !queued)
            return queued.error();
        if (auto shared = shareFiles(m_db, evidence); !shared)
            return shared.error();
    }
    if (p.alertId) {
        QSqlQuery alert(m_db);
        alert.prepare(u"UPDATE alert SET problem_id = ?, status = 2 WHERE id = ?"_s);
        alert.addBindValue(p.id);
        alert.addBindValue(p.alertId);
        if (!alert.exec())
            return Error{tr("The problem could not be stored."), alert.lastError().text()};
    }
    if (!transaction.commit())
        return Error{tr("The problem could not be stored."), m_db.lastError().text()};
    return p;
}

Result<Problem> ProblemRepository::apply(qint64 id, const ProblemWorkflow::Actor &actor,
                                         ProblemAction action, const QString &note,
                                         const QList<ProblemAttachment> &attachments, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    auto found = get(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("Problem %1 does not exist.").arg(id), {}};
    Problem p = **found;
    const auto to = ProblemWorkflow::check(p, actor, action, note);
    if (!to)
        return to.error();
    // A note or a reminder is not a decision; every other step keeps the two sides apart.
    QList<ProblemRole> rolesActed;
    QSqlQuery roles(m_db);
    roles.prepare(u"SELECT DISTINCT role FROM problem_step WHERE problem_id = ? AND actor = ?"_s);
    roles.addBindValue(id);
    roles.addBindValue(actor.name);
    if (!roles.exec())
        return Error{tr("The problem's history could not be read."), roles.lastError().text()};
    while (roles.next())
        rolesActed.append(ProblemRole(roles.value(0).toInt()));
    if (action != ProblemAction::Comment && action != ProblemAction::Remind) {
        if (auto separate = ProblemWorkflow::checkSeparation(rolesActed, actor); !separate)
            return separate.error();
    }

    ProblemStep step;
    step.uid = newUid();
    step.problemId = id;
    step.timeMs = nowMs;
    step.actor = actor.name;
    step.role = actor.role;
    step.action = action;
    step.from = p.stage;
    step.to = *to;
    step.note = note.trimmed();
    step.attachments = attachments;
    if (auto recorded = record(step); !recorded)
        return recorded.error();
    // People's steps go to the central service, with the stage they were taken on (a
    // decision on a stage that moved on meanwhile is someone else's win). The system's
    // reminders are each workstation's own.
    if (actor.role != ProblemRole::System && !p.localOnly) {
        const QJsonObject op{
            {u"id"_s, step.uid},        {u"problem"_s, p.uid},
            {u"action"_s, int(action)}, {u"fromStage"_s, int(step.from)},
            {u"note"_s, step.note},     {u"attachments"_s, attachmentsJson(attachments)}};
        if (auto queued = Outbox(m_db).append(u"problem.step"_s, u"problem:"_s + p.uid, actor.name,
                                              op, nowMs);
            !queued)
            return queued.error();
        if (auto shared = shareFiles(m_db, attachments); !shared)
            return shared.error();
    }
    if (*to != p.stage) {
        if (action == ProblemAction::Reject || action == ProblemAction::Reopen)
            ++p.rounds;
        p.stage = *to;
        p.stageSinceMs = nowMs;
        p.dueMs = ProblemWorkflow::dueTime(p.stage, nowMs, m_limits);
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE problem SET stage = ?, stage_since_ms = ?, due_ms = ?, rounds = ?"
                  " WHERE id = ?"_s);
        for (const QVariant &v : {QVariant(int(p.stage)), QVariant(p.stageSinceMs),
                                  QVariant(p.dueMs), QVariant(p.rounds), QVariant(id)})
            q.addBindValue(v);
        if (!q.exec())
            return Error{tr("The problem could not be updated."), q.lastError().text()};
    }
    if (!transaction.commit())
        return Error{tr("The problem could not be updated."), m_db.lastError().text()};
    return p;
}

Result<std::optional<Problem>> ProblemRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The problem could not be read."), q.lastError().text()};
    if (!q.next())
        return std::optional<Problem>{};
    return std::optional<Problem>{readProblem(q)};
}

Result<int> ProblemRepository::countOverdue(qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM problem WHERE due_ms > 0 AND due_ms < ?"
              " AND stage NOT IN (?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(int(ProblemStage::Closed));
    q.addBindValue(int(ProblemStage::Dismissed));
    if (!q.exec() || !q.next())
        return Error{tr("The problems could not be counted."), q.lastError().text()};
    return q.value(0).toInt();
}

Result<QList<Problem>> ProblemRepository::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kColumns + u"ORDER BY id DESC"_s))
        return Error{tr("The problems could not be read."), q.lastError().text()};
    QList<Problem> result;
    while (q.next())
        result.append(readProblem(q));
    return result;
}

namespace {

ProblemStep readStep(const QSqlQuery &q)
{
    ProblemStep s;
    s.id = q.value(0).toLongLong();
    s.problemId = q.value(1).toLongLong();
    s.timeMs = q.value(2).toLongLong();
    s.actor = q.value(3).toString();
    s.role = ProblemRole(std::clamp(q.value(4).toInt(), 0, int(ProblemRole::System)));
    s.action = ProblemAction(std::clamp(q.value(5).toInt(), 0, int(ProblemAction::Comment)));
    s.from = ProblemStage(std::clamp(q.value(6).toInt(), 0, int(ProblemStage::Dismissed)));
    s.to = ProblemStage(std::clamp(q.value(7).toInt(), 0, int(ProblemStage::Dismissed)));
    s.note = q.value(8).toString();
    s.uid = q.value(9).toString();
    return s;
}

const QString kStepColumns = u"SELECT id, problem_id, time_ms, actor, role, action, from_stage,"
                             " to_stage, note, uid FROM problem_step "_s;

} // namespace

Result<QList<ProblemStep>> ProblemRepository::history(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(kStepColumns + u"WHERE problem_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The problem's history could not be read."), q.lastError().text()};
    QList<ProblemStep> steps;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        byId.insert(q.value(0).toLongLong(), steps.size());
        steps.append(readStep(q));
    }
    QSqlQuery a(m_db);
    // An attachment pulled from the central service lies where the sync stored it (empty
    // until it arrived).
    a.prepare(u"SELECT a.step_id, a.name, coalesce(nullif(a.path, ''), (SELECT f.path FROM"
              " shared_file f WHERE f.sha256 = a.sha256), ''), a.bytes, a.sha256"
              " FROM problem_attachment a"
              " JOIN problem_step s ON s.id = a.step_id WHERE s.problem_id = ? ORDER BY a.rowid"_s);
    a.addBindValue(id);
    if (!a.exec())
        return Error{tr("The problem's history could not be read."), a.lastError().text()};
    while (a.next()) {
        if (const auto at = byId.constFind(a.value(0).toLongLong()); at != byId.cend())
            steps[at.value()].attachments.append({a.value(1).toString(), a.value(2).toString(),
                                                  a.value(3).toLongLong(), a.value(4).toString()});
    }
    return steps;
}

Result<QList<ProblemStep>> ProblemRepository::allSteps()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kStepColumns + u"ORDER BY id"_s))
        return Error{tr("The problems' history could not be read."), q.lastError().text()};
    QList<ProblemStep> steps;
    while (q.next())
        steps.append(readStep(q));
    return steps;
}

Result<QList<Problem>> ProblemRepository::needingReminder(qint64 nowMs, qint64 intervalMs)
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE stage NOT IN (?, ?) AND due_ms > 0 AND due_ms < ?"
                         " AND NOT EXISTS (SELECT 1 FROM problem_step s WHERE"
                         " s.problem_id = problem.id AND s.action = ? AND s.time_ms > ?"
                         " AND s.time_ms >= problem.stage_since_ms) ORDER BY due_ms"_s);
    q.addBindValue(int(ProblemStage::Closed));
    q.addBindValue(int(ProblemStage::Dismissed));
    q.addBindValue(nowMs);
    q.addBindValue(int(ProblemAction::Remind));
    q.addBindValue(nowMs - intervalMs);
    if (!q.exec())
        return Error{tr("The problems could not be read."), q.lastError().text()};
    QList<Problem> result;
    while (q.next())
        result.append(readProblem(q));
    return result;
}

} // namespace Jiandu
