#include "patrolpublisher.h"

#include "mqttpublisher.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

PatrolPublisher::PatrolPublisher(Options options)
    : m_options(std::move(options))
{
    mosquitto_lib_init();
}

PatrolPublisher::~PatrolPublisher()
{
    stopMqttPublisher(m_client);
    mosquitto_lib_cleanup();
}

bool PatrolPublisher::start(std::string *error)
{
    auto map = CommandMap::SiteGeography::load(QString::fromStdString(m_options.map));
    if (!map) {
        *error = map.error().text().toStdString();
        return false;
    }
    if (m_options.officers < 0 || m_options.vehicles < 0 ||
        m_options.officers + m_options.vehicles > 100000 || m_options.rateHz < 1 ||
        m_options.rateHz > 10) {
        *error = "officers and vehicles are 0 to 100000 in all, at 1 to 10 Hz";
        return false;
    }
    m_simulation = std::make_unique<CommandMap::PatrolSimulation>(
        *map, CommandMap::PatrolSimulation::Options{m_options.officers, m_options.vehicles,
                                                    m_options.seed});
    // Positions of the time the broker was away are counted as unsent.
    m_client = startMqttPublisher(m_options.broker, error);
    if (!m_client)
        return false;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    return true;
}

bool PatrolPublisher::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_options.seconds > 0 && now - m_startMs >= qint64(m_options.seconds) * 1000)
        return false;
    // Terminal i reports at start + i/N s + k/R s: the reports due by now, in order.
    const int terminals = m_simulation->size();
    if (terminals == 0)
        return true;
    const qint64 due = (now - m_startMs) * m_options.rateHz * terminals / 1000;
    for (; m_sent < due; ++m_sent) {
        const int index = int(m_sent % terminals);
        const CommandMap::FleetFix fix = m_simulation->fixAt(index, now);
        const QByteArray payload =
            QJsonDocument(QJsonObject{{u"id"_s, fix.id},
                                      {u"kind"_s, fix.kind},
                                      {u"unit"_s, fix.unit},
                                      {u"lat"_s, fix.fix.position.lat},
                                      {u"lon"_s, fix.fix.position.lon},
                                      {u"time"_s, double(now)},
                                      {u"speed"_s, fix.fix.speedMps},
                                      {u"heading"_s, fix.fix.headingDegrees}})
                .toJson(QJsonDocument::Compact);
        const int rc = mosquitto_publish(m_client, nullptr, m_options.topic.c_str(),
                                         int(payload.size()), payload.constData(), 0, false);
        if (rc == MOSQ_ERR_SUCCESS)
            ++m_published;
        else
            ++m_unsent;
    }
    return true;
}

} // namespace Jiandu
