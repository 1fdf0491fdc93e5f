#pragma once

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <mosquitto.h>

namespace Jiandu::Testing {

//! A real Mosquitto on a free port of 127.0.0.1, for the tests of what listens to it; it can
//! be killed and started again on the same port (a broker that goes away and comes back).
class MqttBroker
{
public:
    MqttBroker()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QFile config(m_dir.filePath(QStringLiteral("mosquitto.conf")));
        if (config.open(QIODevice::WriteOnly))
            config.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\n")
                             .arg(m_port)
                             .toUtf8());
    }
    ~MqttBroker() { stop(); }

    //! Started and listening (false if it did not within 10 s).
    bool start()
    {
        m_process.start(QStringLiteral("/usr/sbin/mosquitto"),
                        {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("mosquitto.conf"))});
        if (!m_process.waitForStarted())
            return false;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

//! Publishes as a vendor's gateway or a device would, with the MQTT library itself.
class MqttPublisher
{
public:
    MqttPublisher(quint16 port, QByteArray topic)
        : m_topic(std::move(topic))
    {
        mosquitto_lib_init();
        m_client = mosquitto_new(nullptr, true, nullptr);
        m_ok = mosquitto_connect(m_client, "127.0.0.1", port, 30) == MOSQ_ERR_SUCCESS;
    }
    ~MqttPublisher()
    {
        mosquitto_disconnect(m_client);
        mosquitto_destroy(m_client);
    }
    bool ok() const { return m_ok; }
    bool publish(const QByteArray &payload)
    {
        const int rc = mosquitto_publish(m_client, nullptr, m_topic.constData(),
                                         int(payload.size()), payload.constData(), 0, false);
        mosquitto_loop(m_client, 0, 1);
        return rc == MOSQ_ERR_SUCCESS;
    }
    void flush()
    {
        for (int i = 0; i < 100 && mosquitto_want_write(m_client); ++i)
            mosquitto_loop(m_client, 10, 1);
    }

private:
    QByteArray m_topic;
    mosquitto *m_client = nullptr;
    bool m_ok = false;
};

} // namespace Jiandu::Testing
