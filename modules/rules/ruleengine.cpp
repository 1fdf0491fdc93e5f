#include "ruleengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr char kSeparator = '\x1f';

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

quint64 keyHash(int keyField, QStringView value)
{
    return (quint64(qHash(value, 0x6a69616e)) * 31) ^ quint64(keyField);
}

bool later(const auto &a, const auto &b)
{
    return a.fireMs > b.fireMs;
}

} // namespace

RuleEngine::RuleEngine(RuleSet rules)
    : m_rules(std::move(rules))
{
    indexRules();
}

void RuleEngine::indexRules()
{
    m_ruleIndex.clear();
    m_fields.clear();
    m_fieldIndex.clear();
    m_keyFields.clear();
    const auto use = [this](const QString &name) {
        if (!m_fieldIndex.contains(name)) {
            m_fieldIndex.insert(name, int(m_fields.size()));
            m_fields.append(name);
        }
        return m_fieldIndex.value(name);
    };
    // Context an operator acts on, kept for every subject whether a rule reads it or not.
    for (const QString &name : {u"unit"_s, u"caseId"_s, u"cameraId"_s, u"room"_s})
        use(name);
    static const QRegularExpression placeholder(u"\\{(\\w+)\\}"_s);
    for (int i = 0; i < m_rules.rules.size(); ++i) {
        const Rule &rule = m_rules.rules[i];
        m_ruleIndex.insert(rule.id, i);
        const int key = use(rule.key);
        if (!m_keyFields.contains(key))
            m_keyFields.append(key);
        for (auto it = rule.unless.cbegin(); it != rule.unless.cend(); ++it)
            use(it.key());
        for (const auto &match : placeholder.globalMatch(rule.message)) {
            const QString name = match.captured(1);
            if (name != u"alertTime" && name != u"deadline" && name != u"rule")
                use(name);
        }
    }
}

void RuleEngine::setRules(RuleSet rules)
{
    // Through the saved form: subjects keep their fields, deadlines of rules that remain keep
    // their time, those of rules gone or switched off stop.
    const QJsonObject state = saveState();
    m_rules = std::move(rules);
    indexRules();
    restoreState(state);
}

QString RuleEngine::field(quint32 subject, int index) const
{
    const QByteArray &joined = m_subjects[subject];
    qsizetype at = 0;
    for (int i = 0; i < index; ++i) {
        at = joined.indexOf(kSeparator, at);
        if (at < 0)
            return {};
        ++at;
    }
    const qsizetype end = joined.indexOf(kSeparator, at);
    return QString::fromUtf8(joined.mid(at, end < 0 ? -1 : end - at));
}

std::optional<quint32> RuleEngine::findSubject(int keyField, const QString &value) const
{
    if (keyField < 0 || keyField >= m_fields.size())
        return std::nullopt;
    const auto it = m_byKey.constFind(keyHash(keyField, value));
    if (it != m_byKey.cend() && field(it.value(), keyField) == value)
        return it.value();
    const auto exact = m_byKeyExact.constFind(m_fields[keyField] + u'=' + value);
    if (exact != m_byKeyExact.cend())
        return exact.value();
    return std::nullopt;
}

QList<quint32> RuleEngine::subjectsOf(const QJsonObject &fields)
{
    // The subjects the event names, one per key field it carries; a new key of a known
    // subject (e.g. its id card number) is filed under the same subject.
    QList<QPair<int, QString>> keys;
    std::optional<quint32> known;
    for (int keyField : std::as_const(m_keyFields)) {
        const QString value = fields.value(m_fields[keyField]).toVariant().toString();
        if (value.isEmpty())
            continue;
        keys.append({keyField, value});
        if (!known)
            known = findSubject(keyField, value);
    }
    QList<quint32> subjects;
    for (const auto &[keyField, value] : std::as_const(keys)) {
        std::optional<quint32> subject = findSubject(keyField, value);
        if (!subject && known) {
            const QString knownValue = field(*known, keyField);
            if (knownValue.isEmpty() || knownValue == value)
                subject = known;
        }
        if (!subject) {
            subject = quint32(m_subjects.size());
            m_subjects.emplace_back(QByteArray(m_fields.size() - 1, kSeparator));
        }
        // Its fields: what the event says replaces what was known (UTF-8, one string).
        const QList<QByteArray> old = m_subjects[*subject].split(kSeparator);
        QByteArray updated;
        for (int i = 0; i < m_fields.size(); ++i) {
            if (i > 0)
                updated += kSeparator;
            const QJsonValue v = fields.value(m_fields[i]);
            if (!v.isUndefined() && !v.isNull())
                updated += v.toVariant().toString().toUtf8().replace(kSeparator, "");
            else
                updated += old.value(i);
        }
        m_subjects[*subject] = updated;
        const quint64 hash = keyHash(keyField, value);
        const auto at = m_byKey.constFind(hash);
        if (at == m_byKey.cend())
            m_byKey.insert(hash, *subject);
        else if (at.value() != *subject)
            m_byKeyExact.insert(m_fields[keyField] + u'=' + value, *subject);
        if (!subjects.contains(*subject))
            subjects.append(*subject);
        if (!known)
            known = subject;
    }
    return subjects;
}

QString RuleEngine::subjectKey(const Rule &rule, quint32 subject) const
{
    return rule.key + u'=' + field(subject, m_fieldIndex.value(rule.key));
}

bool RuleEngine::hidden(const Rule &rule, quint32 subject) const
{
    for (auto it = rule.unless.cbegin(); it != rule.unless.cend(); ++it) {
        if (it.value().contains(field(subject, m_fieldIndex.value(it.key()))))
            return true;
    }
    return false;
}

Alert RuleEngine::alert(quint32 ruleIndex, quint32 subject, const Raised &raised) const
{
    const Rule &rule = m_rules.rules[int(ruleIndex)];
    QString text = rule.message;
    for (int i = 0; i < m_fields.size(); ++i)
        text.replace(u'{' + m_fields[i] + u'}', field(subject, i));
    text.replace(u"{alertTime}"_s, timeText(raised.raisedMs));
    text.replace(u"{deadline}"_s, raised.deadlineMs >= 0 ? timeText(raised.deadlineMs) : QString());
    text.replace(u"{rule}"_s, rule.name);
    Alert a;
    a.ruleId = rule.id;
    a.subjectKey = subjectKey(rule, subject);
    a.element = rule.element;
    a.tier = rule.tier;
    a.colour = rule.colour;
    a.score = rule.score;
    a.message = text;
    a.raisedMs = raised.raisedMs;
    a.deadlineMs = raised.deadlineMs;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (QString value = field(subject, i); !value.isEmpty())
            a.subject.insert(m_fields[i], value);
    }
    if (const auto silence = m_silences.constFind(slot(ruleIndex, subject));
        silence != m_silences.cend() && silence->untilMs > m_nowMs) {
        a.suppressedBy = silence->by;
        a.suppressReason = silence->reason;
        a.suppressedUntilMs = silence->untilMs;
    }
    return a;
}

bool RuleEngine::suppress(const QString &ruleId, const QString &subjectKey, const QString &by,
                          const QString &reason, qint64 untilMs)
{
    const auto rule = m_ruleIndex.constFind(ruleId);
    const qsizetype eq = subjectKey.indexOf(u'=');
    if (rule == m_ruleIndex.cend() || eq < 0)
        return false;
    const auto subject =
        findSubject(m_fieldIndex.value(subjectKey.left(eq), -1), subjectKey.mid(eq + 1));
    if (!subject)
        return false;
    m_silences.insert(slot(quint32(rule.value()), *subject), {by, reason, untilMs});
    return true;
}

void RuleEngine::raise(quint32 rule, quint32 subject, qint64 atMs, qint64 deadlineMs,
                       QList<AlertChange> &changes)
{
    const quint64 id = slot(rule, subject);
    if (m_open.contains(id))
        return;
    if (hidden(m_rules.rules[int(rule)], subject)) {
        m_hidden.insert(id, {atMs, deadlineMs, rule, subject});
        return;
    }
    const Raised raised{atMs, deadlineMs};
    m_open.insert(id, raised);
    const auto silence = m_silences.constFind(id);
    const bool silenced = silence != m_silences.cend() && silence->untilMs > atMs;
    changes.append({silenced ? AlertChange::Kind::Suppressed : AlertChange::Kind::Raised,
                    alert(rule, subject, raised),
                    atMs,
                    {}});
}

void RuleEngine::schedule(const Timer &timer)
{
    m_heap.push_back(timer);
    std::push_heap(m_heap.begin(), m_heap.end(), later<Timer, Timer>);
    m_timerAt.insert(slot(timer.rule, timer.subject), timer.fireMs);
}

QList<AlertChange> RuleEngine::advanceTo(qint64 nowMs)
{
    QList<AlertChange> changes;
    while (!m_heap.empty() && m_heap.front().fireMs <= nowMs) {
        std::pop_heap(m_heap.begin(), m_heap.end(), later<Timer, Timer>);
        const Timer timer = m_heap.back();
        m_heap.pop_back();
        const auto live = m_timerAt.constFind(slot(timer.rule, timer.subject));
        if (live == m_timerAt.cend() || live.value() != timer.fireMs)
            continue; // cancelled (or restarted) since it was scheduled
        m_timerAt.erase(live);
        if (m_rules.rules[int(timer.rule)].enabled)
            raise(timer.rule, timer.subject, std::max(timer.fireMs, m_nowMs), timer.deadlineMs,
                  changes);
    }
    // Cancelled timers are left in the heap until they come up; keep it from growing
    // without bound when most are cancelled.
    if (m_heap.size() > 1024 && m_heap.size() > 4 * size_t(m_timerAt.size())) {
        std::erase_if(m_heap, [this](const Timer &t) {
            return m_timerAt.value(slot(t.rule, t.subject), -1) != t.fireMs;
        });
        std::make_heap(m_heap.begin(), m_heap.end(), later<Timer, Timer>);
    }
    // Silences that end: an alert they kept out of the inbox and still open is raised now.
    for (auto it = m_silences.begin(); it != m_silences.end();) {
        if (it->untilMs > nowMs) {
            ++it;
            continue;
        }
        const quint64 id = it.key();
        const qint64 endedMs = std::max(it->untilMs, m_nowMs);
        it = m_silences.erase(it);
        if (const auto open = m_open.constFind(id); open != m_open.cend())
            changes.append({AlertChange::Kind::Raised,
                            alert(quint32(id >> 32), quint32(id), open.value()),
                            endedMs,
                            {}});
    }
    m_nowMs = std::max(m_nowMs, nowMs);
    return changes;
}

QList<AlertChange> RuleEngine::process(const RuleEvent &event)
{
    QList<AlertChange> changes = apply(event);
    // Deadlines already past when their start arrived (a late event) fire at once.
    changes += advanceTo(m_nowMs);
    return changes;
}

QList<AlertChange> RuleEngine::process(QList<RuleEvent> events, qint64 nowMs)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const RuleEvent &a, const RuleEvent &b) { return a.timeMs < b.timeMs; });
    QList<AlertChange> changes;
    for (const RuleEvent &event : std::as_const(events))
        changes += apply(event);
    changes += advanceTo(std::max(nowMs, m_nowMs));
    return changes;
}

QList<AlertChange> RuleEngine::apply(const RuleEvent &event)
{
    ++m_counters.events;
    if (event.timeMs < m_nowMs)
        ++m_counters.late;
    QList<AlertChange> changes = advanceTo(event.timeMs);
    const qint64 at = std::max(event.timeMs, m_nowMs);
    const QList<quint32> touched = subjectsOf(event.subject);

    bool listened = false; // some rule starts or stops on this type of event
    for (int r = 0; r < m_rules.rules.size(); ++r) {
        const Rule &rule = m_rules.rules[r];
        if (!rule.enabled)
            continue;
        const QString value = event.subject.value(rule.key).toVariant().toString();
        const std::optional<quint32> subject =
            value.isEmpty() ? std::nullopt : findSubject(m_fieldIndex.value(rule.key), value);
        const quint64 id = subject ? slot(quint32(r), *subject) : 0;
        listened = listened || rule.start.event == event.type;
        for (const EventMatch &stop : rule.stop) {
            listened = listened || stop.event == event.type;
            if (!stop.matches(event.type, event.subject))
                continue;
            if (!subject) {
                ++m_counters.withoutKey;
                continue;
            }
            m_timerAt.remove(id);
            m_hidden.remove(id);
            if (const auto open = m_open.constFind(id); open != m_open.cend()) {
                changes.append({AlertChange::Kind::Resolved, alert(quint32(r), *subject, *open), at,
                                u"satisfied by %1"_s.arg(event.type)});
                m_open.erase(open);
            }
        }
        if (!rule.start.matches(event.type, event.subject))
            continue;
        if (!subject) {
            ++m_counters.withoutKey;
            continue;
        }
        if (m_timerAt.contains(id) || m_open.contains(id) || m_hidden.contains(id)) {
            ++m_counters.duplicates;
            continue;
        }
        if (!rule.deadline) { // an instant rule: its condition is the problem
            raise(quint32(r), *subject, at, -1, changes);
            continue;
        }
        const qint64 deadline = rule.deadline->after(event.timeMs);
        schedule(
            {rule.lead ? rule.lead->before(deadline) : deadline, deadline, quint32(r), *subject});
    }
    if (!listened)
        ++m_counters.ignored;

    // A subject no longer under an exception: what came due meanwhile is raised now.
    QList<Timer> released;
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (touched.contains(it->subject) && !hidden(m_rules.rules[int(it->rule)], it->subject)) {
            released.append(it.value());
            it = m_hidden.erase(it);
        } else {
            ++it;
        }
    }
    for (const Timer &t : std::as_const(released))
        raise(t.rule, t.subject, at, t.deadlineMs, changes);
    return changes;
}

QList<Alert> RuleEngine::openAlerts() const
{
    QList<Alert> alerts;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        alerts.append(alert(quint32(it.key() >> 32), quint32(it.key()), it.value()));
    return alerts;
}

int RuleEngine::runningDeadlines() const
{
    return int(m_timerAt.size());
}

QJsonObject RuleEngine::saveState() const
{
    const auto timerJson = [this](const Timer &t) {
        const Rule &rule = m_rules.rules[int(t.rule)];
        return QJsonObject{{u"rule"_s, rule.id},
                           {u"subject"_s, subjectKey(rule, t.subject)},
                           {u"deadlineMs"_s, t.deadlineMs},
                           {u"fireMs"_s, t.fireMs}};
    };
    QJsonArray timers;
    for (const Timer &t : m_heap) {
        if (m_timerAt.value(slot(t.rule, t.subject), -1) == t.fireMs)
            timers.append(timerJson(t));
    }
    QJsonArray hiddenTimers;
    for (const Timer &t : m_hidden)
        hiddenTimers.append(timerJson(t));
    QJsonArray open;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        const Rule &rule = m_rules.rules[int(it.key() >> 32)];
        open.append(QJsonObject{{u"rule"_s, rule.id},
                                {u"subject"_s, subjectKey(rule, quint32(it.key()))},
                                {u"raisedMs"_s, it->raisedMs},
                                {u"deadlineMs"_s, it->deadlineMs}});
    }
    QJsonArray silences;
    for (auto it = m_silences.cbegin(); it != m_silences.cend(); ++it) {
        const Rule &rule = m_rules.rules[int(it.key() >> 32)];
        silences.append(QJsonObject{{u"rule"_s, rule.id},
                                    {u"subject"_s, subjectKey(rule, quint32(it.key()))},
                                    {u"by"_s, it->by},
                                    {u"reason"_s, it->reason},
                                    {u"untilMs"_s, it->untilMs}});
    }
    QJsonArray subjects;
    for (quint32 s = 0; s < m_subjects.size(); ++s) {
        QJsonObject fields;
        for (int i = 0; i < m_fields.size(); ++i) {
            const QString value = field(s, i);
            if (!value.isEmpty())
                fields.insert(m_fields[i], value);
        }
        subjects.append(fields);
    }
    return {{u"format"_s, u"jiandu-rule-state/2"_s},
            {u"nowMs"_s, m_nowMs},
            {u"timers"_s, timers},
            {u"hidden"_s, hiddenTimers},
            {u"open"_s, open},
            {u"silences"_s, silences},
            {u"subjects"_s, subjects}};
}

bool RuleEngine::restoreState(const QJsonObject &state)
{
    if (state.value(u"format"_s).toString() != u"jiandu-rule-state/2")
        return false;
    m_heap.clear();
    m_timerAt.clear();
    m_open.clear();
    m_hidden.clear();
    m_silences.clear();
    m_silences.clear();
    m_subjects.clear();
    m_byKey.clear();
    m_byKeyExact.clear();
    m_nowMs = state.value(u"nowMs"_s).toInteger();
    for (const QJsonValue &v : state.value(u"subjects"_s).toArray())
        subjectsOf(v.toObject());
    // "rule", "subject" ("field=value") → indexes; unknown or switched-off rules are dropped.
    const auto locate = [this](const QJsonObject &o) -> std::optional<QPair<quint32, quint32>> {
        const auto rule = m_ruleIndex.constFind(o.value(u"rule"_s).toString());
        if (rule == m_ruleIndex.cend() || !m_rules.rules[rule.value()].enabled)
            return std::nullopt;
        const QString key = o.value(u"subject"_s).toString();
        const qsizetype eq = key.indexOf(u'=');
        const auto subject = findSubject(m_fieldIndex.value(key.left(eq), -1), key.mid(eq + 1));
        if (eq < 0 || !subject)
            return std::nullopt;
        return QPair<quint32, quint32>{quint32(rule.value()), *subject};
    };
    const auto timers = [&](const QString &name, const auto &keep) {
        for (const QJsonValue &v : state.value(name).toArray()) {
            const QJsonObject t = v.toObject();
            if (const auto at = locate(t))
                keep(Timer{t.value(u"fireMs"_s).toInteger(), t.value(u"deadlineMs"_s).toInteger(),
                           at->first, at->second});
        }
    };
    timers(u"timers"_s, [this](const Timer &t) { schedule(t); });
    timers(u"hidden"_s, [this](const Timer &t) { m_hidden.insert(slot(t.rule, t.subject), t); });
    for (const QJsonValue &v : state.value(u"silences"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (const auto at = locate(o))
            m_silences.insert(slot(at->first, at->second),
                              {o.value(u"by"_s).toString(), o.value(u"reason"_s).toString(),
                               o.value(u"untilMs"_s).toInteger()});
    }
    for (const QJsonValue &v : state.value(u"open"_s).toArray()) {
        const QJsonObject a = v.toObject();
        if (const auto at = locate(a))
            m_open.insert(slot(at->first, at->second), {a.value(u"raisedMs"_s).toInteger(),
                                                        a.value(u"deadlineMs"_s).toInteger()});
    }
    return true;
}

} // namespace Jiandu
