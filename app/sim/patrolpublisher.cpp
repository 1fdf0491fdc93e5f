#include "patrolpublisher.h"

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
    if (m_client) {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, true);
        mosquitto_destroy(m_client);
    }
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
    const QString broker = QString::fromStdString(m_options.broker);
    const QString host = broker.section(u':', 0, 0);
    bool portOk = true;
    const int port = broker.contains(u':') ? broker.section(u':', 1).toInt(&portOk) : 1883;
    if (host.isEmpty() || !portOk || port < 1 || port > 65535) {
        *error = "the broker is host:port, e.g. 127.0.0.1:1883";
        return false;
    }
    m_client = mosquitto_new(nullptr, true, nullptr);
    if (!m_client) {
        *error = "out of memory";
        return false;
    }
    mosquitto_reconnect_delay_set(m_client, 1, 10, true);
    // Connected in the background and reconnected when the broker comes back; the positions
    // of the time it was away are counted as unsent.
    mosquitto_connect_async(m_client, host.toUtf8().constData(), port, 30);
    if (mosquitto_loop_start(m_client) != MOSQ_ERR_SUCCESS) {
        *error = "the MQTT client cannot start";
        return false;
    }
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
