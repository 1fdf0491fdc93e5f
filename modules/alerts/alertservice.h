#pragma once

#include "alertindex.h"
#include "api/ialertfeed.h"
#include "api/ieventsink.h"
#include "api/iproblems.h"
#include "data/alertsreplica.h"
#include "data/rulesettingsrepository.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <core/problem.h>
#include <core/problemworkflow.h>
#include <memory>
#include <moduleapi/isitefigures.h>
#include <rules/ruleengine.h>

namespace Jiandu {

class CacheThread;
class IShell;
class RuleWorker;

//! The supervision alerts of this workstation, for the pages: the rule engine running on its
//! own thread (RuleWorker), the inbox's index, and the operator's actions on alerts,
//! problems and rules, each stored and audited in the cache.
class AlertService final : public QObject,
                           public IEventSink,
                           public IProblems,
                           public ISiteFigures,
                           public IAlertFeed,
                           public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::IEventSink Jiandu::IProblems Jiandu::ISiteFigures Jiandu::IAlertFeed
                     Jiandu::Sync::ISyncParticipant)

public:
    explicit AlertService(IShell &shell, QObject *parent = nullptr);
    ~AlertService() override;

    //! Reads the rules (the site's rule file if set, else the catalogue) on the database
    //! thread, then starts the engine. A malformed rule file is refused with its line, and the
    //! catalogue runs.
    Result<void> start();
    void shutdown();

    IShell &shell() { return m_shell; }
    const AlertIndex &index() const { return *m_index; }
    bool isLoaded() const { return m_loaded; }
    const RuleSet &catalogue() const { return m_catalogue; }
    const RuleSet &rules() const { return m_rules; }
    QString feedDirectory() const;
    //! The module's database thread, for the pages' queries (running once start() succeeded).
    CacheThread &data() { return *m_data; }
    qint64 nowMs() const;

    //! Who the operator is in the workflow (role and unit from the settings).
    ProblemWorkflow::Actor actor() const;
    ProblemWorkflow::TimeLimits timeLimits() const;

    // The operator's actions are checked, stored and audited on the module's database thread;
    // \a done runs on \a context's thread (not at all once it is gone) after the inbox's
    // index holds the change.
    using Done = std::function<void(Result<void>)>;
    using ProblemDone = std::function<void(Result<Problem>)>;

    //! Acknowledges every alert of \a alertIds with \a note; those refused are named, each
    //! with its reason, in the error (the others are acknowledged).
    void acknowledge(const QList<qint64> &alertIds, const QString &note, QObject *context,
                     Done done);
    void silence(qint64 alertId, const QString &reason, qint64 untilMs, QObject *context,
                 Done done);
    //! Takes the alert on (认领): the operator becomes its owner.
    void claim(qint64 alertId, QObject *context, Done done);
    //! The responsible unit's formal appeal (申辩) against an open alert.
    void appeal(qint64 alertId, const QString &grounds, QObject *context, Done done);
    //! The legal officer's or a leader's decision on a pending appeal: upheld closes the alert
    //! (and keeps the engine from raising it again for that subject), rejected leaves it open.
    void decideAppeal(qint64 alertId, bool upheld, const QString &note, QObject *context,
                      Done done);
    //! The stored alerts \a ids (those that exist), read on the database thread.
    void read(const QList<qint64> &ids, QObject *context,
              std::function<void(Result<QList<AlertRecord>>)> done);
    //! The alerts whose text, subject or rule name holds \a text, found on the database
    //! thread; \a done runs on \a context's thread.
    void search(const QString &text, QObject *context,
                std::function<void(Result<QSet<qint64>>)> done);
    //! Escalates the alarms nobody acknowledged within the set time (设置 → 预警与闭环);
    //! runs every half minute by itself, callable for a check at once.
    void escalateOverdueAlarms();
    //! Looks at the settings again: a new role or unit is announced (actorChanged), an
    //! escalation time that has passed escalates. Also runs every two seconds by itself.
    void checkSettings();
    void openProblem(const AlertRecord &alert, const QString &title, const QString &unit,
                     const QString &note, QObject *context, ProblemDone done);
    void openProblem(Problem draft, const QString &note, QObject *context, ProblemDone done);
    //! Takes \a action on problem \a id; attachments (files on this computer) are sealed into
    //! the data directory with their SHA-256 first.
    void applyStep(qint64 problemId, ProblemAction action, const QString &note,
                   const QStringList &attachmentFiles, QObject *context, ProblemDone done);
    //! Sets \a field of rule \a ruleId to \a value (empty: the catalogue's), audited with
    //! \a reason; the engine runs the new rules at once.
    void changeRule(const QString &ruleId, const QString &field, const QString &value,
                    const QString &reason, QObject *context, Done done);
    //! Changing rules is a right of the legal officer and the leaders: the responsible unit
    //! does not edit the rules that supervise it.
    bool mayChangeRules() const;
    QString ruleChangeRefusal() const;
    //! Hands events to the engine (other modules' feed).
    void submit(const QList<RuleEvent> &events, const QString &source) override;
    //! Opens a problem another module found (api/iproblems.h), on the module's database thread.
    void report(const ProblemReport &report, QObject *context,
                std::function<void(Result<qint64> problemId)> done) override;
    //! For the site overview: alarms nobody acknowledged, alerts to handle, overdue problems.
    QList<SiteFigure> siteFigures() const override;
    void watchRaised(QObject *context,
                     std::function<void(const QList<AlertRecord> &)> raised) override
    {
        connect(this, &AlertService::alertsRaised, context, std::move(raised));
    }
    void raisedBetween(qint64 fromMs, qint64 toMs, const QString &element, QObject *context,
                       std::function<void(Result<QList<AlertRecord>>)> done) override;

    // The alerts and problems shared through the central service (ISyncParticipant): stored
    // by the replica on the sync's thread; then the inbox is read again and a new alarm pops
    // up here as on the workstation where it was raised.
    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    void indexLoaded();
    void alertsChanged(const QList<qint64> &ids);
    void alertsRaised(const QList<Jiandu::AlertRecord> &alerts);
    //! Alarms that stayed unacknowledged too long, now escalated to the leaders.
    void alertsEscalated(const QList<Jiandu::AlertRecord> &alerts);
    void problemsChanged();
    //! The operator's role or unit changed: what they may do is shown again.
    void actorChanged();
    void rulesChanged();
    void countersChanged(int events, int refused, int running);

private:
    void reloadIndex();
    //! Puts the stored state of \a records into the inbox's index and announces them.
    void applyToIndex(const QList<AlertRecord> &records);
    //! Runs \a work on the database thread; the alerts it returns go into the index, then
    //! \a done hears whether it was stored.
    void storeAlerts(QObject *context,
                     std::function<Result<QList<AlertRecord>>(QSqlDatabase &)> work, Done done,
                     std::function<void(const QList<AlertRecord> &)> after = {});
    Error notRunning() const;
    //! The catalogue with the cache's settings (read on the database thread), handed to the
    //! engine and shown.
    void useStoredSettings();
    //! The catalogue with \a settings, handed to the engine and shown.
    void useRules(const QHash<QString, RuleSetting> &settings);
    //! The alarms nobody acknowledged yet, from the index, for the escalation.
    void trackUnescalated();
    bool m_reloading = false;
    bool m_reloadAgain = false;
    QList<AlertRepository::Summary> m_changedDuringReload;
    const AlertsReplica m_replica;
    void updateIndex(const QList<qint64> &ids);
    //! Keeps the open, unacknowledged, not yet escalated alarms at hand (a few, however many
    //! alerts there are), so the escalation check is cheap enough to run every few seconds.
    void trackForEscalation(const AlertRepository::Summary &summary);
    void reportChecked(const AlertRecord &alert);
    //! Starts the rule engine with the rules read (start()).
    void startEngine();
    QList<std::pair<QList<RuleEvent>, QString>> m_waitingEvents; // handed over before it ran
    bool m_stopped = false;

    IShell &m_shell;
    QThread m_thread;
    std::unique_ptr<CacheThread> m_data; // problems reported by other modules
    RuleWorker *m_worker = nullptr;
    std::shared_ptr<AlertIndex> m_index;
    bool m_loaded = false;
    QTimer *m_escalation = nullptr;
    ProblemWorkflow::Actor m_actor;
    void countOverdueProblems();
    int m_overdueProblems = 0;
    struct Waiting
    {
        qint64 raisedMs = 0;
        qint64 suppressedUntilMs = 0;
    };
    QHash<qint64, Waiting> m_unescalated; // alarm id → when raised, silenced until
    RuleSet m_catalogue;
    RuleSet m_rules;
};

} // namespace Jiandu

Q_DECLARE_METATYPE(Jiandu::RuleSet)
Q_DECLARE_METATYPE(std::shared_ptr<Jiandu::AlertIndex>)
