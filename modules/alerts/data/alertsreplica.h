#pragma once

#include <QCoreApplication>
#include <sync/api/isyncparticipant.h>

namespace Jiandu {

//! The alerts module's records as the central service shares them: the alerts its engine
//! raised (by their central id) and the closed-loop problems (by uid, with every step). A
//! record pulled replaces what this workstation had, the central service having decided;
//! the steps it did not keep are gone, those it kept are added.
class AlertsReplica : public Sync::ISyncParticipant
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::AlertsReplica)

public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;

private:
    static Result<void> applyAlert(QSqlDatabase &db, const QJsonObject &body);
    static Result<void> removeAlert(QSqlDatabase &db, qint64 centralId);
    static Result<void> applyProblem(QSqlDatabase &db, const QJsonObject &body);
    static Result<void> removeProblem(QSqlDatabase &db, const QString &uid);
    static Result<void> keepApart(QSqlDatabase &db, const QString &uid);
};

} // namespace Jiandu
