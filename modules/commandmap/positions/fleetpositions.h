#pragma once

#include "nmealog.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>

namespace Jiandu {
class MqttConnection;
}

namespace Jiandu::CommandMap {

//! Where someone was, when.
struct TrackPoint
{
    qint64 atMs = 0;
    LatLon at;
};

//! Where an officer or a vehicle was heard.
struct FleetFix
{
    QString id;
    QString kind = QStringLiteral("officer"); //!< "officer" or "vehicle"
    QString unit;
    Fix fix;
};

//! The latest position of every officer and vehicle, from whatever feeds them: a fix outside
//! the world, from far in the future, or further from the last one than a vehicle goes in the
//! time between is counted and not used, so one bad receiver cannot throw a marker across the
//! city. Changes are announced once per batch fed (a turn of the event loop), not per fix.
class FleetPositions : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        qint64 used = 0;
        qint64 outsideWorld = 0;
        qint64 jumps = 0;
        qint64 future = 0;
        qint64 older = 0; //!< not newer than what is known already
    };

    static constexpr int kMaxTracked = 100000; //!< officers and vehicles at most

    explicit FleetPositions(double maxSpeedKmh = 300, QObject *parent = nullptr);

    void feed(const QList<FleetFix> &fixes, qint64 nowMs);
    //! Keeps \a fix in its id's track (a point every \a kTrackSpacingMs at most, for
    //! kTrackRetentionMs); feed() keeps every fix it uses. For a history known beforehand.
    void addToTrack(const FleetFix &fix);
    //! Where \a id was between \a fromMs and \a toMs, oldest first.
    QList<TrackPoint> track(const QString &id, qint64 fromMs, qint64 toMs) const;
    //! The time span the tracks cover, [oldest, newest] (none when empty).
    std::optional<std::pair<qint64, qint64>> trackSpan(const QString &id) const;

    static constexpr qint64 kTrackSpacingMs = 60 * 1000;
    static constexpr qint64 kTrackRetentionMs = 6 * 3600 * 1000;
    const QHash<QString, FleetFix> &latest() const { return m_latest; }
    //! Those last heard more than \a ageMs before \a nowMs (greyed on the map, with their age).
    QStringList stale(qint64 nowMs, qint64 ageMs) const;
    const Counts &counts() const { return m_counts; }

Q_SIGNALS:
    void moved(const QStringList &ids);

private:
    double m_maxSpeedKmh;
    //! A track's point, small: thousands of officers over hours are kept.
    struct StoredPoint
    {
        qint64 atMs;
        float lat;
        float lon;
    };
    QHash<QString, FleetFix> m_latest;
    QHash<QString, QList<StoredPoint>> m_tracks;
    Counts m_counts;
    QStringList m_pending;
    QTimer m_batch;
};

//! Officers' and vehicles' positions over MQTT (the broker the project already runs): a JSON
//! object or array a message, {"id", "lat", "lon", "time" (ms or ISO 8601), "speed",
//! "heading", "kind", "unit"}; parsed on the connection's thread and handed over in batches.
class MqttFleetSource : public QObject
{
    Q_OBJECT

public:
    MqttFleetSource(const QString &broker, const QByteArray &topic, QObject *parent = nullptr);
    ~MqttFleetSource() override;
    void start();
    bool isConnected() const;
    qint64 unreadable() const;

    //! One message's fixes, or none with \a unreadable counted.
    static QList<FleetFix> parse(const QByteArray &payload, int *unreadable);

Q_SIGNALS:
    void fixes(const QList<FleetFix> &fixes);
    void connectedChanged(bool connected);

private:
    struct Shared;
    std::shared_ptr<Shared> d;
    std::unique_ptr<MqttConnection> m_connection;
    QTimer m_flush;
};

} // namespace Jiandu::CommandMap
