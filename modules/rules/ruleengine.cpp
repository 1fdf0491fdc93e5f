#include "ruleengine.h"

#include "eventfeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <algorithm>
#include <core/idnumber.h>
#include <core/localtime.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr char kSeparator = '\x1f';

bool later(const auto &a, const auto &b)
{
    return a.fireMs > b.fireMs;
}

} // namespace

quint64 RuleEngine::keyHash(int keyField, QStringView value)
{
    return (quint64(qHash(value, 0x6a69616e)) * 31) ^ quint64(keyField);
}

RuleEngine::RuleEngine(RuleSet rules)
    : m_rules(std::move(rules))
{
    indexRules();
}

void RuleEngine::indexRules()
{
    m_ruleIndex.clear();
    m_byEvent.clear();
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
        QSet<QString> events{rule.start.event};
        for (const EventMatch &stop : rule.stop)
            events.insert(stop.event);
        if (rule.rate)
            events.unite({rule.rate->of.event, rule.rate->met.event});
        for (const QString &event : std::as_const(events))
            m_byEvent[event].append(i);
        if (rule.rate) // judged per group (e.g. unit): not a key that names a subject
            continue;
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
    restoreState(state); // subjects may be numbered anew: the next changes are complete
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
        // Its fields: what the event says replaces what was known (UTF-8, one string). Only
        // the event's own fields are looked at, and the old string is read in place: one
        // allocation per update, not one per field.
        const QByteArray &old = m_subjects[*subject];
        QVarLengthArray<QByteArrayView, 48> parts(m_fields.size());
        qsizetype from = 0;
        for (int i = 0; i < m_fields.size(); ++i) {
            const qsizetype end = i + 1 < m_fields.size() ? old.indexOf(kSeparator, from) : -1;
            const qsizetype to = end < 0 ? old.size() : end;
            parts[i] = QByteArrayView(old).sliced(std::min(from, old.size()),
                                                  std::max<qsizetype>(0, to - from));
            from = to + 1;
        }
        QVarLengthArray<QByteArray, 8> given;
        given.reserve(fields.size());
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const auto index = m_fieldIndex.constFind(it.key());
            if (index == m_fieldIndex.cend() || it.value().isUndefined() || it.value().isNull())
                continue;
            given.append(it.value().isArray()
                             ? EventMatch::values(it.value()).join(u"、"_s).toUtf8()
                             : it.value().toVariant().toString().toUtf8());
            given.back().replace(kSeparator, "");
            parts[index.value()] = given.back();
        }
        QByteArray updated;
        qsizetype length = m_fields.size();
        for (const QByteArrayView &part : parts)
            length += part.size();
        updated.reserve(length);
        for (int i = 0; i < m_fields.size(); ++i) {
            if (i > 0)
                updated += kSeparator;
            updated += parts[i];
        }
        if (m_subjects[*subject] != updated) {
            m_subjects[*subject] = std::move(updated);
            if (!m_changedAll)
                m_changedSubjects.insert(*subject);
        }
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
    text.replace(u"{alertTime}"_s, localTimeText(raised.raisedMs));
    text.replace(u"{deadline}"_s,
                 raised.deadlineMs >= 0 ? localTimeText(raised.deadlineMs) : QString());
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
    changed(slot(quint32(rule.value()), *subject));
    return true;
}

void RuleEngine::raise(quint32 rule, quint32 subject, qint64 atMs, qint64 deadlineMs,
                       QList<AlertChange> &changes)
{
    const quint64 id = slot(rule, subject);
    if (m_open.contains(id))
        return;
    changed(id);
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
    m_timerAt.insert(slot(timer.rule, timer.subject), {timer.fireMs, timer.deadlineMs});
    changed(slot(timer.rule, timer.subject));
}

QList<AlertChange> RuleEngine::advanceTo(qint64 nowMs, int limit)
{
    QList<AlertChange> changes;
    while (!m_heap.empty() && m_heap.front().fireMs <= nowMs) {
        if (limit >= 0 && changes.size() >= limit) {
            // A full batch: the clock stops at the last deadline fired, the rest follow with
            // the next call.
            m_nowMs = std::max(m_nowMs, m_heap.front().fireMs - 1);
            return changes;
        }
        std::pop_heap(m_heap.begin(), m_heap.end(), later<Timer, Timer>);
        const Timer timer = m_heap.back();
        m_heap.pop_back();
        const auto live = m_timerAt.constFind(slot(timer.rule, timer.subject));
        if (live == m_timerAt.cend() || live->fireMs != timer.fireMs)
            continue; // cancelled (or restarted) since it was scheduled
        m_timerAt.erase(live);
        changed(slot(timer.rule, timer.subject));
        if (m_rules.rules[int(timer.rule)].enabled)
            raise(timer.rule, timer.subject, std::max(timer.fireMs, m_nowMs), timer.deadlineMs,
                  changes);
    }
    // Cancelled timers are left in the heap until they come up; keep it from growing
    // without bound when most are cancelled.
    if (m_heap.size() > 1024 && m_heap.size() > 4 * size_t(m_timerAt.size())) {
        std::erase_if(m_heap, [this](const Timer &t) {
            const auto live = m_timerAt.constFind(slot(t.rule, t.subject));
            return live == m_timerAt.cend() || live->fireMs != t.fireMs;
        });
        std::make_heap(m_heap.begin(), m_heap.end(), later<Timer, Timer>);
    }
    closeRatePeriods(nowMs, changes);
    // Answers are remembered for re-deliveries of their start, but not for ever: a start
    // re-sent more than 90 days after its answer is no longer recognised.
    if (size_t(m_satisfied.size()) > m_satisfiedPruneAt) {
        constexpr qint64 kKeepMs = 90 * 86400'000LL;
        m_satisfied.removeIf([this](const auto &entry) {
            if (entry.value() >= m_nowMs - kKeepMs)
                return false;
            changed(entry.key());
            return true;
        });
        m_satisfiedPruneAt = std::max<size_t>(4096, 2 * size_t(m_satisfied.size()));
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
        changed(id);
        if (const auto open = m_open.constFind(id); open != m_open.cend())
            changes.append({AlertChange::Kind::Raised,
                            alert(quint32(id >> 32), quint32(id), open.value()),
                            endedMs,
                            {}});
    }
    if (nowMs > m_nowMs) {
        m_nowMs = nowMs;
        m_globalChanged = true;
    }
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

RuleEvent RuleEngine::withDerivedFacts(const RuleEvent &event)
{
    // What the ID number says of its holder on the day of the event: minors and people of
    // 70 or more are special persons (seed 004, 特殊人员进入办案区) whether or not the
    // registering officer ticked the box.
    const auto id = IdNumber::parse(event.subject.value(u"idCard"_s).toString());
    const QDate day = QDateTime::fromMSecsSinceEpoch(event.timeMs).date();
    if (!id || id->birthDate() > day) // born after the event: not this person's number
        return event;
    const int age = id->ageOn(day);
    const QString derived = age < 18 ? u"未成年人员"_s : age >= 70 ? u"高龄人员"_s : QString();
    if (derived.isEmpty())
        return event;
    QStringList categories = EventMatch::values(event.subject.value(u"category"_s));
    if (categories.contains(derived))
        return event;
    categories.append(derived);
    RuleEvent enriched = event;
    enriched.subject.insert(
        u"category"_s, categories.size() == 1 ? QJsonValue(categories.constFirst())
                                              : QJsonValue(QJsonArray::fromStringList(categories)));
    return enriched;
}

QList<AlertChange> RuleEngine::apply(const RuleEvent &given)
{
    const RuleEvent event = withDerivedFacts(given);
    ++m_counters.events;
    if (event.timeMs < m_nowMs)
        ++m_counters.late;
    QList<AlertChange> changes = advanceTo(event.timeMs);
    const qint64 at = std::max(event.timeMs, m_nowMs);
    const QList<quint32> touched = subjectsOf(event.subject);

    // Only the rules that start, stop or count on this type of event.
    const QList<int> listening = m_byEvent.value(event.type);
    const bool listened = !listening.isEmpty();
    countRates(event, listening);
    for (int r : listening) {
        const Rule &rule = m_rules.rules[r];
        if (!rule.enabled)
            continue;
        if (rule.rate)
            continue;
        const QString value = event.subject.value(rule.key).toVariant().toString();
        const std::optional<quint32> subject =
            value.isEmpty() ? std::nullopt : findSubject(m_fieldIndex.value(rule.key), value);
        const quint64 id = subject ? slot(quint32(r), *subject) : 0;
        for (const EventMatch &stop : rule.stop) {
            if (!stop.matches(event.type, event.subject, event.timeMs))
                continue;
            if (!subject) {
                ++m_counters.withoutKey;
                continue;
            }
            m_timerAt.remove(id);
            m_hidden.remove(id);
            changed(id);
            qint64 &satisfiedMs = m_satisfied[id];
            satisfiedMs = std::max(satisfiedMs, event.timeMs);
            if (const auto open = m_open.constFind(id); open != m_open.cend()) {
                changes.append({AlertChange::Kind::Resolved, alert(quint32(r), *subject, *open), at,
                                u"satisfied by %1"_s.arg(event.type)});
                m_open.erase(open);
            }
        }
        if (!rule.start.matches(event.type, event.subject, event.timeMs))
            continue;
        if (!subject) {
            ++m_counters.withoutKey;
            continue;
        }
        if (rule.repeat) { // the problem is the start happening again and again
            if (repeated(r, *subject, event.timeMs))
                raise(quint32(r), *subject, at, -1, changes);
            continue;
        }
        if (m_timerAt.contains(id) || m_open.contains(id) || m_hidden.contains(id)) {
            ++m_counters.duplicates;
            continue;
        }
        if (rule.isInstant()) { // its condition is the problem
            raise(quint32(r), *subject, at, -1, changes);
            continue;
        }
        if (const auto done = m_satisfied.constFind(id);
            done != m_satisfied.cend() && event.timeMs <= done.value()) {
            ++m_counters.satisfied;
            continue;
        }
        // From the event's time, or from the date the event carries; plus the length of time.
        qint64 deadline = rule.deadlineAt.isEmpty()
                              ? event.timeMs
                              : EventFeed::parseTime(event.subject.value(rule.deadlineAt));
        if (deadline >= 0 && rule.deadline)
            deadline = rule.deadline->after(deadline);
        if (deadline < 0) {
            ++m_counters.withoutDeadline;
            continue;
        }
        schedule(
            {rule.lead ? rule.lead->before(deadline) : deadline, deadline, quint32(r), *subject});
    }
    if (!listened)
        ++m_counters.ignored;

    // A subject no longer under an exception: what came due meanwhile is raised now.
    QList<Timer> released;
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (touched.contains(it->subject) && !hidden(m_rules.rules[int(it->rule)], it->subject)) {
            changed(it.key());
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

const Rule *RuleEngine::rule(const QString &id) const
{
    const auto it = m_ruleIndex.constFind(id);
    return it == m_ruleIndex.cend() ? nullptr : &m_rules.rules[it.value()];
}

QList<Alert> RuleEngine::openAlerts() const
{
    QList<Alert> alerts;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        alerts.append(alert(quint32(it.key() >> 32), quint32(it.key()), it.value()));
    for (auto rule = m_rates.cbegin(); rule != m_rates.cend(); ++rule) {
        for (auto it = rule->open.cbegin(); it != rule->open.cend(); ++it)
            alerts.append(rateAlert(rule.key(), it.key(), it.value(), rule->rates.value(it.key())));
    }
    return alerts;
}

qint64 RuleEngine::periodEnd(const Rule &rule, qint64 atMs) const
{
    // Calendar periods, counted from Monday 1 January 2001 in local time: "1d" ends at
    // midnight, "7d" on Mondays, "1mo" on the first of the month, "3mo" at quarter ends.
    static const QDate origin(2001, 1, 1);
    const QDate day = QDateTime::fromMSecsSinceEpoch(atMs).date();
    const Duration &period = rule.rate->period;
    QDate end;
    if (period.months > 0) {
        const int months = (day.year() - origin.year()) * 12 + day.month() - 1;
        end = origin.addMonths((months / period.months + 1) * period.months);
    } else {
        const qint64 length = std::max<qint64>(1, period.ms / 86400000);
        end = origin.addDays((origin.daysTo(day) / length + 1) * length);
    }
    return end.startOfDay().toMSecsSinceEpoch();
}

void RuleEngine::countRates(const RuleEvent &event, const QList<int> &listening)
{
    for (int r : listening) {
        const Rule &rule = m_rules.rules[r];
        if (!rule.rate || !rule.enabled)
            continue;
        const bool of = rule.rate->of.matches(event.type, event.subject, event.timeMs);
        const bool met = rule.rate->met.matches(event.type, event.subject, event.timeMs);
        if (!of && !met)
            continue;
        const QString group = event.subject.value(rule.rate->per).toVariant().toString();
        if (group.isEmpty()) {
            ++m_counters.withoutKey;
            continue;
        }
        RateState &state = m_rates[r];
        m_globalChanged = true;
        if (!state.windowEndMs)
            state.windowEndMs = periodEnd(rule, event.timeMs);
        auto &counts = state.counts[group];
        counts.first += of ? 1 : 0;
        counts.second += met ? 1 : 0;
    }
}

void RuleEngine::closeRatePeriods(qint64 nowMs, QList<AlertChange> &changes)
{
    for (auto it = m_rates.begin(); it != m_rates.end(); ++it) {
        RateState &state = it.value();
        if (!state.windowEndMs || state.windowEndMs > nowMs)
            continue;
        const Rule &rule = m_rules.rules[it.key()];
        const qint64 end = state.windowEndMs;
        m_globalChanged = true;
        for (auto group = state.counts.cbegin(); group != state.counts.cend(); ++group) {
            const auto [of, met] = group.value();
            if (of < rule.rate->minimum)
                continue;
            const double rate = std::min(1.0, double(met) / of);
            if (rate < rule.rate->below) {
                state.rates.insert(group.key(), rate);
                if (!state.open.contains(group.key())) {
                    const Raised raised{end, -1};
                    state.open.insert(group.key(), raised);
                    changes.append({AlertChange::Kind::Raised,
                                    rateAlert(it.key(), group.key(), raised, rate),
                                    end,
                                    {}});
                }
            } else if (const auto open = state.open.constFind(group.key());
                       open != state.open.cend()) {
                changes.append({AlertChange::Kind::Resolved,
                                rateAlert(it.key(), group.key(), open.value(), rate), end,
                                u"the rate is %1%"_s.arg(rate * 100, 0, 'f', 1)});
                state.open.erase(open);
                state.rates.remove(group.key());
            }
        }
        state.counts.clear();
        state.windowEndMs = periodEnd(rule, std::max(end, nowMs));
        if (!rule.enabled)
            state.windowEndMs = 0;
    }
}

Alert RuleEngine::rateAlert(int ruleIndex, const QString &group, const Raised &raised,
                            double rate) const
{
    const Rule &rule = m_rules.rules[ruleIndex];
    QString text = rule.message;
    text.replace(u'{' + rule.rate->per + u'}', group);
    text.replace(u"{alertTime}"_s, localTimeText(raised.raisedMs));
    text.replace(u"{rate}"_s, u"%1%"_s.arg(rate * 100, 0, 'f', 1));
    text.replace(u"{threshold}"_s, u"%1%"_s.arg(rule.rate->below * 100, 0, 'f', 0));
    text.replace(u"{rule}"_s, rule.name);
    Alert a;
    a.ruleId = rule.id;
    a.subjectKey = rule.rate->per + u'=' + group;
    a.element = rule.element;
    a.tier = rule.tier;
    a.colour = rule.colour;
    a.score = rule.score;
    a.message = text;
    a.raisedMs = raised.raisedMs;
    a.subject.insert(rule.rate->per, group);
    return a;
}

bool RuleEngine::repeated(int ruleIndex, quint32 subject, qint64 atMs)
{
    const Rule &rule = m_rules.rules[ruleIndex];
    changed(slot(quint32(ruleIndex), subject));
    QList<qint64> &times = m_repeats[slot(quint32(ruleIndex), subject)];
    times.append(atMs);
    std::sort(times.begin(), times.end());
    const qint64 from = rule.repeat->within.before(atMs);
    times.removeIf([from](qint64 t) { return t < from; });
    return times.size() >= rule.repeat->count;
}

int RuleEngine::runningDeadlines() const
{
    return int(m_timerAt.size());
}

} // namespace Jiandu
