#include "syncservice.h"

#include "syncsettings.h"

#include <QLoggingCategory>
#include <core/severity.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/localcache.h>

Q_LOGGING_CATEGORY(lcSync, "jiandu.sync", QtInfoMsg)

using namespace Qt::StringLiterals;
using namespace Jiandu::Sync;

namespace Jiandu {

namespace {

// In the shell a round gives up sooner than the command line: the next round, seconds later,
// tries again, and the status bar says meanwhile that the server is away.
constexpr int kAttempts = 4;
constexpr int kMaxBackoffMs = 4000;

bool isUnreachable(const QString &code)
{
    return code == u"network"_s || code == u"timeout"_s || code == u"server"_s ||
           code == u"rate-limited"_s || code == u"malformed"_s;
}

} // namespace

SyncService::SyncService(IShell &shell, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
{
    if (shell.cache())
        m_data = std::make_unique<CacheThread>(*shell.cache(), u"sync"_s);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    reconfigure();
}

SyncService::~SyncService()
{
    shutdown();
}

void SyncService::reconfigure()
{
    m_timer.stop();
    if (m_supervision && !m_supervising)
        m_supervision.reset(); // the next round signs in with what the settings say now
    if (!m_data && m_shell.cache())
        return; // shut down
    const SettingsStore &settings = m_shell.settings();
    if (m_shell.context().offline) {
        setState(State::Offline);
        return;
    }
    if ((SyncSettings::server.value(settings).isEmpty() && m_demoServer.isEmpty()) || !m_data) {
        setState(State::NotConfigured);
        return;
    }
    if (m_status.state == State::NotConfigured || m_status.state == State::Offline)
        setState(State::Idle);
    const QString broker =
        m_demoBroker.isEmpty() ? SyncSettings::broker.value(settings) : m_demoBroker;
    if (broker.isEmpty()) {
        m_live.reset();
    } else if (!m_live || m_live->broker() != broker) { // the same broker: stay connected
        m_live = std::make_unique<LiveUpdates>(broker);
        connect(m_live.get(), &LiveUpdates::changed, this, &SyncService::syncSupervisionNow);
    }
    m_timer.start(SyncSettings::intervalSeconds.value(settings) * 1000);
    QTimer::singleShot(0, this, &SyncService::syncNow);
}

void SyncService::useDemoCentral(const QUrl &server, const QString &key, const QString &secret,
                                 const QString &broker)
{
    m_demoServer = server;
    m_demoKey = key;
    m_demoBroker = broker;
    setShareSecret(secret); // then reconfigures and pulls
}

void SyncService::setShareSecret(const QString &secret)
{
    if (!m_data)
        return;
    m_data->run<bool>(
        this,
        [secret](QSqlDatabase &db) -> Result<bool> {
            if (auto stored = ShareStore(db).setShareSecret(secret); !stored)
                return stored.error();
            return true;
        },
        [this](Result<bool> stored) {
            if (!stored)
                m_shell.notify(Severity::Warning, tr("Sync"), stored.error().message);
            else
                reconfigure();
        });
}

void SyncService::syncNow()
{
    if (m_pull || (m_supervising && !m_supervisionOnly)) {
        m_rerun = true;
        return;
    }
    if (!m_data || m_status.state == State::NotConfigured || m_status.state == State::Offline)
        return;
    // Signed in with a central account: the supervision data both ways first (an operator's
    // change should not wait behind a long pull), then the share feeds.
    const auto *account = m_shell.service<Sync::ICentralAccount>();
    if (account && !m_supervising)
        startSupervision(*account);
    else
        pullShareFeeds();
}

void SyncService::syncSupervisionNow()
{
    if (m_supervising) {
        m_rerunSupervision = true;
        return;
    }
    if (!m_data || m_status.state == State::NotConfigured || m_status.state == State::Offline)
        return;
    if (const auto *account = m_shell.service<Sync::ICentralAccount>()) {
        m_supervisionOnly = true;
        startSupervision(*account);
    }
}

void SyncService::startSupervision(const Sync::ICentralAccount &account)
{
    const Sync::CentralAccount central = account.centralAccount();
    if (!m_supervision || m_status.account != central.user) {
        QList<const Sync::ISyncParticipant *> participants;
        QList<QObject *> receivers;
        for (QObject *service : m_shell.services()) {
            if (const auto *participant = qobject_cast<Sync::ISyncParticipant *>(service)) {
                participants.append(participant);
                receivers.append(service);
            }
        }
        m_supervision = std::make_unique<SupervisionSync>(*m_shell.cache(), central, participants);
        m_status.account = central.user;
        connect(m_supervision.get(), &SupervisionSync::recordsChanged, this,
                [receivers](const QStringList &kinds) {
                    for (QObject *receiver : receivers)
                        qobject_cast<Sync::ISyncParticipant *>(receiver)->changed(kinds);
                });
        connect(m_supervision.get(), &SupervisionSync::conflictsArrived, this, [this](int count) {
            m_status.unseenConflicts += count;
            emit conflictsArrived(count);
            m_shell.notify(Severity::Warning, tr("Changes decided otherwise"),
                           tr("The central service decided %n of your changes otherwise: "
                              "someone else acted first, or the step is not allowed. The "
                              "Sync page says what won.",
                              nullptr, count));
        });
        connect(m_supervision.get(), &SupervisionSync::progressed, this,
                [this](const SupervisionSync::Progress &progress) {
                    m_status.pending = progress.pending;
                    emit statusChanged();
                });
    }
    m_supervising = true;
    m_supervision->run(
        [this](Result<SupervisionSync::Progress> round) { supervisionFinished(round); });
}

void SyncService::supervisionFinished(const Result<SupervisionSync::Progress> &round)
{
    m_supervising = false;
    const bool only = std::exchange(m_supervisionOnly, false);
    if (!m_data)
        return; // shut down meanwhile
    const QString scope = m_supervision->scope();
    m_data->run<SupervisionStore::State>(
        this, [scope](QSqlDatabase &db) { return SupervisionStore(db, scope).state(); },
        [this, round, only](Result<SupervisionStore::State> state) {
            if (state) {
                m_status.pending = state->pending;
                m_status.filesToSend = state->filesToSend;
                m_status.filesToReceive = state->filesToReceive;
                m_status.unseenConflicts = state->unseenConflicts;
            }
            if (round) {
                m_status.supervisionSuccess = QDateTime::currentDateTime();
                m_status.supervisionError.clear();
            } else {
                // Said once, not at every round while it lasts.
                const bool news = m_status.supervisionError != round.error().message;
                m_status.supervisionError = round.error().message;
                if (round.error().code == u"refused"_s && news)
                    m_shell.notify(Severity::Critical, tr("Signed out by the central service"),
                                   tr("The central service no longer accepts your account: %1 "
                                      "Your changes stay queued here; sign in again.")
                                       .arg(round.error().message));
            }
            emit statusChanged();
            if (std::exchange(m_rerunSupervision, false))
                QTimer::singleShot(0, this, &SyncService::syncSupervisionNow);
            if (only)
                return; // a live update's round: the share feeds keep their own rhythm
            if (!round && isUnreachable(round.error().code)) {
                setState(State::Unreachable, round.error().message);
                roundFinished();
                return;
            }
            if (!round && round.error().code != u"cancelled"_s)
                setState(State::Failed, round.error().message);
            pullShareFeeds();
        });
}

void SyncService::pullShareFeeds()
{
    if (m_demoKey.isEmpty() && SyncSettings::shareKey.value(m_shell.settings()).isEmpty()) {
        // No share key: this workstation syncs the supervision data only.
        if (m_status.supervisionError.isEmpty()) {
            if (m_status.supervisionSuccess.isValid())
                m_status.lastSuccess = m_status.supervisionSuccess;
            setState(State::Idle);
        }
        roundFinished();
        return;
    }
    m_data->run<QString>(
        this, [](QSqlDatabase &db) { return ShareStore(db).shareSecret(); },
        [this](Result<QString> secret) {
            if (m_pull)
                return;
            if (!secret) {
                setState(State::Failed, secret.error().message);
                roundFinished();
            } else if (secret->isEmpty()) {
                setState(State::Failed,
                         tr("The share key's secret is not set; enter it under Settings → Sync."));
                roundFinished();
            } else {
                startPull(*secret);
            }
        });
}

void SyncService::roundFinished()
{
    if (std::exchange(m_rerun, false))
        QTimer::singleShot(0, this, &SyncService::syncNow);
}

void SyncService::conflicts(QObject *context,
                            std::function<void(Result<QList<SupervisionStore::Conflict>>)> done)
{
    if (!m_data) {
        done(QList<SupervisionStore::Conflict>{});
        return;
    }
    m_data->run<QList<SupervisionStore::Conflict>>(
        context,
        [](QSqlDatabase &db) -> Result<QList<SupervisionStore::Conflict>> {
            SupervisionStore store(db, {});
            auto list = store.conflicts(200);
            if (list)
                store.markConflictsSeen();
            return list;
        },
        [this, done](Result<QList<SupervisionStore::Conflict>> list) {
            if (list) {
                m_status.unseenConflicts = 0;
                emit statusChanged();
            }
            done(list);
        });
}

void SyncService::shutdown()
{
    m_timer.stop();
    m_live.reset();
    if (m_supervision) {
        m_supervision->disconnect(this);
        m_supervision->cancel();
        m_supervision.reset(); // joins its cache thread once the step in hand is stored
        m_supervising = false;
    }
    if (m_pull) {
        m_pull->disconnect(this);
        m_pull->cancel();
        m_pull.reset(); // joins its cache thread once the batch in hand is stored
    }
    m_data.reset();
    m_status.state = State::NotConfigured;
}

void SyncService::cancel()
{
    if (m_pull)
        m_pull->cancel();
}

void SyncService::startPull(const QString &secret)
{
    const SettingsStore &settings = m_shell.settings();
    ShareEndpoint endpoint{
        m_demoServer.isEmpty() ? QUrl(SyncSettings::server.value(settings)) : m_demoServer,
        m_demoKey.isEmpty() ? SyncSettings::shareKey.value(settings) : m_demoKey, secret,
        QByteArray::fromHex(
            SyncSettings::pinnedCertificate.value(settings).remove(u':').toLatin1())};
    SharePull::Options options;
    for (const QString &name :
         SyncSettings::feeds.value(settings).split(u',', Qt::SkipEmptyParts)) {
        if (const auto feed = shareFeedNamed(name.trimmed()))
            options.feeds.append(*feed);
    }
    options.sinceMs = QDateTime::currentMSecsSinceEpoch() -
                      qint64(SyncSettings::daysBack.value(settings)) * 24 * 3600 * 1000;
    options.connections = SyncSettings::connections.value(settings);
    options.maxAttempts = kAttempts;
    options.maxBackoffMs = kMaxBackoffMs;
    m_pull = std::make_unique<SharePull>(*m_shell.cache(), endpoint, options);
    m_status.records = 0;
    m_status.recordsPerSecond = 0;
    m_status.windowsDone = 0;
    m_status.windowsTotal = 0;
    m_status.etaSeconds = -1;
    m_status.feeds.clear();
    connect(m_pull.get(), &SharePull::progress, this, [this](const SharePull::FeedProgress &feed) {
        bool replaced = false;
        for (SharePull::FeedProgress &known : m_status.feeds) {
            if (known.feed == feed.feed) {
                known = feed;
                replaced = true;
            }
        }
        if (!replaced)
            m_status.feeds.append(feed);
        m_status.records = 0;
        m_status.windowsDone = 0;
        m_status.windowsTotal = 0;
        for (const SharePull::FeedProgress &f : m_status.feeds) {
            m_status.records += f.records;
            m_status.windowsDone += f.windowsDone;
            m_status.windowsTotal += f.windowsTotal;
        }
        const double seconds = m_elapsed.elapsed() / 1000.0;
        m_status.recordsPerSecond = seconds > 0.5 ? m_status.records / seconds : 0;
        if (m_status.state != State::Syncing && seconds > 1.5)
            m_status.state = State::Syncing;
        m_status.etaSeconds =
            m_status.windowsDone > 0 && seconds > 2
                ? qint64(seconds * (m_status.windowsTotal - m_status.windowsDone) /
                         m_status.windowsDone)
                : -1;
        emit statusChanged();
    });
    connect(m_pull.get(), &SharePull::retrying, this, [this](const QString &reason) {
        m_status.reason = reason;
        emit statusChanged();
    });
    connect(m_pull.get(), &SharePull::finished, this, &SyncService::finished);
    m_elapsed.start();
    // The first pull shows at once; a routine round (a few pages re-read) only once it takes
    // long enough to be worth a word, so the status bar does not flicker every few seconds.
    if (!m_status.lastSuccess.isValid())
        setState(State::Syncing);
    m_pull->start();
}

void SyncService::finished(const SharePull::Summary &summary)
{
    m_pull.release()->deleteLater();
    m_status.feeds = summary.feeds;
    const auto failed = std::find_if(summary.feeds.cbegin(), summary.feeds.cend(),
                                     [](const auto &feed) { return !feed.error.isEmpty(); });
    if (summary.cancelled) {
        setState(State::Idle);
    } else if (failed == summary.feeds.cend()) {
        m_status.lastSuccess = QDateTime::currentDateTime();
        setState(State::Idle);
    } else if (isUnreachable(failed->errorCode)) {
        setState(State::Unreachable, failed->error);
    } else {
        setState(State::Failed, failed->error);
    }
    // Where each feed stands in the cache, for the sync page (a feed that failed this time
    // is still complete up to an earlier pull).
    QList<ShareFeed> feeds;
    for (const SharePull::FeedProgress &feed : summary.feeds)
        feeds.append(feed.feed);
    m_data->run<QList<ShareStore::FeedState>>(
        this,
        [feeds](QSqlDatabase &db) -> Result<QList<ShareStore::FeedState>> {
            QList<ShareStore::FeedState> states;
            for (ShareFeed feed : feeds) {
                auto state = ShareStore(db).state(feed);
                if (!state)
                    return state.error();
                states.append(*state);
            }
            return states;
        },
        [this](Result<QList<ShareStore::FeedState>> states) {
            if (states) {
                m_status.feedStates = *states;
                emit statusChanged();
            }
        });
    roundFinished();
}

void SyncService::setState(State state, const QString &reason)
{
    const bool changed = m_status.state != state || m_status.reason != reason;
    if (changed && (state == State::Failed || state == State::Unreachable))
        qCWarning(lcSync) << "sync:" << reason;
    m_status.state = state;
    m_status.reason = reason;
    emit statusChanged();
}

QString SyncService::stateText(const Status &status)
{
    QString text = baseStateText(status);
    if (status.pending > 0)
        text += u" · "_s + tr("%n waiting", nullptr, int(status.pending));
    if (status.unseenConflicts > 0)
        text += u" · "_s + tr("%n decided otherwise", nullptr, int(status.unseenConflicts));
    return text;
}

QString SyncService::baseStateText(const Status &status)
{
    switch (status.state) {
    case State::NotConfigured:
        return tr("Sync: not set up");
    case State::Offline:
        return tr("Sync: off (offline mode)");
    case State::Idle:
        return status.lastSuccess.isValid()
                   ? tr("Synced %1").arg(status.lastSuccess.toString(u"HH:mm:ss"_s))
                   : tr("Sync: waiting");
    case State::Syncing: {
        QString text = tr("Syncing: %1 records").arg(status.records);
        if (status.recordsPerSecond > 0)
            text += tr(", %1/s").arg(qRound64(status.recordsPerSecond));
        if (status.etaSeconds >= 0 && status.etaSeconds < 90)
            text += tr(", about %1 s left").arg(status.etaSeconds);
        else if (status.etaSeconds >= 90)
            text += tr(", about %1 min left").arg((status.etaSeconds + 30) / 60);
        return text;
    }
    case State::Unreachable:
        return tr("Sync: server unreachable");
    case State::Failed:
        return tr("Sync error");
    }
    return {};
}

} // namespace Jiandu

namespace Jiandu {

QList<SiteFigure> SyncService::siteFigures() const
{
    SiteFigure figure;
    figure.title = tr("Central sync");
    figure.objectKind = u"page"_s;
    figure.objectId = u"sync.status"_s;
    figure.order = 1000;
    switch (m_status.state) {
    case State::NotConfigured:
        return {}; // the overview's own card says the workstation works alone
    case State::Offline:
        figure.valueText = tr("Offline");
        figure.detail = tr("offline mode: working from the local cache");
        figure.level = Severity::Warning;
        break;
    case State::Idle:
        figure.valueText = tr("Online");
        figure.detail = m_status.lastSuccess.isValid()
                            ? tr("synced at %1").arg(m_status.lastSuccess.toString(u"HH:mm:ss"_s))
                            : tr("waiting for the first pull");
        break;
    case State::Syncing:
        figure.valueText = tr("Syncing");
        figure.detail = tr("%1 records so far").arg(m_status.records);
        break;
    case State::Unreachable:
        figure.valueText = tr("Unreachable");
        figure.detail = tr("working from the local cache; retried every few seconds");
        figure.level = Severity::Warning;
        break;
    case State::Failed:
        figure.valueText = tr("Error");
        figure.detail = m_status.reason;
        figure.level = Severity::Critical;
        break;
    }
    return {figure};
}

} // namespace Jiandu
