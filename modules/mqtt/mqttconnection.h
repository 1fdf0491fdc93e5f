#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <functional>

struct mosquitto;
struct mosquitto_message;

namespace Jiandu {

//! A subscription to an MQTT broker that stays up by itself: a broker that is not there yet
//! when it starts is tried again (1 s, doubling to 10 s) until it is, one that goes away later
//! is reconnected to by the library's thread. Messages are handed to \c onMessage on that
//! thread (quick work only: parse and queue); the connection's state changes are signalled on
//! this object's thread.
class MqttConnection : public QObject
{
    Q_OBJECT

public:
    using MessageHandler = std::function<void(const QByteArray &payload)>;

    //! \a broker "host:port" (1883 if left out); \a clientPrefix names this kind of client in
    //! the broker's log; \a qos of the subscription.
    MqttConnection(const QString &broker, const QByteArray &clientPrefix, const QByteArray &topic,
                   int qos, MessageHandler onMessage, QObject *parent = nullptr);
    ~MqttConnection() override;

    //! Connects (and keeps connecting); call once the receiver is ready for messages.
    void start();
    bool isConnected() const { return m_connected; }
    const QString &broker() const { return m_broker; }

signals:
    void connectedChanged(bool connected);

private:
    void tryConnect();
    static void onConnect(mosquitto *client, void *self, int result);
    static void onDisconnect(mosquitto *client, void *self, int result);
    static void onMessage(mosquitto *client, void *self, const mosquitto_message *message);

    QString m_broker;
    QByteArray m_host;
    int m_port = 1883;
    QByteArray m_topic;
    int m_qos = 0;
    MessageHandler m_handler;
    mosquitto *m_client = nullptr;
    QTimer m_retry;
    int m_retryMs = 1000;
    bool m_looping = false;
    bool m_connected = false;
};

} // namespace Jiandu
