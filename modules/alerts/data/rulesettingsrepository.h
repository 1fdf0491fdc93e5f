#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! What an operator changed in a rule of the catalogue: each field unset keeps the
//! catalogue's value. Values are text as the rule file writes them ("true", "5", "3d").
struct RuleSetting
{
    QString ruleId;
    QHash<QString, QString> values; //!< field ("enabled", "score", "deadline", "lead") → value
};

//! One audited change of a rule setting.
struct RuleSettingChange
{
    qint64 id = 0;
    qint64 timeMs = 0;
    QString actor;
    QString ruleId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

//! The operators' changes to the rule catalogue (enable, disable, score, thresholds), each
//! recorded with who, when and why in the same transaction that makes it.
class RuleSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::RuleSettingsRepository)

public:
    static QStringList fields(); //!< the fields that can be changed

    explicit RuleSettingsRepository(QSqlDatabase db);

    Result<QHash<QString, RuleSetting>> all();
    //! Sets \a field of \a ruleId to \a newValue (empty: back to the catalogue's value), with
    //! its audit entry and the operation for the central service, in one transaction.
    Result<RuleSettingChange> change(const QString &ruleId, const QString &field,
                                     const QString &oldValue, const QString &newValue,
                                     const QString &actor, const QString &reason, qint64 nowMs);
    //! A rule's settings as the central service holds them (no field set: the catalogue's).
    Result<void> applyRemote(const QJsonObject &body);
    Result<void> removeRemote(const QString &ruleId);
    //! An audited change the central service accepted (kept once, by its id).
    Result<void> applyRemoteChange(const QJsonObject &body);
    //! A change of this workstation's the service did not accept leaves the history.
    Result<void> removeChange(const QString &uid);
    //! Changes, newest first; of \a ruleId only if given.
    Result<QList<RuleSettingChange>> history(const QString &ruleId = {});

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
