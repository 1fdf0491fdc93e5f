#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <casearea/tracking/positionfix.h>
#include <core/clock.h>
#include <memory>

namespace Jiandu {
class MqttConnection;
}

namespace Jiandu::CaseArea {

//! The positioning system's feed through an MQTT broker (Mosquitto): each message on the
//! topic is one position (a PositionFix as JSON) or a JSON array of them, as vendors batch.
//! Messages are read on the MQTT library's thread and handed over in batches: at once when the
//! feed was quiet, else at most every \c interval ms, never one signal per message, so a feed
//! of hundreds of tags at 10 Hz costs the receiving thread a few dozen wake-ups a second and a
//! position waits at most one interval. The client reconnects by itself; the time
//! the broker was away is reported as a gap, to be shown on the plan and in the history.
class MqttPositionSource : public QObject
{
    Q_OBJECT

public:
    struct Counters
    {
        qint64 messages = 0;
        qint64 fixes = 0;
        qint64 malformed = 0;
        QString lastError; //!< why the last malformed message was refused
    };

    //! \a broker "host:port" (1883 if left out), \a topic a subscription ("jiandu/positions/#").
    MqttPositionSource(const QString &broker, const QString &topic, const Clock &clock,
                       int intervalMs = 20, QObject *parent = nullptr);
    ~MqttPositionSource() override;

    bool isConnected() const;
    Counters counters() const;

signals:
    //! The positions received since the last batch, in arrival order.
    void positions(const QList<Jiandu::CaseArea::PositionFix> &fixes);
    void connectedChanged(bool connected);
    //! The broker was away from \a fromMs to \a toMs (the clock's time): positions of that
    //! time are missing.
    void gap(qint64 fromMs, qint64 toMs);

private:
    void take(const QByteArray &payload);
    void scheduleDelivery();
    void deliver();

    const Clock &m_clock;
    std::unique_ptr<MqttConnection> m_connection;
    QTimer m_batch;
    int m_intervalMs;
    QElapsedTimer m_sinceDelivery;
    qint64 m_lostMs = -1;   //!< when the broker went away, or −1
    mutable QMutex m_mutex; // guards what follows, shared with the library's thread
    QList<PositionFix> m_pending;
    Counters m_counters;
};

} // namespace Jiandu::CaseArea
