#pragma once

#include "sightline/core/geometry.h"

#include <QString>

#include <atomic>
#include <functional>

namespace sightline::geo {

// Half the width of the Web Mercator world (EPSG:3857), in metres: zoom z's tiles are 256 pixels
// of 2 * kWebMercatorHalfMeters / 256 / 2^z metres.
inline constexpr double kWebMercatorHalfMeters = 20037508.342789244;

// How Sightline talks to tile services, as plain values: the window reads them from its
// preferences, sightline-cli from its options. Nothing here reads settings itself.
struct TileServiceSettings
{
    QString cacheRoot; // every service's tiles, one folder each; empty: no disk cache
    qint64 cacheMaxBytes = 512LL * 1024 * 1024;
    bool networkEnabled = true; // false: tiles come from the disk cache only
    QString userAgent = QStringLiteral("Sightline/0.1 (OSINT geospatial workstation)");
    int maxConnections = 2; // parallel requests to one service
    int timeoutSeconds = 8; // a request that takes longer fails (the map draws on)
};

// GDAL descriptions (XML, given to GDALOpen as the dataset's name) of a tile service, with its
// tiles cached under tileCacheFolder(settings.cacheRoot, url) and GDAL's offline mode when the
// network is off. An XYZ template's tiles are 256-pixel Web Mercator tiles from zoom 0 to
// maxZoom; "{-y}" counts rows from the south (TMS).
QString xyzServiceXml(const QString &urlTemplate, int maxZoom, const TileServiceSettings &settings);
// A WMTS service by its GetCapabilities URL (the first layer, style and tile matrix set). With a
// disk cache GDAL reads the capabilities from the copy kept there (keepWmtsCapabilities writes
// it), never from the service, so the description opens offline; without one, from the URL.
QString wmtsServiceXml(const QString &capabilitiesUrl, const TileServiceSettings &settings);
// A WMS service by a GetMap URL that names its LAYERS (and optionally FORMAT and STYLES), asked
// for Web Mercator images in 256-pixel blocks, as deep as maxZoom.
QString wmsServiceXml(const QString &getMapUrl, int maxZoom, const TileServiceSettings &settings);

// The folder of one service's tiles under the cache root.
QString tileCacheFolder(const QString &cacheRoot, const QString &serviceUrl);
// Bytes of every cached tile under the root.
qint64 tileCacheBytes(const QString &cacheRoot);
// Deletes the cached tiles (the root itself stays). False, with *error naming the folder, when
// some could not be deleted.
bool clearTileCache(const QString &cacheRoot, QString *error);
// Deletes the least recently written tiles until the cache holds at most maxBytes.
void trimTileCache(const QString &cacheRoot, qint64 maxBytes);

// Web Mercator tiles of a zoom range that cover an area (what a download will ask for).
qint64 xyzTileCount(const GeoBounds &area, int minZoom, int maxZoom);

// Fills a service's disk cache with the tiles of area from minZoom to maxZoom (never past the
// dataset's own deepest level), no faster than requestsPerSecond. The tiles are read through GDAL
// from serviceXml, the description the map opens (XYZ, WMS or WMTS alike): at each of its levels
// whose resolution is a zoom of the range, the blocks covering the area, one block one request,
// so that what is fetched is exactly what the map later asks GDAL's cache for. progress is
// called before each block and at the end with (done, total); returning false cancels. Returns
// false with *error (naming the service) when it is refused (over maxTiles, with the count;
// network off, before anything is asked) or a request fails. Any thread (a dataset of its own).
struct CacheFillResult
{
    qint64 tiles = 0; // asked for
    qint64 done = 0;
    qint64 failed = 0;
    bool cancelled = false;
    int maxZoom = -1; // the deepest zoom asked for: the one requested or the service's own limit
};
bool fillTileCache(const QString &serviceXml, const QString &serviceName, const GeoBounds &area, int minZoom,
                   int maxZoom, double requestsPerSecond, const TileServiceSettings &settings,
                   qint64 maxTiles, const std::function<bool(qint64 done, qint64 total)> &progress,
                   CacheFillResult *result, QString *error);

} // namespace sightline::geo
