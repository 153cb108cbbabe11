#pragma once

#include "sightline/render/maprenderer.h"
#include "sightline/store/project.h"

namespace sightline::render {

// The map of a project as the canvas first shows it: basemap, imagery, imagery footprints, areas of
// interest, annotations, claims with a location, events, sites (top). Reads the project once;
// the layers keep their own copies.
LayerList projectLayers(const Project &project, const QString &basemapPath);

// Lon/lat bounds of every site, AOI and located event, or empty for an empty project.
GeoBounds projectBounds(const Project &project);

// The map extent in crs that shows lonLat bounds (densified, so curved edges fit), grown by
// marginFraction on each side. Invalid when crs cannot show them.
MapExtent extentInCrs(const GeoBounds &lonLat, const QString &crs, double marginFraction, QString *error);

} // namespace sightline::render
