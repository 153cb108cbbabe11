#pragma once

#include <QString>

namespace sightline::geo {

// The OGC WKT definition of an EPSG CRS, as PROJ's database gives it (for gpkg_spatial_ref_sys).
// Empty when PROJ does not know the code.
QString wktForEpsg(int code);

// The CRS's name ("WGS 84"), or empty when unknown.
QString nameForEpsg(int code);

} // namespace sightline::geo
