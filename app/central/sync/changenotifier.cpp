#include "changenotifier.h"

#include "../db/postgres.h"
#include "mqtt/mqttloop.h"

#include <chrono>
#include <cstdio>
#include <memory>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {
void say(const QString &instance, const QString &what)
{
    std::fprintf(stderr, "%s live updates: %s\n", qPrintable(instance), qPrintable(what));
}
} // namespace

ChangeNotifier::ChangeNotifier(std::string databaseUrl, QString host, int port, QString user,
                               QString password, QString instance)
    : m_databaseUrl(std::move(databaseUrl))
    , m_host(std::move(host))
    , m_port(port)
    , m_instance(std::move(instance))
{
    static const bool initialised = mosquitto_lib_init() == MOSQ_ERR_SUCCESS;
    Q_UNUSED(initialised);
    const QByteArray id = "jiandu-central-notify-" + m_instance.toUtf8();
    m_client = mosquitto_new(id.constData(), true, this);
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    if (!user.isEmpty())
        mosquitto_username_pw_set(m_client, user.toUtf8().constData(),
                                  password.toUtf8().constData());
    mosquitto_reconnect_delay_set(m_client, 1, 10, true);
    // A broker restarted without persistence has forgotten the retained head: every connection
    // (the first and each after a loss) is followed by the head published again.
    mosquitto_connect_callback_set(m_client, [](mosquitto *, void *self, int rc) {
        if (rc == 0)
            static_cast<ChangeNotifier *>(self)->m_connections.fetch_add(1);
    });
    m_loop = std::make_unique<MqttLoop>(m_client, m_host, m_port);
}

ChangeNotifier::~ChangeNotifier()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    m_loop->stop();
    mosquitto_destroy(m_client);
}

void ChangeNotifier::start()
{
    m_loop->start(); // a broker not up yet is tried again until it is
    m_thread = std::thread([this] { run(); });
}

void ChangeNotifier::run()
{
    std::unique_ptr<PgConnection> connection;
    qint64 published = -1;
    int connections = 0;
    while (!m_stopping) {
        try {
            if (const int now = m_connections.load(); now != connections) {
                connections = now;
                published = -1;
            }
            if (!connection || !connection->healthy()) {
                connection = std::make_unique<PgConnection>(m_databaseUrl);
                connection->exec("LISTEN jiandu_sync");
                published = -1; // what came while away is announced at once
            }
            const bool notified = connection->waitForNotification(500);
            if (!notified && published >= 0)
                continue;
            const qint64 head =
                connection->exec("SELECT coalesce(max(seq), 0) FROM sync_change").number(0, 0);
            if (head == published)
                continue;
            const QByteArray body = "{\"head\":" + QByteArray::number(head) + "}";
            if (mosquitto_publish(m_client, nullptr, kTopic, int(body.size()), body.constData(), 1,
                                  true) == MOSQ_ERR_SUCCESS)
                published = head;
        } catch (const PgError &error) {
            say(m_instance, QString::fromUtf8(error.what()));
            connection.reset();
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
    }
}

} // namespace Jiandu::Central
