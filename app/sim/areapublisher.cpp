#include "areapublisher.h"

#include "mqttpublisher.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

AreaPublisher::AreaPublisher(Options options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
{
    mosquitto_lib_init();
}

AreaPublisher::~AreaPublisher()
{
    stopMqttPublisher(m_client);
    mosquitto_lib_cleanup();
}

bool AreaPublisher::start(std::string *error)
{
    auto plan = CaseArea::FloorPlan::load(QString::fromStdString(m_options.plan));
    if (!plan) {
        *error = plan.error().text().toStdString();
        return false;
    }
    m_plan = std::move(plan).value();
    if (m_options.load < 0 || m_options.load > 100000 || m_options.rateHz < 1 ||
        m_options.rateHz > 100) {
        *error = "the load is 0 to 100000 tags at 1 to 100 Hz";
        return false;
    }
    // Positions of the time the broker was away are counted as unsent.
    m_client = startMqttPublisher(m_options.broker, error);
    if (!m_client)
        return false;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    if (m_options.load == 0) {
        newDay(m_startMs);
        if (m_day.fixes.isEmpty()) {
            *error = "the plan lacks a room type the day needs (entrance, corridor, "
                     "safety-check, info-collection, storage, waiting, interrogation)";
            return false;
        }
        return true;
    }
    // The load's tags spread over the rooms, each starting at its own phase of the period.
    QList<QRectF> rooms;
    for (const CaseArea::Room &room : m_plan.rooms)
        rooms.append(
            QPolygonF(QList<QPointF>(room.outline)).boundingRect().adjusted(0.5, 0.5, -0.5, -0.5));
    if (rooms.isEmpty()) {
        *error = "the plan has no rooms";
        return false;
    }
    const qint64 period = 1000 / m_options.rateHz;
    for (int i = 0; i < m_options.load; ++i) {
        Walker walker;
        walker.tag = u"L-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        walker.room = rooms[i % rooms.size()];
        walker.at = walker.room.center();
        walker.dueMs = m_startMs + period * i / m_options.load;
        m_walkers.append(walker);
    }
    return true;
}

void AreaPublisher::newDay(qint64 nowMs)
{
    m_day = CaseArea::AreaSimulation::generate(m_plan, nowMs, m_options.seed + m_round++);
    m_next = 0;
    m_shiftMs = 0;
}

void AreaPublisher::publish(const QString &tag, qint64 timeMs, QPointF at, int battery)
{
    const QByteArray payload = QJsonDocument(QJsonObject{{u"tag"_s, tag},
                                                         {u"time"_s, double(timeMs)},
                                                         {u"x"_s, qRound(at.x() * 100) / 100.0},
                                                         {u"y"_s, qRound(at.y() * 100) / 100.0},
                                                         {u"floor"_s, 1},
                                                         {u"accuracy"_s, 0.5},
                                                         {u"battery"_s, battery}})
                                   .toJson(QJsonDocument::Compact);
    const int rc = mosquitto_publish(m_client, nullptr, m_options.topic.c_str(),
                                     int(payload.size()), payload.constData(), 0, false);
    if (rc == MOSQ_ERR_SUCCESS)
        ++m_published;
    else
        ++m_unsent;
}

bool AreaPublisher::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_options.seconds > 0 && now - m_startMs >= qint64(m_options.seconds) * 1000)
        return false;
    if (m_options.load == 0) {
        if (m_next >= m_day.fixes.size())
            newDay(now);
        while (m_next < m_day.fixes.size() && m_day.fixes[m_next].sourceMs <= now) {
            const CaseArea::PositionFix &fix = m_day.fixes[m_next++];
            publish(fix.tag, fix.sourceMs, fix.point, fix.battery < 0 ? 80 : fix.battery);
        }
        return true;
    }
    const qint64 period = 1000 / m_options.rateHz;
    for (Walker &walker : m_walkers) {
        if (walker.dueMs > now)
            continue;
        // A person moves a few centimetres between two positions, never out of the room.
        walker.at += QPointF(m_random.bounded(0.3) - 0.15, m_random.bounded(0.3) - 0.15);
        walker.at.setX(std::clamp(walker.at.x(), walker.room.left(), walker.room.right()));
        walker.at.setY(std::clamp(walker.at.y(), walker.room.top(), walker.room.bottom()));
        publish(walker.tag, now, walker.at, 80);
        walker.dueMs += period;
        if (walker.dueMs <= now) // fell behind (a stalled machine): no burst to catch up
            walker.dueMs = now + period;
    }
    return true;
}

} // namespace Jiandu
