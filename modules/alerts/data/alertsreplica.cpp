#include "alertsreplica.h"

#include "rulesettingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <core/problem.h>
#include <storage/boundquery.h>
#include <storage/filecatalog.h>
#include <storage/outbox.h>
#include <storage/sqlerror.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

Error failed(const QSqlQuery &q)
{
    return Error{AlertsReplica::tr("A record from the central service could not be stored."),
                 describeSqlError(q.lastError())};
}

QVariant orNull(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
}

// "Silenced" for good: the end of year 9999.
constexpr qint64 kForeverMs = 253402300799000;

qint64 number(const QJsonObject &o, const QString &name, qint64 otherwise = 0)
{
    const QJsonValue v = o.value(name);
    return v.isDouble() ? qint64(v.toDouble()) : otherwise;
}

} // namespace

QStringList AlertsReplica::kinds() const
{
    return {u"alert"_s, u"problem"_s, u"rule"_s, u"ruleaudit"_s};
}

Result<void> AlertsReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    if (change.kind == u"alert"_s) {
        bool ok = false;
        const qint64 id = change.key.toLongLong(&ok);
        if (!ok)
            return Error{tr("The central service sent an alert without a number."), change.key};
        // An alert the account may not hold (any longer) goes; the service keeps it.
        return change.deleted || change.withdrawn ? removeAlert(db, id)
                                                  : applyAlert(db, change.body);
    }
    if (change.kind == u"problem"_s) {
        if (change.withdrawn)
            return keepApart(db, change.key);
        return change.deleted ? removeProblem(db, change.key) : applyProblem(db, change.body);
    }
    if (change.kind == u"rule"_s) {
        if (change.withdrawn)
            return {};
        return change.deleted ? RuleSettingsRepository(db).removeRemote(change.key)
                              : RuleSettingsRepository(db).applyRemote(change.body);
    }
    if (change.kind == u"ruleaudit"_s) {
        return change.deleted || change.withdrawn
                   ? RuleSettingsRepository(db).removeChange(change.key)
                   : RuleSettingsRepository(db).applyRemoteChange(change.body);
    }
    return Error{tr("Records of kind %1 are not kept here.").arg(change.kind), {}};
}

Result<void> AlertsReplica::applyAlert(QSqlDatabase &db, const QJsonObject &a)
{
    const qint64 centralId = number(a, u"id"_s);
    const QString ruleId = a.value(u"ruleId"_s).toString();
    const QString subjectKey = a.value(u"subjectKey"_s).toString();
    if (centralId <= 0 || ruleId.isEmpty() || subjectKey.isEmpty())
        return Error{tr("The central service sent an alert without its rule or subject."), {}};
    const bool live = a.value(u"resolvedMs"_s).isNull() || a.value(u"resolvedMs"_s).isUndefined();
    QSqlQuery q(db);
    // Known by its central id; or, still live, the same alert this workstation's engine raised
    // (the same rule and subject, live, never shared), which becomes the central one.
    if (!execBound(q, u"SELECT id FROM alert WHERE central_id = ?"_s, {centralId}))
        return failed(q);
    qint64 local = q.next() ? q.value(0).toLongLong() : 0;
    struct Adopted
    {
        QVariant ackBy, ackMs, ackNote, problemId;
    };
    std::optional<Adopted> adopted;
    if (!local && live) {
        if (!execBound(q,
                       u"SELECT id, ack_by, ack_ms, ack_note, problem_id FROM alert"
                       " WHERE rule_id = ? AND subject_key = ? AND resolved_ms IS NULL"
                       " AND central_id IS NULL"_s,
                       {ruleId, subjectKey}))
            return failed(q);
        if (q.next()) {
            local = q.value(0).toLongLong();
            adopted = Adopted{q.value(1), q.value(2), q.value(3), q.value(4)};
        }
    }
    // One live alert per rule and subject: another still live here (an older central alert
    // whose resolution this workstation has not read yet) is over now.
    if (live &&
        !execBound(q,
                   u"UPDATE alert SET resolved_ms = ?, resolved_reason = ?"
                   " WHERE rule_id = ? AND subject_key = ? AND resolved_ms IS NULL AND id <> ?"_s,
                   {number(a, u"raisedMs"_s), tr("superseded by a newer alert"), ruleId, subjectKey,
                    local}))
        return failed(q);
    const QJsonValue subject = a.value(u"subject"_s);
    const QString subjectJson =
        subject.isObject()
            ? QString::fromUtf8(QJsonDocument(subject.toObject()).toJson(QJsonDocument::Compact))
            : u"{}"_s;
    const QString caseId = subject.toObject().value(u"caseId"_s).toString();
    QVariant ackBy = orNull(a.value(u"ackBy"_s));
    QVariant ackMs = number(a, u"ackMs"_s);
    QVariant ackNote = orNull(a.value(u"ackNote"_s));
    const QString problemUid = a.value(u"problem"_s).toString();
    QVariant problemId;
    if (!problemUid.isEmpty()) {
        if (!execBound(q, u"SELECT id FROM problem WHERE uid = ?"_s, {problemUid}))
            return failed(q);
        if (q.next())
            problemId = q.value(0);
    }
    if (adopted) {
        // What was done here before the alert was known to be the central one is kept, and an
        // acknowledgement is sent to the service in the name of whoever made it.
        if (problemId.isNull())
            problemId = adopted->problemId;
        if (ackBy.isNull() && !adopted->ackBy.isNull()) {
            ackBy = adopted->ackBy;
            ackMs = adopted->ackMs;
            ackNote = adopted->ackNote;
            const QJsonObject op{{u"alert"_s, double(centralId)},
                                 {u"note"_s, ackNote.toString()},
                                 {u"message"_s, a.value(u"message"_s).toString()},
                                 {u"timeMs"_s, double(ackMs.toLongLong())}};
            if (auto queued =
                    Outbox(db).append(u"alert.acknowledge"_s, u"alert:%1"_s.arg(centralId),
                                      ackBy.toString(), op, ackMs.toLongLong());
                !queued)
                return queued.error();
        }
    }
    const int status = !problemId.isNull() ? 2 : ackBy.isNull() ? 0 : 1;
    // Raised by the central engine while a silence held: listed, not announced.
    const bool suppressed = a.value(u"suppressed"_s).toBool();
    const QVariantList values{centralId,
                              ruleId,
                              subjectKey,
                              a.value(u"element"_s).toString(),
                              a.value(u"unit"_s).toString(),
                              int(number(a, u"tier"_s)),
                              a.value(u"colour"_s).toString(),
                              int(number(a, u"score"_s)),
                              a.value(u"message"_s).toString(),
                              subjectJson,
                              number(a, u"raisedMs"_s),
                              number(a, u"deadlineMs"_s, -1),
                              orNull(a.value(u"resolvedMs"_s)),
                              orNull(a.value(u"resolveReason"_s)),
                              ackBy,
                              ackMs,
                              ackNote,
                              problemId,
                              status,
                              caseId.isEmpty() ? QVariant() : QVariant(caseId),
                              suppressed ? QVariant(u"central"_s) : QVariant(),
                              suppressed ? QVariant(tr("raised while a silence held")) : QVariant(),
                              suppressed ? kForeverMs : 0};
    if (local) {
        QVariantList update = values;
        update.append(local);
        if (!execBound(
                q,
                u"UPDATE alert SET central_id = ?, rule_id = ?, subject_key = ?, element = ?,"
                " unit = ?, tier = ?, colour = ?, score = ?, message = ?, subject = ?,"
                " raised_ms = ?, deadline_ms = ?, resolved_ms = ?, resolved_reason = ?,"
                " ack_by = ?, ack_ms = ?, ack_note = ?, problem_id = ?, status = ?, case_id = ?,"
                " suppressed_by = coalesce(?, suppressed_by),"
                " suppress_reason = coalesce(?, suppress_reason),"
                " suppressed_until = max(?, suppressed_until) WHERE id = ?"_s,
                update))
            return failed(q);
        return {};
    }
    if (!execBound(
            q,
            u"INSERT INTO alert (central_id, rule_id, subject_key, element, unit, tier, colour,"
            " score, message, subject, raised_ms, deadline_ms, resolved_ms, resolved_reason,"
            " ack_by, ack_ms, ack_note, problem_id, status, case_id, suppressed_by,"
            " suppress_reason, suppressed_until)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            values))
        return failed(q);
    return {};
}

Result<void> AlertsReplica::removeAlert(QSqlDatabase &db, qint64 centralId)
{
    QSqlQuery q(db);
    if (!execBound(q, u"DELETE FROM alert WHERE central_id = ?"_s, {centralId}))
        return failed(q);
    return {};
}

Result<void> AlertsReplica::applyProblem(QSqlDatabase &db, const QJsonObject &p)
{
    const QString uid = p.value(u"uid"_s).toString();
    const QString title = p.value(u"title"_s).toString();
    if (uid.isEmpty() || title.isEmpty())
        return Error{tr("The central service sent a problem without its id or title."), {}};
    QSqlQuery q(db);
    qint64 alertId = 0;
    if (const qint64 centralAlert = number(p, u"alertId"_s); centralAlert > 0) {
        if (!execBound(q, u"SELECT id FROM alert WHERE central_id = ?"_s, {centralAlert}))
            return failed(q);
        alertId = q.next() ? q.value(0).toLongLong() : 0;
    }
    const int stage =
        int(std::clamp<qint64>(number(p, u"stage"_s), 0, qint64(ProblemStage::Dismissed)));
    QVariantList values{alertId ? QVariant(alertId) : QVariant(),
                        p.value(u"ruleId"_s).toString(),
                        title,
                        p.value(u"element"_s).toString(),
                        p.value(u"unit"_s).toString(),
                        p.value(u"caseId"_s).toString(),
                        int(number(p, u"score"_s)),
                        stage,
                        number(p, u"createdMs"_s),
                        p.value(u"createdBy"_s).toString(),
                        number(p, u"stageSinceMs"_s),
                        number(p, u"dueMs"_s),
                        int(number(p, u"rounds"_s)),
                        uid};
    if (!execBound(q, u"SELECT id FROM problem WHERE uid = ?"_s, {uid}))
        return failed(q);
    qint64 local = q.next() ? q.value(0).toLongLong() : 0;
    if (local) {
        if (!execBound(
                q,
                // An alert only this workstation knows keeps its link.
                u"UPDATE problem SET alert_id = coalesce(?, alert_id), rule_id = ?, title = ?,"
                " element = ?, unit = ?, case_id = ?, score = ?, stage = ?, created_ms = ?,"
                " created_by = ?, stage_since_ms = ?, due_ms = ?, rounds = ?, local_only = 0"
                " WHERE uid = ?"_s,
                values))
            return failed(q);
    } else {
        if (!execBound(q,
                       u"INSERT INTO problem (alert_id, rule_id, title, element, unit, case_id,"
                       " score, stage, created_ms, created_by, stage_since_ms, due_ms, rounds, uid)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       values))
            return failed(q);
        local = q.lastInsertId().toLongLong();
    }

    // The history is the service's: steps it does not have go (refused, or lost to another
    // officer's), steps it has and this workstation lacks are added in its order. The
    // workstation's own reminders (the system's) stay: they are never sent.
    const QJsonArray steps = p.value(u"steps"_s).toArray();
    QSet<QString> kept;
    for (const QJsonValue &s : steps)
        kept.insert(s.toObject().value(u"uid"_s).toString());
    if (!execBound(q, u"SELECT id, uid, role FROM problem_step WHERE problem_id = ?"_s, {local}))
        return failed(q);
    QSet<QString> present;
    QList<qint64> gone;
    while (q.next()) {
        if (q.value(2).toInt() == int(ProblemRole::System))
            continue;
        if (kept.contains(q.value(1).toString()))
            present.insert(q.value(1).toString());
        else
            gone.append(q.value(0).toLongLong());
    }
    for (const qint64 id : gone) {
        if (!execBound(q, u"DELETE FROM problem_attachment WHERE step_id = ?"_s, {id}) ||
            !execBound(q, u"DELETE FROM problem_step WHERE id = ?"_s, {id}))
            return failed(q);
    }
    for (const QJsonValue &value : steps) {
        const QJsonObject s = value.toObject();
        const QString stepUid = s.value(u"uid"_s).toString();
        if (stepUid.isEmpty() || present.contains(stepUid))
            continue;
        if (!execBound(q,
                       u"INSERT INTO problem_step (uid, problem_id, time_ms, actor, role, action,"
                       " from_stage, to_stage, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {stepUid, local, number(s, u"timeMs"_s), s.value(u"actor"_s).toString(),
                        int(number(s, u"role"_s)), int(number(s, u"action"_s)),
                        int(number(s, u"from"_s)), int(number(s, u"to"_s)),
                        s.value(u"note"_s).toString()}))
            return failed(q);
        const qint64 stepId = q.lastInsertId().toLongLong();
        // Attachments are known by name, size and hash; the file comes by its hash.
        for (const QJsonValue &av : s.value(u"attachments"_s).toArray()) {
            const QJsonObject a = av.toObject();
            if (!execBound(q,
                           u"INSERT INTO problem_attachment (step_id, name, path, bytes, sha256)"
                           " VALUES (?, ?, '', ?, ?)"_s,
                           {stepId, a.value(u"name"_s).toString(), number(a, u"bytes"_s),
                            a.value(u"sha256"_s).toString()}))
                return failed(q);
            if (auto wanted =
                    FileCatalog(db).want(a.value(u"sha256"_s).toString(), number(a, u"bytes"_s));
                !wanted)
                return wanted.error();
        }
    }
    if (alertId && !execBound(q, u"UPDATE alert SET problem_id = ?, status = 2 WHERE id = ?"_s,
                              {local, alertId}))
        return failed(q);
    return {};
}

Result<void> AlertsReplica::keepApart(QSqlDatabase &db, const QString &uid)
{
    // Refused by the service: this workstation keeps the officer's work, marked as its own.
    QSqlQuery q(db);
    if (!execBound(q, u"UPDATE problem SET local_only = 1 WHERE uid = ?"_s, {uid}))
        return failed(q);
    return {};
}

Result<void> AlertsReplica::removeProblem(QSqlDatabase &db, const QString &uid)
{
    QSqlQuery q(db);
    if (!execBound(q,
                   u"UPDATE alert SET problem_id = NULL, status = CASE WHEN ack_by IS NULL THEN 0"
                   " ELSE 1 END WHERE problem_id = (SELECT id FROM problem WHERE uid = ?)"_s,
                   {uid}) ||
        !execBound(
            q,
            u"DELETE FROM problem_attachment WHERE step_id IN (SELECT s.id FROM problem_step s"
            " JOIN problem p ON p.id = s.problem_id WHERE p.uid = ?)"_s,
            {uid}) ||
        !execBound(
            q,
            u"DELETE FROM problem_step WHERE problem_id = (SELECT id FROM problem WHERE uid = ?)"_s,
            {uid}) ||
        !execBound(q, u"DELETE FROM problem WHERE uid = ?"_s, {uid}))
        return failed(q);
    return {};
}

} // namespace Jiandu
