#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/kinds.h"
#include "sightline/core/record.h"

#include <QStringList>

namespace sightline {

// A place analysts watch: a port, a rail crossing, a depot. The point is where the site is
// drawn; the optional AOI outlines the area imagery and counts refer to.
struct Site
{
    RecordMeta meta;
    QString name;
    SiteKind kind = SiteKind::Other;
    QStringList aliases; // other names and romanisations: "Najin" for Rajin
    QString country;     // ISO 3166-1 alpha-2
    GeoPoint location;
    QString locationNote; // where the coordinate comes from and how precise it is
    Geometry aoi;         // Polygon or empty
    QString notes;
    friend bool operator==(const Site &, const Site &) = default;
};

// Where a site is: its point and its area of interest.
inline GeoBounds siteBounds(const Site &site)
{
    GeoBounds b = site.aoi.bounds();
    b.include(site.location);
    return b;
}

} // namespace sightline
