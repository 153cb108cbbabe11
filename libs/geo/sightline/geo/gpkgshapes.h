#pragma once

#include "sightline/geo/vectorfile.h"

namespace sightline::geo {

// Reads the geometries of one GeoPackage table straight from SQLite, parsing each GeoPackage
// geometry blob (header + ISO WKB) into lon/lat parts the way readVectorShapes flattens OGR's
// geometries: the same features, parts and order, without an OGRFeature and an OGRGeometry a
// row (which made reading 100,000 points most of a new map's first frame).
//
// For files OGR has opened and found to be a GeoPackage whose layer is in WGS 84 longitude/
// latitude. Answers NotHandled, having changed nothing in *out, for anything it does not read
// itself (a view, curves, extended or foreign blobs, a file SQLite will not open read-only):
// the caller then reads the layer through OGR. Malformed blobs count as skipped features; no
// blob can make it read outside the blob. Any thread; opens its own connection.
enum class GpkgShapesRead { Done, NotHandled };
GpkgShapesRead readGpkgShapes(const QString &file, const QString &table, const QString &geometryColumn,
                              qint64 expectedFeatures, VectorLayerData *out);

} // namespace sightline::geo
