#include "simulatedfeed.h"

#include "journeys.h"
#include "liveplace.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Jiandu {

SimulatedFeed::SimulatedFeed(LivePlace &place, Journeys &journeys, QObject *parent)
    : QObject(parent)
    , m_place(place)
    , m_journeys(journeys)
{
    m_place.setFeedState(tr("Simulated positions (demo site)"), true);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedFeed::play);
    m_timer.start(500);
    // Not inside the module's start: making the day and playing its first minutes is a turn of
    // the event loop of its own.
    QTimer::singleShot(0, this, &SimulatedFeed::play);
}

void SimulatedFeed::play()
{
    const qint64 now = m_place.nowMs();
    if (m_nextFix >= m_day.fixes.size() && m_nextStep >= m_day.journey.size()) {
        m_day = CaseArea::AreaSimulation::generate(m_place.tracker().plan(), now - 5 * 60 * 1000,
                                                   ++m_round);
        m_nextFix = m_nextStep = 0;
        if (m_day.fixes.isEmpty())
            return m_timer.stop();
    }
    // The journey's steps first: a band is bound before its positions count.
    while (m_nextStep < m_day.journey.size() && m_day.journey[m_nextStep].timeMs <= now)
        step(m_day.journey[m_nextStep++]);
    QList<CaseArea::PositionFix> fixes;
    while (m_nextFix < m_day.fixes.size() && m_day.fixes[m_nextFix].sourceMs <= now)
        fixes.append(m_day.fixes[m_nextFix++]);
    if (!fixes.isEmpty())
        m_place.feed(fixes);
}

void SimulatedFeed::step(const RuleEvent &event)
{
    // The simulated day names its subjects by person; the desk's book by stay, one a round.
    const QJsonObject &fields = event.subject;
    const QString stayUid =
        u"sim%1-%2"_s.arg(m_round).arg(fields.value(u"personId"_s).toString().right(2));
    QJsonObject body;
    if (event.type == u"area.entered"_s) {
        body = {{u"name"_s, fields.value(u"name"_s)},
                {u"idCard"_s, fields.value(u"idCard"_s)},
                {u"tag"_s, fields.value(u"tag"_s)},
                {u"unit"_s, fields.value(u"unit"_s)},
                {u"reason"_s, u"传唤"_s},
                {u"caseNo"_s, u"A%1"_s.arg(fields.value(u"personId"_s).toString().mid(1))}};
        if (fields.contains(u"category"_s))
            body.insert(u"categories"_s, QJsonArray{fields.value(u"category"_s)});
    } else if (event.type == u"area.left"_s) {
        body = {{u"reason"_s, u"释放"_s}, {u"destination"_s, u"离开"_s}};
    } else if (event.type.startsWith(u"officer."_s)) {
        body = fields;
    }
    const bool officer = event.type.startsWith(u"officer."_s);
    m_journeys.simulate({u"%1-%2"_s.arg(stayUid).arg(m_nextStep), officer ? QString() : stayUid,
                         event.type, event.timeMs, tr("Simulation"), body});
}

} // namespace Jiandu
