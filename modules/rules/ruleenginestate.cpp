// The engine's state in two forms: one document (saveState / restoreState, for a rule change
// and older caches) and changes by subject and (subject, rule) for storing after each batch.
#include "ruleengine.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr char kSeparator = '\x1f';
const QString kIncrementalFormat = u"jiandu-rule-state/3"_s;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void RuleEngine::clearState()
{
    m_heap.clear();
    m_timerAt.clear();
    m_open.clear();
    m_hidden.clear();
    m_silences.clear();
    m_rates.clear();
    m_repeats.clear();
    m_satisfied.clear();
    m_subjects.clear();
    m_byKey.clear();
    m_byKeyExact.clear();
    m_changedSlots.clear();
    m_changedSubjects.clear();
    m_droppedEntries.clear();
    m_nowMs = 0;
}

QJsonObject RuleEngine::subjectFields(quint32 subject) const
{
    QJsonObject fields;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString value = field(subject, i);
        if (!value.isEmpty())
            fields.insert(m_fields[i], value);
    }
    return fields;
}

void RuleEngine::restoreSubject(quint32 subject, const QJsonObject &fields)
{
    while (m_subjects.size() <= subject)
        m_subjects.emplace_back(QByteArray(m_fields.size() - 1, kSeparator));
    QByteArray joined;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            joined += kSeparator;
        joined += fields.value(m_fields[i]).toString().toUtf8().replace(kSeparator, "");
    }
    m_subjects[subject] = joined;
    // Filed under each of its keys as when it was made (RuleEngine::subjectsOf).
    for (int keyField : std::as_const(m_keyFields)) {
        const QString value = fields.value(m_fields[keyField]).toString();
        if (value.isEmpty())
            continue;
        const quint64 hash = keyHash(keyField, value);
        const auto at = m_byKey.constFind(hash);
        if (at == m_byKey.cend())
            m_byKey.insert(hash, subject);
        else if (at.value() != subject)
            m_byKeyExact.insert(m_fields[keyField] + u'=' + value, subject);
    }
}

QJsonArray RuleEngine::ratesJson() const
{
    QJsonArray rates;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        QJsonObject counts, openRates;
        for (auto c = it->counts.cbegin(); c != it->counts.cend(); ++c)
            counts.insert(c.key(), QJsonArray{c->first, c->second});
        for (auto o = it->open.cbegin(); o != it->open.cend(); ++o)
            openRates.insert(o.key(), QJsonArray{o->raisedMs, it->rates.value(o.key())});
        rates.append(QJsonObject{{u"rule"_s, m_rules.rules[it.key()].id},
                                 {u"periodEndMs"_s, it->windowEndMs},
                                 {u"counts"_s, counts},
                                 {u"open"_s, openRates}});
    }
    return rates;
}

void RuleEngine::restoreRates(const QJsonArray &rates)
{
    for (const QJsonValue &v : rates) {
        const QJsonObject o = v.toObject();
        const int rule = m_ruleIndex.value(o.value(u"rule"_s).toString(), -1);
        if (rule < 0 || !m_rules.rules[rule].rate || !m_rules.rules[rule].enabled)
            continue;
        RateState &rate = m_rates[rule];
        rate.windowEndMs = o.value(u"periodEndMs"_s).toInteger();
        const QJsonObject counts = o.value(u"counts"_s).toObject();
        for (auto c = counts.begin(); c != counts.end(); ++c)
            rate.counts.insert(c.key(), {c.value()[0].toInt(), c.value()[1].toInt()});
        const QJsonObject opened = o.value(u"open"_s).toObject();
        for (auto c = opened.begin(); c != opened.end(); ++c) {
            rate.open.insert(c.key(), {c.value()[0].toInteger(), -1});
            rate.rates.insert(c.key(), c.value()[1].toDouble());
        }
    }
}

// One (rule, subject): its timer (t), hidden timer (h), open alert (o), silence (s), repeat
// times (r) and the time it was last satisfied (a). Empty when there is nothing to keep.
QByteArray RuleEngine::entryState(quint64 id) const
{
    QJsonObject o;
    if (const auto t = m_timerAt.constFind(id); t != m_timerAt.cend())
        o.insert(u"t"_s, QJsonArray{t->fireMs, t->deadlineMs});
    if (const auto h = m_hidden.constFind(id); h != m_hidden.cend())
        o.insert(u"h"_s, QJsonArray{h->fireMs, h->deadlineMs});
    if (const auto a = m_open.constFind(id); a != m_open.cend())
        o.insert(u"o"_s, QJsonArray{a->raisedMs, a->deadlineMs});
    if (const auto s = m_silences.constFind(id); s != m_silences.cend())
        o.insert(u"s"_s, QJsonArray{s->by, s->reason, s->untilMs});
    if (const auto r = m_repeats.constFind(id); r != m_repeats.cend() && !r->isEmpty()) {
        QJsonArray times;
        for (qint64 at : *r)
            times.append(at);
        o.insert(u"r"_s, times);
    }
    if (const auto a = m_satisfied.constFind(id); a != m_satisfied.cend())
        o.insert(u"a"_s, a.value());
    return o.isEmpty() ? QByteArray() : compact(o);
}

bool RuleEngine::hasStateChanges() const
{
    return m_changedAll || !m_changedSlots.isEmpty() || !m_changedSubjects.isEmpty() ||
           !m_droppedEntries.isEmpty() || m_globalChanged;
}

RuleEngine::StateChanges RuleEngine::stateChanges() const
{
    StateChanges changes;
    changes.complete = m_changedAll;
    changes.global = compact(
        {{u"format"_s, kIncrementalFormat}, {u"nowMs"_s, m_nowMs}, {u"rates"_s, ratesJson()}});
    const auto addEntry = [this, &changes](quint64 id) {
        const Rule &rule = m_rules.rules[int(id >> 32)];
        changes.entries.emplace_back(qint64(quint32(id)), rule.id, entryState(id));
    };
    if (m_changedAll) {
        changes.subjects.reserve(m_subjects.size());
        for (quint32 s = 0; s < m_subjects.size(); ++s)
            changes.subjects.emplace_back(s, compact(subjectFields(s)));
        QSet<quint64> ids;
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_hidden.cbegin(); it != m_hidden.cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_timerAt.cbegin(); it != m_timerAt.cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_silences.cbegin(); it != m_silences.cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_repeats.cbegin(); it != m_repeats.cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_satisfied.cbegin(); it != m_satisfied.cend(); ++it)
            ids.insert(it.key());
        changes.entries.reserve(ids.size());
        for (quint64 id : std::as_const(ids))
            addEntry(id);
        return changes;
    }
    changes.subjects.reserve(m_changedSubjects.size());
    for (quint32 s : m_changedSubjects)
        changes.subjects.emplace_back(s, compact(subjectFields(s)));
    changes.entries.reserve(m_changedSlots.size() + m_droppedEntries.size());
    for (quint64 id : m_changedSlots)
        addEntry(id);
    for (const auto &[subject, rule] : m_droppedEntries)
        changes.entries.emplace_back(subject, rule, QByteArray());
    return changes;
}

void RuleEngine::stateSaved()
{
    m_changedAll = false;
    m_globalChanged = false;
    m_changedSlots.clear();
    m_changedSubjects.clear();
    m_droppedEntries.clear();
}

bool RuleEngine::restoreState(
    const QByteArray &global,
    const std::function<bool(qint64 &subject, QByteArray &fields)> &nextSubject,
    const std::function<bool(qint64 &subject, QString &rule, QByteArray &state)> &nextEntry)
{
    clearState();
    m_changedAll = true; // nothing is tracked while reading; what is read is what is stored
    const QJsonObject g = QJsonDocument::fromJson(global).object();
    if (g.value(u"format"_s).toString() != kIncrementalFormat)
        return false; // empty, and the next changes replace what could not be read
    m_nowMs = g.value(u"nowMs"_s).toInteger();
    restoreRates(g.value(u"rates"_s).toArray());
    qint64 subject = 0;
    QByteArray fields;
    while (nextSubject(subject, fields)) {
        // Numbers are dense (subjects are never removed): a far jump is damage, not a subject,
        // and must not make the engine allocate for it.
        if (subject >= 0 && subject <= qint64(m_subjects.size()) + 1'000'000)
            restoreSubject(quint32(subject), QJsonDocument::fromJson(fields).object());
    }
    QString ruleId;
    QByteArray state;
    while (nextEntry(subject, ruleId, state)) {
        const auto rule = m_ruleIndex.constFind(ruleId);
        if (rule == m_ruleIndex.cend() || !m_rules.rules[rule.value()].enabled || subject < 0 ||
            quint64(subject) >= m_subjects.size()) {
            m_droppedEntries.append({subject, ruleId});
            continue;
        }
        const quint32 r = quint32(rule.value());
        const quint32 s = quint32(subject);
        const quint64 id = slot(r, s);
        const QJsonObject o = QJsonDocument::fromJson(state).object();
        if (const QJsonArray t = o.value(u"t"_s).toArray(); t.size() == 2)
            schedule({t[0].toInteger(), t[1].toInteger(), r, s});
        if (const QJsonArray h = o.value(u"h"_s).toArray(); h.size() == 2)
            m_hidden.insert(id, {h[0].toInteger(), h[1].toInteger(), r, s});
        if (const QJsonArray a = o.value(u"o"_s).toArray(); a.size() == 2)
            m_open.insert(id, {a[0].toInteger(), a[1].toInteger()});
        if (const QJsonArray q = o.value(u"s"_s).toArray(); q.size() == 3)
            m_silences.insert(id, {q[0].toString(), q[1].toString(), q[2].toInteger()});
        if (const QJsonArray times = o.value(u"r"_s).toArray(); !times.isEmpty()) {
            QList<qint64> &kept = m_repeats[id];
            for (const QJsonValue &at : times)
                kept.append(at.toInteger());
        }
        if (const QJsonValue a = o.value(u"a"_s); a.isDouble())
            m_satisfied.insert(id, a.toInteger());
    }
    // What was read is what is stored: nothing to write but the entries dropped.
    m_changedSlots.clear();
    m_changedSubjects.clear();
    m_changedAll = false;
    m_globalChanged = false;
    return true;
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
        if (const auto live = m_timerAt.constFind(slot(t.rule, t.subject));
            live != m_timerAt.cend() && live->fireMs == t.fireMs)
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
    for (quint32 s = 0; s < m_subjects.size(); ++s)
        subjects.append(subjectFields(s));
    const QJsonArray rates = ratesJson();
    QJsonArray repeats;
    for (auto it = m_repeats.cbegin(); it != m_repeats.cend(); ++it) {
        const Rule &rule = m_rules.rules[int(it.key() >> 32)];
        QJsonArray times;
        for (qint64 t : it.value())
            times.append(t);
        repeats.append(QJsonObject{{u"rule"_s, rule.id},
                                   {u"subject"_s, subjectKey(rule, quint32(it.key()))},
                                   {u"times"_s, times}});
    }
    QJsonArray satisfied;
    for (auto it = m_satisfied.cbegin(); it != m_satisfied.cend(); ++it) {
        const Rule &rule = m_rules.rules[int(it.key() >> 32)];
        satisfied.append(QJsonObject{{u"rule"_s, rule.id},
                                     {u"subject"_s, subjectKey(rule, quint32(it.key()))},
                                     {u"atMs"_s, it.value()}});
    }
    return {{u"format"_s, u"jiandu-rule-state/2"_s},
            {u"nowMs"_s, m_nowMs},
            {u"timers"_s, timers},
            {u"hidden"_s, hiddenTimers},
            {u"open"_s, open},
            {u"silences"_s, silences},
            {u"rates"_s, rates},
            {u"repeats"_s, repeats},
            {u"satisfied"_s, satisfied},
            {u"subjects"_s, subjects}};
}

bool RuleEngine::restoreState(const QJsonObject &state)
{
    if (state.value(u"format"_s).toString() != u"jiandu-rule-state/2")
        return false;
    clearState();
    m_changedAll = true; // subjects are numbered anew: the next changes are complete
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
    restoreRates(state.value(u"rates"_s).toArray());
    for (const QJsonValue &v : state.value(u"repeats"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (const auto at = locate(o)) {
            QList<qint64> times;
            for (const QJsonValue &t : o.value(u"times"_s).toArray())
                times.append(t.toInteger());
            m_repeats.insert(slot(at->first, at->second), times);
        }
    }
    for (const QJsonValue &v : state.value(u"satisfied"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (const auto at = locate(o))
            m_satisfied.insert(slot(at->first, at->second), o.value(u"atMs"_s).toInteger());
    }
    return true;
}

} // namespace Jiandu
