#include "liveplace.h"

#include <alerts/api/ieventsink.h>
#include <core/clock.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

LivePlace::LivePlace(IShell &shell, CaseArea::FloorPlan plan, CaseArea::PlaceThresholds thresholds,
                     QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_tracker(std::move(plan), thresholds)
    , m_judge(m_tracker)
{
    connect(&m_clock, &QTimer::timeout, this, &LivePlace::passTime);
    m_clock.start(1000);
}

qint64 LivePlace::nowMs() const
{
    return m_shell.clock().nowMs();
}

void LivePlace::feed(const QList<CaseArea::PositionFix> &fixes)
{
    QList<RuleEvent> events;
    for (const CaseArea::PositionFix &fix : fixes)
        events += m_judge.track(m_tracker.feed(fix));
    submit(events);
    emit changed();
}

void LivePlace::journey(const QList<RuleEvent> &steps)
{
    QList<RuleEvent> events;
    for (const RuleEvent &step : steps)
        events += m_judge.journey(step);
    submit(events);
    emit changed();
}

void LivePlace::passTime()
{
    const qint64 now = nowMs();
    QList<RuleEvent> events = m_judge.track(m_tracker.expire(now));
    events += m_judge.tick(now);
    submit(events);
    emit changed(); // the ages of silent tags move on
}

void LivePlace::submit(const QList<RuleEvent> &events)
{
    if (events.isEmpty())
        return;
    // Looked up when needed: the alerts module may start after this one, or not at all.
    if (IEventSink *sink = m_shell.service<IEventSink>())
        sink->submit(events, tr("Case-handling area"));
}

void LivePlace::setFeedState(const QString &words, bool flowing)
{
    m_feedWords = words;
    m_feedFlowing = flowing;
    emit changed();
}

void LivePlace::addGap(qint64 fromMs, qint64 toMs)
{
    m_gaps.append({fromMs, toMs});
    while (m_gaps.size() > 100)
        m_gaps.removeFirst();
    emit changed();
}

} // namespace Jiandu
