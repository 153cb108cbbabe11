#pragma once

#include "sightline/render/maprenderer.h"
#include "sightline/store/project.h"

namespace sightline::render {

// Where a project's map lies. Its layers are defined once, by MapModel (mapmodel.h).

// Lon/lat bounds of every site, AOI and located event, or empty for an empty project.
GeoBounds projectBounds(const Project &project);

// The map extent in crs that shows lonLat bounds (densified, so curved edges fit), grown by
// marginFraction on each side. Invalid when crs cannot show them.
MapExtent extentInCrs(const GeoBounds &lonLat, const QString &crs, double marginFraction, QString *error,
                      double minSpanMeters = 2000.0);

} // namespace sightline::render
