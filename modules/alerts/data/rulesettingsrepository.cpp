#include "rulesettingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

QStringList RuleSettingsRepository::fields()
{
    return {u"enabled"_s, u"score"_s, u"deadline"_s, u"lead"_s};
}

RuleSettingsRepository::RuleSettingsRepository(QSqlDatabase db)
    : m_db(db)
{}

Result<QHash<QString, RuleSetting>> RuleSettingsRepository::all()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT rule_id, enabled, score, deadline, lead FROM rule_setting"_s))
        return Error{tr("The rule settings could not be read."), q.lastError().text()};
    QHash<QString, RuleSetting> result;
    while (q.next()) {
        RuleSetting s{q.value(0).toString(), {}};
        for (int i = 0; i < fields().size(); ++i) {
            if (!q.value(i + 1).isNull())
                s.values.insert(fields()[i], q.value(i + 1).toString());
        }
        result.insert(s.ruleId, s);
    }
    return result;
}

Result<RuleSettingChange>
RuleSettingsRepository::change(const QString &ruleId, const QString &field, const QString &oldValue,
                               const QString &newValue, const QString &actor, const QString &reason,
                               qint64 nowMs)
{
    if (!fields().contains(field))
        return Error{tr("“%1” is not a setting of a rule.").arg(field), {}};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the rule is changed; the change is recorded with the reason."),
                     {}};
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    const auto failed = [](const QSqlQuery &q) {
        return Error{tr("The rule setting could not be saved."), describeSqlError(q.lastError())};
    };
    QSqlQuery q(m_db);
    // What this workstation had set (empty: the catalogue's value): the central service
    // applies the change only over the same, else someone changed it first.
    if (!execBound(q, u"SELECT %1 FROM rule_setting WHERE rule_id = ?"_s.arg(field), {ruleId}))
        return failed(q);
    const QString before = q.next() && !q.value(0).isNull() ? q.value(0).toString() : QString();
    // The cache's SQLite predates UPSERT: make sure the row exists, then set the field.
    if (!execBound(q, u"INSERT OR IGNORE INTO rule_setting (rule_id) VALUES (?)"_s, {ruleId}) ||
        !execBound(q, u"UPDATE rule_setting SET %1 = ? WHERE rule_id = ?"_s.arg(field),
                   {newValue.isEmpty() ? QVariant() : QVariant(newValue), ruleId}))
        return failed(q);
    const auto queued = Outbox(m_db).append(u"rule.change"_s, u"rule:"_s + ruleId, actor,
                                            {{u"ruleId"_s, ruleId},
                                             {u"field"_s, field},
                                             {u"before"_s, before},
                                             {u"value"_s, newValue},
                                             {u"oldValue"_s, oldValue},
                                             {u"reason"_s, reason.trimmed()}},
                                            nowMs);
    if (!queued)
        return queued.error();
    // Recorded under the operation's id: the central service's copy of it is the same entry.
    if (!execBound(q,
                   u"INSERT INTO rule_setting_change (time_ms, actor, rule_id, field, old_value,"
                   " new_value, reason, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {nowMs, actor, ruleId, field, oldValue, newValue, reason.trimmed(), *queued}))
        return failed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Error{tr("The rule setting could not be saved."),
                     describeSqlError(m_db.lastError())};
    return RuleSettingChange{id, nowMs, actor, ruleId, field, oldValue, newValue, reason.trimmed()};
}

Result<void> RuleSettingsRepository::applyRemote(const QJsonObject &body)
{
    const QString ruleId = body.value(u"ruleId"_s).toString();
    if (ruleId.isEmpty())
        return Error{tr("The central service sent a rule setting without its rule."), {}};
    QVariantList values{ruleId};
    bool any = false;
    for (const QString &field : fields()) {
        const QJsonValue v = body.value(field);
        any = any || v.isString();
        values.append(v.isString() ? QVariant(v.toString()) : QVariant());
    }
    QSqlQuery q(m_db);
    // Nothing set: the catalogue's values again.
    const bool stored =
        any ? execBound(q,
                        u"INSERT OR REPLACE INTO rule_setting (rule_id, enabled, score, deadline,"
                        " lead) VALUES (?, ?, ?, ?, ?)"_s,
                        values)
            : execBound(q, u"DELETE FROM rule_setting WHERE rule_id = ?"_s, {ruleId});
    if (!stored)
        return Error{tr("A rule setting from the central service could not be stored."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> RuleSettingsRepository::removeRemote(const QString &ruleId)
{
    return applyRemote({{u"ruleId"_s, ruleId}});
}

Result<void> RuleSettingsRepository::applyRemoteChange(const QJsonObject &body)
{
    const QString uid = body.value(u"uid"_s).toString();
    if (uid.isEmpty())
        return Error{tr("The central service sent a rule change without its id."), {}};
    QSqlQuery q(m_db);
    // This workstation's own change is there already, under the same id.
    if (!execBound(q,
                   u"INSERT OR IGNORE INTO rule_setting_change (time_ms, actor, rule_id, field,"
                   " old_value, new_value, reason, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {qint64(body.value(u"timeMs"_s).toDouble()), body.value(u"actor"_s).toString(),
                    body.value(u"ruleId"_s).toString(), body.value(u"field"_s).toString(),
                    body.value(u"oldValue"_s).toString(), body.value(u"newValue"_s).toString(),
                    body.value(u"reason"_s).toString(), uid}))
        return Error{tr("A rule change from the central service could not be stored."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<void> RuleSettingsRepository::removeChange(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!execBound(q, u"DELETE FROM rule_setting_change WHERE uid = ?"_s, {uid}))
        return Error{tr("A rule change the central service did not accept could not be removed."),
                     describeSqlError(q.lastError())};
    return {};
}

Result<QList<RuleSettingChange>> RuleSettingsRepository::history(const QString &ruleId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, time_ms, actor, rule_id, field, old_value, new_value, reason"
              " FROM rule_setting_change WHERE (? = '' OR rule_id = ?)"
              " ORDER BY time_ms DESC, id DESC"_s);
    q.addBindValue(ruleId);
    q.addBindValue(ruleId);
    if (!q.exec())
        return Error{tr("The rule settings' history could not be read."), q.lastError().text()};
    QList<RuleSettingChange> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString()});
    return result;
}

} // namespace Jiandu
