#include "alertservice.h"

#include "alertsettings.h"
#include "rulecatalogue.h"
#include "ruleworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <alerts/data/alertrepository.h>
#include <alerts/data/problemrepository.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <limits>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/localcache.h>
#include <storage/sealedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// The stored alert \a id, or why it cannot be acted on (on the database thread).
Result<AlertRecord> existing(AlertRepository &alerts, qint64 id)
{
    const auto alert = alerts.get(id);
    if (!alert)
        return alert.error();
    if (!*alert)
        return Error{AlertService::tr("The alert no longer exists."), {}};
    return **alert;
}

// Copies \a files into \a store, encrypted under the cache's file key with their SHA-256
// (any thread). On an error the copies made are removed again.
Result<QList<ProblemAttachment>> sealEvidence(QSqlDatabase db, const QStringList &files,
                                              const QDir &store)
{
    QList<ProblemAttachment> attachments;
    const auto fail = [&attachments](Error error) -> Error {
        for (const ProblemAttachment &a : std::as_const(attachments))
            QFile::remove(a.path);
        return error;
    };
    if (files.isEmpty())
        return attachments;
    const auto fileSecret = SealedFile::secret(db);
    if (!fileSecret)
        return fileSecret.error();
    for (const QString &file : files) {
        const QFileInfo source(file);
        if (!source.isFile() || !source.isReadable())
            return fail(
                Error{AlertService::tr("%1 cannot be read; attach another file.").arg(file), {}});
        if (!QDir().mkpath(store.path()))
            return fail(Error{
                AlertService::tr("The attachment cannot be stored in %1.").arg(store.path()), {}});
        QString target = store.filePath(source.fileName());
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = store.filePath(
                u"%1-%2.%3"_s.arg(source.completeBaseName()).arg(n).arg(source.suffix()));
        const auto sealed = SealedFile::sealCopy(source.filePath(), target, *fileSecret);
        if (!sealed)
            return fail(Error{
                AlertService::tr("%1 could not be stored: %2").arg(file, sealed.error().message),
                {}});
        attachments.append({source.fileName(), target, source.size(), *sealed});
    }
    return attachments;
}

} // namespace

AlertService::AlertService(IShell &shell, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_index(std::make_shared<AlertIndex>())
{
    qRegisterMetaType<QList<Jiandu::RuleEvent>>();
    qRegisterMetaType<Jiandu::RuleSet>();
    qRegisterMetaType<std::shared_ptr<Jiandu::AlertIndex>>();
    qRegisterMetaType<QList<Jiandu::AlertRepository::Summary>>();
    qRegisterMetaType<QList<Jiandu::AlertRecord>>();
    qRegisterMetaType<QList<Jiandu::Problem>>();
}

AlertService::~AlertService()
{
    shutdown();
}

QString AlertService::feedDirectory() const
{
    return QDir(m_shell.context().dataDirectory).filePath(u"events"_s);
}

qint64 AlertService::nowMs() const
{
    return m_shell.clock().nowMs();
}

ProblemWorkflow::Actor AlertService::actor() const
{
    // Signed in with a central account: its role and unit, not the workstation's settings.
    const ShellContext &context = m_shell.context();
    if (!context.role.isEmpty())
        return {context.userName,
                context.role == u"unit_officer"_s ? ProblemRole::ResponsibleUnit
                : context.role == u"leader"_s     ? ProblemRole::Leader
                                                  : ProblemRole::LegalOfficer,
                context.unit};
    const QString role = AlertSettings::role.value(m_shell.settings());
    return {m_shell.context().userName,
            role == u"unit"     ? ProblemRole::ResponsibleUnit
            : role == u"leader" ? ProblemRole::Leader
                                : ProblemRole::LegalOfficer,
            AlertSettings::unit.value(m_shell.settings())};
}

ProblemWorkflow::TimeLimits AlertService::timeLimits() const
{
    return {};
}

Result<void> AlertService::start()
{
    if (!m_shell.cache())
        return Error{tr("Supervision alerts need the local cache; unlock it to start them."), {}};
    m_data = std::make_unique<CacheThread>(*m_shell.cache(), u"alerts-data"_s);
    // The rule file (up to 8 MB, checked line by line) is read with the stored settings on
    // the database thread; the engine starts once they are there. Events handed over
    // meanwhile wait for it.
    struct Loaded
    {
        RuleSet catalogue;
        QString refused; // why the site's rule file was not used
        QHash<QString, RuleSetting> settings;
    };
    m_data->run<Loaded>(
        this,
        [siteFile = AlertSettings::ruleFile.value(m_shell.settings())](
            QSqlDatabase &db) -> Result<Loaded> {
            Loaded loaded;
            auto read = RuleCatalogue::load(siteFile);
            if (!read && !siteFile.isEmpty()) {
                loaded.refused = read.error().message;
                read = RuleCatalogue::load({});
            }
            if (!read)
                return read.error();
            loaded.catalogue = std::move(read).value();
            if (auto stored = RuleSettingsRepository(db).all())
                loaded.settings = *stored;
            return loaded;
        },
        [this](Result<Loaded> loaded) {
            if (m_stopped)
                return; // shut down before the rules were read
            if (!loaded) {
                m_shell.notify(Severity::Critical, tr("Supervision alerts not started"),
                               loaded.error().message);
                return;
            }
            if (!loaded->refused.isEmpty())
                m_shell.notify(Severity::Critical, tr("Rule file refused"),
                               tr("%1\nThe built-in catalogue runs instead.").arg(loaded->refused));
            m_catalogue = loaded->catalogue;
            useRules(loaded->settings);
            startEngine();
        });
    return {};
}

void AlertService::startEngine()
{
    QDir().mkpath(feedDirectory());
    RuleWorker::Config config;
    config.cache = m_shell.cache();
    config.clock = &m_shell.clock();
    config.feedDirectory = feedDirectory();
    config.rules = m_rules;
    config.demo = m_shell.context().demo;
    config.limits = timeLimits();
    config.processedRetentionDays = AlertSettings::processedRetentionDays.value(m_shell.settings());
    m_worker = new RuleWorker(config);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RuleWorker::indexLoaded, this, [this](std::shared_ptr<AlertIndex> index) {
        m_index = std::move(index);
        m_loaded = true;
        trackUnescalated();
        emit indexLoaded();
        escalateOverdueAlarms();
    });
    connect(this, &AlertService::problemsChanged, this, &AlertService::countOverdueProblems);
    auto *overdue = new QTimer(this); // stages fall due by the clock alone
    overdue->setInterval(60'000);
    connect(overdue, &QTimer::timeout, this, &AlertService::countOverdueProblems);
    overdue->start();
    countOverdueProblems();
    m_escalation = new QTimer(this);
    m_escalation->setInterval(2'000);
    connect(m_escalation, &QTimer::timeout, this, &AlertService::checkSettings);
    m_actor = actor();
    m_escalation->start();
    connect(m_worker, &RuleWorker::alertsChanged, this,
            [this](const QList<AlertRepository::Summary> &summaries) {
                QList<qint64> ids;
                if (m_reloading)
                    m_changedDuringReload += summaries;
                for (const auto &s : summaries) {
                    m_index->upsert(s);
                    trackForEscalation(s);
                    ids.append(s.id);
                }
                emit alertsChanged(ids);
                // An alarm that arrives already late (raised while nobody was looking, e.g. a
                // workstation started after a night) is escalated at once.
                escalateOverdueAlarms();
            });
    connect(m_worker, &RuleWorker::alertsRaised, this, &AlertService::alertsRaised);
    connect(m_worker, &RuleWorker::problemsReminded, this, [this](const QList<Problem> &due) {
        // Supervision news, not a fault of the client: information, not among its warnings.
        for (const Problem &p : due)
            m_shell.notify(Severity::Information, tr("Problem overdue"),
                           tr("Problem %1 “%2” (%3, %4) is past its due time.")
                               .arg(p.id)
                               .arg(p.title, p.unit, ProblemWorkflow::stageName(p.stage)));
        emit problemsChanged();
    });
    connect(m_worker, &RuleWorker::report, this,
            [this](int severity, const QString &title, const QString &message) {
                m_shell.notify(Severity(severity), title, message);
            });
    connect(m_worker, &RuleWorker::countersChanged, this, &AlertService::countersChanged);
    m_thread.setObjectName(u"jiandu-rules"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &RuleWorker::start, Qt::QueuedConnection);
    for (const auto &[events, source] : std::exchange(m_waitingEvents, {}))
        submit(events, source);
}

void AlertService::changed(const QStringList &kinds)
{
    if (!m_data || !m_loaded)
        return;
    if (kinds.contains(u"problem"_s))
        emit problemsChanged();
    if (kinds.contains(u"alert"_s))
        reloadIndex();
    // Rule settings changed elsewhere: this workstation's engine supervises by them too.
    if (kinds.contains(u"rule"_s))
        useStoredSettings();
    else if (kinds.contains(u"ruleaudit"_s))
        emit rulesChanged();
}

void AlertService::trackUnescalated()
{
    m_unescalated.clear();
    AlertFilter waiting;
    waiting.tiers = quint8(1u << int(Tier::Alarm));
    waiting.statuses = quint8(1u << int(AlertRecord::Status::New));
    waiting.includeSilenced = true;
    for (quint32 position : m_index->filter(waiting, nowMs())) {
        const AlertIndex::Entry &e = m_index->entry(position);
        if (!e.escalated)
            m_unescalated.insert(e.id, {e.raisedMs, e.suppressedUntilMs});
    }
}

void AlertService::reloadIndex()
{
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    m_changedDuringReload.clear();
    m_data->run<std::shared_ptr<AlertIndex>>(
        this,
        [](QSqlDatabase &db) -> Result<std::shared_ptr<AlertIndex>> {
            auto index = std::make_shared<AlertIndex>();
            if (auto scanned = AlertRepository(db).scan(
                    [&index](const AlertRepository::Summary &s) { index->append(s); });
                !scanned)
                return scanned.error();
            index->reorder();
            return index;
        },
        [this](Result<std::shared_ptr<AlertIndex>> index) {
            m_reloading = false;
            if (std::exchange(m_reloadAgain, false))
                QTimer::singleShot(0, this, &AlertService::reloadIndex);
            if (!index || !m_data)
                return;
            // The engine's changes stored while the cache was read may be missing from it.
            for (const AlertRepository::Summary &s : std::exchange(m_changedDuringReload, {}))
                (*index)->upsert(s);
            // Alarms new to this workstation and recent pop up as if raised here; a first
            // sync bringing a week of history does not.
            const qint64 since = nowMs() - 10 * 60'000;
            QList<qint64> fresh;
            AlertFilter alarms;
            alarms.tiers = quint8(1u << int(Tier::Alarm));
            alarms.statuses = quint8(1u << int(AlertRecord::Status::New));
            for (quint32 position : (*index)->filter(alarms, nowMs())) {
                const AlertIndex::Entry &e = (*index)->entry(position);
                if (e.raisedMs >= since && !m_index->contains(e.id))
                    fresh.append(e.id);
            }
            // The pages' models read the old index until they take the new one. What another
            // workstation acknowledged is not escalated here; what arrived late is, if due.
            const auto previous = std::exchange(m_index, *index);
            trackUnescalated();
            emit indexLoaded();
            escalateOverdueAlarms();
            if (!fresh.isEmpty()) {
                m_data->run<QList<AlertRecord>>(
                    this, [fresh](QSqlDatabase &db) { return AlertRepository(db).get(fresh); },
                    [this](Result<QList<AlertRecord>> records) {
                        if (records && !records->isEmpty())
                            emit alertsRaised(*records);
                    });
            }
        });
}

void AlertService::shutdown()
{
    m_stopped = true;
    m_waitingEvents.clear();
    delete m_escalation;
    m_escalation = nullptr;
    m_data.reset(); // finishes the problems being opened
    if (!m_thread.isRunning())
        return;
    // What the worker says while stopping is not shown: the pages and the shell may be gone.
    disconnect(m_worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_worker, &RuleWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    // And what it said before, still queued for this thread.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

void AlertService::submit(const QList<RuleEvent> &events, const QString &source)
{
    if (!m_worker && m_data) { // the rules are being read: the engine judges them once started
        m_waitingEvents.append({events, source});
        return;
    }
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, events, source] { worker->submit(events, source); },
            Qt::QueuedConnection);
}

void AlertService::report(const ProblemReport &report, QObject *context,
                          std::function<void(Result<qint64>)> done)
{
    const auto answer = [context = QPointer<QObject>(context), done](Result<qint64> result) {
        if (context)
            QMetaObject::invokeMethod(context.data(), [done, result] { done(result); });
    };
    if (!m_data) {
        answer(Error{tr("Supervision alerts are not running here; the problem cannot be opened."),
                     {}});
        return;
    }
    Problem draft;
    draft.title = report.title.trimmed();
    draft.unit = report.unit.trimmed();
    draft.element = report.element;
    draft.caseId = report.caseId;
    const QString note = report.note.trimmed();
    const QStringList evidence = report.evidence;
    const ProblemWorkflow::Actor actor = this->actor();
    const ProblemWorkflow::TimeLimits limits = timeLimits();
    const qint64 now = nowMs();
    const QDir store(QDir(m_shell.context().dataDirectory)
                         .filePath(u"attachments/report-%1-%2"_s.arg(now).arg(
                             QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))));
    m_data->run<Problem>(
        this,
        [=](QSqlDatabase &db) -> Result<Problem> {
            // Checked before anything is copied.
            if (auto allowed = ProblemWorkflow::checkOpen(actor); !allowed)
                return allowed.error();
            auto sealed = sealEvidence(db, evidence, store);
            if (!sealed)
                return sealed.error();
            auto opened = ProblemRepository(db, limits).open(draft, actor, note, now, *sealed);
            if (!opened) {
                for (const ProblemAttachment &a : *sealed)
                    QFile::remove(a.path);
                QDir().rmdir(store.path());
            }
            return opened;
        },
        [this, answer](Result<Problem> opened) {
            if (opened)
                emit problemsChanged();
            answer(opened ? Result<qint64>(opened->id) : Result<qint64>(opened.error()));
        });
}

void AlertService::reportChecked(const AlertRecord &alert)
{
    // 预警核查率: how many alerts were checked, per unit, counted by the rate rules.
    submit({{u"alert.checked"_s,
             nowMs(),
             {{u"alertId"_s, QString::number(alert.id)},
              {u"element"_s, alert.element},
              {u"unit"_s, alert.unit}}}},
           u"alerts"_s);
}

Error AlertService::notRunning() const
{
    return Error{tr("Supervision alerts are not running here."), {}};
}

void AlertService::applyToIndex(const QList<AlertRecord> &records)
{
    QList<qint64> ids;
    for (const AlertRecord &a : records) {
        m_index->upsert(AlertRepository::summaryOf(a));
        trackForEscalation(AlertRepository::summaryOf(a));
        ids.append(a.id);
    }
    if (!ids.isEmpty())
        emit alertsChanged(ids);
}

void AlertService::updateIndex(const QList<qint64> &ids)
{
    if (!m_data || ids.isEmpty())
        return;
    m_data->run<QList<AlertRecord>>(
        this, [ids](QSqlDatabase &db) { return AlertRepository(db).get(ids); },
        [this](Result<QList<AlertRecord>> records) {
            if (records)
                applyToIndex(*records);
        });
}

void AlertService::storeAlerts(QObject *context,
                               std::function<Result<QList<AlertRecord>>(QSqlDatabase &)> work,
                               Done done, std::function<void(const QList<AlertRecord> &)> after)
{
    if (!m_data) {
        done(notRunning());
        return;
    }
    // Answered to the service, which updates the index whether or not the page is still
    // there; the page hears of it only while it exists.
    m_data->run<QList<AlertRecord>>(
        this, std::move(work),
        [this, context = QPointer<QObject>(context), done = std::move(done),
         after = std::move(after)](Result<QList<AlertRecord>> stored) {
            if (stored) {
                applyToIndex(*stored);
                if (after)
                    after(*stored);
            }
            if (context)
                done(stored ? Result<void>{} : Result<void>(stored.error()));
        });
}

void AlertService::read(const QList<qint64> &ids, QObject *context,
                        std::function<void(Result<QList<AlertRecord>>)> done)
{
    if (!m_data)
        return done(notRunning());
    m_data->run<QList<AlertRecord>>(
        context, [ids](QSqlDatabase &db) { return AlertRepository(db).get(ids); }, std::move(done));
}

void AlertService::acknowledge(const QList<qint64> &alertIds, const QString &note, QObject *context,
                               Done done)
{
    const QString user = m_shell.context().userName;
    const qint64 now = nowMs();
    // Each alert on its own: one refused (acknowledged meanwhile elsewhere) does not keep
    // the others from being acknowledged; the refusals are said together.
    auto refusals = std::make_shared<QStringList>();
    storeAlerts(
        context,
        [alertIds, user, note = note.trimmed(), now,
         refusals](QSqlDatabase &db) -> Result<QList<AlertRecord>> {
            AlertRepository alerts(db);
            QList<qint64> acknowledged;
            for (qint64 id : alertIds) {
                if (auto ok = alerts.acknowledge(id, user, note, now); ok)
                    acknowledged.append(id);
                else
                    refusals->append(
                        AlertService::tr("Alert %1: %2").arg(id).arg(ok.error().message));
            }
            return alerts.get(acknowledged);
        },
        [refusals, done](Result<void> stored) {
            if (stored && !refusals->isEmpty())
                return done(Error{refusals->join(u'\n'), {}});
            done(stored);
        },
        [this](const QList<AlertRecord> &acknowledged) {
            for (const AlertRecord &a : acknowledged)
                reportChecked(a);
        });
}

void AlertService::silence(qint64 alertId, const QString &reason, qint64 untilMs, QObject *context,
                           Done done)
{
    if (untilMs <= nowMs())
        return done(Error{tr("A silence must end in the future."), {}});
    const QString user = m_shell.context().userName;
    storeAlerts(
        context,
        [alertId, user, reason = reason.trimmed(),
         untilMs](QSqlDatabase &db) -> Result<QList<AlertRecord>> {
            AlertRepository alerts(db);
            const auto alert = existing(alerts, alertId);
            if (!alert)
                return alert.error();
            if (auto done = alerts.suppress(alertId, user, reason, untilMs); !done)
                return done.error();
            return alerts.get(QList<qint64>{alertId});
        },
        std::move(done),
        [this, user, reason = reason.trimmed(), untilMs](const QList<AlertRecord> &silenced) {
            // The engine keeps it silent too: raised again meanwhile, it stays out of the
            // inbox.
            for (const AlertRecord &a : silenced)
                QMetaObject::invokeMethod(
                    m_worker,
                    [worker = m_worker, ruleId = a.ruleId, subject = a.subjectKey, user, reason,
                     untilMs] { worker->suppress(ruleId, subject, user, reason, untilMs); },
                    Qt::QueuedConnection);
        });
}

void AlertService::claim(qint64 alertId, QObject *context, Done done)
{
    const QString user = m_shell.context().userName;
    const qint64 now = nowMs();
    storeAlerts(
        context,
        [alertId, user, now](QSqlDatabase &db) -> Result<QList<AlertRecord>> {
            AlertRepository alerts(db);
            if (auto claimed = alerts.claim(alertId, user, now); !claimed)
                return claimed.error();
            return alerts.get(QList<qint64>{alertId});
        },
        std::move(done));
}

void AlertService::appeal(qint64 alertId, const QString &grounds, QObject *context, Done done)
{
    const ProblemWorkflow::Actor me = actor();
    if (me.role != ProblemRole::ResponsibleUnit)
        return done(Error{tr("Only the responsible unit appeals an alert; this workstation acts "
                             "as %1 (Settings → Alerts and problems).")
                              .arg(ProblemWorkflow::roleName(me.role)),
                          {}});
    const qint64 now = nowMs();
    storeAlerts(
        context,
        [alertId, me, grounds = grounds.trimmed(),
         now](QSqlDatabase &db) -> Result<QList<AlertRecord>> {
            AlertRepository alerts(db);
            const auto alert = existing(alerts, alertId);
            if (!alert)
                return alert.error();
            if (!me.unit.isEmpty() && !alert->unit.isEmpty() && alert->unit != me.unit)
                return Error{AlertService::tr("The alert concerns %1; %2 cannot appeal it.")
                                 .arg(alert->unit, me.unit),
                             {}};
            if (auto appealed = alerts.appeal(alertId, me.name, grounds, now); !appealed)
                return appealed.error();
            return alerts.get(QList<qint64>{alertId});
        },
        std::move(done));
}

void AlertService::decideAppeal(qint64 alertId, bool upheld, const QString &note, QObject *context,
                                Done done)
{
    const ProblemWorkflow::Actor me = actor();
    if (me.role == ProblemRole::ResponsibleUnit)
        return done(Error{tr("The legal officer or a leader decides an appeal, not the unit "
                             "that made it."),
                          {}});
    if (upheld && note.trimmed().isEmpty())
        return done(
            Error{tr("Say why the appeal is upheld; the alert is closed on that ground."), {}});
    const QString reason = tr("appeal upheld: %1").arg(note.trimmed());
    const qint64 now = nowMs();
    storeAlerts(
        context,
        [alertId, me, upheld, note = note.trimmed(), reason,
         now](QSqlDatabase &db) -> Result<QList<AlertRecord>> {
            AlertRepository alerts(db);
            const auto alert = existing(alerts, alertId);
            if (!alert)
                return alert.error();
            if (alert->appealBy == me.name)
                return Error{
                    AlertService::tr("%1 made this appeal and cannot decide it.").arg(me.name), {}};
            if (auto decided = alerts.decideAppeal(alertId, me.name, upheld, note, reason, now);
                !decided)
                return decided.error();
            return alerts.get(QList<qint64>{alertId});
        },
        std::move(done),
        [this, upheld, me, reason](const QList<AlertRecord> &decided) {
            if (!upheld)
                return;
            // The same subject is not raised again for this rule.
            for (const AlertRecord &a : decided)
                QMetaObject::invokeMethod(
                    m_worker,
                    [worker = m_worker, ruleId = a.ruleId, subject = a.subjectKey, name = me.name,
                     reason] {
                        worker->suppress(ruleId, subject, name, reason,
                                         std::numeric_limits<qint64>::max() / 2);
                    },
                    Qt::QueuedConnection);
        });
}

void AlertService::search(const QString &text, QObject *context,
                          std::function<void(Result<QSet<qint64>>)> done)
{
    if (!m_data) {
        done(Error{tr("Supervision alerts are not running here."), {}});
        return;
    }
    QStringList ruleIds;
    const QString needle = text.trimmed();
    for (const Rule &rule : m_rules.rules) {
        if (rule.name.contains(needle, Qt::CaseInsensitive) ||
            rule.id.contains(needle, Qt::CaseInsensitive))
            ruleIds.append(rule.id);
    }
    m_data->run<QSet<qint64>>(
        context,
        [needle, ruleIds](QSqlDatabase &db) { return AlertRepository(db).search(needle, ruleIds); },
        std::move(done));
}

QList<SiteFigure> AlertService::siteFigures() const
{
    QList<SiteFigure> figures;
    if (!m_loaded)
        return figures;
    const qint64 now = nowMs();
    AlertFilter alarms;
    alarms.tiers = quint8(1u << int(Tier::Alarm));
    alarms.statuses = quint8(1u << int(AlertRecord::Status::New));
    const auto open = qint64(m_index->filter(alarms, now).size());
    figures.append(SiteFigure::count(tr("Unacknowledged alarms"), open,
                                     open ? tr("waiting for an operator") : tr("none waiting"),
                                     open ? Severity::Critical : Severity::Information,
                                     u"alertInbox"_s, u"new-alarms"_s, 10));
    AlertFilter toHandle;
    toHandle.statuses = quint8((1u << int(AlertRecord::Status::New)) |
                               (1u << int(AlertRecord::Status::Acknowledged)));
    const auto handle = qint64(m_index->filter(toHandle, now).size());
    figures.append(SiteFigure::count(tr("Alerts to handle"), handle, tr("new or acknowledged"),
                                     Severity::Information, u"alertInbox"_s, u"to-handle"_s, 20));
    figures.append(SiteFigure::count(tr("Overdue problems"), m_overdueProblems,
                                     tr("past their stage's time limit"),
                                     m_overdueProblems ? Severity::Warning : Severity::Information,
                                     u"problems"_s, u"overdue"_s, 30));
    return figures;
}

void AlertService::countOverdueProblems()
{
    if (!m_data)
        return;
    const qint64 now = nowMs();
    m_data->run<int>(
        this, [now](QSqlDatabase &db) { return ProblemRepository(db).countOverdue(now); },
        [this](Result<int> count) {
            if (count)
                m_overdueProblems = *count;
        });
}

void AlertService::checkSettings()
{
    const ProblemWorkflow::Actor now = actor();
    if (now.role != m_actor.role || now.unit != m_actor.unit || now.name != m_actor.name) {
        m_actor = now;
        emit actorChanged();
    }
    escalateOverdueAlarms();
}

void AlertService::trackForEscalation(const AlertRepository::Summary &s)
{
    if (s.tier == Tier::Alarm && s.status == AlertRecord::Status::New && !s.escalated)
        m_unescalated.insert(s.id, {s.raisedMs, s.suppressedUntilMs});
    else
        m_unescalated.remove(s.id);
}

void AlertService::escalateOverdueAlarms()
{
    const int minutes = AlertSettings::escalateAfterMinutes.value(m_shell.settings());
    if (!m_loaded || minutes <= 0 || !m_shell.cache() || m_unescalated.isEmpty())
        return;
    const qint64 now = nowMs();
    const qint64 dueBefore = now - qint64(minutes) * 60'000;
    QList<qint64> ids;
    for (auto it = m_unescalated.cbegin(); it != m_unescalated.cend(); ++it) {
        // A silenced alarm waits for no one; it escalates once its silence is over.
        if (it->raisedMs <= dueBefore && it->suppressedUntilMs <= now)
            ids.append(it.key());
    }
    if (ids.isEmpty() || !m_data)
        return;
    // Not looked at again while being stored (checks run every few seconds); the index's
    // update puts back any that were not escalated.
    for (qint64 id : std::as_const(ids))
        m_unescalated.remove(id);
    m_data->run<QList<AlertRecord>>(
        this,
        [ids, now](QSqlDatabase &db) -> Result<QList<AlertRecord>> {
            AlertRepository alerts(db);
            if (auto marked = alerts.escalate(ids, now); !marked)
                return marked.error();
            return alerts.get(ids);
        },
        [this, ids](Result<QList<AlertRecord>> escalated) {
            if (!escalated) {
                m_shell.notify(Severity::Warning, tr("Escalation not stored"),
                               escalated.error().message);
                updateIndex(ids); // tried again at the next check
                return;
            }
            applyToIndex(*escalated);
            if (!escalated->isEmpty())
                emit alertsEscalated(*escalated);
        });
}

void AlertService::openProblem(const AlertRecord &alert, const QString &title, const QString &unit,
                               const QString &note, QObject *context, ProblemDone done)
{
    Problem draft;
    draft.alertId = alert.id;
    draft.ruleId = alert.ruleId;
    draft.title = title;
    draft.element = alert.element;
    draft.unit = unit;
    draft.score = alert.score;
    const QJsonObject subject = QJsonDocument::fromJson(alert.subjectJson.toUtf8()).object();
    draft.caseId = subject.value(u"caseId"_s).toString();
    const bool wasNew = alert.status == AlertRecord::Status::New;
    openProblem(draft, note, this,
                [this, alert, wasNew, context = QPointer<QObject>(context),
                 done = std::move(done)](Result<Problem> opened) {
                    if (opened) {
                        updateIndex({alert.id});
                        if (wasNew)
                            reportChecked(alert);
                    }
                    if (context)
                        done(std::move(opened));
                });
}

void AlertService::openProblem(Problem draft, const QString &note, QObject *context,
                               ProblemDone done)
{
    if (!m_data)
        return done(notRunning());
    m_data->run<Problem>(
        this,
        [draft = std::move(draft), limits = timeLimits(), me = actor(), note = note.trimmed(),
         now = nowMs()](QSqlDatabase &db) mutable {
            return ProblemRepository(db, limits).open(std::move(draft), me, note, now);
        },
        [this, context = QPointer<QObject>(context),
         done = std::move(done)](Result<Problem> opened) {
            if (opened)
                emit problemsChanged();
            if (context)
                done(std::move(opened));
        });
}

void AlertService::applyStep(qint64 problemId, ProblemAction action, const QString &note,
                             const QStringList &attachmentFiles, QObject *context, ProblemDone done)
{
    if (!m_data)
        return done(notRunning());
    const QDir store(
        QDir(m_shell.context().dataDirectory).filePath(u"attachments/problem-%1"_s.arg(problemId)));
    // Checked, sealed (copied encrypted with their SHA-256) and stored on the database
    // thread: large attachments never hold the window.
    m_data->run<Problem>(
        this,
        [problemId, action, note, attachmentFiles, store, limits = timeLimits(), me = actor(),
         now = nowMs()](QSqlDatabase &db) -> Result<Problem> {
            ProblemRepository problems(db, limits);
            const auto current = problems.get(problemId);
            if (!current)
                return current.error();
            if (!*current)
                return Error{AlertService::tr("Problem %1 does not exist.").arg(problemId), {}};
            // Checked first, so files are not copied for a step that will be refused.
            if (auto allowed = ProblemWorkflow::check(**current, me, action, note); !allowed)
                return allowed.error();
            auto sealed = sealEvidence(db, attachmentFiles, store);
            if (!sealed)
                return sealed.error();
            auto applied = problems.apply(problemId, me, action, note.trimmed(), *sealed, now);
            if (!applied) {
                for (const ProblemAttachment &a : *sealed)
                    QFile::remove(a.path);
            }
            return applied;
        },
        [this, context = QPointer<QObject>(context),
         done = std::move(done)](Result<Problem> applied) {
            if (applied)
                emit problemsChanged();
            if (context)
                done(std::move(applied));
        });
}

bool AlertService::mayChangeRules() const
{
    return actor().role != ProblemRole::ResponsibleUnit;
}

QString AlertService::ruleChangeRefusal() const
{
    return tr("The responsible unit does not change the rules that supervise it: the legal "
              "officer or a leader does. The rules are shown for reading.");
}

void AlertService::changeRule(const QString &ruleId, const QString &field, const QString &value,
                              const QString &reason, QObject *context, Done done)
{
    if (!mayChangeRules())
        return done(Error{ruleChangeRefusal(), {}, u"role"_s});
    const Rule *rule = m_catalogue.find(ruleId);
    if (!rule)
        return done(Error{tr("There is no rule %1.").arg(ruleId), {}});
    if (const QString why = RuleCatalogue::checkValue(*rule, field, value); !why.isEmpty())
        return done(Error{why, {}});
    const Rule *current = m_rules.find(ruleId);
    const QString old = current ? RuleCatalogue::valueOf(*current, field) : QString();
    if (old == value)
        return done({});
    if (!m_data)
        return done(notRunning());
    // Stored and audited on the database thread; the rules are then made again from the
    // catalogue already loaded (the rule file is not read again for a setting).
    m_data->run<QHash<QString, RuleSetting>>(
        this,
        [ruleId, field, old, value, user = m_shell.context().userName, reason,
         now = nowMs()](QSqlDatabase &db) -> Result<QHash<QString, RuleSetting>> {
            RuleSettingsRepository settings(db);
            if (auto changed = settings.change(ruleId, field, old, value, user, reason, now);
                !changed)
                return changed.error();
            return settings.all();
        },
        [this, context = QPointer<QObject>(context),
         done = std::move(done)](Result<QHash<QString, RuleSetting>> settings) {
            if (settings)
                useRules(*settings);
            if (context)
                done(settings ? Result<void>{} : Result<void>(settings.error()));
        });
}

void AlertService::useRules(const QHash<QString, RuleSetting> &settings)
{
    QStringList problems;
    m_rules = RuleCatalogue::withSettings(m_catalogue, settings, &problems);
    if (!problems.isEmpty())
        m_shell.notify(Severity::Warning, tr("Some rule settings not applied"),
                       problems.join(u'\n'));
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, rules = m_rules] { worker->setRules(rules); },
            Qt::QueuedConnection);
    emit rulesChanged();
}

void AlertService::useStoredSettings()
{
    if (!m_data)
        return;
    m_data->run<QHash<QString, RuleSetting>>(
        this, [](QSqlDatabase &db) { return RuleSettingsRepository(db).all(); },
        [this](Result<QHash<QString, RuleSetting>> settings) {
            if (settings)
                useRules(*settings);
            else
                m_shell.notify(Severity::Warning, tr("Rule settings not read"),
                               settings.error().message);
        });
}

void AlertService::raisedBetween(qint64 fromMs, qint64 toMs, const QString &element,
                                 QObject *context,
                                 std::function<void(Result<QList<AlertRecord>>)> done)
{
    if (!m_data)
        return done(QList<AlertRecord>{});
    m_data->run<QList<AlertRecord>>(
        context,
        [fromMs, toMs, element](QSqlDatabase &db) {
            return AlertRepository(db).raisedBetween(fromMs, toMs, element);
        },
        std::move(done));
}

} // namespace Jiandu
