#pragma once

#include "sightline/geo/tileservice.h"
#include "sightline/render/maplayer.h"
#include "sightline/store/project.h"

#include <memory>

namespace sightline::render {

// The layer that draws a basemap source: a tile service through GDAL's WMS/WMTS drivers (with
// the disk cache and network switch of settings), a tile package or raster file, or an OSM
// extract or other vector file drawn over Natural Earth (naturalEarthPath). Null, with one line
// naming the source in *error, for a source that cannot be used (refused by
// basemapSourceProblem, a missing or unreadable file; a WMTS service with the network off and no
// sound capabilities document kept in the disk cache). Nothing here touches the network: a
// service is only asked when its tiles are drawn (a WMTS service for its capabilities, once, when
// its first tile is), and never when settings say the network is off (the disk cache alone then
// serves it). GUI thread (or a command's one thread).
std::shared_ptr<MapLayer> makeBasemapLayer(const BasemapSource &source,
                                           const geo::TileServiceSettings &settings,
                                           const QString &naturalEarthPath, QString *error);

// What GDAL opens for a service source: its XML description (empty for a file source).
QString serviceDescription(const BasemapSource &source, const geo::TileServiceSettings &settings);

// "Make this area available offline" for a service source (XYZ, WMS or WMTS): its tiles over area
// from minZoom to maxZoom (never deeper than source.maxZoom or the service's own deepest level),
// at most source.requestsPerSecond, fetched through the same description the map opens
// (geo::fillTileCache has the rules). A WMTS service's capabilities are asked afresh and kept in
// the cache first, as when its map layer opens. Refused, asking nobody, while the network is
// off or with no disk cache. Any thread; blocks until done or cancelled by progress.
bool downloadServiceArea(const BasemapSource &source, const geo::TileServiceSettings &settings,
                         const GeoBounds &area, int minZoom, int maxZoom, qint64 maxTiles,
                         const std::function<bool(qint64 done, qint64 total)> &progress,
                         geo::CacheFillResult *result, QString *error);

// The basemap a project's map shows: its active saved source, or null for Natural Earth (also
// when the saved sources or the active one cannot be used: each reason is a line in *problems).
std::shared_ptr<MapLayer> projectBasemapLayer(const Project &project,
                                              const geo::TileServiceSettings &settings,
                                              const QString &naturalEarthPath, QStringList *problems);

} // namespace sightline::render
