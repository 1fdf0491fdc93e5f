#pragma once

#include "../geo/sitegeography.h"
#include "topojson.h"

#include <QImage>

class QPainter;

namespace Jiandu::CommandMap {

//! Draws the offline base map's 256-pixel tiles: the world's land and borders (Natural
//! Earth) at every zoom, and from zoom 11 the site's own water, parks and streets with their
//! names. Labels are placed in world pixels, so a name across a tile border is drawn in
//! halves by the two tiles and meets. Needs a QGuiApplication (fonts).
class BaseMapRenderer
{
public:
    BaseMapRenderer(TopoPolygons world, SiteGeography site);

    //! The tile z/x/y (XYZ rows, row 0 at the top).
    QImage render(int z, int x, int y) const;

    static constexpr int kSiteFromZoom = 11;

    //! Draws units' jurisdictions (dashed outlines, a faint wash, a colour each) over the
    //! tile z/x/y in \a painter: the map's jurisdiction layer, drawn into its tiles.
    static void drawJurisdictions(QPainter &painter, const QList<SiteGeography::Area> &areas, int z,
                                  int x, int y);

private:
    void drawWorld(QPainter &painter, int z, const QPointF &origin) const;
    void drawSite(QPainter &painter, int z, const QPointF &origin) const;
    void drawLabels(QPainter &painter, int z, const QPointF &origin) const;

    TopoPolygons m_world;
    SiteGeography m_site;
};

} // namespace Jiandu::CommandMap
