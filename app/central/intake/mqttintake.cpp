#include "mqttintake.h"

#include "../db/postgres.h"
#include "eventintake.h"
#include "mqtt/mqttloop.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {
void say(const QString &instance, const QString &what)
{
    std::fprintf(stderr, "%s mqtt: %s\n", qPrintable(instance), qPrintable(what));
}
} // namespace

MqttIntake::MqttIntake(EventIntake &intake, QString host, int port, QString user, QString password,
                       QString instance)
    : m_intake(intake)
    , m_host(std::move(host))
    , m_port(port)
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_instance(std::move(instance))
{
    static const bool initialised = mosquitto_lib_init() == MOSQ_ERR_SUCCESS;
    Q_UNUSED(initialised);
    // A session that outlives a restart of the instance: what was sent while it was away is
    // kept by the broker (QoS 1) and delivered when it is back.
    const QByteArray id = "jiandu-central-" + m_instance.toUtf8();
    m_client = mosquitto_new(id.constData(), false, this);
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    if (!m_user.isEmpty())
        mosquitto_username_pw_set(m_client, m_user.toUtf8().constData(),
                                  m_password.toUtf8().constData());
    mosquitto_connect_callback_set(m_client, &MqttIntake::onConnect);
    mosquitto_message_callback_set(m_client, &MqttIntake::onMessage);
    mosquitto_reconnect_delay_set(m_client, 1, 10, true);
    m_loop = std::make_unique<MqttLoop>(m_client, m_host, m_port);
}

MqttIntake::~MqttIntake()
{
    stop();
    mosquitto_destroy(m_client);
}

void MqttIntake::start()
{
    // A broker not up yet is tried again until it is; then the loop reconnects by itself.
    m_loop->start();
}

void MqttIntake::stop()
{
    if (m_loop)
        m_loop->stop();
}

void MqttIntake::onConnect(mosquitto *client, void *self, int result)
{
    auto *intake = static_cast<MqttIntake *>(self);
    if (result != 0) {
        say(intake->m_instance, u"the broker refused the connection (%1)"_s.arg(
                                    QString::fromUtf8(mosquitto_connack_string(result))));
        return;
    }
    mosquitto_subscribe(client, nullptr, kSharedTopic, 1);
    say(intake->m_instance, u"subscribed to %1"_s.arg(QString::fromLatin1(kSharedTopic)));
}

void MqttIntake::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    static_cast<MqttIntake *>(self)->handle(message);
}

void MqttIntake::handle(const mosquitto_message *message)
{
    const QString topic = QString::fromUtf8(message->topic);
    const QString source = topic.section(u'/', 2, 2);
    if (source.isEmpty() || topic.endsWith(u"/ack"_s))
        return;
    const QByteArray payload(static_cast<const char *>(message->payload),
                             qsizetype(message->payloadlen));
    QJsonObject answer;
    try {
        const auto outcome =
            m_intake.submit(payload, u"mqtt:"_s + source, QDateTime::currentMSecsSinceEpoch());
        QJsonArray stored, refused;
        for (const QString &id : outcome.stored)
            stored.append(id);
        for (const auto &r : outcome.refused)
            refused.append(QJsonObject{{u"line"_s, r.line}, {u"reason"_s, r.reason}});
        answer = {{u"stored"_s, stored}, {u"refused"_s, refused}};
    } catch (const PgError &error) {
        // Not stored: no answer; the publisher sends it again.
        say(m_instance,
            u"events from %1 not stored: %2"_s.arg(source, QString::fromUtf8(error.what())));
        return;
    }
    const QByteArray ack = (topic + u"/ack"_s).toUtf8();
    const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    mosquitto_publish(m_client, nullptr, ack.constData(), int(body.size()), body.constData(), 1,
                      false);
}

} // namespace Jiandu::Central
