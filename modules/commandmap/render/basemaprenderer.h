#pragma once

#include "../geo/sitegeography.h"
#include "topojson.h"

#include <QImage>

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

private:
    void drawWorld(class QPainter &painter, int z, const QPointF &origin) const;
    void drawSite(class QPainter &painter, int z, const QPointF &origin) const;
    void drawLabels(class QPainter &painter, int z, const QPointF &origin) const;

    TopoPolygons m_world;
    SiteGeography m_site;
};

} // namespace Jiandu::CommandMap
