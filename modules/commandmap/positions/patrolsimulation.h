#pragma once

#include "../geo/sitegeography.h"
#include "fleetpositions.h"

namespace Jiandu::CommandMap {

//! A day of patrols on a site's streets, for the demo site and the benchmarks: officers on
//! foot and vehicles driving their beat back and forth along a street of their unit's
//! jurisdiction, each from a different point and at its own pace. The same time gives the
//! same positions (jiandu-sim publishes them over MQTT; the demo client moves them itself).
class PatrolSimulation
{
public:
    struct Options
    {
        int officers = 40;
        int vehicles = 12;
        quint32 seed = 1;
    };
    PatrolSimulation(const SiteGeography &site, const Options &options);

    //! Everyone's fix at \a atMs (Unix time, ms).
    QList<FleetFix> fixesAt(qint64 atMs) const;
    //! Patrol \a index's fix at \a atMs.
    FleetFix fixAt(int index, qint64 atMs) const;
    int size() const { return int(m_patrols.size()); }

private:
    struct Patrol
    {
        QString id;
        QString kind;
        QString unit;
        QList<LatLon> beat;
        QList<double> along; //!< metres from the start to each point of the beat
        double speedMps = 1.4;
        double offsetMetres = 0;
    };
    QList<Patrol> m_patrols;
};

} // namespace Jiandu::CommandMap
