#include "liveplace.h"

#include <QDateTime>
#include <alerts/api/ieventsink.h>
#include <core/boundedfile.h>
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

void LivePlace::setPlan(CaseArea::FloorPlan plan)
{
    m_tracker.setPlan(std::move(plan));
    emit planChanged();
    emit changed();
}

void LivePlace::feed(const QList<CaseArea::PositionFix> &fixes)
{
    QList<CaseArea::TrackChange> changes;
    for (const CaseArea::PositionFix &fix : fixes) {
        changes += m_tracker.feed(fix);
        if (m_latencyLog && m_undrawn.size() < 100000) // no view drawing: kept bounded
            m_undrawn.append({fix.tag, fix.sourceMs, fix.receiveMs});
    }
    submit(judge(changes));
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

void LivePlace::restoreJourney(const QList<RuleEvent> &steps)
{
    for (const RuleEvent &step : steps)
        m_judge.journey(step);
    emit changed();
}

Result<void> LivePlace::logLatencyTo(const QString &path)
{
    if (auto target = BoundedFile::checkTarget(path); !target)
        return target.error();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error{tr("The latency log %1 cannot be written.").arg(path), file->errorString()};
    m_latencyLog = std::move(file);
    return {};
}

void LivePlace::noteDrawn() const
{
    if (!m_latencyLog || m_undrawn.isEmpty())
        return;
    const QByteArray drawn = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QByteArray lines;
    for (const Undrawn &u : std::as_const(m_undrawn))
        lines += u.tag.toUtf8() + '\t' + QByteArray::number(u.sourceMs) + '\t' +
                 QByteArray::number(u.receiveMs) + '\t' + drawn + '\n';
    m_undrawn.clear();
    m_latencyLog->write(lines);
    m_latencyLog->flush();
}

void LivePlace::passTime()
{
    const qint64 now = nowMs();
    QList<RuleEvent> events = judge(m_tracker.expire(now));
    events += m_judge.tick(now);
    submit(events);
    emit changed(); // the ages of silent tags move on
}

QList<RuleEvent> LivePlace::judge(QList<CaseArea::TrackChange> changes)
{
    QList<RuleEvent> events = m_judge.track(changes);
    // A tag fell silent where it was last heard, when it was last heard.
    for (CaseArea::TrackChange &change : changes) {
        if (change.kind == CaseArea::TrackChange::Kind::Lost)
            change.timeMs = m_tracker.tags().value(change.tag).lastMs;
    }
    if (!changes.isEmpty())
        emit tracked(changes);
    return events;
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
