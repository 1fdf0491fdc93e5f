#include "alertrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

const QString kColumns =
    u"SELECT id, rule_id, subject_key, element, unit, tier, colour, score, message, subject,"
    " raised_ms, deadline_ms, status, resolved_ms, resolved_reason, ack_by, ack_ms, ack_note,"
    " suppressed_by, suppress_reason, suppressed_until, problem_id, claimed_by, claimed_ms,"
    " appeal_state, appeal_by, appeal_reason, appeal_ms, appeal_decided_by, appeal_decision,"
    " escalated_ms FROM alert "_s;

AlertRecord readAlert(const QSqlQuery &q)
{
    AlertRecord a;
    a.id = q.value(0).toLongLong();
    a.ruleId = q.value(1).toString();
    a.subjectKey = q.value(2).toString();
    a.element = q.value(3).toString();
    a.unit = q.value(4).toString();
    a.tier = Tier(std::clamp(q.value(5).toInt(), 1, 3));
    a.colour = q.value(6).toString();
    a.score = q.value(7).toInt();
    a.message = q.value(8).toString();
    a.subjectJson = q.value(9).toString();
    a.raisedMs = q.value(10).toLongLong();
    a.deadlineMs = q.value(11).toLongLong();
    a.resolvedMs = q.value(13).toLongLong();
    a.status = AlertRepository::effectiveStatus(q.value(12).toInt(), !q.value(13).isNull());
    a.resolvedReason = q.value(14).toString();
    a.acknowledgedBy = q.value(15).toString();
    a.acknowledgedMs = q.value(16).toLongLong();
    a.acknowledgeNote = q.value(17).toString();
    a.suppressedBy = q.value(18).toString();
    a.suppressReason = q.value(19).toString();
    a.suppressedUntilMs = q.value(20).toLongLong();
    a.problemId = q.value(21).toLongLong();
    a.claimedBy = q.value(22).toString();
    a.claimedMs = q.value(23).toLongLong();
    a.appeal = AlertRecord::Appeal(std::clamp(q.value(24).toInt(), 0, 3));
    a.appealBy = q.value(25).toString();
    a.appealReason = q.value(26).toString();
    a.appealMs = q.value(27).toLongLong();
    a.appealDecidedBy = q.value(28).toString();
    a.appealDecision = q.value(29).toString();
    a.escalatedMs = q.value(30).toLongLong();
    return a;
}

} // namespace

AlertRepository::Summary AlertRepository::summaryOf(const AlertRecord &a)
{
    return {a.id,     a.raisedMs, a.deadlineMs, a.suppressedUntilMs, a.tier,
            a.status, a.element,  a.unit,       a.escalatedMs > 0};
}

AlertRepository::AlertRepository(QSqlDatabase db)
    : m_db(db)
{}

AlertRecord::Status AlertRepository::effectiveStatus(int handling, bool resolved)
{
    if (resolved)
        return AlertRecord::Status::Resolved;
    return AlertRecord::Status(std::clamp(handling, 0, 2));
}

Result<std::pair<qint64, bool>> AlertRepository::raise(const AlertRecord &a)
{
    QSqlQuery q(m_db);
    // The case it concerns, in a column of its own for the statistics.
    const QString caseId =
        QJsonDocument::fromJson(a.subjectJson.toUtf8()).object().value(u"caseId"_s).toString();
    q.prepare(u"INSERT OR IGNORE INTO alert (rule_id, subject_key, element, unit, tier, colour,"
              " score, message, subject, raised_ms, deadline_ms, suppressed_by, suppress_reason,"
              " suppressed_until, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(a.ruleId), QVariant(a.subjectKey), QVariant(a.element), QVariant(a.unit),
          QVariant(int(a.tier)), QVariant(a.colour), QVariant(a.score), QVariant(a.message),
          QVariant(a.subjectJson), QVariant(a.raisedMs), QVariant(a.deadlineMs),
          QVariant(a.suppressedBy), QVariant(a.suppressReason), QVariant(a.suppressedUntilMs),
          caseId.isEmpty() ? QVariant() : QVariant(caseId)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The alert could not be stored."), q.lastError().text()};
    if (q.numRowsAffected() == 1)
        return std::pair{q.lastInsertId().toLongLong(), true};
    QSqlQuery live(m_db);
    live.prepare(u"SELECT id FROM alert WHERE rule_id = ? AND subject_key = ?"
                 " AND resolved_ms IS NULL"_s);
    live.addBindValue(a.ruleId);
    live.addBindValue(a.subjectKey);
    if (!live.exec() || !live.next())
        return Error{tr("The alert could not be stored."), live.lastError().text()};
    return std::pair{live.value(0).toLongLong(), false};
}

Result<qint64> AlertRepository::resolve(const QString &ruleId, const QString &subjectKey,
                                        qint64 atMs, const QString &reason)
{
    QSqlQuery live(m_db);
    live.prepare(u"SELECT id FROM alert WHERE rule_id = ? AND subject_key = ?"
                 " AND resolved_ms IS NULL"_s);
    live.addBindValue(ruleId);
    live.addBindValue(subjectKey);
    if (!live.exec())
        return Error{tr("The alert could not be updated."), live.lastError().text()};
    if (!live.next())
        return 0;
    const qint64 id = live.value(0).toLongLong();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET resolved_ms = ?, resolved_reason = ? WHERE id = ?"_s);
    q.addBindValue(atMs);
    q.addBindValue(reason);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The alert could not be updated."), q.lastError().text()};
    return id;
}

Result<void> AlertRepository::acknowledge(qint64 id, const QString &by, const QString &note,
                                          qint64 atMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET ack_by = ?, ack_ms = ?, ack_note = ?,"
              " status = CASE WHEN status = 0 THEN 1 ELSE status END WHERE id = ?"_s);
    q.addBindValue(by);
    q.addBindValue(atMs);
    q.addBindValue(note);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The alert could not be acknowledged."), q.lastError().text()};
    if (q.numRowsAffected() != 1)
        return Error{tr("The alert no longer exists."), {}};
    // An alert the central engine raised is acknowledged there too.
    QSqlQuery central(m_db);
    central.prepare(
        u"SELECT central_id, message FROM alert WHERE id = ? AND central_id IS NOT NULL"_s);
    central.addBindValue(id);
    if (!central.exec())
        return Error{tr("The alert could not be acknowledged."), central.lastError().text()};
    if (central.next()) {
        const qint64 centralId = central.value(0).toLongLong();
        const QJsonObject op{{u"alert"_s, double(centralId)},
                             {u"note"_s, note},
                             {u"message"_s, central.value(1).toString()}};
        if (auto queued = Outbox(m_db).append(u"alert.acknowledge"_s, u"alert:%1"_s.arg(centralId),
                                              by, op, atMs);
            !queued)
            return queued.error();
    }
    if (!transaction.commit())
        return Error{tr("The alert could not be acknowledged."), m_db.lastError().text()};
    return {};
}

Result<void> AlertRepository::suppress(qint64 id, const QString &by, const QString &reason,
                                       qint64 untilMs)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the alert is silenced."), {}};
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET suppressed_by = ?, suppress_reason = ?, suppressed_until = ?"
              " WHERE id = ?"_s);
    q.addBindValue(by);
    q.addBindValue(reason);
    q.addBindValue(untilMs);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The alert could not be silenced."), q.lastError().text()};
    if (q.numRowsAffected() != 1)
        return Error{tr("The alert no longer exists."), {}};
    return {};
}

Result<void> AlertRepository::claim(qint64 id, const QString &by, qint64 atMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET claimed_by = ?, claimed_ms = ? WHERE id = ?"_s);
    q.addBindValue(by);
    q.addBindValue(atMs);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The alert could not be taken on."), q.lastError().text()};
    if (q.numRowsAffected() != 1)
        return Error{tr("The alert no longer exists."), {}};
    return {};
}

Result<void> AlertRepository::appeal(qint64 id, const QString &by, const QString &reason,
                                     qint64 atMs)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("An appeal needs its grounds."), {}};
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET appeal_state = 1, appeal_by = ?, appeal_reason = ?,"
              " appeal_ms = ?, appeal_decided_by = NULL, appeal_decision = NULL"
              " WHERE id = ? AND appeal_state <> 1 AND resolved_ms IS NULL"_s);
    q.addBindValue(by);
    q.addBindValue(reason);
    q.addBindValue(atMs);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The appeal could not be stored."), q.lastError().text()};
    if (q.numRowsAffected() != 1)
        return Error{tr("The alert is closed or already under appeal."), {}};
    return {};
}

Result<void> AlertRepository::decideAppeal(qint64 id, const QString &by, bool upheld,
                                           const QString &note, const QString &upheldReason,
                                           qint64 atMs)
{
    // The decision and, when upheld, the alert's end: both or neither.
    if (!m_db.transaction())
        return Error{tr("The decision could not be stored."), m_db.lastError().text()};
    auto decided = recordDecision(id, by, upheld, note);
    if (decided && upheld) {
        const auto alert = get(id);
        if (!alert || !*alert)
            decided = Error{tr("The alert no longer exists."), {}};
        else if (auto closed = resolve((*alert)->ruleId, (*alert)->subjectKey, atMs, upheldReason);
                 !closed)
            decided = closed.error();
    }
    if (!decided || !m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return decided ? Error{tr("The decision could not be stored."), why} : decided;
    }
    return {};
}

Result<void> AlertRepository::recordDecision(qint64 id, const QString &by, bool upheld,
                                             const QString &note)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET appeal_state = ?, appeal_decided_by = ?, appeal_decision = ?"
              " WHERE id = ? AND appeal_state = 1"_s);
    q.addBindValue(int(upheld ? AlertRecord::Appeal::Upheld : AlertRecord::Appeal::Rejected));
    q.addBindValue(by);
    q.addBindValue(note);
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The decision could not be stored."), q.lastError().text()};
    if (q.numRowsAffected() != 1)
        return Error{tr("The alert has no appeal waiting for a decision."), {}};
    return {};
}

Result<void> AlertRepository::escalate(const QList<qint64> &ids, qint64 atMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE alert SET escalated_ms = ? WHERE id = ? AND escalated_ms = 0"_s);
    for (qint64 id : ids) {
        q.addBindValue(atMs);
        q.addBindValue(id);
        if (!q.exec())
            return Error{tr("The escalation could not be stored."), q.lastError().text()};
    }
    return {};
}

Result<QSet<qint64>> AlertRepository::search(const QString &text, const QStringList &ruleIds)
{
    QSet<qint64> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    // The words as typed, anywhere in the message or the subject's fields; the rules whose
    // names hold them (matched by the caller, which knows the names in every language).
    QString escaped = needle;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    QString sql = u"SELECT id FROM alert WHERE message LIKE ? ESCAPE '\\'"
                  " OR subject LIKE ? ESCAPE '\\'"_s;
    if (!ruleIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < ruleIds.size(); ++i)
            marks.append(u"?"_s);
        sql += u" OR rule_id IN (%1)"_s.arg(marks.join(u','));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(u'%' + escaped + u'%');
    q.addBindValue(u'%' + escaped + u'%');
    for (const QString &id : ruleIds)
        q.addBindValue(id);
    if (!q.exec())
        return Error{tr("The alerts could not be searched."), q.lastError().text()};
    while (q.next())
        found.insert(q.value(0).toLongLong());
    return found;
}

Result<QList<AlertRecord>> AlertRepository::raisedBetween(qint64 fromMs, qint64 toMs,
                                                          const QString &element)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(
            q,
            kColumns +
                u"WHERE raised_ms >= ? AND raised_ms < ? AND element = ? ORDER BY raised_ms"_s,
            {fromMs, toMs, element}))
        return Error{tr("The alerts could not be read."), q.lastError().text()};
    QList<AlertRecord> alerts;
    while (q.next())
        alerts.append(readAlert(q));
    return alerts;
}

Result<std::optional<AlertRecord>> AlertRepository::get(qint64 id)
{
    auto found = get(QList<qint64>{id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<AlertRecord>{};
    return std::optional<AlertRecord>{found->constFirst()};
}

Result<QList<AlertRecord>> AlertRepository::get(const QList<qint64> &ids)
{
    QList<AlertRecord> result;
    if (ids.isEmpty())
        return result;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kColumns + u"WHERE id IN (%1)"_s.arg(list.join(u','))))
        return Error{tr("The alerts could not be read."), q.lastError().text()};
    QHash<qint64, AlertRecord> byId;
    while (q.next()) {
        AlertRecord a = readAlert(q);
        byId.insert(a.id, std::move(a));
    }
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            result.append(it.value());
    }
    return result;
}

Result<void> AlertRepository::scan(const std::function<void(const Summary &)> &visit,
                                   qint64 afterId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, raised_ms, deadline_ms, suppressed_until, tier, status,"
              " resolved_ms IS NOT NULL, element, unit, escalated_ms > 0 FROM alert"
              " WHERE id > ? ORDER BY id"_s);
    q.addBindValue(afterId);
    if (!q.exec())
        return Error{tr("The alerts could not be read."), q.lastError().text()};
    Summary s;
    while (q.next()) {
        s.id = q.value(0).toLongLong();
        s.raisedMs = q.value(1).toLongLong();
        s.deadlineMs = q.value(2).toLongLong();
        s.suppressedUntilMs = q.value(3).toLongLong();
        s.tier = Tier(std::clamp(q.value(4).toInt(), 1, 3));
        s.status = effectiveStatus(q.value(5).toInt(), q.value(6).toBool());
        s.element = q.value(7).toString();
        s.unit = q.value(8).toString();
        s.escalated = q.value(9).toBool();
        visit(s);
    }
    return {};
}

Result<qint64> AlertRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM alert"_s) || !q.next())
        return Error{tr("The alerts could not be counted."), q.lastError().text()};
    return q.value(0).toLongLong();
}

Result<void> AlertRepository::recordConsumed(const FeedFile &file, qint64 atMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO consumed_feed (name, sha256, bytes, consumed_ms)"
              " VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(file.name);
    q.addBindValue(file.sha256);
    q.addBindValue(file.bytes);
    q.addBindValue(atMs);
    if (!q.exec())
        return Error{tr("The feed file %1 could not be recorded as read.").arg(file.name),
                     describeSqlError(q.lastError())};
    return {};
}

Result<bool> AlertRepository::consumed(const FeedFile &file)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM consumed_feed WHERE sha256 = ? AND bytes = ? AND name = ?"_s);
    q.addBindValue(file.sha256);
    q.addBindValue(file.bytes);
    q.addBindValue(file.name);
    if (!q.exec())
        return Error{tr("The list of feed files read cannot be read."), q.lastError().text()};
    return q.next();
}

Result<void> AlertRepository::saveEngineState(const RuleEngine::StateChanges &changes,
                                              qint64 savedMs)
{
    const auto failed = [](const QSqlQuery &q) -> Error {
        return Error{tr("The rule engine's state could not be saved."),
                     describeSqlError(q.lastError())};
    };
    QSqlQuery q(m_db);
    if (changes.complete) {
        for (const QString &table :
             {u"rule_state_subject"_s, u"rule_state_entry"_s, u"rule_engine_state"_s}) {
            if (!q.exec(u"DELETE FROM %1"_s.arg(table)))
                return failed(q);
        }
    }
    q.prepare(u"INSERT OR REPLACE INTO rule_state_global (id, saved_ms, state) VALUES (1, ?, ?)"_s);
    q.addBindValue(savedMs);
    q.addBindValue(changes.global);
    if (!q.exec())
        return failed(q);
    // After emptying the tables (a complete save) rows are only added: a plain INSERT spares
    // SQLite a statement journal per row.
    const QString insert = changes.complete ? u"INSERT"_s : u"INSERT OR REPLACE"_s;
    if (!changes.subjects.empty()) {
        q.prepare(insert + u" INTO rule_state_subject (subject, fields) VALUES (?, ?)"_s);
        for (const auto &[subject, fields] : changes.subjects) {
            q.bindValue(0, subject);
            q.bindValue(1, fields);
            if (!q.exec())
                return failed(q);
        }
    }
    if (!changes.entries.empty()) {
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM rule_state_entry WHERE subject = ? AND rule_id = ?"_s);
        q.prepare(insert + u" INTO rule_state_entry (subject, rule_id, state) VALUES (?, ?, ?)"_s);
        for (const auto &[subject, rule, state] : changes.entries) {
            QSqlQuery &use = state.isEmpty() ? remove : q;
            use.bindValue(0, subject);
            use.bindValue(1, rule);
            if (!state.isEmpty())
                use.bindValue(2, state);
            if (!use.exec())
                return failed(use);
        }
    }
    return {};
}

Result<AlertRepository::Restored> AlertRepository::loadEngineState(RuleEngine &engine)
{
    const auto unreadable = [](const QSqlQuery &q) -> Error {
        return Error{tr("The rule engine's state could not be read."),
                     describeSqlError(q.lastError())};
    };
    QSqlQuery global(m_db);
    if (!global.exec(u"SELECT state FROM rule_state_global WHERE id = 1"_s))
        return unreadable(global);
    if (!global.next()) {
        // Stored by an older version as one document: read once, replaced by the next save.
        QSqlQuery legacy(m_db);
        if (!legacy.exec(u"SELECT state FROM rule_engine_state WHERE id = 1"_s))
            return unreadable(legacy);
        if (!legacy.next())
            return Restored::Nothing;
        return engine.restoreState(QJsonDocument::fromJson(legacy.value(0).toByteArray()).object())
                   ? Restored::Restored
                   : Restored::NotUnderstood;
    }
    QSqlQuery subjects(m_db);
    subjects.setForwardOnly(true);
    QSqlQuery entries(m_db);
    entries.setForwardOnly(true);
    if (!subjects.exec(u"SELECT subject, fields FROM rule_state_subject ORDER BY subject"_s))
        return unreadable(subjects);
    if (!entries.exec(u"SELECT subject, rule_id, state FROM rule_state_entry"_s))
        return unreadable(entries);
    const bool understood = engine.restoreState(
        global.value(0).toByteArray(),
        [&subjects](qint64 &subject, QByteArray &fields) {
            if (!subjects.next())
                return false;
            subject = subjects.value(0).toLongLong();
            fields = subjects.value(1).toByteArray();
            return true;
        },
        [&entries](qint64 &subject, QString &rule, QByteArray &state) {
            if (!entries.next())
                return false;
            subject = entries.value(0).toLongLong();
            rule = entries.value(1).toString();
            state = entries.value(2).toByteArray();
            return true;
        });
    // A read cut short by the disk is not a state: say so rather than run on half of it.
    if (subjects.lastError().isValid())
        return unreadable(subjects);
    if (entries.lastError().isValid())
        return unreadable(entries);
    return understood ? Restored::Restored : Restored::NotUnderstood;
}

} // namespace Jiandu
