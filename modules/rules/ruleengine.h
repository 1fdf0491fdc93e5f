#pragma once

#include "ruleset.h"
#include "rulesexport.h"

#include <QJsonObject>
#include <QSet>
#include <map>

namespace Jiandu {

//! Something that happened to a subject (a person, a case, …) at a time.
struct RuleEvent
{
    QString type; //!< e.g. "measure.started"
    qint64 timeMs = 0;
    QJsonObject subject; //!< the subject's fields as the event knows them
};

//! A rule firing for one subject. Deduplicated by rule + subject; the human case it may open
//! (the closed-loop workflow) is a different object.
struct Alert
{
    QString ruleId;
    QString subjectKey; //!< "<key field>=<value>", e.g. "personId=P-001"
    Rule::Tier tier = Rule::Tier::Alarm;
    QString colour;
    int score = 0;
    QString message;
    qint64 raisedMs = 0;
    qint64 deadlineMs = -1; //!< -1: none (an instant rule)
};

struct AlertChange
{
    enum class Kind { Raised, Resolved };
    Kind kind = Kind::Raised;
    Alert alert;
    qint64 atMs = 0;
    QString reason; //!< for Resolved: what satisfied it
};

//! Evaluates a rule set over events on a clock it is told about (advanceTo), so the same
//! engine runs on the wall clock or in virtual time. Deadlines are timers in its state,
//! which saveState()/restoreState() carry over a restart without losing or resetting one.
class JIANDU_RULES_EXPORT RuleEngine
{
public:
    struct Counters
    {
        int events = 0;
        int late = 0;       //!< older than the engine's clock (delivered out of order)
        int duplicates = 0; //!< started again while already running or raised
        int withoutKey = 0; //!< a rule's start matched but the subject had no key
        int ignored = 0;    //!< no rule listens to the event
    };

    explicit RuleEngine(RuleSet rules = {});

    //! Replaces the rules; deadlines of rules that remain keep running.
    void setRules(RuleSet rules);
    const RuleSet &rules() const { return m_rules; }
    qint64 now() const { return m_nowMs; }

    //! Fires the deadlines due up to \a nowMs, oldest first.
    QList<AlertChange> advanceTo(qint64 nowMs);
    //! Applies \a event (at its own time; the clock is not moved back).
    QList<AlertChange> process(const RuleEvent &event);

    QList<Alert> openAlerts() const;
    int runningDeadlines() const { return int(m_timers.size()); }
    const Counters &counters() const { return m_counters; }

    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

private:
    struct Timer
    {
        QString ruleId;
        QString subjectKey;
        qint64 startMs = 0;
        qint64 deadlineMs = 0;
    };
    void raise(const Rule &rule, const QString &subjectKey, qint64 atMs, qint64 deadlineMs,
               QList<AlertChange> &changes);
    bool hidden(const Rule &rule, const QString &subjectKey) const;
    QString render(const Rule &rule, const QString &subjectKey, qint64 atMs,
                   qint64 deadlineMs) const;
    void cancelTimer(const QString &id);

    void indexRules();

    RuleSet m_rules;
    QSet<QString> m_keys;       // the subject key fields rules use
    QSet<QString> m_usedFields; // what messages and exceptions read: all a subject keeps
    qint64 m_nowMs = 0;
    std::multimap<qint64, Timer> m_timers;  // fire time → timer
    QHash<QString, qint64> m_timerAt;       // rule \x1f subject → its fire time
    QHash<QString, Alert> m_open;           // rule \x1f subject → open alert
    QHash<QString, Timer> m_hidden;         // due, but hidden by an exception
    QHash<QString, QJsonObject> m_subjects; // subject key → latest fields
    Counters m_counters;
};

} // namespace Jiandu
