#include "ruleworker.h"

#include "demoproblems.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTimer>
#include <alerts/data/problemrepository.h>
#include <core/clock.h>
#include <core/filehash.h>
#include <moduleapi/ishell.h>
#include <rules/eventfeed.h>
#include <storage/localcache.h>
#include <storage/sqlerror.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRules, "jiandu.alerts.rules")

namespace Jiandu {

namespace {

//! Larger event files are refused (split them): a file is read whole to hash and parse it.
constexpr qint64 kMaxFeedFileBytes = 256LL << 20;

AlertRecord recordOf(const Alert &alert)
{
    AlertRecord r;
    r.ruleId = alert.ruleId;
    r.subjectKey = alert.subjectKey;
    r.element = alert.element;
    r.unit = alert.subject.value(u"unit"_s).toString();
    r.tier = alert.tier;
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
    const auto state = alerts.loadEngineState(m_engine);
    if (!state) {
        // Never run on an empty state over a saved one it could not read: its first save
        // would wipe every running deadline.
        emit report(int(Severity::Critical), tr("Supervision alerts are not running"),
                    tr("The rule engine's saved deadlines cannot be read (%1); they are kept as "
                       "they are. Restart Jiandu; if it persists, check the cache.")
                        .arg(state.error().text()));
        m_db.reset();
        return;
    }
    const bool restored = *state == AlertRepository::Restored::Restored;
    if (*state == AlertRepository::Restored::NotUnderstood)
        emit report(int(Severity::Warning), tr("Rule engine state not understood"),
                    tr("The saved deadlines could not be read; they start again from the "
                       "next events."));
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
    // What the rates still have to hear of (alerts raised since the last tick) goes in now.
    if (m_db && !m_feedback.isEmpty())
        submit(std::exchange(m_feedback, {}), u"alerts"_s);
    if (m_db && m_dirty)
        apply({});
    m_db.reset();
}

void RuleWorker::apply(const QList<AlertChange> &changes)
{
    m_pending += changes;
    if (!m_db)
        return;
    QSqlDatabase &db = m_db->connection();
    AlertRepository alerts(db);
    const auto notStored = [this](const QString &why) {
        m_dirty = true;
        qCWarning(lcRules) << "alert changes not stored:" << why;
        if (std::exchange(m_reportedStorage, true))
            return; // said once; said again when it works
        emit report(int(Severity::Critical), tr("Alerts not stored"),
                    tr("The cache could not be written: %1. The alerts are kept in memory and "
                       "no further event files are read until they are stored; Jiandu tries "
                       "again every second.")
                        .arg(why));
    };
    if (!db.transaction()) {
        notStored(describeSqlError(db.lastError()));
        return;
    }
    QList<qint64> touched;
    QSet<qint64> entered; // new in the inbox (looked up for each stored alert below)
    QString failure;
    for (const AlertChange &c : std::as_const(m_pending)) {
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
    const qint64 now = m_config.clock->nowMs();
    const bool stateChanged = m_engine.hasStateChanges();
    if (failure.isEmpty() && stateChanged) {
        if (auto saved = alerts.saveEngineState(m_engine.stateChanges(), now); !saved)
            failure = saved.error().text();
    }
    for (const ConsumedFeed &feed : std::as_const(m_pendingFeeds)) {
        if (!failure.isEmpty())
            break;
        if (auto recorded = alerts.recordConsumed(feed.file, now); !recorded)
            failure = recorded.error().text();
    }
    // The driver's word on a failed commit, before a rollback replaces it.
    if (failure.isEmpty() && !db.commit())
        failure = describeSqlError(db.lastError());
    if (!failure.isEmpty()) {
        db.rollback();
        notStored(failure);
        return;
    }
    m_dirty = false;
    m_pending.clear();
    if (stateChanged)
        m_engine.stateSaved();
    if (std::exchange(m_reportedStorage, false))
        emit report(int(Severity::Information), tr("Alerts stored again"),
                    tr("The cache can be written again; the alerts kept in memory are stored."));
    // Stored: now (and only now) the files may go; a kill before this line leaves them in
    // the feed, and the cache knows they were applied.
    for (const ConsumedFeed &feed : std::exchange(m_pendingFeeds, {}))
        retire(feed);
    if (touched.isEmpty())
        return;
    const auto records = alerts.get(touched);
    if (!records)
        return;
    QList<AlertRepository::Summary> summaries;
    QList<AlertRecord> raised;
    for (const AlertRecord &a : *records) {
        summaries.append(AlertRepository::summaryOf(a));
        if (entered.contains(a.id) && !a.suppressedAt(now))
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
    submit(events, source, std::nullopt);
}

void RuleWorker::submit(const QList<RuleEvent> &events, const QString &source,
                        std::optional<ConsumedFeed> feed)
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
    if (feed)
        m_pendingFeeds.append(std::move(*feed));
    apply(changes);
    const auto &c = m_engine.counters();
    emit countersChanged(c.events, m_refused, m_engine.runningDeadlines());
}

void RuleWorker::setRules(const RuleSet &rules)
{
    m_engine.setRules(rules);
    apply(m_engine.advanceTo(m_config.clock->nowMs()));
}

void RuleWorker::suppress(const QString &ruleId, const QString &subjectKey, const QString &by,
                          const QString &reason, qint64 untilMs)
{
    if (m_engine.suppress(ruleId, subjectKey, by, reason, untilMs))
        apply({});
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
            apply(changes);
        if (changes.size() < 5000 || m_dirty)
            break;
    }
    if (now - m_lastReminderMs >= 60'000)
        remind();
    if (QDateTime::currentMSecsSinceEpoch() - m_lastPruneMs >= 3600'000)
        pruneProcessed();
}

void RuleWorker::pruneProcessed()
{
    m_lastPruneMs = QDateTime::currentMSecsSinceEpoch();
    if (m_config.feedDirectory.isEmpty())
        return;
    const QDir processed(QDir(m_config.feedDirectory).filePath(u"processed"_s));
    const QDateTime before = QDateTime::currentDateTime().addDays(-m_config.processedRetentionDays);
    int removed = 0;
    for (const QFileInfo &file : processed.entryInfoList(QDir::Files)) {
        if (file.lastModified() < before && QFile::remove(file.filePath()))
            ++removed;
    }
    if (removed)
        qCInfo(lcRules) << removed << "processed feed files older than"
                        << m_config.processedRetentionDays << "days deleted";
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
    // Files are applied one after another: while the last one's alerts are not stored, the
    // next waits (so a full disk neither re-reads nor skips a file).
    if (!m_db || m_config.feedDirectory.isEmpty() || m_dirty)
        return;
    QDir feed(m_config.feedDirectory);
    const QFileInfo folder(m_config.feedDirectory);
    const bool usable = folder.isDir() && folder.isReadable() && folder.isExecutable();
    if (!usable && !std::exchange(m_reportedFeedFolder, true))
        emit report(int(Severity::Critical), tr("Event folder unusable"),
                    tr("%1 is missing or cannot be read: no events reach the supervision "
                       "alerts. Check the folder and its permissions.")
                        .arg(QDir::toNativeSeparators(m_config.feedDirectory)));
    if (!usable)
        return;
    m_reportedFeedFolder = false;
    // Regular files only: a FIFO or a device named *.jsonl is never opened.
    const QStringList files =
        feed.entryList({u"*.jsonl"_s}, QDir::Files | QDir::NoSymLinks, QDir::Time | QDir::Reversed);
    for (const QString &name : files) {
        if (readFeedFile(feed.filePath(name)) || m_dirty)
            return;
    }
}

bool RuleWorker::readFeedFile(const QString &path)
{
    const QFileInfo info(path);
    const std::pair<qint64, qint64> seen{info.size(), info.lastModified().toMSecsSinceEpoch()};
    if (!info.isFile() || m_stuck.value(path) == seen)
        return false;
    const QString name = info.fileName();
    if (info.size() > kMaxFeedFileBytes) {
        m_stuck.insert(path, seen);
        emit report(int(Severity::Warning), tr("Event file too large"),
                    tr("%1 holds %2 MB; event files of up to %3 MB are read. Split it into "
                       "smaller files.")
                        .arg(name)
                        .arg(info.size() >> 20)
                        .arg(kMaxFeedFileBytes >> 20));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // not ours to read: next time
    QByteArray content = file.read(kMaxFeedFileBytes + 1);
    file.close();
    // A file still being written (its last line unfinished, or it changed while it was read)
    // waits: applying part of it would lose the rest. Files should be written aside and
    // renamed in; one left without its final line break is taken after a quiet minute.
    const QFileInfo after(path);
    const bool quiet = after.lastModified().msecsTo(QDateTime::currentDateTime()) > 60'000;
    if (content.size() != after.size() || after.lastModified() != info.lastModified() ||
        content.size() > kMaxFeedFileBytes ||
        (!content.isEmpty() && !content.endsWith('\n') && !quiet))
        return false;
    const ConsumedFeed consumed{{name, Sha256::hex(content), content.size()}, path, {}};
    AlertRepository alerts(m_db->connection());
    const auto known = alerts.consumed(consumed.file);
    if (!known) {
        // Not knowing whether it was applied, it is not applied: the next scan asks again.
        qCWarning(lcRules) << "cannot tell whether" << name
                           << "was applied:" << known.error().text();
        return true;
    }
    if (*known) {
        // Applied before (the client stopped, or the move failed, after its alerts were
        // stored): only the move is left to do.
        qCInfo(lcRules) << "feed file already applied, not read again:" << name;
        retire(consumed);
        return false;
    }
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    const EventFeed::Batch batch = EventFeed::read(buffer, name);
    ConsumedFeed applied = consumed;
    if (!batch.errors.isEmpty()) {
        applied.errorsText = batch.errors.join(u'\n') + u'\n';
        m_refused += int(batch.errors.size());
        emit report(int(Severity::Warning), tr("Event lines refused"),
                    tr("%1: %2 lines are not events and were skipped (first: %3). The list "
                       "is kept beside the file in processed/.")
                        .arg(name)
                        .arg(batch.errors.size())
                        .arg(batch.errors.constFirst()));
    }
    submit(batch.events, name, std::move(applied));
    return false;
}

void RuleWorker::retire(const ConsumedFeed &feed)
{
    const QFileInfo info(feed.path);
    QDir dir = info.absoluteDir();
    const QString processed = dir.filePath(u"processed"_s);
    QString why;
    QString target = processed + u'/' + info.fileName();
    if (!dir.mkpath(u"processed"_s) || !QFileInfo(processed).isDir()) {
        why = tr("the folder %1 cannot be made").arg(processed);
    } else {
        // Never over an earlier file of the same name: it is a record too.
        if (QFileInfo::exists(target))
            target = processed + u'/' + info.completeBaseName() + u'-' +
                     QString::number(m_config.clock->nowMs()) + u".jsonl"_s;
        QFile file(feed.path);
        if (!file.rename(target))
            why = file.errorString();
    }
    if (!why.isEmpty()) {
        m_stuck.insert(feed.path, {info.size(), info.lastModified().toMSecsSinceEpoch()});
        qCWarning(lcRules) << "feed file not moved:" << feed.path << why;
        emit report(int(Severity::Warning), tr("Event file not moved"),
                    tr("The events of %1 are applied and stored, but the file cannot be moved "
                       "to processed/ (%2). It is not read again; move it away by hand.")
                        .arg(info.fileName(), why));
        return;
    }
    if (!feed.errorsText.isEmpty()) {
        QFile errors(target + u".errors.txt"_s);
        if (errors.open(QIODevice::WriteOnly | QIODevice::Text))
            errors.write(feed.errorsText.toUtf8());
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
    // And the problems it led to, in every stage of the closed loop.
    auto problems = DemoProblems::play(m_db->connection(), now, m_config.limits);
    if (!problems)
        emit report(int(Severity::Warning), problems.error().message, problems.error().detail);
    else if (*problems > 0)
        emit problemsReminded({});
}

} // namespace Jiandu
