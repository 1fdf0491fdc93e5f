#include "fleetpositions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <mqtt/mqttconnection.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

FleetPositions::FleetPositions(double maxSpeedKmh, QObject *parent)
    : QObject(parent)
    , m_maxSpeedKmh(maxSpeedKmh)
{
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        QStringList ids;
        std::swap(ids, m_pending);
        ids.removeDuplicates();
        if (!ids.isEmpty())
            Q_EMIT moved(ids);
    });
}

void FleetPositions::feed(const QList<FleetFix> &fixes, qint64 nowMs)
{
    for (const FleetFix &f : fixes) {
        const LatLon &p = f.fix.position;
        if (f.id.isEmpty() || !std::isfinite(p.lat) || !std::isfinite(p.lon) ||
            std::abs(p.lat) > 90 || std::abs(p.lon) > 180 || !f.fix.at.isValid()) {
            ++m_counts.outsideWorld;
            continue;
        }
        const qint64 atMs = f.fix.at.toMSecsSinceEpoch();
        if (atMs > nowMs + 5 * 60 * 1000) { // a receiver's clock far ahead
            ++m_counts.future;
            continue;
        }
        const auto known = m_latest.constFind(f.id);
        if (known == m_latest.cend() && m_latest.size() >= kMaxTracked) {
            ++m_counts.outsideWorld; // no more ids than any force has: refused
            continue;
        }
        if (known != m_latest.cend()) {
            const qint64 beforeMs = known->fix.at.toMSecsSinceEpoch();
            if (atMs <= beforeMs) {
                ++m_counts.older;
                continue;
            }
            const double metres = ChinaCoordinates::distanceMetres(known->fix.position, p);
            if (metres / ((atMs - beforeMs) / 1000.0) > m_maxSpeedKmh / 3.6) {
                ++m_counts.jumps;
                continue;
            }
        }
        m_latest.insert(f.id, f);
        addToTrack(f);
        ++m_counts.used;
        m_pending.append(f.id);
    }
    // Once for everything fed in this turn of the event loop: the drawing side decides how
    // often it draws (a wait here would add to its own).
    if (!m_pending.isEmpty() && !m_batch.isActive())
        m_batch.start(0);
}

void FleetPositions::addToTrack(const FleetFix &fix)
{
    const qint64 atMs = fix.fix.at.toMSecsSinceEpoch();
    QList<StoredPoint> &points = m_tracks[fix.id];
    if (!points.isEmpty() && atMs < points.constLast().atMs + kTrackSpacingMs)
        return;
    points.append({atMs, float(fix.fix.position.lat), float(fix.fix.position.lon)});
    // The oldest go once they are out of the retention (a few at a time: one a minute comes).
    qsizetype expired = 0;
    while (expired < points.size() && points.at(expired).atMs < atMs - kTrackRetentionMs)
        ++expired;
    if (expired > 0)
        points.remove(0, expired);
}

QList<TrackPoint> FleetPositions::track(const QString &id, qint64 fromMs, qint64 toMs) const
{
    QList<TrackPoint> out;
    const auto found = m_tracks.constFind(id);
    if (found == m_tracks.cend())
        return out;
    const auto first =
        std::lower_bound(found->cbegin(), found->cend(), fromMs,
                         [](const StoredPoint &p, qint64 ms) { return p.atMs < ms; });
    for (auto it = first; it != found->cend() && it->atMs <= toMs; ++it)
        out.append({it->atMs, LatLon{it->lat, it->lon}});
    return out;
}

std::optional<std::pair<qint64, qint64>> FleetPositions::trackSpan(const QString &id) const
{
    const auto found = m_tracks.constFind(id);
    if (found == m_tracks.cend() || found->isEmpty())
        return std::nullopt;
    return std::pair{found->constFirst().atMs, found->constLast().atMs};
}

QStringList FleetPositions::stale(qint64 nowMs, qint64 ageMs) const
{
    QStringList ids;
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it)
        if (nowMs - it->fix.at.toMSecsSinceEpoch() > ageMs)
            ids << it.key();
    ids.sort();
    return ids;
}

struct MqttFleetSource::Shared
{
    QMutex mutex;
    QList<FleetFix> queued;
    qint64 unreadable = 0;
};

MqttFleetSource::MqttFleetSource(const QString &broker, const QByteArray &topic, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Shared>())
{
    std::weak_ptr<Shared> weak = d;
    m_connection = std::make_unique<MqttConnection>(
        broker, "jiandu-fleet", topic, 0, [weak](const QByteArray &payload) {
            const auto shared = weak.lock();
            if (!shared)
                return;
            int bad = 0;
            QList<FleetFix> parsed = parse(payload, &bad);
            QMutexLocker lock(&shared->mutex);
            // A flood is not queued without end: beyond a few seconds of a large fleet, dropped.
            if (shared->queued.size() + parsed.size() > 200000)
                bad += int(parsed.size());
            else
                shared->queued += parsed;
            shared->unreadable += bad;
        });
    connect(m_connection.get(), &MqttConnection::connectedChanged, this,
            &MqttFleetSource::connectedChanged);
    m_flush.setInterval(20);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        QList<FleetFix> batch;
        {
            QMutexLocker lock(&d->mutex);
            std::swap(batch, d->queued);
        }
        if (!batch.isEmpty())
            Q_EMIT fixes(batch);
    });
}

MqttFleetSource::~MqttFleetSource() = default;

void MqttFleetSource::start()
{
    m_flush.start();
    m_connection->start();
}

bool MqttFleetSource::isConnected() const
{
    return m_connection->isConnected();
}

qint64 MqttFleetSource::unreadable() const
{
    QMutexLocker lock(&d->mutex);
    return d->unreadable;
}

QList<FleetFix> MqttFleetSource::parse(const QByteArray &payload, int *unreadable)
{
    QList<FleetFix> fixes;
    if (payload.size() > (4 << 20)) {
        ++*unreadable;
        return fixes;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (doc.isNull()) {
        ++*unreadable;
        return fixes;
    }
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        FleetFix f;
        f.id = o.value(u"id"_s).toString();
        f.kind = o.value(u"kind"_s).toString(u"officer"_s);
        f.unit = o.value(u"unit"_s).toString();
        const QJsonValue time = o.value(u"time"_s);
        f.fix.at = time.isDouble()
                       ? QDateTime::fromMSecsSinceEpoch(qint64(time.toDouble()), Qt::UTC)
                       : QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
        if (f.id.isEmpty() || !o.value(u"lat"_s).isDouble() || !o.value(u"lon"_s).isDouble() ||
            !f.fix.at.isValid()) {
            ++*unreadable;
            continue;
        }
        f.fix.position = {o.value(u"lat"_s).toDouble(), o.value(u"lon"_s).toDouble()};
        if (o.value(u"speed"_s).isDouble())
            f.fix.speedMps = o.value(u"speed"_s).toDouble();
        if (o.value(u"heading"_s).isDouble())
            f.fix.headingDegrees = o.value(u"heading"_s).toDouble();
        fixes.append(f);
    }
    return fixes;
}

} // namespace Jiandu::CommandMap
