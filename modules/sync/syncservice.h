#pragma once

#include "liveupdates.h"
#include "sharepull.h"
#include "sharestore.h"
#include "supervisionsync.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <moduleapi/isitefigures.h>

namespace Jiandu {

class IShell;
class CacheThread;

//! The workstation's sync with the central service, as the shell runs it: a pull of the share
//! feeds every few seconds while a server is configured, and what the status bar and the
//! sync page show about it.
class SyncService : public QObject, public ISiteFigures
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::ISiteFigures)

public:
    enum class State {
        NotConfigured, //!< no server in the settings: a standalone site
        Offline,       //!< started with --offline
        Idle,          //!< the last pull succeeded; waiting for the next
        Syncing,
        Unreachable, //!< the server cannot be reached; retried on the next round
        Failed,      //!< the server or the cache refused; the reason says why
    };
    struct Status
    {
        State state = State::NotConfigured;
        QString reason;     //!< for Unreachable and Failed
        qint64 records = 0; //!< stored by the pull running or last run
        double recordsPerSecond = 0;
        int windowsDone = 0;
        int windowsTotal = 0;
        qint64 etaSeconds = -1; //!< while syncing, once it can be told
        QDateTime lastSuccess;
        QList<Sync::SharePull::FeedProgress> feeds;
        //! Per feed, as the cache holds it: complete up to, last success.
        QList<Sync::ShareStore::FeedState> feedStates;
        //! The supervision data (alerts, problems), when signed in with a central account.
        QString account;
        qint64 pending = 0;         //!< this workstation's operations not yet answered
        qint64 filesToSend = 0;     //!< shared files the service has yet to receive
        qint64 filesToReceive = 0;  //!< shared files named by records, not here yet
        qint64 unseenConflicts = 0; //!< operations the service decided against, unread
        QDateTime supervisionSuccess;
        QString supervisionError;
    };

    explicit SyncService(IShell &shell, QObject *parent = nullptr);
    ~SyncService() override;

    Status status() const { return m_status; }
    //! Pulls now (if not already pulling); a no-op when not configured.
    void syncNow();
    //! The supervision data only, now (the central service announced a change): it does not
    //! wait behind a long pull of the share feeds.
    void syncSupervisionNow();
    void cancel();
    //! Stops for good before the client exits: the pull is cancelled, the batch being stored
    //! finishes, and the cache threads end (nothing may touch the cache after this).
    void shutdown();
    //! The settings changed: the next round uses them.
    void reconfigure();
    //! Syncs with the demo's central service at \a server with the demo's share key, whatever
    //! the settings say (demo mode only; nothing is written to the settings).
    void useDemoCentral(const QUrl &server, const QString &key, const QString &secret,
                        const QString &broker = {});
    //! Stores the share key's secret in the encrypted cache (off the UI thread).
    void setShareSecret(const QString &secret);

    //! The operations of this workstation the service decided against, newest first; read
    //! off the UI thread, \a done on \a context's thread. Marks them seen.
    void conflicts(QObject *context,
                   std::function<void(Result<QList<Sync::SupervisionStore::Conflict>>)> done);

    //! The state in a few words, with the changes waiting and those decided otherwise.
    static QString stateText(const Status &status);
    //! The overview's card: the state in a word, the detail under it; opens the sync page.
    QList<SiteFigure> siteFigures() const override;

signals:
    void statusChanged();
    void conflictsArrived(int count);

private:
    static QString baseStateText(const Status &status);
    void startSupervision(const Sync::ICentralAccount &account);
    void supervisionFinished(const Result<Sync::SupervisionSync::Progress> &round);
    void pullShareFeeds();
    void roundFinished();
    void startPull(const QString &secret);
    void finished(const Sync::SharePull::Summary &summary);
    void setState(State state, const QString &reason = {});

    IShell &m_shell;
    std::unique_ptr<CacheThread> m_data;
    std::unique_ptr<Sync::SharePull> m_pull;
    std::unique_ptr<Sync::SupervisionSync> m_supervision;
    bool m_supervising = false;
    bool m_supervisionOnly = false; //!< the round running was asked by a live update
    bool m_rerunSupervision = false;
    std::unique_ptr<Sync::LiveUpdates> m_live;
    QString m_demoBroker;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    Status m_status;
    bool m_rerun = false;
    QUrl m_demoServer;
    QString m_demoKey;
};

} // namespace Jiandu
