#include "mqttpositionsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <mqtt/mqttconnection.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {
// A burst beyond this waits in the broker's and the socket's buffers, not in memory here.
constexpr qsizetype kMaxPending = 200000;
constexpr int kMaxPayload = 1 << 20;
} // namespace

MqttPositionSource::MqttPositionSource(const QString &broker, const QString &topic,
                                       const Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_intervalMs(std::max(1, intervalMs))
    , m_lostMs(clock.nowMs())
{
    // Parsed on the connection's thread and queued; QoS 0: a position is worth only while it
    // is fresh, and a lost one is replaced within a second.
    m_connection = std::make_unique<MqttConnection>(
        broker, "jiandu-pos", topic.toUtf8(), 0, [this](const QByteArray &payload) {
            if (payload.isEmpty() || payload.size() > kMaxPayload) {
                QMutexLocker lock(&m_mutex);
                ++m_counters.messages;
                ++m_counters.malformed;
                m_counters.lastError =
                    tr("A position message of %1 bytes was refused.").arg(payload.size());
                return;
            }
            take(payload);
        });
    connect(m_connection.get(), &MqttConnection::connectedChanged, this, [this](bool up) {
        if (up && m_lostMs >= 0)
            emit gap(std::exchange(m_lostMs, -1), m_clock.nowMs());
        else if (!up)
            m_lostMs = m_clock.nowMs();
        emit connectedChanged(up);
    });
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, &MqttPositionSource::deliver);
    m_sinceDelivery.start();
    m_connection->start();
}

MqttPositionSource::~MqttPositionSource()
{
    // Its thread stopped before what its handler touches goes.
    m_connection.reset();
}

bool MqttPositionSource::isConnected() const
{
    return m_connection->isConnected();
}

MqttPositionSource::Counters MqttPositionSource::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

void MqttPositionSource::take(const QByteArray &payload)
{
    const qint64 now = m_clock.nowMs();
    QList<PositionFix> fixes;
    QString error;
    qsizetype refused = 0;
    // One position, or an array of them.
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.startsWith('[')) {
        const QJsonArray array = QJsonDocument::fromJson(trimmed).array();
        if (array.isEmpty()) {
            ++refused;
            error = tr("A batch of positions is not a JSON array of objects.");
        }
        for (const QJsonValue &v : array) {
            auto fix = PositionFix::fromObject(v.toObject(), now);
            if (fix)
                fixes.append(*fix);
            else
                ++refused, error = fix.error().message;
        }
    } else if (auto fix = PositionFix::fromJson(trimmed, now); fix) {
        fixes.append(*fix);
    } else {
        ++refused;
        error = fix.error().message;
    }
    QMutexLocker lock(&m_mutex);
    ++m_counters.messages;
    m_counters.malformed += refused;
    if (!error.isEmpty())
        m_counters.lastError = error;
    if (m_pending.size() + fixes.size() > kMaxPending) {
        m_counters.malformed += fixes.size();
        m_counters.lastError = tr("Positions arrive faster than they are drawn; some were "
                                  "dropped.");
        return;
    }
    m_counters.fixes += fixes.size();
    const bool first = m_pending.isEmpty() && !fixes.isEmpty();
    m_pending += fixes;
    lock.unlock();
    // The first position of a batch asks for a delivery; the rest ride along with it.
    if (first)
        QMetaObject::invokeMethod(this, &MqttPositionSource::scheduleDelivery,
                                  Qt::QueuedConnection);
}

void MqttPositionSource::scheduleDelivery()
{
    if (m_batch.isActive())
        return;
    const qint64 wait = m_intervalMs - m_sinceDelivery.elapsed();
    if (wait <= 0)
        deliver();
    else
        m_batch.start(int(wait));
}

void MqttPositionSource::deliver()
{
    m_sinceDelivery.restart();
    QList<PositionFix> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (!batch.isEmpty())
        emit positions(batch);
}

} // namespace Jiandu::CaseArea
