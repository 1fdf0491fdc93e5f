#include "ruleworker.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTimer>
#include <core/clock.h>
#include <moduleapi/ishell.h>
#include <rules/eventfeed.h>
#include <storage/localcache.h>
#include <storage/problemrepository.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRules, "jiandu.alerts.rules")

namespace Jiandu {

namespace {

AlertRecord recordOf(const Alert &alert)
{
    AlertRecord r;
    r.ruleId = alert.ruleId;
    r.subjectKey = alert.subjectKey;
    r.element = alert.element;
    r.unit = alert.subject.value(u"unit"_s).toString();
    r.tier = AlertRecord::Tier(int(alert.tier));
    r.colour = alert.colour;
    r.score = alert.score;
    r.message = alert.message;
    r.subjectJson = QString::fromUtf8(QJsonDocument(alert.subject).toJson(QJsonDocument::Compact));
    r.raisedMs = alert.raisedMs;
    r.deadlineMs = alert.deadlineMs;
    r.suppressedBy = alert.suppressedBy;
    r.suppressReason = alert.suppressReason;
    r.suppressedUntilMs = alert.suppressedUntilMs;
    return r;
}

} // namespace

RuleWorker::RuleWorker(Config config)
    : m_config(std::move(config))
    , m_engine(m_config.rules)
{}

RuleWorker::~RuleWorker() = default;

void RuleWorker::start()
{
    auto db = m_config.cache->openConnection();
    if (!db) {
        emit report(int(Severity::Critical), tr("Supervision alerts are not running"),
                    db.error().message);
        return;
    }
    m_db = std::move(db).value();
    AlertRepository alerts(m_db->connection());
    const auto state = alerts.loadEngineState();
    bool restored = false;
    if (state && !state->isEmpty()) {
        restored = m_engine.restoreState(QJsonDocument::fromJson(*state).object());
        if (!restored)
            emit report(int(Severity::Warning), tr("Rule engine state not understood"),
                        tr("The saved deadlines could not be read; they start again from the "
                           "next events."));
    }
    auto index = std::make_shared<AlertIndex>();
    if (auto scanned =
            alerts.scan([&index](const AlertRepository::Summary &s) { index->append(s); });
        !scanned)
        emit report(int(Severity::Critical), tr("The alerts could not be read"),
                    scanned.error().message);
    index->reorder();
    emit indexLoaded(index);
    qCInfo(lcRules) << "rule engine started:" << m_engine.rules().rules.size() << "rules,"
                    << m_engine.runningDeadlines() << "deadlines running," << index->size()
                    << "alerts";

    if (m_config.demo && !restored && index->size() == 0)
        playDemo();
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, [this] {
        tick();
        scanFeed();
    });
    m_tick->start(m_config.tickMs);
    tick();
    scanFeed();
}

void RuleWorker::stop()
{
    if (m_tick)
        m_tick->stop();
    if (m_db && m_dirty)
        apply({}, true);
    m_db.reset();
}

void RuleWorker::apply(const QList<AlertChange> &changes, bool saveState)
{
    if (!m_db)
        return;
    QSqlDatabase &db = m_db->connection();
    AlertRepository alerts(db);
    if (!db.transaction()) {
        emit report(int(Severity::Critical), tr("Alerts not stored"),
                    tr("The cache is busy or read-only; alerts are kept in memory and stored "
                       "with the next change."));
        m_dirty = true;
        return;
    }
    QList<qint64> touched;
    QSet<qint64> entered; // new in the inbox (looked up for each stored alert below)
    QString failure;
    for (const AlertChange &c : changes) {
        if (c.kind == AlertChange::Kind::Resolved) {
            auto id = alerts.resolve(c.alert.ruleId, c.alert.subjectKey, c.atMs, c.reason);
            if (!id) {
                failure = id.error().text();
                break;
            }
            if (*id)
                touched.append(*id);
            continue;
        }
        AlertRecord record = recordOf(c.alert);
        record.raisedMs = c.atMs;
        auto stored = alerts.raise(record);
        if (!stored) {
            failure = stored.error().text();
            break;
        }
        // Raised again for a stored alert: its silence ended, and the inbox shows it again
        // by itself (silences are filtered by their end time).
        touched.append(stored->first);
        if (c.kind == AlertChange::Kind::Raised)
            entered.insert(stored->first);
    }
    if (failure.isEmpty() && (saveState || m_dirty)) {
        const QByteArray state = QJsonDocument(m_engine.saveState()).toJson(QJsonDocument::Compact);
        if (auto saved = alerts.saveEngineState(state, m_config.clock->nowMs()); !saved)
            failure = saved.error().text();
    }
    if (!failure.isEmpty() || !db.commit()) {
        db.rollback();
        m_dirty = true;
        qCWarning(lcRules) << "alert changes not stored:" << failure << db.lastError().text();
        emit report(int(Severity::Critical), tr("Alerts not stored"),
                    tr("The cache could not be written (%1). Free disk space; Jiandu tries "
                       "again with the next change.")
                        .arg(failure.isEmpty() ? db.lastError().text() : failure));
        return;
    }
    m_dirty = false;
    if (touched.isEmpty())
        return;
    const auto records = alerts.get(touched);
    if (!records)
        return;
    QList<AlertRepository::Summary> summaries;
    QList<AlertRecord> raised;
    for (const AlertRecord &a : *records) {
        summaries.append(AlertRepository::summaryOf(a));
        if (entered.contains(a.id) && !a.suppressedAt(m_config.clock->nowMs()))
            raised.append(a);
        const Rule *rule = m_engine.rule(a.ruleId);
        if (entered.contains(a.id) && rule && !rule->rate) // rates do not judge themselves
            m_feedback.append({u"alert.raised"_s,
                               a.raisedMs,
                               {{u"alertId"_s, QString::number(a.id)},
                                {u"element"_s, a.element},
                                {u"unit"_s, a.unit}}});
    }
    emit alertsChanged(summaries);
    if (!raised.isEmpty())
        emit alertsRaised(raised);
}

void RuleWorker::submit(const QList<RuleEvent> &events, const QString &source)
{
    const qint64 now = m_config.clock->nowMs();
    QList<RuleEvent> accepted;
    int refused = 0;
    for (const RuleEvent &event : events) {
        if (event.timeMs > now + m_config.futureToleranceMs)
            ++refused;
        else
            accepted.append(event);
    }
    const QList<AlertChange> changes = m_engine.process(accepted, now);
    m_refused += refused;
    if (refused)
        emit report(int(Severity::Warning), tr("Events from the future refused"),
                    tr("%1: %2 events are dated later than now and were not applied; check "
                       "the clock of the system that sent them.")
                        .arg(source)
                        .arg(refused));
    apply(changes, true);
    const auto &c = m_engine.counters();
    emit countersChanged(c.events, m_refused, m_engine.runningDeadlines());
}

void RuleWorker::setRules(const RuleSet &rules)
{
    m_engine.setRules(rules);
    apply(m_engine.advanceTo(m_config.clock->nowMs()), true);
}

void RuleWorker::suppress(const QString &ruleId, const QString &subjectKey, const QString &by,
                          const QString &reason, qint64 untilMs)
{
    if (m_engine.suppress(ruleId, subjectKey, by, reason, untilMs))
        apply({}, true);
}

void RuleWorker::tick()
{
    if (!m_feedback.isEmpty())
        submit(std::exchange(m_feedback, {}), u"alerts"_s);
    const qint64 now = m_config.clock->nowMs();
    // In bounded batches, each stored in its own transaction (after a long stop, many
    // deadlines fall due at once).
    for (;;) {
        const QList<AlertChange> changes = m_engine.advanceTo(now, 5000);
        if (!changes.isEmpty() || m_dirty)
            apply(changes, true);
        if (changes.size() < 5000 || m_dirty)
            break;
    }
    if (now - m_lastReminderMs >= 60'000)
        remind();
}

void RuleWorker::remind()
{
    if (!m_db)
        return;
    const qint64 now = m_config.clock->nowMs();
    m_lastReminderMs = now;
    ProblemRepository problems(m_db->connection(), m_config.limits);
    const auto due = problems.needingReminder(now, 24 * 3600'000LL);
    if (!due || due->isEmpty())
        return;
    const ProblemWorkflow::Actor system{tr("Jiandu"), ProblemRole::System, {}};
    QList<Problem> reminded;
    for (const Problem &p : *due) {
        if (problems.apply(p.id, system, ProblemAction::Remind, tr("overdue"), {}, now))
            reminded.append(p);
    }
    if (!reminded.isEmpty())
        emit problemsReminded(reminded);
}

void RuleWorker::scanFeed()
{
    if (m_config.feedDirectory.isEmpty())
        return;
    QDir feed(m_config.feedDirectory);
    const QStringList files =
        feed.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString &name : files) {
        QFile file(feed.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue; // still being written, or not ours to read: next time
        const EventFeed::Batch batch = EventFeed::read(file, name);
        file.close();
        submit(batch.events, name);
        if (m_dirty)
            return; // not stored: keep the file and try again
        feed.mkpath(u"processed"_s);
        const QString done = feed.filePath(u"processed/"_s + name);
        QFile::remove(done);
        QFile::rename(file.fileName(), done);
        if (!batch.errors.isEmpty()) {
            QFile errors(done + u".errors.txt"_s);
            if (errors.open(QIODevice::WriteOnly | QIODevice::Text))
                errors.write(batch.errors.join(u'\n').toUtf8() + '\n');
            m_refused += int(batch.errors.size());
            emit report(int(Severity::Warning), tr("Event lines refused"),
                        tr("%1: %2 lines are not events and were skipped (first: %3). The list "
                           "is in %4.")
                            .arg(name)
                            .arg(batch.errors.size())
                            .arg(batch.errors.constFirst(), errors.fileName()));
        }
    }
}

void RuleWorker::playDemo()
{
    // The demo site's story, with times relative to now ("at": "-26h").
    QFile file(u":/demo/events.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const qint64 now = m_config.clock->nowMs();
    QList<RuleEvent> events;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        QString at = o.value(u"at"_s).toString();
        const bool past = at.startsWith(u'-');
        const auto offset = Duration::parse(past ? at.mid(1) : at);
        if (o.isEmpty() || !offset)
            continue;
        events.append({o.value(u"type"_s).toString(),
                       past ? offset->before(now) : offset->after(now),
                       o.value(u"subject"_s).toObject()});
    }
    submit(events, u"demo"_s);
}

} // namespace Jiandu
