#pragma once

#include "../geo/geoindex.h"
#include "../geo/sitegeography.h"
#include "../positions/fleetpositions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <core/incident.h>
#include <core/sitedescription.h>
#include <optional>

namespace Jiandu::CommandMap {

//! What the command map shows, without the page: the site's geography, its cameras, the
//! synced 警情 found on the map by their address, and the officers' and vehicles' latest
//! positions. It answers the page (the markers and clusters of a view, as JSON), the
//! operator's questions (the nearest officers and cameras to a point, everything in a drawn
//! area) and the time slider (the incidents of a period). Lives on the UI thread; every
//! answer is computed from the view's part of the data, not all of it.
class MapModel : public QObject
{
    Q_OBJECT

public:
    struct PlacedIncident
    {
        Incident incident;
        std::optional<LatLon> at; //!< none: its address is not on the site's map
    };
    //! A shape the operator drew.
    struct Area
    {
        enum class Kind { Circle, Polygon, Route } kind = Kind::Circle;
        QList<LatLon> points; //!< the centre; the ring; the route
        double metres = 0;    //!< the circle's radius; the route's buffer on each side
        static std::optional<Area> fromJson(const QJsonObject &json);
    };
    struct Found
    {
        QString kind; //!< "officer", "vehicle", "incident", "camera", "station"
        QString id;
        QString name;
        QString unit;
        LatLon at;
        double metres = 0;     //!< from the point asked about (nearest), else 0
        double etaSeconds = 0; //!< straight line at the kind's speed (nearest), else 0
    };

    explicit MapModel(QObject *parent = nullptr);

    void setGeography(SiteGeography geography);
    const SiteGeography &geography() const { return m_geography; }
    void setCameras(const QList<SiteCamera> &cameras);
    //! Replaces the incidents; each is put where its address is (bzFsdz).
    void setIncidents(const QList<Incident> &incidents);
    const QList<PlacedIncident> &incidents() const { return m_incidents; }
    int unplacedIncidents() const { return m_unplaced; }
    //! The incidents shown: received in [fromMs, toMs).
    void setPeriod(qint64 fromMs, qint64 toMs);
    std::pair<qint64, qint64> period() const { return {m_fromMs, m_toMs}; }
    //! How many of the period's incidents are on the map.
    int shownIncidents() const { return int(m_shown.size()); }
    //! The newest incident's receipt time, 0 when there are none.
    qint64 newestIncidentMs() const;
    FleetPositions &fleet() { return m_fleet; }
    const FleetPositions &fleet() const { return m_fleet; }
    //! A position not heard for this long is drawn grey with its age.
    void setStaleAfterMs(qint64 ms) { m_staleAfterMs = ms; }
    //! An officer's or vehicle's open instruction, as the map marks it: how far they are
    //! ("sent", "received", "accepted", "arrived") and what it is, in words.
    struct Task
    {
        QString state;
        QString text;
        bool operator==(const Task &) const = default;
    };
    //! Who has an open instruction (ids of officers and vehicles).
    void setTasks(QHash<QString, Task> tasks) { m_tasks = std::move(tasks); }
    const QHash<QString, Task> &tasks() const { return m_tasks; }
    qint64 staleAfterMs() const { return m_staleAfterMs; }

    //! Whether the tiles are in GCJ-02: what the page gets is shifted to match, and what it
    //! sends back (its view, the areas drawn) is shifted back by fromDisplay().
    void setGcj02Display(bool on) { m_gcj02 = on; }
    LatLon toDisplay(const LatLon &p) const;
    LatLon fromDisplay(const LatLon &p) const;

    //! The layers that do not move: jurisdictions, stations and case areas, cameras.
    QJsonObject fixedLayers() const;
    //! Officers, vehicles and (\a withIncidents) the period's incidents in \a view (west,
    //! south, east, north) at \a zoom: singles and clusters, with each officer's age at \a nowMs.
    QJsonObject viewLayers(int zoom, const std::array<double, 4> &view, qint64 nowMs,
                           bool withIncidents = true) const;
    //! The period's incidents counted in cells of the view, for the heat map:
    //! [[lat, lon, count], …] and the largest count.
    QJsonObject heat(int zoom, const std::array<double, 4> &view) const;

    //! The \a k nearest officers and vehicles, and cameras, to \a at.
    QList<Found> nearest(const LatLon &at, int k) const;
    //! Everything inside \a area (officers, vehicles, the period's incidents, cameras,
    //! stations).
    QList<Found> inside(const Area &area) const;

    std::optional<PlacedIncident> incident(const QString &jqbh) const;
    std::optional<SiteCamera> camera(const QString &id) const;
    std::optional<LatLon> cameraPosition(const QString &id) const;

    //! The category colour of an incident (by 警情类别代码), as the page draws it.
    static QString categoryColour(const QString &jqlbDm);

private:
    GeoIndex everythingNow() const;
    QJsonArray shown(const LatLon &p) const;
    QJsonArray shown(const QList<LatLon> &points) const;
    //! [lat, lon, count] of a cluster or heat cell.
    QJsonArray shownWith(const LatLon &p, int count) const;

    SiteGeography m_geography;
    QList<SiteCamera> m_cameras;
    QList<PlacedIncident> m_incidents;
    QList<int> m_shown; //!< the period's placed incidents
    QList<LatLon> m_shownAt;
    int m_unplaced = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    FleetPositions m_fleet;
    qint64 m_staleAfterMs = 5 * 60 * 1000;
    QHash<QString, Task> m_tasks;
    bool m_gcj02 = false;
};

} // namespace Jiandu::CommandMap
