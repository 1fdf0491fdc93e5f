#pragma once

#include "alertindex.h"

#include <QObject>
#include <alerts/data/alertrepository.h>
#include <core/problem.h>
#include <core/problemworkflow.h>
#include <memory>
#include <optional>
#include <rules/ruleengine.h>

class QTimer;

namespace Jiandu {

class CacheDatabase;
class Clock;
class LocalCache;

//! The rule engine at work on a thread of its own: events in (handed over or dropped as
//! JSON-lines files into the feed directory), deadlines fired on the clock, every alert
//! change and the engine's state written to the cache in one transaction, so a restart
//! (or kill -9) neither loses nor resets a running deadline. Also reminds overdue problems.
class RuleWorker final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        const LocalCache *cache = nullptr;
        const Clock *clock = nullptr;
        QString feedDirectory; //!< *.jsonl files are read, then moved to processed/
        RuleSet rules;
        bool demo = false; //!< play the demo site's events on a first start
        ProblemWorkflow::TimeLimits limits;
        int tickMs = 1000;
        qint64 futureToleranceMs = 5 * 60'000; //!< events later than now + this are refused
        //! Feed files in processed/ (raw events with personal data) are deleted this many
        //! days after they were written; their alerts stay.
        int processedRetentionDays = 30;
    };

    explicit RuleWorker(Config config);
    ~RuleWorker() override;

public slots:
    void start();
    void stop();
    //! Applies \a events (judged in time order) from \a source, a name for messages.
    void submit(const QList<Jiandu::RuleEvent> &events, const QString &source);
    void setRules(const Jiandu::RuleSet &rules);
    void suppress(const QString &ruleId, const QString &subjectKey, const QString &by,
                  const QString &reason, qint64 untilMs);
    void scanFeed();
    void tick();

signals:
    void indexLoaded(std::shared_ptr<Jiandu::AlertIndex> index);
    void alertsChanged(const QList<Jiandu::AlertRepository::Summary> &summaries);
    //! Alerts that just entered the inbox (not silenced), for the popup and the sound.
    void alertsRaised(const QList<Jiandu::AlertRecord> &alerts);
    void problemsReminded(const QList<Jiandu::Problem> &problems);
    void report(int severity, const QString &title, const QString &message);
    void countersChanged(int events, int refused, int running);

private:
    //! A feed file whose events were applied, moved to processed/ once they are stored.
    struct ConsumedFeed
    {
        AlertRepository::FeedFile file;
        QString path;
        QString errorsText; //!< the lines refused, written beside it
    };

    void submit(const QList<RuleEvent> &events, const QString &source,
                std::optional<ConsumedFeed> feed);
    //! Stores \a changes with everything still pending, the engine's state and the feed files
    //! applied, in one transaction; kept pending (the engine is not told again) if it fails.
    void apply(const QList<AlertChange> &changes);
    void retire(const ConsumedFeed &feed);
    //! Reads and applies the feed file at \a path if it is complete; true if scanning must
    //! stop for now (the cache cannot say what was applied).
    bool readFeedFile(const QString &path);
    void playDemo();
    void remind();
    void pruneProcessed();

    Config m_config;
    std::unique_ptr<CacheDatabase> m_db;
    RuleEngine m_engine;
    QTimer *m_tick = nullptr;
    qint64 m_lastReminderMs = 0;
    qint64 m_lastPruneMs = 0; //!< wall clock: file times are real times
    int m_refused = 0;
    bool m_dirty = false;
    QList<AlertChange> m_pending;       //!< applied by the engine, not stored yet
    QList<ConsumedFeed> m_pendingFeeds; //!< their files, recorded with them
    //! Files read whose move to processed/ failed: by path → size and time, not read again
    //! while unchanged (the cache also knows them, should the client restart).
    QHash<QString, std::pair<qint64, qint64>> m_stuck;
    bool m_reportedStorage = false;
    bool m_reportedFeedFolder = false;
    //! "alert.raised" events for the rates that judge how alerts are handled (预警核查率),
    //! applied with the next tick.
    QList<RuleEvent> m_feedback;
};

} // namespace Jiandu
