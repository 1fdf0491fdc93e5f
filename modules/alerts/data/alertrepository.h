#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <core/alertrecord.h>
#include <core/result.h>
#include <functional>
#include <optional>
#include <rules/ruleengine.h>

namespace Jiandu {

//! Supervision alerts in the cache, and the saved state of the rule engine that raises them
//! (kept in the same file so both are written in one transaction).
class AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::AlertRepository)

public:
    //! What the inbox needs to filter, sort and count an alert without reading it whole.
    struct Summary
    {
        qint64 id = 0;
        qint64 raisedMs = 0;
        qint64 deadlineMs = -1;
        qint64 suppressedUntilMs = 0;
        Tier tier = Tier::Alarm;
        AlertRecord::Status status = AlertRecord::Status::New;
        QString element;
        QString unit;
        bool escalated = false;
    };

    static Summary summaryOf(const AlertRecord &alert);

    explicit AlertRepository(QSqlDatabase db);

    //! Stores a newly raised alert, unless one is live for the same rule and subject.
    //! Returns the id of the live alert and whether it is the one just stored.
    Result<std::pair<qint64, bool>> raise(const AlertRecord &alert);
    //! Marks the live alert of \a ruleId for \a subjectKey resolved; its id, or 0 if none.
    Result<qint64> resolve(const QString &ruleId, const QString &subjectKey, qint64 atMs,
                           const QString &reason);
    Result<void> acknowledge(qint64 id, const QString &by, const QString &note, qint64 atMs);
    Result<void> suppress(qint64 id, const QString &by, const QString &reason, qint64 untilMs);
    //! Records \a by as the alert's owner (认领), replacing a former owner.
    Result<void> claim(qint64 id, const QString &by, qint64 atMs);
    //! The responsible unit's formal appeal against an open alert, with its grounds.
    Result<void> appeal(qint64 id, const QString &by, const QString &reason, qint64 atMs);
    //! Decides a pending appeal; upheld, the alert is resolved at \a atMs with
    //! \a upheldReason in the same transaction.
    Result<void> decideAppeal(qint64 id, const QString &by, bool upheld, const QString &note,
                              const QString &upheldReason, qint64 atMs);
    //! Marks alarms as escalated to the leaders at \a atMs (those already escalated stay).
    Result<void> escalate(const QList<qint64> &ids, qint64 atMs);
    //! The ids of the alerts whose message or subject holds \a text, or whose rule is one of
    //! \a ruleIds.
    Result<QSet<qint64>> search(const QString &text, const QStringList &ruleIds);

    Result<std::optional<AlertRecord>> get(qint64 id);
    //! The alerts with \a ids, in that order (ids not found are left out).
    Result<QList<AlertRecord>> get(const QList<qint64> &ids);
    //! The alerts of \a element raised in [fromMs, toMs), oldest first (briefs, reports).
    Result<QList<AlertRecord>> raisedBetween(qint64 fromMs, qint64 toMs, const QString &element);
    //! Every alert with an id above \a afterId, in id order, for an index.
    Result<void> scan(const std::function<void(const Summary &)> &visit, qint64 afterId = 0);
    Result<qint64> count();

    //! An event feed file, known by its name, content hash and size.
    struct FeedFile
    {
        QString name;
        QString sha256;
        qint64 bytes = 0;
    };
    //! Records \a file as applied (in the caller's transaction, beside its alerts).
    Result<void> recordConsumed(const FeedFile &file, qint64 atMs);
    //! Whether \a file was applied before.
    Result<bool> consumed(const FeedFile &file);

    //! Stores what changed in \a engine's state since it was last stored (in the caller's
    //! transaction, beside the alerts it produced); call engine.stateSaved() after the commit.
    Result<void> saveEngineState(const RuleEngine::StateChanges &changes, qint64 savedMs);
    enum class Restored { Invalid = 0, Nothing, Restored, NotUnderstood };
    //! Restores \a engine from what was stored (or from the single document older versions
    //! stored, which the next save replaces).
    Result<Restored> loadEngineState(RuleEngine &engine);

    static AlertRecord::Status effectiveStatus(int handling, bool resolved);

private:
    Result<void> recordDecision(qint64 id, const QString &by, bool upheld, const QString &note);

    QSqlDatabase m_db;
};

} // namespace Jiandu
