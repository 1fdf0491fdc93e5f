#include "syncapi.h"

#include "../db/connectionpool.h"
#include "../http/envelope.h"
#include "changelog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <casearea/reservation/reservation.h>
#include <commandmap/dispatch/instruction.h>
#include <core/problemworkflow.h>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

const QString kBadParameters = u"请求参数校验失败"_s;

QJsonObject answer(const QString &status, const QString &message)
{
    return {{u"status"_s, status}, {u"message"_s, message}};
}

QJsonObject refused(const QString &message)
{
    return answer(u"refused"_s, message);
}

//! Refused, and the record is not the caller's to keep: the service does not hold it, or not
//! in the caller's scope. The workstation keeps its own copy apart (or drops it).
QJsonObject withdrawn(const QString &message, const QString &kind, const QString &key)
{
    QJsonObject result = refused(message);
    result.insert(u"gone"_s, QJsonObject{{u"kind"_s, kind}, {u"key"_s, key}});
    return result;
}

QJsonObject jsonOf(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

//! The closed loop's actor for an account: the responsible unit's officers answer for their
//! unit, the leaders decide, everyone else acts as 法制 (as on a standalone workstation).
ProblemWorkflow::Actor actorOf(const AccountsApi::User &user)
{
    ProblemWorkflow::Actor actor;
    actor.name = user.name;
    actor.role = user.role == "unit_officer"_L1 ? ProblemRole::ResponsibleUnit
                 : user.role == "leader"_L1     ? ProblemRole::Leader
                                                : ProblemRole::LegalOfficer;
    actor.unit = user.unit;
    return actor;
}

bool inScope(PgConnection &c, const AccountsApi::User &user, const QString &unit)
{
    static const QByteArray sql =
        QByteArray("SELECT $2 IN (") + AccountsApi::kScopeUnits + ") OR ($2 = '' AND $3::boolean)";
    return c.execPrepared("sync_in_scope", sql.constData(),
                          {pgText(user.path), pgText(unit), PgParam(user.root ? "t" : "f")})
               .view(0, 0) == "t";
}

//! The user's own unit as \a unit names it (by code or by name), so that a responsible
//! unit's officer is recognised whichever way the record names the unit.
QString ownUnitAs(PgConnection &c, const AccountsApi::User &user, const QString &unit)
{
    const PgResult r =
        c.execPrepared("sync_unit_names", "SELECT $2 IN (code, name) FROM unit WHERE code = $1",
                       {pgText(user.unit), pgText(unit)});
    return r.rows() && r.view(0, 0) == "t" ? unit : user.unit;
}

//! When the operation says it happened: its own time (it may have waited offline), never
//! later than now.
qint64 timeOf(const QJsonObject &op, qint64 nowMs)
{
    const qint64 at = qint64(op.value(u"timeMs"_s).toDouble(0));
    return at > 0 && at <= nowMs ? at : nowMs;
}

QString attachmentsOf(const QJsonObject &op, QString *error)
{
    const QJsonValue value = op.value(u"attachments"_s);
    if (value.isUndefined() || value.isNull())
        return u"[]"_s;
    if (!value.isArray()) {
        *error = u"attachments应为数组 (attachments must be an array)"_s;
        return {};
    }
    QJsonArray clean;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject a = item.toObject();
        const QString sha = a.value(u"sha256"_s).toString();
        if (a.value(u"name"_s).toString().isEmpty() || sha.size() != 64) {
            *error = u"附件应有name和sha256 (an attachment needs a name and its sha256)"_s;
            return {};
        }
        clean.append(QJsonObject{{u"name"_s, a.value(u"name"_s).toString()},
                                 {u"bytes"_s, a.value(u"bytes"_s).toDouble(0)},
                                 {u"sha256"_s, sha.toLower()}});
    }
    return QString::fromUtf8(QJsonDocument(clean).toJson(QJsonDocument::Compact));
}

const char *const kProblemColumns =
    "SELECT uid, coalesce(alert_id, 0), rule_id, title, element, unit, case_id, score, stage, "
    "created_ms, created_by, stage_since_ms, due_ms, rounds FROM problem WHERE uid = $1 FOR "
    "UPDATE";

Problem problemOf(const PgResult &r)
{
    Problem p;
    p.alertId = r.number(0, 1);
    p.ruleId = r.text(0, 2);
    p.title = r.text(0, 3);
    p.element = r.text(0, 4);
    p.unit = r.text(0, 5);
    p.caseId = r.text(0, 6);
    p.score = int(r.number(0, 7));
    p.stage = ProblemStage(std::clamp<qint64>(r.number(0, 8), 0, qint64(ProblemStage::Dismissed)));
    p.createdMs = r.number(0, 9);
    p.createdBy = r.text(0, 10);
    p.stageSinceMs = r.number(0, 11);
    p.dueMs = r.number(0, 12);
    p.rounds = int(r.number(0, 13));
    return p;
}

//! The record as the change log holds it: its body was made by the table's trigger when it
//! last changed (in this transaction too), so it is read, not made again.
QJsonObject recordBody(PgConnection &c, const QString &kind, const QString &key)
{
    const PgResult r = c.execPrepared(
        "sync_record_body",
        "SELECT coalesce(body::text, '{}') FROM sync_change WHERE kind = $1 AND key = $2",
        {pgText(kind), pgText(key)});
    return r.rows() ? jsonOf(r.bytes(0, 0)) : QJsonObject();
}

QJsonObject problemBody(PgConnection &c, const QString &uid)
{
    return recordBody(c, u"problem"_s, uid);
}

QJsonObject alertBody(PgConnection &c, qint64 id)
{
    return recordBody(c, u"alert"_s, QString::number(id));
}

void addStep(PgConnection &c, const QString &uid, const QString &problem, qint64 timeMs,
             const ProblemWorkflow::Actor &actor, ProblemAction action, ProblemStage from,
             ProblemStage to, const QString &note, const QString &attachments)
{
    c.execPrepared("sync_step_add",
                   "INSERT INTO problem_step (uid, problem_uid, time_ms, actor, role, action, "
                   "from_stage, to_stage, note, attachments) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                   "$8, $9, $10::jsonb)",
                   {pgText(uid), pgText(problem), pgNumber(timeMs), pgText(actor.name),
                    pgNumber(int(actor.role)), pgNumber(int(action)), pgNumber(int(from)),
                    pgNumber(int(to)), pgText(note), pgText(attachments)});
}

} // namespace

SyncApi::SyncApi(ConnectionPool &pool, AccountsApi &accounts)
    : m_pool(pool)
    , m_accounts(accounts)
{}

std::optional<HttpResponse> SyncApi::handle(const HttpRequest &request)
{
    const bool changesPath = request.path == "/api/sync/changes";
    const bool pushPath = request.path == "/api/sync/push";
    if (!changesPath && !pushPath)
        return std::nullopt;
    if (request.method != (changesPath ? "GET" : "POST"))
        return envelope(Code::Failed, u"请求方法不对 (wrong method)"_s, "null", 405);
    HttpResponse refusal;
    const auto user = m_accounts.authenticate(request, refusal);
    if (!user)
        return refusal;
    HttpResponse response = changesPath ? changes(*user, request) : push(*user, request);
    response.principal = "user=" + user->name.toStdString();
    return response;
}

HttpResponse SyncApi::changes(const AccountsApi::User &user, const HttpRequest &request)
{
    const QUrlQuery query(QString::fromStdString(request.query));
    bool afterOk = true;
    bool limitOk = true;
    const qint64 after =
        query.hasQueryItem(u"after"_s) ? query.queryItemValue(u"after"_s).toLongLong(&afterOk) : 0;
    const int limit =
        query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&limitOk) : 500;
    if (!afterOk || !limitOk || after < 0 || limit < 1 || limit > kMaxChanges)
        return envelope(Code::BadParameters,
                        kBadParameters + u"：after≥0，limit 1…%1"_s.arg(kMaxChanges));
    // One statement, one snapshot: the page and the log's head are seen together.
    static const QByteArray sql =
        QByteArray("WITH r AS (SELECT seq, kind, key, deleted, body FROM sync_change "
                   "WHERE seq > $2 AND (unit IN (") +
        AccountsApi::kScopeUnits +
        ") OR (unit = '' AND $4::boolean) OR unit = '*') ORDER BY seq LIMIT $3), "
        "h AS (SELECT coalesce(max(seq), 0) AS head FROM sync_change) "
        "SELECT json_build_object('changes', coalesce((SELECT json_agg(json_build_object("
        "'seq', seq, 'kind', kind, 'key', key, 'deleted', deleted, 'body', body) ORDER BY seq) "
        "FROM r), '[]'::json), 'next', CASE WHEN (SELECT count(*) FROM r) < $3 "
        "THEN greatest($2, (SELECT head FROM h)) ELSE (SELECT max(seq) FROM r) END, "
        "'head', (SELECT head FROM h), 'scope', $1::text)::text";
    const QByteArray data = m_pool.run([&](PgConnection &c) {
        return c
            .execPrepared("sync_changes", sql.constData(),
                          {pgText(user.path), pgNumber(after), pgNumber(limit),
                           PgParam(user.root ? "t" : "f")})
            .bytes(0, 0);
    });
    return envelope(Code::Ok, u"成功"_s, data);
}

HttpResponse SyncApi::push(const AccountsApi::User &user, const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &error);
    const QJsonValue ops = document.object().value(u"ops"_s);
    if (error.error != QJsonParseError::NoError || !ops.isArray())
        return envelope(Code::BadParameters,
                        kBadParameters + u"：应为JSON {\"ops\": [...]} (expected a JSON object "
                                         u"with an array \"ops\")"_s);
    const QJsonArray list = ops.toArray();
    if (list.size() > kMaxOperations)
        return envelope(Code::BadParameters,
                        kBadParameters + u"：一次最多%1条操作 (at most %1 "
                                         u"operations a request)"_s.arg(kMaxOperations));
    // One transaction for the request (one commit, one flush to disk, however many
    // operations), each operation under a savepoint of its own: one that fails is undone alone.
    // Lost on the way, the whole request is repeated; the operations' rows make it harmless.
    const QJsonArray results = m_pool.run([&](PgConnection &c) {
        QJsonArray answers;
        PgTransaction transaction(c);
        c.exec(ChangeLog::kLock);
        for (const QJsonValue &op : list) {
            QJsonObject result;
            if (!op.isObject()) {
                result = refused(u"操作应为对象 (an operation is an object)"_s);
            } else {
                c.exec("SAVEPOINT operation");
                try {
                    result = apply(c, user, op.toObject());
                    c.exec("RELEASE SAVEPOINT operation");
                } catch (const PgError &error) {
                    if (error.connectionLost())
                        throw;
                    // Undone with its claim: the workstation keeps it and sends it again.
                    c.exec("ROLLBACK TO SAVEPOINT operation");
                    std::fprintf(stderr, "sync: operation not applied: %s\n", error.what());
                    result = answer(u"retry"_s,
                                    u"暂时无法执行，请稍后重试 (not applied now; send it again)"_s);
                }
            }
            result.insert(u"id"_s, op.toObject().value(u"id"_s));
            answers.append(result);
        }
        transaction.commit();
        return answers;
    });
    return envelope(
        Code::Ok, u"成功"_s,
        QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson(QJsonDocument::Compact));
}

QJsonObject SyncApi::apply(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op)
{
    const QString id = op.value(u"id"_s).toString();
    const QString type = op.value(u"type"_s).toString();
    if (id.isEmpty() || id.size() > 64)
        return refused(u"操作缺少id (an operation needs an id of at most 64 characters)"_s);
    using Handler =
        QJsonObject (SyncApi::*)(PgConnection &, const AccountsApi::User &, const QJsonObject &);
    const Handler handler = type == "problem.open"_L1          ? &SyncApi::openProblem
                            : type == "problem.step"_L1        ? &SyncApi::stepProblem
                            : type == "alert.acknowledge"_L1   ? &SyncApi::acknowledgeAlert
                            : type == "finding.add"_L1         ? &SyncApi::addFinding
                            : type == "layout.save"_L1         ? &SyncApi::saveLayout
                            : type == "layout.delete"_L1       ? &SyncApi::saveLayout
                            : type == "wall.push"_L1           ? &SyncApi::pushToWall
                            : type == "rule.change"_L1         ? &SyncApi::changeRule
                            : type == "plan.save"_L1           ? &SyncApi::saveAreaPlan
                            : type == "area.step"_L1           ? &SyncApi::addAreaStep
                            : type == "reservation.request"_L1 ? &SyncApi::requestReservation
                            : type == "reservation.decide"_L1  ? &SyncApi::decideReservation
                            : type == "instruction.send"_L1    ? &SyncApi::sendInstruction
                            : type == "instruction.step"_L1    ? &SyncApi::stepInstruction
                            : type == "instruction.cancel"_L1  ? &SyncApi::stepInstruction
                                                               : nullptr;
    if (!handler)
        return refused(u"未知的操作类型：%1 (unknown operation type)"_s.arg(type));
    // The operation's row is claimed first, so a repeat (or the same operation sent twice at
    // once) finds the first answer instead of applying it again.
    const PgResult claimed =
        c.execPrepared("sync_op_claim",
                       "INSERT INTO sync_operation (op_id, user_name, type) VALUES ($1, $2, "
                       "$3) ON CONFLICT (op_id) DO NOTHING",
                       {pgText(id), pgText(user.name), pgText(type)});
    if (claimed.affected() == 0) {
        const PgResult stored = c.execPrepared("sync_op_stored",
                                               "SELECT coalesce(result::text, '{}'), user_name "
                                               "FROM sync_operation WHERE op_id = $1",
                                               {pgText(id)});
        if (stored.text(0, 1) != user.name)
            return refused(u"操作id已被他人使用 (another user's operation has this id)"_s);
        QJsonObject first = jsonOf(stored.bytes(0, 0));
        first.insert(u"repeated"_s, true);
        return first;
    }
    const QJsonObject result = (this->*handler)(c, user, op);
    c.execPrepared("sync_op_result",
                   "UPDATE sync_operation SET result = $2::jsonb WHERE op_id = $1",
                   {pgText(id), QJsonDocument(result).toJson(QJsonDocument::Compact)});
    return result;
}

QJsonObject SyncApi::openProblem(PgConnection &c, const AccountsApi::User &user,
                                 const QJsonObject &op)
{
    const QJsonObject p = op.value(u"problem"_s).toObject();
    const QString uid = p.value(u"uid"_s).toString();
    const QString title = p.value(u"title"_s).toString().trimmed();
    const QString unit = p.value(u"unit"_s).toString().trimmed();
    if (uid.isEmpty() || uid.size() > 64 || title.isEmpty() || unit.isEmpty())
        return refused(u"问题应有uid、title和unit (a problem needs a uid, a title and a unit)"_s);
    const ProblemWorkflow::Actor actor = actorOf(user);
    if (auto allowed = ProblemWorkflow::checkOpen(actor); !allowed)
        return withdrawn(allowed.error().message, u"problem"_s, uid);
    if (!inScope(c, user, unit))
        return withdrawn(
            u"该单位不在您的管辖范围内：%1 (the unit is outside your scope)"_s.arg(unit),
            u"problem"_s, uid);
    QString attachmentError;
    const QString attachments = attachmentsOf(op, &attachmentError);
    if (!attachmentError.isEmpty())
        return withdrawn(attachmentError, u"problem"_s, uid);
    if (c.execPrepared("sync_problem_exists", "SELECT 1 FROM problem WHERE uid = $1", {pgText(uid)})
            .rows())
        return refused(u"问题已存在：%1 (a problem with this uid exists)"_s.arg(uid));
    const qint64 alertId = qint64(p.value(u"alertId"_s).toDouble(0));
    if (alertId > 0) {
        const PgResult alert = c.execPrepared(
            "sync_alert_referral",
            "SELECT coalesce(problem_uid, ''), unit FROM alert WHERE id = $1 FOR UPDATE",
            {pgNumber(alertId)});
        if (!alert.rows() || !inScope(c, user, alert.text(0, 1)))
            return withdrawn(u"告警不存在：%1 (no such alert)"_s.arg(alertId), u"problem"_s, uid);
        if (const QString other = alert.text(0, 0); !other.isEmpty()) {
            QJsonObject result = answer(
                u"conflict"_s, u"该告警已转为问题 (the alert was already referred to a problem)"_s);
            const QJsonObject winner = problemBody(c, other);
            result.insert(u"winner"_s, QJsonObject{{u"actor"_s, winner.value(u"createdBy"_s)},
                                                   {u"action"_s, int(ProblemAction::Create)},
                                                   {u"timeMs"_s, winner.value(u"createdMs"_s)}});
            if (inScope(c, user, winner.value(u"unit"_s).toString()))
                result.insert(u"problem"_s, winner);
            result.insert(u"gone"_s, QJsonObject{{u"kind"_s, u"problem"_s}, {u"key"_s, uid}});
            result.insert(u"alert"_s, alertBody(c, alertId));
            return result;
        }
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 at = timeOf(op, nowMs);
    const ProblemStage stage = ProblemStage::Found;
    c.execPrepared(
        "sync_problem_open",
        "INSERT INTO problem (uid, alert_id, rule_id, title, element, unit, case_id, score, "
        "stage, created_ms, created_by, stage_since_ms, due_ms) VALUES ($1, NULLIF($2, 0), $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11, $10, $12)",
        {pgText(uid), pgNumber(alertId), pgText(p.value(u"ruleId"_s).toString()), pgText(title),
         pgText(p.value(u"element"_s).toString()), pgText(unit),
         pgText(p.value(u"caseId"_s).toString()), pgNumber(p.value(u"score"_s).toInt()),
         pgNumber(int(stage)), pgNumber(at), pgText(actor.name),
         pgNumber(ProblemWorkflow::dueTime(stage, at, {}))});
    addStep(c, op.value(u"id"_s).toString(), uid, at, actor, ProblemAction::Create, stage, stage,
            op.value(u"note"_s).toString().trimmed(), attachments);
    c.execPrepared("sync_problem_touch", "UPDATE problem SET version = version + 1 WHERE uid = $1",
                   {pgText(uid)});
    if (alertId > 0)
        c.execPrepared("sync_alert_referred", "UPDATE alert SET problem_uid = $2 WHERE id = $1",
                       {pgNumber(alertId), pgText(uid)});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"problem"_s, problemBody(c, uid));
    return result;
}

QJsonObject SyncApi::stepProblem(PgConnection &c, const AccountsApi::User &user,
                                 const QJsonObject &op)
{
    const QString uid = op.value(u"problem"_s).toString();
    const int actionCode = op.value(u"action"_s).toInt(-1);
    if (uid.isEmpty() || actionCode <= int(ProblemAction::Create) ||
        actionCode > int(ProblemAction::Comment))
        return refused(u"步骤应有problem和action (a step needs a problem and an action)"_s);
    const auto action = ProblemAction(actionCode);
    const PgResult row = c.execPrepared("sync_problem_lock", kProblemColumns, {pgText(uid)});
    if (!row.rows() || !inScope(c, user, row.text(0, 5)))
        return withdrawn(u"问题不存在：%1 (no such problem)"_s.arg(uid), u"problem"_s, uid);
    Problem problem = problemOf(row);
    ProblemWorkflow::Actor actor = actorOf(user);
    if (actor.role == ProblemRole::ResponsibleUnit)
        actor.unit = ownUnitAs(c, user, problem.unit);
    const QString note = op.value(u"note"_s).toString().trimmed();
    const bool decision = action != ProblemAction::Comment && action != ProblemAction::Remind;

    // The workstation says what stage it saw; a decision taken on a stage that has moved on
    // since is someone else's win, reported with who moved it.
    const QJsonValue seen = op.value(u"fromStage"_s);
    if (decision && seen.isDouble() && seen.toInt() != int(problem.stage)) {
        const PgResult last = c.execPrepared(
            "sync_problem_last_move",
            "SELECT actor, action, time_ms, to_stage FROM problem_step WHERE problem_uid = $1 "
            "AND from_stage <> to_stage ORDER BY n DESC LIMIT 1",
            {pgText(uid)});
        QJsonObject result = answer(
            u"conflict"_s, u"问题已由他人处理，当前为「%1」 (the problem moved on first)"_s.arg(
                               ProblemWorkflow::stageName(problem.stage)));
        if (last.rows())
            result.insert(u"winner"_s, QJsonObject{{u"actor"_s, last.text(0, 0)},
                                                   {u"action"_s, int(last.number(0, 1))},
                                                   {u"timeMs"_s, double(last.number(0, 2))},
                                                   {u"to"_s, int(last.number(0, 3))}});
        result.insert(u"problem"_s, problemBody(c, uid));
        return result;
    }
    // Refused: with the problem as it is, so the workstation shows that instead of its guess.
    const auto refuse = [&](const QString &why) {
        QJsonObject result = refused(why);
        result.insert(u"problem"_s, problemBody(c, uid));
        return result;
    };
    const auto to = ProblemWorkflow::check(problem, actor, action, note);
    if (!to)
        return refuse(to.error().message);
    if (decision) {
        QList<ProblemRole> rolesActed;
        const PgResult roles = c.execPrepared(
            "sync_problem_roles",
            "SELECT DISTINCT role FROM problem_step WHERE problem_uid = $1 AND actor = $2",
            {pgText(uid), pgText(actor.name)});
        for (int i = 0; i < roles.rows(); ++i)
            rolesActed.append(ProblemRole(roles.number(i, 0)));
        if (auto separate = ProblemWorkflow::checkSeparation(rolesActed, actor); !separate)
            return refuse(separate.error().message);
    }
    QString attachmentError;
    const QString attachments = attachmentsOf(op, &attachmentError);
    if (!attachmentError.isEmpty())
        return refuse(attachmentError);

    const qint64 at = std::max(timeOf(op, QDateTime::currentMSecsSinceEpoch()), problem.createdMs);
    addStep(c, op.value(u"id"_s).toString(), uid, at, actor, action, problem.stage, *to, note,
            attachments);
    if (*to != problem.stage) {
        if (action == ProblemAction::Reject || action == ProblemAction::Reopen)
            ++problem.rounds;
        problem.stage = *to;
        problem.stageSinceMs = at;
        problem.dueMs = ProblemWorkflow::dueTime(problem.stage, at, {});
    }
    c.execPrepared("sync_problem_step",
                   "UPDATE problem SET stage = $2, stage_since_ms = $3, due_ms = $4, rounds = $5, "
                   "version = version + 1 WHERE uid = $1",
                   {pgText(uid), pgNumber(int(problem.stage)), pgNumber(problem.stageSinceMs),
                    pgNumber(problem.dueMs), pgNumber(problem.rounds)});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"problem"_s, problemBody(c, uid));
    return result;
}

QJsonObject SyncApi::acknowledgeAlert(PgConnection &c, const AccountsApi::User &user,
                                      const QJsonObject &op)
{
    const qint64 id = qint64(op.value(u"alert"_s).toDouble(0));
    const PgResult row = c.execPrepared(
        "sync_alert_lock",
        "SELECT coalesce(ack_by, ''), ack_ms, unit FROM alert WHERE id = $1 FOR UPDATE",
        {pgNumber(id)});
    if (id <= 0 || !row.rows() || !inScope(c, user, row.text(0, 2)))
        return withdrawn(u"告警不存在：%1 (no such alert)"_s.arg(id), u"alert"_s,
                         QString::number(id));
    if (const QString by = row.text(0, 0); !by.isEmpty()) {
        QJsonObject result =
            answer(u"conflict"_s, u"告警已由%1确认 (already acknowledged)"_s.arg(by));
        result.insert(u"winner"_s,
                      QJsonObject{{u"actor"_s, by}, {u"timeMs"_s, double(row.number(0, 1))}});
        result.insert(u"alert"_s, alertBody(c, id));
        return result;
    }
    const qint64 at = timeOf(op, QDateTime::currentMSecsSinceEpoch());
    c.execPrepared("sync_alert_ack",
                   "UPDATE alert SET ack_by = $2, ack_ms = $3, ack_note = $4 WHERE id = $1",
                   {pgNumber(id), pgText(user.name), pgNumber(at),
                    pgText(op.value(u"note"_s).toString().trimmed())});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"alert"_s, alertBody(c, id));
    return result;
}

QJsonObject SyncApi::addFinding(PgConnection &c, const AccountsApi::User &user,
                                const QJsonObject &op)
{
    const QJsonObject f = op.value(u"finding"_s).toObject();
    const QString uid = f.value(u"uid"_s).toString();
    const QString note = f.value(u"note"_s).toString().trimmed();
    const QString camera = f.value(u"cameraId"_s).toString();
    const QString unit = f.value(u"unit"_s).toString().trimmed();
    const QString sha = f.value(u"snapshotSha256"_s).toString().toLower();
    if (uid.isEmpty() || uid.size() > 64 || note.isEmpty() || camera.isEmpty() ||
        (!sha.isEmpty() && sha.size() != 64))
        return refused(u"发现应有uid、cameraId和note (a finding needs a uid, a camera and a "
                       u"note)"_s);
    if (!inScope(c, user, unit))
        return withdrawn(
            u"该单位不在您的管辖范围内：%1 (the unit is outside your scope)"_s.arg(unit),
            u"finding"_s, uid);
    // Recorded in the sender's name, whatever the workstation wrote.
    const PgResult inserted = c.execPrepared(
        "sync_finding_add",
        "INSERT INTO finding (uid, camera_id, camera_name, unit, time_ms, operator, note, "
        "snapshot_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (uid) DO NOTHING",
        {pgText(uid), pgText(camera), pgText(f.value(u"cameraName"_s).toString()), pgText(unit),
         pgNumber(timeOf(f, QDateTime::currentMSecsSinceEpoch())), pgText(user.name), pgText(note),
         pgText(sha)});
    if (inserted.affected() == 0)
        return refused(u"发现已存在：%1 (a finding with this uid exists)"_s.arg(uid));
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"finding"_s, recordBody(c, u"finding"_s, uid));
    return result;
}

QJsonObject SyncApi::saveLayout(PgConnection &c, const AccountsApi::User &user,
                                const QJsonObject &op)
{
    const bool remove = op.value(u"type"_s).toString() == "layout.delete"_L1;
    const QString name = op.value(u"name"_s).toString().simplified();
    const int tiles = op.value(u"tiles"_s).toInt();
    const QJsonValue cameras = op.value(u"cameras"_s);
    if (name.isEmpty() || name.size() > 100 ||
        (!remove &&
         (tiles < 1 || tiles > 64 || !cameras.isArray() || cameras.toArray().size() > 64)))
        return refused(u"布局应有name、tiles (1…64) 和cameras (a layout needs a name, 1…64 tiles "
                       u"and its cameras)"_s);
    // The account's own unit's layout: its operators share it.
    const QString key = user.unit + u'/' + name;
    const PgResult row = c.execPrepared(
        "sync_layout_lock",
        "SELECT version, saved_by, saved_ms FROM layout WHERE key = $1 FOR UPDATE", {pgText(key)});
    const int base = op.value(u"baseVersion"_s).toInt(0);
    if (row.rows() && int(row.number(0, 0)) != base) {
        QJsonObject result =
            answer(u"conflict"_s,
                   u"布局「%1」已由%2修改 (the layout was changed by someone else first)"_s.arg(
                       name, row.text(0, 1)));
        result.insert(u"winner"_s, QJsonObject{{u"actor"_s, row.text(0, 1)},
                                               {u"timeMs"_s, double(row.number(0, 2))}});
        result.insert(u"layout"_s, recordBody(c, u"layout"_s, key));
        return result;
    }
    if (remove) {
        c.execPrepared("sync_layout_delete", "DELETE FROM layout WHERE key = $1", {pgText(key)});
        return answer(u"applied"_s, u"成功"_s);
    }
    c.execPrepared(
        "sync_layout_save",
        "INSERT INTO layout (key, unit, name, tiles, cameras, saved_by, saved_ms) VALUES ($1, "
        "$2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (key) DO UPDATE SET tiles = excluded.tiles, "
        "cameras = excluded.cameras, saved_by = excluded.saved_by, saved_ms = excluded.saved_ms, "
        "version = layout.version + 1",
        {pgText(key), pgText(user.unit), pgText(name), pgNumber(tiles),
         QJsonDocument(cameras.toArray()).toJson(QJsonDocument::Compact), pgText(user.name),
         pgNumber(timeOf(op, QDateTime::currentMSecsSinceEpoch()))});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"layout"_s, recordBody(c, u"layout"_s, key));
    return result;
}

QJsonObject SyncApi::saveAreaPlan(PgConnection &c, const AccountsApi::User &user,
                                  const QJsonObject &op)
{
    const QJsonObject body = op.value(u"plan"_s).toObject();
    auto checked =
        CaseArea::FloorPlan::fromJson(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!checked)
        return refused(
            u"平面图无效：%1 (the floor plan is not valid)"_s.arg(checked.error().message));
    CaseArea::FloorPlan *plan = &checked.value();
    plan->area = plan->area.simplified();
    const QString area = plan->area;
    if (area.isEmpty() || area.size() > 200 || plan->floor < -20 || plan->floor > 200)
        return refused(u"平面图应写明所属办案区 (area，至多200字) 和楼层 (floor, -20…200) (a plan "
                       u"names its area and floor)"_s);
    // The account's own unit's area: its workstations share the plan.
    const QString key = user.unit + u'/' + area + u'#' + QString::number(plan->floor);
    const PgResult row = c.execPrepared(
        "sync_plan_lock", "SELECT version, saved_by FROM area_plan WHERE key = $1 FOR UPDATE",
        {pgText(key)});
    const int base = op.value(u"baseVersion"_s).toInt(0);
    if (row.rows() && int(row.number(0, 0)) != base) {
        QJsonObject result = answer(
            u"conflict"_s, u"「%1」%2层的平面图已由%3修改 (the plan was changed by someone else "
                           u"first)"_s.arg(area)
                               .arg(plan->floor)
                               .arg(row.text(0, 1)));
        result.insert(u"winner"_s, QJsonObject{{u"actor"_s, row.text(0, 1)}});
        result.insert(u"plan"_s, recordBody(c, u"plan"_s, key));
        return result;
    }
    c.execPrepared(
        "sync_plan_save",
        "INSERT INTO area_plan (key, unit, area, floor, plan, saved_by, saved_ms) VALUES ($1, $2, "
        "$3, $4, $5::jsonb, $6, $7) ON CONFLICT (key) DO UPDATE SET plan = excluded.plan, "
        "saved_by = excluded.saved_by, saved_ms = excluded.saved_ms, "
        "version = area_plan.version + 1",
        {pgText(key), pgText(user.unit), pgText(area), pgNumber(plan->floor),
         QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact), pgText(user.name),
         pgNumber(timeOf(op, QDateTime::currentMSecsSinceEpoch()))});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"plan"_s, recordBody(c, u"plan"_s, key));
    return result;
}

QJsonObject SyncApi::addAreaStep(PgConnection &c, const AccountsApi::User &user,
                                 const QJsonObject &op)
{
    static const QRegularExpression kKind(u"^[a-z][a-z.-]{0,63}$"_s);
    const QJsonObject step = op.value(u"step"_s).toObject();
    const QString area = op.value(u"area"_s).toString().simplified();
    const QString uid = step.value(u"uid"_s).toString();
    const QString stay = step.value(u"stayUid"_s).toString();
    const QString kind = step.value(u"kind"_s).toString();
    const double at = step.value(u"atMs"_s).toDouble(-1);
    const QJsonValue body = step.value(u"body"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray bodyText = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    // A desk's clock somewhat ahead is tolerated (the step is kept as the desk timed it); a
    // step from days ahead is not.
    if (uid.isEmpty() || uid.size() > 64 || stay.size() > 64 || !kKind.match(kind).hasMatch() ||
        area.isEmpty() || area.size() > 200 || !(at > 0) || at > double(now + 24 * 3600 * 1000) ||
        !body.isObject() || bodyText.size() > 64 * 1024)
        return refused(
            u"步骤应有uid、kind、atMs (不晚于服务器时间24小时)、body (至多64 KiB) 和所属办案区 "
            u"(a step needs its uid, kind, time, body and area)"_s);
    // Its photos are named by their SHA-256, and travel as shared files.
    const QJsonValue photos = body.toObject().value(u"photos"_s);
    static const QRegularExpression kSha256(u"^[0-9a-f]{64}$"_s);
    bool photosOk = photos.isUndefined() || (photos.isArray() && photos.toArray().size() <= 20);
    for (const QJsonValue &photo : photos.toArray())
        photosOk = photosOk && kSha256.match(photo[u"sha256"_s].toString()).hasMatch();
    if (!photosOk)
        return refused(
            u"步骤的照片应为至多20个以SHA-256命名的文件 (a step's photos are at most 20, "
            u"each named by its SHA-256)"_s);
    const PgResult inserted = c.execPrepared(
        "sync_area_step_add",
        "INSERT INTO area_step (uid, unit, area, stay_uid, kind, at_ms, operator, body) VALUES "
        "($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT (uid) DO NOTHING",
        {pgText(uid), pgText(user.unit), pgText(area), pgText(stay), pgText(kind),
         pgNumber(qint64(at)), pgText(user.name), bodyText});
    if (inserted.affected() == 0)
        return refused(u"步骤已存在：%1 (a step with this uid exists)"_s.arg(uid));
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"areastep"_s, recordBody(c, u"areastep"_s, uid));
    return result;
}

QJsonObject SyncApi::requestReservation(PgConnection &c, const AccountsApi::User &user,
                                        const QJsonObject &op)
{
    auto parsed = CaseArea::Reservation::fromJson(op.value(u"reservation"_s).toObject());
    if (!parsed)
        return refused(
            u"预约无效：%1 (the reservation is not valid)"_s.arg(parsed.error().message));
    // Asked by the account, in its unit, now as the workstation recorded it; nothing decided.
    CaseArea::Reservation r = parsed.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    r.unit = user.unit;
    r.requestedBy = user.name;
    r.requestedMs = timeOf(op, now);
    r.state = CaseArea::ReservationState::Requested;
    r.rooms.clear();
    r.decisions.clear();
    if (auto checked = CaseArea::Reservation::checkRequest(r, r.requestedMs); !checked)
        return withdrawn(u"预约未受理：%1"_s.arg(checked.error().message), u"reservation"_s, r.uid);
    if (r.toMs <= now)
        return withdrawn(u"预约时间已过 (the reservation's time has passed)"_s, u"reservation"_s,
                         r.uid);
    // An area the service knows: its rooms are assigned from its plans.
    if (!c.execPrepared("sync_reservation_area",
                        "SELECT 1 FROM area_plan WHERE unit = $1 AND area = $2 LIMIT 1",
                        {pgText(r.areaUnit), pgText(r.area)})
             .rows())
        return withdrawn(
            u"中心服务没有%1「%2」的平面图，无法预约 (the service holds no plan of this "
            u"area)"_s.arg(r.areaUnit, r.area),
            u"reservation"_s, r.uid);
    const PgResult inserted = c.execPrepared(
        "sync_reservation_add",
        "INSERT INTO area_reservation (uid, unit, area_unit, area, from_ms, to_ms, state, body) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT (uid) DO NOTHING",
        {pgText(r.uid), pgText(r.unit), pgText(r.areaUnit), pgText(r.area), pgNumber(r.fromMs),
         pgNumber(r.toMs), pgText(CaseArea::Reservation::stateKey(r.state)),
         QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)});
    QJsonObject result =
        inserted.affected() == 0
            ? refused(u"预约已存在：%1 (a reservation with this uid exists)"_s.arg(r.uid))
            : answer(u"applied"_s, u"成功"_s);
    result.insert(u"reservation"_s, recordBody(c, u"reservation"_s, r.uid));
    return result;
}

QJsonObject SyncApi::decideReservation(PgConnection &c, const AccountsApi::User &user,
                                       const QJsonObject &op)
{
    using CaseArea::Reservation;
    const QString uid = op.value(u"uid"_s).toString();
    const auto action = Reservation::actionOf(op.value(u"action"_s).toString());
    if (uid.isEmpty() || uid.size() > 64 || !action)
        return refused(
            u"预约审批应有uid和action (leader-approve, legal-approve, reject, cancel)"_s);
    const PgResult row = c.execPrepared(
        "sync_reservation_lock",
        "SELECT body::text, unit, area_unit, area FROM area_reservation WHERE uid = $1 FOR UPDATE",
        {pgText(uid)});
    if (!row.rows() || !inScope(c, user, row.text(0, 1)))
        return withdrawn(u"预约不存在或不在您的管辖范围内 (no such reservation in your scope)"_s,
                         u"reservation"_s, uid);
    // Every other answer carries the reservation as it is, so the workstation shows the truth.
    const auto withRecord = [&](QJsonObject result) {
        result.insert(u"reservation"_s, recordBody(c, u"reservation"_s, uid));
        return result;
    };
    const auto current = Reservation::fromJson(jsonOf(row.bytes(0, 0)));
    if (!current)
        return withRecord(refused(u"预约记录无法读取 (the stored reservation cannot be read)"_s));
    const QString areaUnit = row.text(0, 2);
    const QString area = row.text(0, 3);
    QStringList rooms;
    for (const QJsonValue &v : op.value(u"rooms"_s).toArray())
        rooms.append(v.toString());
    std::optional<CaseArea::FloorPlan> plan;
    QList<Reservation> others;
    if (*action == CaseArea::ReservationAction::LegalApprove) {
        // The area's rooms are given by a legal head whose scope holds the area.
        if (!inScope(c, user, areaUnit))
            return withRecord(
                refused(u"%1不在您的管辖范围内，其房间由该单位的法制负责人分配 (the area "
                        u"is outside your scope)"_s.arg(area)));
        // One assignment at a time per area, so two legal heads never give one room twice.
        c.execPrepared("sync_reservation_area_lock", "SELECT pg_advisory_xact_lock(hashtext($1))",
                       {pgText(u"reservation:"_s + areaUnit + u'/' + area)});
        const PgResult floors =
            c.execPrepared("sync_reservation_plans",
                           "SELECT plan::text FROM area_plan WHERE unit = $1 AND area = $2",
                           {pgText(areaUnit), pgText(area)});
        QList<CaseArea::FloorPlan> plans;
        for (int i = 0; i < floors.rows(); ++i)
            if (auto p = CaseArea::FloorPlan::fromJson(floors.bytes(i, 0)); p)
                plans.append(p.value());
        if (!plans.isEmpty())
            plan = Reservation::roomsOf(plans);
        const PgResult taken = c.execPrepared(
            "sync_reservation_taken",
            "SELECT body::text FROM area_reservation WHERE area_unit = $1 AND area = $2 AND "
            "state = 'approved' AND from_ms < $4 AND to_ms > $3 AND uid <> $5",
            {pgText(areaUnit), pgText(area), pgNumber(current->fromMs), pgNumber(current->toMs),
             pgText(uid)});
        for (int i = 0; i < taken.rows(); ++i)
            if (auto other = Reservation::fromJson(jsonOf(taken.bytes(i, 0))); other)
                others.append(other.value());
    }
    const auto next = Reservation::decide(
        *current, *action, user.name, user.role, op.value(u"note"_s).toString(), rooms,
        plan ? &*plan : nullptr, others, QDateTime::currentMSecsSinceEpoch());
    if (!next) {
        if (next.error().code != u"state"_s && next.error().code != u"taken"_s)
            return withRecord(refused(next.error().message));
        // Someone decided first (or took the room): the reservation as it is now.
        QJsonObject result = answer(u"conflict"_s, next.error().message);
        if (!current->decisions.isEmpty())
            result.insert(u"winner"_s,
                          QJsonObject{{u"actor"_s, current->decisions.last().actor},
                                      {u"timeMs"_s, double(current->decisions.last().atMs)}});
        return withRecord(result);
    }
    c.execPrepared(
        "sync_reservation_save",
        "UPDATE area_reservation SET state = $2, body = $3::jsonb, version = version + 1 "
        "WHERE uid = $1",
        {pgText(uid), pgText(Reservation::stateKey(next->state)),
         QJsonDocument(next->toJson()).toJson(QJsonDocument::Compact)});
    return withRecord(answer(u"applied"_s, u"成功"_s));
}

QJsonObject SyncApi::sendInstruction(PgConnection &c, const AccountsApi::User &user,
                                     const QJsonObject &op)
{
    using CommandMap::Instruction;
    const QJsonObject json = op.value(u"instruction"_s).toObject();
    const QString uid = json.value(u"uid"_s).toString();
    if (uid.isEmpty() || uid.size() > 64)
        return refused(u"指令应有uid (an instruction needs a uid of at most 64 characters)"_s);
    // Sent by the account, from its unit, when the workstation sent it; nobody has answered.
    QJsonObject sent = json;
    sent.insert(u"issuedBy"_s, user.name);
    sent.insert(u"issuedMs"_s, double(timeOf(op, QDateTime::currentMSecsSinceEpoch())));
    QJsonArray tracks;
    for (const QJsonValue &t : json.value(u"tracks"_s).toArray())
        tracks.append(QJsonObject{{u"recipient"_s, t.toObject().value(u"recipient"_s)}});
    sent.insert(u"tracks"_s, tracks);
    auto parsed = Instruction::fromJson(sent);
    if (!parsed)
        return withdrawn(
            u"指令无效：%1 (the instruction is not valid)"_s.arg(parsed.error().message),
            u"instruction"_s, uid);
    Instruction i = std::move(parsed).value();
    i.uid = uid;
    i.unit = user.unit;
    const PgResult inserted = c.execPrepared(
        "sync_instruction_add",
        "INSERT INTO instruction (uid, unit, issued_by, issued_ms, closed, body) VALUES ($1, $2, "
        "$3, $4, false, $5::jsonb) ON CONFLICT (uid) DO NOTHING",
        {pgText(i.uid), pgText(i.unit), pgText(i.issuedBy), pgNumber(i.issuedMs),
         QJsonDocument(i.toJson()).toJson(QJsonDocument::Compact)});
    QJsonObject result =
        inserted.affected() == 0
            ? refused(u"指令已存在：%1 (an instruction with this uid exists)"_s.arg(i.uid))
            : answer(u"applied"_s, u"成功"_s);
    result.insert(u"instruction"_s, recordBody(c, u"instruction"_s, i.uid));
    return result;
}

QJsonObject SyncApi::stepInstruction(PgConnection &c, const AccountsApi::User &user,
                                     const QJsonObject &op)
{
    using CommandMap::Instruction;
    const bool cancel = op.value(u"type"_s).toString() == "instruction.cancel"_L1;
    const QString uid = op.value(u"uid"_s).toString();
    const QString recipient = op.value(u"recipient"_s).toString();
    if (uid.isEmpty() || uid.size() > 64 || (!cancel && recipient.isEmpty()))
        return refused(u"指令反馈应有uid和recipient (an answer names the instruction and the "
                       u"recipient)"_s);
    const PgResult row = c.execPrepared(
        "sync_instruction_lock",
        "SELECT body::text, unit FROM instruction WHERE uid = $1 FOR UPDATE", {pgText(uid)});
    // The recipient answers their own; anyone else records an answer within their scope.
    if (!row.rows() || (!inScope(c, user, row.text(0, 1)) && (cancel || user.name != recipient)))
        return withdrawn(u"指令不存在或不在您的管辖范围内 (no such instruction in your scope)"_s,
                         u"instruction"_s, uid);
    const auto withRecord = [&](QJsonObject result) {
        result.insert(u"instruction"_s, recordBody(c, u"instruction"_s, uid));
        return result;
    };
    auto current = Instruction::fromJson(jsonOf(row.bytes(0, 0)));
    if (!current)
        return withRecord(refused(u"指令记录无法读取 (the stored instruction cannot be read)"_s));
    Instruction i = std::move(current).value();
    // Who did it is the account that sends it; when, as the workstation recorded it.
    const qint64 at = timeOf(op, QDateTime::currentMSecsSinceEpoch());
    Result<void> done;
    if (cancel) {
        done = i.cancel(user.name, at, op.value(u"reason"_s).toString());
    } else {
        Instruction::Step step = Instruction::stepFromJson(op.value(u"step"_s).toObject());
        step.actor = user.name;
        step.atMs = at;
        done = i.advance(recipient, step);
    }
    if (!done) {
        // Someone recorded another answer first (or the workflow forbids it): as it is now.
        const bool raced = done.error().code == u"refused"_s;
        return withRecord(raced ? answer(u"conflict"_s, done.error().message)
                                : refused(done.error().message));
    }
    c.execPrepared("sync_instruction_save",
                   "UPDATE instruction SET body = $2::jsonb, closed = $3, version = version + 1 "
                   "WHERE uid = $1",
                   {pgText(uid), QJsonDocument(i.toJson()).toJson(QJsonDocument::Compact),
                    PgParam(i.isClosed() ? "t" : "f")});
    return withRecord(answer(u"applied"_s, u"成功"_s));
}

QJsonObject SyncApi::pushToWall(PgConnection &c, const AccountsApi::User &user,
                                const QJsonObject &op)
{
    const QString camera = op.value(u"cameraId"_s).toString();
    if (camera.isEmpty() || camera.size() > 200)
        return refused(u"上墙应有cameraId (a wall push needs a camera)"_s);
    // The newest first, each camera once, at most four: as the wall shows them.
    const PgResult row = c.execPrepared("sync_wall_lock",
                                        "SELECT cameras::text FROM wall WHERE unit = $1 FOR UPDATE",
                                        {pgText(user.unit)});
    QJsonArray cameras{camera};
    if (row.rows())
        for (const QJsonValue &v : QJsonDocument::fromJson(row.bytes(0, 0)).array())
            if (v.toString() != camera && cameras.size() < 4)
                cameras.append(v);
    c.execPrepared("sync_wall_push",
                   "INSERT INTO wall (unit, cameras, sent_by, sent_ms) VALUES ($1, $2::jsonb, $3, "
                   "$4) ON CONFLICT (unit) DO UPDATE SET cameras = excluded.cameras, sent_by = "
                   "excluded.sent_by, sent_ms = excluded.sent_ms",
                   {pgText(user.unit), QJsonDocument(cameras).toJson(QJsonDocument::Compact),
                    pgText(user.name), pgNumber(timeOf(op, QDateTime::currentMSecsSinceEpoch()))});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"wall"_s, recordBody(c, u"wall"_s, user.unit));
    return result;
}

QJsonObject SyncApi::changeRule(PgConnection &c, const AccountsApi::User &user,
                                const QJsonObject &op)
{
    static const QStringList fields{u"enabled"_s, u"score"_s, u"deadline"_s, u"lead"_s};
    const QString id = op.value(u"id"_s).toString();
    const QString ruleId = op.value(u"ruleId"_s).toString();
    const QString field = op.value(u"field"_s).toString();
    const QString before = op.value(u"before"_s).toString();
    const QString value = op.value(u"value"_s).toString();
    const QString reason = op.value(u"reason"_s).toString().trimmed();
    if (ruleId.isEmpty() || ruleId.size() > 100 || !fields.contains(field) || value.size() > 100 ||
        before.size() > 100 || reason.isEmpty() || reason.size() > 2000)
        return refused(u"规则设置应有ruleId、field (enabled/score/deadline/lead)、value和reason "
                       u"(a rule change needs the rule, the field, the value and why)"_s);
    // The rule's current settings, or none (the catalogue's values), locked until the commit.
    const PgResult row = c.execPrepared(
        "sync_rule_lock",
        "SELECT enabled, score, deadline, lead FROM rule_setting WHERE rule_id = $1 FOR UPDATE",
        {pgText(ruleId)});
    const auto current = [&] {
        QJsonObject body{{u"ruleId"_s, ruleId}};
        for (int i = 0; i < fields.size(); ++i)
            body.insert(fields[i], row.rows() && !row.isNull(0, i) ? QJsonValue(row.text(0, i))
                                                                   : QJsonValue());
        return body;
    };
    // Refused or lost: the workstation takes the service's settings back, and forgets the
    // change it recorded in its history.
    const auto undone = [&](QJsonObject result) {
        result.insert(u"rule"_s, row.rows() ? recordBody(c, u"rule"_s, ruleId) : current());
        result.insert(u"gone"_s, QJsonObject{{u"kind"_s, u"ruleaudit"_s}, {u"key"_s, id}});
        return result;
    };
    if (user.role != "legal"_L1 && user.role != "leader"_L1 && user.role != "admin"_L1)
        return undone(refused(u"规则由法制部门或领导修改 (the rules are changed by a legal officer "
                              u"or a leader)"_s));
    const QString now = current().value(field).toString();
    if (now != before) {
        const PgResult last = c.execPrepared(
            "sync_rule_last",
            "SELECT actor, time_ms FROM rule_setting_change WHERE rule_id = $1 AND field = $2 "
            "ORDER BY time_ms DESC, uid LIMIT 1",
            {pgText(ruleId), pgText(field)});
        const QString winner = last.rows() ? last.text(0, 0) : QString();
        QJsonObject result = answer(
            u"conflict"_s, u"规则%1的%2已由%3改为「%4」 (changed by someone else first)"_s.arg(
                               ruleId, field, winner, now.isEmpty() ? u"目录值"_s : now));
        if (last.rows())
            result.insert(u"winner"_s, QJsonObject{{u"actor"_s, winner},
                                                   {u"timeMs"_s, double(last.number(0, 1))}});
        return undone(result);
    }
    const qint64 timeMs = timeOf(op, QDateTime::currentMSecsSinceEpoch());
    // The field's name is one of four fixed words, checked above.
    c.execPrepared((u"sync_rule_set_"_s + field).toUtf8().constData(),
                   u"INSERT INTO rule_setting (rule_id, %1, changed_by, changed_ms) VALUES ($1, "
                   u"nullif($2, ''), $3, $4) ON CONFLICT (rule_id) DO UPDATE SET %1 = "
                   u"excluded.%1, changed_by = excluded.changed_by, changed_ms = "
                   u"excluded.changed_ms"_s.arg(field)
                       .toUtf8()
                       .constData(),
                   {pgText(ruleId), pgText(value), pgText(user.name), pgNumber(timeMs)});
    c.execPrepared("sync_rule_audit",
                   "INSERT INTO rule_setting_change (uid, time_ms, actor, rule_id, field, "
                   "old_value, new_value, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                   {pgText(id), pgNumber(timeMs), pgText(user.name), pgText(ruleId), pgText(field),
                    pgText(op.value(u"oldValue"_s).toString().left(100)), pgText(value),
                    pgText(reason)});
    QJsonObject result = answer(u"applied"_s, u"成功"_s);
    result.insert(u"rule"_s, recordBody(c, u"rule"_s, ruleId));
    result.insert(u"ruleaudit"_s, recordBody(c, u"ruleaudit"_s, id));
    return result;
}

} // namespace Jiandu::Central
