#pragma once

#include "chinacoordinates.h"

#include <QList>
#include <QString>
#include <array>

namespace Jiandu::CommandMap {

//! What the map draws of one kind of marker in the view: markers alone where they stand
//! apart, and where several fall within a cell of the screen, one cluster with their number
//! (10 000 officers in one cell are one circle, not 10 000). Computed for the view only.
struct Clusters
{
    struct Marker
    {
        int index = 0; //!< into the caller's list
        LatLon at;
    };
    struct Group
    {
        LatLon at; //!< the mean position of its members
        int count = 0;
        std::array<double, 4> bounds{}; //!< west, south, east, north of its members
    };
    QList<Marker> singles;
    QList<Group> groups;

    //! \a points (positions, by index) within \a view (west, south, east, north, grown by a
    //! cell) at \a zoom, gathered in cells of \a cellPixels; from \a singlesFromZoom on, no
    //! gathering at all.
    static Clusters compute(const QList<LatLon> &points, int zoom,
                            const std::array<double, 4> &view, double cellPixels = 56,
                            int singlesFromZoom = 17);
};

} // namespace Jiandu::CommandMap
