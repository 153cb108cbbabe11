#pragma once

#include "sightline/core/geometry.h"

#include <QString>

#include <optional>

namespace sightline::geo {

// The OGC WKT definition of an EPSG CRS, as PROJ's database gives it (for gpkg_spatial_ref_sys).
// Empty when PROJ does not know the code.
QString wktForEpsg(int code);

// The CRS's name ("WGS 84"), or empty when unknown.
QString nameForEpsg(int code);

// What a map needs to know about a CRS.
struct CrsInfo
{
    QString id;          // as given: "EPSG:32652"
    QString name;        // "WGS 84 / UTM zone 52N"
    bool geographic = false;
    GeoBounds areaOfUse; // lon/lat; empty when PROJ gives none
};

// Describes a CRS; nothing, with the reason in *error, when PROJ does not know it.
std::optional<CrsInfo> crsInfo(const QString &id, QString *error = nullptr);

// The WGS 84 UTM zone of a position: "EPSG:326NN" north of the equator, "EPSG:327NN" south.
QString utmZoneCrs(const GeoPoint &p);

} // namespace sightline::geo
