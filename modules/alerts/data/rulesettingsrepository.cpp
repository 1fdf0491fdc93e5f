#include "rulesettingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>

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
    if (!m_db.transaction())
        return Error{tr("The cache is busy; try again."), m_db.lastError().text()};
    // The cache's SQLite predates UPSERT: make sure the row exists, then set the field.
    QSqlQuery row(m_db);
    row.prepare(u"INSERT OR IGNORE INTO rule_setting (rule_id) VALUES (?)"_s);
    row.addBindValue(ruleId);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE rule_setting SET %1 = ? WHERE rule_id = ?"_s.arg(field));
    q.addBindValue(newValue.isEmpty() ? QVariant() : QVariant(newValue));
    q.addBindValue(ruleId);
    QSqlQuery audit(m_db);
    audit.prepare(u"INSERT INTO rule_setting_change (time_ms, actor, rule_id, field, old_value,"
                  " new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(nowMs), QVariant(actor), QVariant(ruleId), QVariant(field),
                              QVariant(oldValue), QVariant(newValue), QVariant(reason.trimmed())})
        audit.addBindValue(v);
    if (!row.exec() || !q.exec() || !audit.exec()) {
        const QString detail =
            row.lastError().text() + q.lastError().text() + audit.lastError().text();
        m_db.rollback();
        return Error{tr("The rule setting could not be saved."), detail};
    }
    const qint64 id = audit.lastInsertId().toLongLong();
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Error{tr("The rule setting could not be saved."), detail};
    }
    return RuleSettingChange{id, nowMs, actor, ruleId, field, oldValue, newValue, reason.trimmed()};
}

Result<QList<RuleSettingChange>> RuleSettingsRepository::history(const QString &ruleId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, time_ms, actor, rule_id, field, old_value, new_value, reason"
              " FROM rule_setting_change WHERE (? = '' OR rule_id = ?) ORDER BY id DESC"_s);
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
