#pragma once

#include "tracking/placejudge.h"

#include <QFile>
#include <QObject>
#include <QTimer>

namespace Jiandu {

class IShell;

//! The area as it is now: positions from the feed through the tracker and the judge, time
//! passing each second on the shell's clock, and every journey step and place event handed to
//! the rule engine (IEventSink) — 无人看管, 单人审问 and the rest reach the alert inbox as any
//! other alert. Views read it and repaint at their own pace on changed().
class LivePlace : public QObject
{
    Q_OBJECT

public:
    LivePlace(IShell &shell, CaseArea::FloorPlan plan, CaseArea::PlaceThresholds thresholds,
              QObject *parent = nullptr);

    void feed(const QList<CaseArea::PositionFix> &fixes);
    //! Journey events as the desk's book made them: the judge learns whose tag is whose and
    //! the rule engine hears them.
    void journey(const QList<RuleEvent> &steps);
    //! The same, for what the rule engine heard before (the book restored at start).
    void restoreJourney(const QList<RuleEvent> &steps);
    //! Events the rule engine never heard (kept just before the client stopped): to the
    //! engine only, the judge has them from the book.
    void tell(const QList<RuleEvent> &events) { submit(events); }

    const CaseArea::RoomTracker &tracker() const { return m_tracker; }
    //! The plan as edited: drawn again at once, people placed by their next positions.
    void setPlan(CaseArea::FloorPlan plan);
    const CaseArea::PlaceJudge &judge() const { return m_judge; }
    qint64 nowMs() const;
    //! The shell is closing: time stops passing here, nothing more is judged or sent.
    void stop() { m_clock.stop(); }

    //! Where the positions come from, in a few words, and whether they flow.
    void setFeedState(const QString &words, bool flowing);
    const QString &feedWords() const { return m_feedWords; }
    bool feedFlowing() const { return m_feedFlowing; }
    //! A time the feed was away: people's rooms are not known for it.
    void addGap(qint64 fromMs, qint64 toMs);
    const QList<QPair<qint64, qint64>> &gaps() const { return m_gaps; }

    //! Logs each position once a frame has drawn it — tag, source time, receive time, drawn
    //! time (ms since the epoch), tab-separated, one a line — to \a path, for the latency
    //! benchmark.
    Result<void> logLatencyTo(const QString &path);
    //! A frame with everything fed so far has been painted.
    void noteDrawn() const;

signals:
    void changed();
    void planChanged();
    //! The tracker's conclusions as they come: a tag into a room, or silent (at the time of
    //! its last position), or heard again.
    void tracked(const QList<Jiandu::CaseArea::TrackChange> &changes);

private:
    void passTime();
    void submit(const QList<RuleEvent> &events);
    QList<RuleEvent> judge(QList<CaseArea::TrackChange> changes);

    IShell &m_shell;
    CaseArea::RoomTracker m_tracker;
    CaseArea::PlaceJudge m_judge;
    QTimer m_clock;
    QString m_feedWords;
    bool m_feedFlowing = false;
    QList<QPair<qint64, qint64>> m_gaps;
    struct Undrawn
    {
        QString tag;
        qint64 sourceMs, receiveMs;
    };
    // Only while logging: what the views have not drawn yet, and where it goes once drawn.
    mutable QList<Undrawn> m_undrawn;
    std::unique_ptr<QFile> m_latencyLog;
};

} // namespace Jiandu
