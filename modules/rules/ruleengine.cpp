#include "ruleengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QString idOf(const QString &ruleId, const QString &subjectKey)
{
    return ruleId + QChar(0x1f) + subjectKey;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

RuleEngine::RuleEngine(RuleSet rules)
    : m_rules(std::move(rules))
{
    indexRules();
}

void RuleEngine::indexRules()
{
    m_keys.clear();
    m_usedFields.clear();
    static const QRegularExpression placeholder(u"\\{(\\w+)\\}"_s);
    for (const Rule &rule : m_rules.rules) {
        m_keys.insert(rule.key);
        m_usedFields.insert(rule.key);
        for (auto it = rule.unless.cbegin(); it != rule.unless.cend(); ++it)
            m_usedFields.insert(it.key());
        for (const auto &match : placeholder.globalMatch(rule.message))
            m_usedFields.insert(match.captured(1));
    }
}

void RuleEngine::setRules(RuleSet rules)
{
    m_rules = std::move(rules);
    indexRules();
    // Deadlines of rules that are gone (or switched off) stop; the others keep their time.
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        const Rule *rule = m_rules.find(it->second.ruleId);
        if (!rule || !rule->enabled) {
            m_timerAt.remove(idOf(it->second.ruleId, it->second.subjectKey));
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
}

void RuleEngine::cancelTimer(const QString &id)
{
    const auto at = m_timerAt.find(id);
    if (at == m_timerAt.end())
        return;
    auto [first, last] = m_timers.equal_range(at.value());
    for (auto it = first; it != last; ++it) {
        if (idOf(it->second.ruleId, it->second.subjectKey) == id) {
            m_timers.erase(it);
            break;
        }
    }
    m_timerAt.erase(at);
}

bool RuleEngine::hidden(const Rule &rule, const QString &subjectKey) const
{
    const QJsonObject subject = m_subjects.value(subjectKey);
    for (auto it = rule.unless.cbegin(); it != rule.unless.cend(); ++it) {
        if (it.value().contains(subject.value(it.key()).toVariant().toString()))
            return true;
    }
    return false;
}

QString RuleEngine::render(const Rule &rule, const QString &subjectKey, qint64 atMs,
                           qint64 deadlineMs) const
{
    QString text = rule.message;
    const QJsonObject subject = m_subjects.value(subjectKey);
    for (auto it = subject.begin(); it != subject.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value().toVariant().toString());
    text.replace(u"{alertTime}"_s, timeText(atMs));
    text.replace(u"{deadline}"_s, deadlineMs >= 0 ? timeText(deadlineMs) : QString());
    text.replace(u"{rule}"_s, rule.name);
    return text;
}

void RuleEngine::raise(const Rule &rule, const QString &subjectKey, qint64 atMs, qint64 deadlineMs,
                       QList<AlertChange> &changes)
{
    const QString id = idOf(rule.id, subjectKey);
    if (m_open.contains(id))
        return;
    if (hidden(rule, subjectKey)) {
        m_hidden.insert(id, {rule.id, subjectKey, atMs, deadlineMs});
        return;
    }
    Alert alert{rule.id,     subjectKey, rule.tier,
                rule.colour, rule.score, render(rule, subjectKey, atMs, deadlineMs),
                atMs,        deadlineMs};
    m_open.insert(id, alert);
    changes.append({AlertChange::Kind::Raised, alert, atMs, {}});
}

QList<AlertChange> RuleEngine::advanceTo(qint64 nowMs)
{
    QList<AlertChange> changes;
    while (!m_timers.empty() && m_timers.begin()->first <= nowMs) {
        const auto [fireMs, timer] = *m_timers.begin();
        m_timers.erase(m_timers.begin());
        m_timerAt.remove(idOf(timer.ruleId, timer.subjectKey));
        if (const Rule *rule = m_rules.find(timer.ruleId); rule && rule->enabled)
            raise(*rule, timer.subjectKey, std::max(fireMs, m_nowMs), timer.deadlineMs, changes);
    }
    m_nowMs = std::max(m_nowMs, nowMs);
    return changes;
}

QList<AlertChange> RuleEngine::process(const RuleEvent &event)
{
    ++m_counters.events;
    if (event.timeMs < m_nowMs)
        ++m_counters.late;
    QList<AlertChange> changes = advanceTo(event.timeMs);
    const qint64 at = std::max(event.timeMs, m_nowMs);

    // What the event says about its subjects (only the fields rules read), under every key
    // a rule uses.
    QSet<QString> touched;
    for (const QString &key : std::as_const(m_keys)) {
        const QString value = event.subject.value(key).toVariant().toString();
        if (value.isEmpty())
            continue;
        const QString subjectKey = key + u'=' + value;
        QJsonObject &known = m_subjects[subjectKey];
        for (auto it = event.subject.begin(); it != event.subject.end(); ++it) {
            if (m_usedFields.contains(it.key()))
                known.insert(it.key(), it.value());
        }
        touched.insert(subjectKey);
    }

    bool listened = false; // some rule starts or stops on this type of event
    for (const Rule &rule : m_rules.rules) {
        if (!rule.enabled)
            continue;
        const QString value = event.subject.value(rule.key).toVariant().toString();
        const QString subjectKey = rule.key + u'=' + value;
        const QString id = idOf(rule.id, subjectKey);
        listened = listened || rule.start.event == event.type;
        for (const EventMatch &stop : rule.stop) {
            listened = listened || stop.event == event.type;
            if (!stop.matches(event.type, event.subject))
                continue;
            if (value.isEmpty()) {
                ++m_counters.withoutKey;
                continue;
            }
            cancelTimer(id);
            m_hidden.remove(id);
            if (m_open.contains(id))
                changes.append({AlertChange::Kind::Resolved, m_open.take(id), at,
                                u"satisfied by %1"_s.arg(event.type)});
        }
        if (!rule.start.matches(event.type, event.subject))
            continue;
        if (value.isEmpty()) {
            ++m_counters.withoutKey;
            continue;
        }
        if (m_timerAt.contains(id) || m_open.contains(id) || m_hidden.contains(id)) {
            ++m_counters.duplicates;
            continue;
        }
        if (!rule.deadline) { // an instant rule: its condition is the problem
            raise(rule, subjectKey, at, -1, changes);
            continue;
        }
        const qint64 deadline = rule.deadline->after(event.timeMs);
        const qint64 fire = rule.lead ? rule.lead->before(deadline) : deadline;
        m_timers.insert({fire, {rule.id, subjectKey, event.timeMs, deadline}});
        m_timerAt.insert(id, fire);
    }
    if (!listened)
        ++m_counters.ignored;

    // A subject no longer under an exception: what came due meanwhile is raised now.
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        const Rule *rule = m_rules.find(it->ruleId);
        if (rule && touched.contains(it->subjectKey) && !hidden(*rule, it->subjectKey)) {
            const Timer timer = it.value();
            it = m_hidden.erase(it);
            raise(*rule, timer.subjectKey, at, timer.deadlineMs, changes);
        } else {
            ++it;
        }
    }
    // Deadlines already past when their start arrived (a late event) fire at once.
    changes += advanceTo(m_nowMs);
    return changes;
}

QList<Alert> RuleEngine::openAlerts() const
{
    return m_open.values();
}

QJsonObject RuleEngine::saveState() const
{
    const auto timerJson = [](const Timer &t, qint64 fire) {
        return QJsonObject{{u"rule"_s, t.ruleId},
                           {u"subject"_s, t.subjectKey},
                           {u"startMs"_s, t.startMs},
                           {u"deadlineMs"_s, t.deadlineMs},
                           {u"fireMs"_s, fire}};
    };
    QJsonArray timers;
    for (const auto &[fire, t] : m_timers)
        timers.append(timerJson(t, fire));
    QJsonArray hiddenTimers;
    for (const Timer &t : m_hidden)
        hiddenTimers.append(timerJson(t, t.deadlineMs));
    QJsonArray open;
    for (const Alert &a : m_open)
        open.append(QJsonObject{{u"rule"_s, a.ruleId},
                                {u"subject"_s, a.subjectKey},
                                {u"tier"_s, Rule::tierName(a.tier)},
                                {u"colour"_s, a.colour},
                                {u"score"_s, a.score},
                                {u"message"_s, a.message},
                                {u"raisedMs"_s, a.raisedMs},
                                {u"deadlineMs"_s, a.deadlineMs}});
    QJsonObject subjects;
    for (auto it = m_subjects.cbegin(); it != m_subjects.cend(); ++it)
        subjects.insert(it.key(), it.value());
    return {{u"format"_s, u"jiandu-rule-state/1"_s},
            {u"nowMs"_s, m_nowMs},
            {u"timers"_s, timers},
            {u"hidden"_s, hiddenTimers},
            {u"open"_s, open},
            {u"subjects"_s, subjects}};
}

bool RuleEngine::restoreState(const QJsonObject &state)
{
    if (state.value(u"format"_s).toString() != u"jiandu-rule-state/1")
        return false;
    m_timers.clear();
    m_timerAt.clear();
    m_open.clear();
    m_hidden.clear();
    m_subjects.clear();
    m_nowMs = state.value(u"nowMs"_s).toInteger();
    for (const QJsonValue &v : state.value(u"timers"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const Timer timer{t.value(u"rule"_s).toString(), t.value(u"subject"_s).toString(),
                          t.value(u"startMs"_s).toInteger(), t.value(u"deadlineMs"_s).toInteger()};
        const qint64 fire = t.value(u"fireMs"_s).toInteger();
        m_timers.insert({fire, timer});
        m_timerAt.insert(idOf(timer.ruleId, timer.subjectKey), fire);
    }
    for (const QJsonValue &v : state.value(u"hidden"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const Timer timer{t.value(u"rule"_s).toString(), t.value(u"subject"_s).toString(),
                          t.value(u"startMs"_s).toInteger(), t.value(u"deadlineMs"_s).toInteger()};
        m_hidden.insert(idOf(timer.ruleId, timer.subjectKey), timer);
    }
    for (const QJsonValue &v : state.value(u"open"_s).toArray()) {
        const QJsonObject a = v.toObject();
        const QString tier = a.value(u"tier"_s).toString();
        Alert alert{a.value(u"rule"_s).toString(),
                    a.value(u"subject"_s).toString(),
                    tier == u"guidance"  ? Rule::Tier::Guidance
                    : tier == u"warning" ? Rule::Tier::Warning
                                         : Rule::Tier::Alarm,
                    a.value(u"colour"_s).toString(),
                    a.value(u"score"_s).toInt(),
                    a.value(u"message"_s).toString(),
                    a.value(u"raisedMs"_s).toInteger(),
                    a.value(u"deadlineMs"_s).toInteger()};
        m_open.insert(idOf(alert.ruleId, alert.subjectKey), alert);
    }
    const QJsonObject subjects = state.value(u"subjects"_s).toObject();
    for (auto it = subjects.begin(); it != subjects.end(); ++it)
        m_subjects.insert(it.key(), it.value().toObject());
    return true;
}

} // namespace Jiandu
