#pragma once

#include "chinacoordinates.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <core/result.h>
#include <optional>

namespace Jiandu::CommandMap {

//! A site's own geography, in WGS-84 (a site map file, JSON): the streets and water the
//! offline base map draws, the places and streets addresses are found on (标准地址), the units'
//! stations and jurisdictions (辖区) and where the site's cameras hang. The demo site's file is
//! written for the demo city; a real site's is exported from the agency's GIS.
struct SiteGeography
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CommandMap::SiteGeography)

public:
    struct Line
    {
        QString name;
        QString kind; //!< "main", "street", "river"
        QList<LatLon> points;
        double widthMetres = 0;
        //! House numbers along the street, first to last point (0 when not numbered).
        int firstNumber = 0;
        int lastNumber = 0;
    };
    struct Area
    {
        QString name;
        QString kind;        //!< "park", "water", "jurisdiction"
        QString unit;        //!< the unit whose jurisdiction it is
        QStringList leaders; //!< a jurisdiction's leaders (情况发布 goes to them)
        QList<LatLon> ring;
    };
    struct Place
    {
        QString name;
        QString kind; //!< "place", "station"
        QString unit; //!< a station's unit
        LatLon at;
        double radiusMetres = 80; //!< buildings of an estate spread this far
    };

    QString name;
    LatLon centre;
    int zoom = 14; //!< the zoom the map opens at
    QList<Line> lines;
    QList<Area> areas;
    QList<Place> places;
    QHash<QString, LatLon> cameras; //!< camera id → where it is
    QStringList dutyLeaders; //!< the command room's leaders on duty: told of every 情况发布

    //! Reads a site map file; refused with the reason (not JSON, a point outside the world,
    //! a ring of fewer than three points, more than the limits below).
    static Result<SiteGeography> load(const QString &path);
    static Result<SiteGeography> parse(const QByteArray &json);
    //! The area (west, south, east, north) every line, area and place lies in.
    std::array<double, 4> bounds() const;
    QList<Area> jurisdictions() const;
    //! Whom a 情况发布 about something at \a at goes to: the leaders of the jurisdictions it lies
    //! in, then the leaders on duty, each once.
    QStringList leadersFor(const LatLon &at) const;
    //! Every leader the site map names (of jurisdictions and on duty), each once.
    QStringList leaders() const;

    //! Where \a address is: the longest known place or street name it starts with (after the
    //! city's name, if written); a house number after a street is put along the street
    //! between its first and last number, after a place it spreads the buildings of an
    //! estate over its radius. None when nothing matches.
    std::optional<LatLon> locate(const QString &address) const;

    static constexpr int kMaxPoints = 1'000'000;
};

} // namespace Jiandu::CommandMap
