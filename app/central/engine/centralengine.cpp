#include "centralengine.h"

#include "../db/postgres.h"
#include "../sync/changelog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <rules/ruleengine.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

// The advisory lock that makes an instance the evaluating one.
constexpr const char *kLeaderLock = "7363002";

// The queue is taken from its low end, above the last sequence number taken: the index
// entries of rows already deleted (not yet vacuumed) are not walked again and again. An
// intake transaction that commits after a higher one was taken is found by the sweep from
// zero the engine makes whenever the queue above the mark is empty, and every few seconds.
// (The batch size is part of the text, and the rows go by their keys, = ANY(ARRAY(…)): an
// IN (subquery) is planned as a hash join over the whole queue.)
const char *const kTakeEvents =
    "WITH taken AS (DELETE FROM event_queue WHERE seq = ANY(ARRAY(SELECT seq FROM event_queue "
    "WHERE seq > $1 ORDER BY seq LIMIT 5000)) RETURNING seq) "
    "SELECT e.type, e.time_ms, e.subject::text, e.seq FROM event e JOIN taken USING (seq) "
    "ORDER BY e.seq";

// Alerts are written a batch at a time: one statement for a run of raises, one for a run of
// resolutions (a key seen twice in a run starts a new one, so the order of changes holds).
const char *const kRaise =
    "INSERT INTO alert (rule_id, subject_key, element, tier, colour, score, message, unit, "
    "raised_ms, deadline_ms, suppressed, subject) SELECT r, k, e, t, c, s, m, u, ra, "
    "NULLIF(d, -1), su, j FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], "
    "$5::text[], $6::int[], $7::text[], $8::text[], $9::bigint[], $10::bigint[], $11::boolean[], "
    "$12::jsonb[]) AS x(r, k, e, t, c, s, m, u, ra, d, su, j) ON CONFLICT (rule_id, subject_key) "
    "WHERE resolved_ms IS NULL DO UPDATE SET suppressed = EXCLUDED.suppressed";

const char *const kResolve =
    "UPDATE alert a SET resolved_ms = x.at, resolve_reason = x.why FROM unnest($1::text[], "
    "$2::text[], $3::bigint[], $4::text[]) AS x(r, k, at, why) WHERE a.rule_id = x.r "
    "AND a.subject_key = x.k AND a.resolved_ms IS NULL";

class AlertBatch
{
public:
    explicit AlertBatch(PgConnection &c)
        : m_c(c)
    {}

    void add(const AlertChange &change)
    {
        const bool resolve = change.kind == AlertChange::Kind::Resolved;
        const Alert &a = change.alert;
        const QString key = a.ruleId + u'\n' + a.subjectKey;
        if ((m_count && resolve != m_resolving) || m_keys.contains(key))
            flush();
        m_resolving = resolve;
        m_keys.insert(key);
        ++m_count;
        m_rule.append(a.ruleId.toUtf8());
        m_key.append(a.subjectKey.toUtf8());
        m_at.append(change.atMs);
        if (resolve) {
            m_text.append(change.reason.toUtf8());
            return;
        }
        m_element.append(a.element.toUtf8());
        m_tier.append(int(a.tier));
        m_colour.append(a.colour.toUtf8());
        m_score.append(a.score);
        m_text.append(a.message.toUtf8());
        m_unit.append(a.subject.value(u"unit"_s).toString().toUtf8());
        m_deadline.append(a.deadlineMs >= 0 ? a.deadlineMs : -1);
        m_suppressed.append(change.kind == AlertChange::Kind::Suppressed ? "t" : "f");
        m_subject.append(QJsonDocument(a.subject).toJson(QJsonDocument::Compact));
    }

    void flush()
    {
        if (!m_count)
            return;
        if (m_resolving)
            m_c.execPrepared("engine_resolve", kResolve,
                             {pgArray(m_rule), pgArray(m_key), pgArray(m_at), pgArray(m_text)});
        else
            m_c.execPrepared("engine_raise", kRaise,
                             {pgArray(m_rule), pgArray(m_key), pgArray(m_element), pgArray(m_tier),
                              pgArray(m_colour), pgArray(m_score), pgArray(m_text), pgArray(m_unit),
                              pgArray(m_at), pgArray(m_deadline), pgArray(m_suppressed),
                              pgArray(m_subject)});
        m_count = 0;
        m_keys.clear();
        for (auto *list :
             {&m_rule, &m_key, &m_element, &m_colour, &m_text, &m_unit, &m_suppressed, &m_subject})
            list->clear();
        for (auto *list : {&m_tier, &m_score, &m_at, &m_deadline})
            list->clear();
    }

private:
    PgConnection &m_c;
    int m_count = 0;
    bool m_resolving = false;
    QSet<QString> m_keys;
    QList<QByteArray> m_rule, m_key, m_element, m_colour, m_text, m_unit, m_suppressed, m_subject;
    QList<qint64> m_tier, m_score, m_at, m_deadline;
};

void say(const QString &instance, const QString &what)
{
    std::fprintf(stderr, "%s engine: %s\n", qPrintable(instance), qPrintable(what));
}

} // namespace

struct CentralEngine::Private
{
    RuleSet rules;
    std::unique_ptr<RuleEngine> engine;
    qint64 above = 0;   // the highest sequence number taken (the queue is empty below it)
    qint64 sweptMs = 0; // when the queue was last taken from zero
};

CentralEngine::CentralEngine(std::string databaseUrl, RuleSet rules, QString instance)
    : d(std::make_unique<Private>())
    , m_url(std::move(databaseUrl))
    , m_instance(std::move(instance))
{
    d->rules = std::move(rules);
}

CentralEngine::~CentralEngine()
{
    stop();
}

void CentralEngine::start()
{
    m_thread = std::thread([this] { run(); });
}

void CentralEngine::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CentralEngine::pause(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping.load(); });
}

void CentralEngine::run()
{
    while (!m_stopping) {
        try {
            PgConnection connection(m_url);
            connection.exec("LISTEN jiandu_events");
            while (!m_stopping) {
                const PgResult locked =
                    connection.exec("SELECT pg_try_advisory_lock($1)", {PgParam(kLeaderLock)});
                if (locked.view(0, 0) == "t") {
                    lead(connection);
                    break;
                }
                pause(1000);
            }
        } catch (const PgError &error) {
            // The database went away, or a statement failed: what this instance holds in
            // memory may be ahead of what was committed. Let go (the lock goes with the
            // connection) and start over from the stored state.
            if (m_leader)
                say(m_instance, u"stopped evaluating: %1"_s.arg(QString::fromUtf8(error.what())));
            m_leader = false;
            d->engine.reset();
            pause(1000);
        }
    }
}

void CentralEngine::lead(PgConnection &connection)
{
    restore(connection);
    m_leader = true;
    say(m_instance, u"evaluating the rules (%1 rules)"_s.arg(d->rules.rules.size()));
    while (!m_stopping) {
        if (!step(connection))
            connection.waitForNotification(250);
    }
    connection.exec("SELECT pg_advisory_unlock($1)", {PgParam(kLeaderLock)});
    m_leader = false;
}

void CentralEngine::restore(PgConnection &c)
{
    d->engine = std::make_unique<RuleEngine>(d->rules);
    d->above = 0;
    const PgResult global = c.exec("SELECT state FROM engine_global WHERE id = 1");
    if (global.rows() == 0)
        return;
    const PgResult subjects = c.exec("SELECT number, fields FROM engine_subject ORDER BY number");
    const PgResult entries = c.exec("SELECT subject, rule_id, state FROM engine_entry");
    int s = 0, e = 0;
    const bool ok = d->engine->restoreState(
        global.bytes(0, 0),
        [&](qint64 &subject, QByteArray &fields) {
            if (s >= subjects.rows())
                return false;
            subject = subjects.number(s, 0);
            fields = subjects.bytes(s, 1);
            ++s;
            return true;
        },
        [&](qint64 &subject, QString &rule, QByteArray &state) {
            if (e >= entries.rows())
                return false;
            subject = entries.number(e, 0);
            rule = entries.text(e, 1);
            state = entries.bytes(e, 2);
            ++e;
            return true;
        });
    if (!ok)
        say(m_instance, u"the stored engine state is not understood; starting empty"_s);
}

bool CentralEngine::step(PgConnection &c)
{
    RuleEngine &engine = *d->engine;
    PgTransaction transaction(c);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (nowMs - d->sweptMs > 5000) {
        d->above = 0;
        d->sweptMs = nowMs;
    }
    PgResult rows = c.execPrepared("engine_take", kTakeEvents, {pgNumber(d->above)});
    if (rows.rows() == 0 && d->above > 0) {
        d->above = 0;
        d->sweptMs = nowMs;
        rows = c.execPrepared("engine_take", kTakeEvents, {pgNumber(0)});
    }
    qint64 highest = d->above;
    QList<RuleEvent> events;
    events.reserve(rows.rows());
    for (int i = 0; i < rows.rows(); ++i) {
        events.append({rows.text(i, 0), rows.number(i, 1),
                       QJsonDocument::fromJson(rows.bytes(i, 2)).object()});
        highest = std::max(highest, rows.number(i, 3));
    }
    const qint64 now = nowMs;
    const QList<AlertChange> changes =
        events.isEmpty() ? engine.advanceTo(now, kBatch) : engine.process(events, now);
    if (events.isEmpty() && changes.isEmpty() && !engine.hasStateChanges())
        return false; // rolled back: nothing was taken

    if (!changes.isEmpty())
        c.exec(ChangeLog::kLock);
    AlertBatch alerts(c);
    for (const AlertChange &change : changes)
        alerts.add(change);
    alerts.flush();
    const bool stateChanged = engine.hasStateChanges();
    if (stateChanged) {
        const RuleEngine::StateChanges state = engine.stateChanges();
        if (state.complete)
            c.exec("TRUNCATE engine_subject, engine_entry");
        c.execPrepared("engine_global",
                       "INSERT INTO engine_global (id, state, saved_by) VALUES (1, $1, $2) "
                       "ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, "
                       "saved_by = EXCLUDED.saved_by, saved_at = now()",
                       {state.global, pgText(m_instance)});
        if (!state.subjects.empty()) {
            QList<qint64> numbers;
            QList<QByteArray> fields;
            for (const auto &[number, f] : state.subjects) {
                numbers.append(number);
                fields.append(f);
            }
            c.execPrepared("engine_subjects",
                           "INSERT INTO engine_subject (number, fields) SELECT * FROM "
                           "unnest($1::bigint[], $2::text[]) ON CONFLICT (number) DO UPDATE "
                           "SET fields = EXCLUDED.fields",
                           {pgArray(numbers), pgArray(fields)});
        }
        QList<qint64> keep, drop;
        QList<QByteArray> keepRules, keepStates, dropRules;
        for (const auto &[subject, rule, s] : state.entries) {
            if (s.isEmpty()) {
                drop.append(subject);
                dropRules.append(rule.toUtf8());
            } else {
                keep.append(subject);
                keepRules.append(rule.toUtf8());
                keepStates.append(s);
            }
        }
        if (!drop.isEmpty())
            c.execPrepared("engine_drop",
                           "DELETE FROM engine_entry e USING unnest($1::bigint[], $2::text[]) "
                           "AS x(s, r) WHERE e.subject = x.s AND e.rule_id = x.r",
                           {pgArray(drop), pgArray(dropRules)});
        if (!keep.isEmpty())
            c.execPrepared("engine_keep",
                           "INSERT INTO engine_entry (subject, rule_id, state) SELECT * FROM "
                           "unnest($1::bigint[], $2::text[], $3::text[]) ON CONFLICT "
                           "(subject, rule_id) DO UPDATE SET state = EXCLUDED.state",
                           {pgArray(keep), pgArray(keepRules), pgArray(keepStates)});
    }
    transaction.commit();
    d->above = highest;
    if (stateChanged)
        engine.stateSaved();
    return !events.isEmpty() || changes.size() >= kBatch;
}

} // namespace Jiandu::Central
