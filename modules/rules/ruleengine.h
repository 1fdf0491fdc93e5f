#pragma once

#include "ruleset.h"
#include "rulesexport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <functional>
#include <optional>
#include <tuple>
#include <vector>

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
    QString element;    //!< the rule's element: incident, case, person, property, venue, file
    Tier tier = Tier::Alarm;
    QString colour;
    int score = 0;
    QString message;
    qint64 raisedMs = 0;
    qint64 deadlineMs = -1; //!< -1: none (an instant rule)
    //! A silence or appeal keeping it out of the inbox: who, why, until when (0: none).
    QString suppressedBy;
    QString suppressReason;
    qint64 suppressedUntilMs = 0;
    //! What the engine knows of the subject: the fields its rules read plus the context an
    //! operator needs to act (unit, caseId, cameraId, room).
    QJsonObject subject;
};

struct AlertChange
{
    //! Suppressed: raised while a silence holds, listable but not announced; it is Raised
    //! when the silence ends and it is still open.
    enum class Kind { Raised, Resolved, Suppressed };
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
        int late = 0;            //!< older than the engine's clock (delivered out of order)
        int duplicates = 0;      //!< started again while already running or raised
        int satisfied = 0;       //!< a start re-delivered after what it waited for happened
        int withoutKey = 0;      //!< a rule's start matched but the subject had no key
        int ignored = 0;         //!< no rule listens to the event
        int withoutDeadline = 0; //!< a deadlineAt rule's start lacked a readable date
    };

    explicit RuleEngine(RuleSet rules = {});

    //! Replaces the rules; deadlines of rules that remain keep running.
    void setRules(RuleSet rules);
    const RuleSet &rules() const { return m_rules; }
    //! The rule with \a id, found through the engine's index; null if there is none.
    const Rule *rule(const QString &id) const;
    qint64 now() const { return m_nowMs; }

    //! Fires the deadlines due up to \a nowMs, oldest first. With a \a limit, at most that
    //! many changes (a bounded batch to store); call again until it returns none.
    QList<AlertChange> advanceTo(qint64 nowMs, int limit = -1);
    //! Applies \a event (at its own time; the clock is not moved back). Deadlines already
    //! past when a late event starts them fire at once.
    QList<AlertChange> process(const RuleEvent &event);
    //! Applies \a events in time order, then moves the clock to \a nowMs. A deadline that a
    //! late event starts and a later event of the batch satisfies never fires (a feed
    //! delivered late is judged as it happened).
    QList<AlertChange> process(QList<RuleEvent> events, qint64 nowMs);

    QList<Alert> openAlerts() const; //!< suppressed ones included (they say so)

    //! 申辩/静默: keeps \a ruleId's alert for \a subjectKey ("field=value") out of the inbox
    //! until \a untilMs, on record with who and why. False if the subject is unknown.
    bool suppress(const QString &ruleId, const QString &subjectKey, const QString &by,
                  const QString &reason, qint64 untilMs);
    int runningDeadlines() const;
    const Counters &counters() const { return m_counters; }

    //! Everything in one document (a rule change goes through it; the first save after it
    //! is complete). Its size grows with the subjects: for storing, use stateChanges().
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

    //! What changed since the last stateSaved(), to store in the transaction of the alerts it
    //! produced: the clock and the rates (global), the fields of each subject touched (by its
    //! number, which never changes), and the state of each (subject, rule) touched. Its cost
    //! follows what changed, not how many subjects there are.
    struct StateChanges
    {
        //! Everything is listed (after a rule change or a restore from saveState()): what
        //! is stored and not listed is gone.
        bool complete = false;
        QByteArray global;
        std::vector<std::pair<qint64, QByteArray>> subjects; //!< number → fields (JSON)
        //! (subject number, rule id) → state (JSON); empty: nothing left to keep.
        std::vector<std::tuple<qint64, QString, QByteArray>> entries;
    };
    bool hasStateChanges() const;
    StateChanges stateChanges() const;
    //! The changes were stored.
    void stateSaved();
    //! Restores what stateChanges() stored: \a global, then each subject (\a nextSubject
    //! fills the next one and returns false at the end), then each entry. Entries of rules
    //! gone or switched off are dropped (and deleted with the next changes). False if
    //! \a global is not understood; the engine is then empty.
    bool restoreState(
        const QByteArray &global,
        const std::function<bool(qint64 &subject, QByteArray &fields)> &nextSubject,
        const std::function<bool(qint64 &subject, QString &rule, QByteArray &state)> &nextEntry);

private:
    // Compact by design: a million subjects with running deadlines must fit in a few hundred
    // MB. A subject is an index; its fields one string; a timer 32 bytes in a heap; an alert
    // two times (its message is written when it is reported).
    struct Timer
    {
        qint64 fireMs = 0;
        qint64 deadlineMs = 0;
        quint32 rule = 0;
        quint32 subject = 0;
    };
    struct Deadline
    {
        qint64 fireMs = 0;
        qint64 deadlineMs = 0;
    };
    struct Raised
    {
        qint64 raisedMs = 0;
        qint64 deadlineMs = -1;
    };
    struct Silence
    {
        QString by;
        QString reason;
        qint64 untilMs = 0;
    };
    // A rate rule: this period's counts per group (e.g. unit), its open alerts with the rate.
    struct RateState
    {
        qint64 windowEndMs = 0;                     // 0: no period begun
        QHash<QString, std::pair<int, int>> counts; // group → (of, met)
        QHash<QString, Raised> open;
        QHash<QString, double> rates;
    };
    static quint64 slot(quint32 rule, quint32 subject) { return (quint64(rule) << 32) | subject; }
    static quint64 keyHash(int keyField, QStringView value);

    void indexRules();
    //! The subjects \a fields name (one per key field they carry), created or updated.
    QList<quint32> subjectsOf(const QJsonObject &fields);
    std::optional<quint32> findSubject(int keyField, const QString &value) const;
    QString field(quint32 subject, int index) const;
    QString subjectKey(const Rule &rule, quint32 subject) const;
    void raise(quint32 rule, quint32 subject, qint64 atMs, qint64 deadlineMs,
               QList<AlertChange> &changes);
    bool hidden(const Rule &rule, quint32 subject) const;
    Alert alert(quint32 rule, quint32 subject, const Raised &raised) const;
    void schedule(const Timer &timer);
    QList<AlertChange> apply(const RuleEvent &given);
    //! \a event with what can be derived from its fields (a minor's or an elder's category
    //! from the ID number's birth date).
    static RuleEvent withDerivedFacts(const RuleEvent &event);
    void countRates(const RuleEvent &event, const QList<int> &listening);
    void closeRatePeriods(qint64 nowMs, QList<AlertChange> &changes);
    qint64 periodEnd(const Rule &rule, qint64 atMs) const;
    Alert rateAlert(int rule, const QString &group, const Raised &raised, double rate) const;
    bool repeated(int rule, quint32 subject, qint64 atMs);

    RuleSet m_rules;
    QHash<QString, int> m_ruleIndex;
    QHash<QString, QList<int>> m_byEvent; // event type → rules that start, stop or count on it
    QStringList m_fields;                 // what messages, exceptions and keys read, in order
    QHash<QString, int> m_fieldIndex;
    QList<int> m_keyFields;                  // indexes (into m_fields) of the key fields rules use
    QHash<quint64, quint32> m_byKey;         // hash of (key field, value) → subject
    QHash<QString, quint32> m_byKeyExact;    // the rare hash collisions, by "field=value"
    std::vector<QByteArray> m_subjects;      // subject → its fields, UTF-8, joined by \x1f
    std::vector<Timer> m_heap;               // min-heap by fire time; stale entries are skipped
    QHash<quint64, Deadline> m_timerAt;      // (rule, subject) → its live timer
    QHash<quint64, Raised> m_open;           // (rule, subject) → open alert
    QHash<quint64, Timer> m_hidden;          // due, but hidden by an exception
    QHash<quint64, Silence> m_silences;      // (rule, subject) → a silence or appeal on record
    QHash<int, RateState> m_rates;           // rate rule → its period
    QHash<quint64, QList<qint64>> m_repeats; // (repeat rule, subject) → recent start times
    //! (rule, subject) → time of the latest event that satisfied it: a start dated at or
    //! before it is a re-delivery (or arrived after its answer) and starts nothing.
    QHash<quint64, qint64> m_satisfied;
    size_t m_satisfiedPruneAt = 4096; //!< its size at which old answers are dropped
    qint64 m_nowMs = 0;
    // Changed since the last stateSaved(): (rule, subject) slots, subjects' fields, entries
    // of dropped rules to delete, or everything.
    QSet<quint64> m_changedSlots;
    QSet<quint32> m_changedSubjects;
    QList<QPair<qint64, QString>> m_droppedEntries;
    bool m_changedAll = true;
    bool m_globalChanged = false; // the clock or a rate
    // Nothing is tracked while everything is to be written anyway.
    void changed(quint64 slot)
    {
        if (!m_changedAll)
            m_changedSlots.insert(slot);
    }
    QByteArray entryState(quint64 slot) const;
    QJsonObject subjectFields(quint32 subject) const;
    void restoreSubject(quint32 subject, const QJsonObject &fields);
    QJsonArray ratesJson() const;
    void restoreRates(const QJsonArray &rates);
    void clearState();
    Counters m_counters;
};

} // namespace Jiandu
