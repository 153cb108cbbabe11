// geo::fillTileCache: "make this area available offline", read through GDAL level by level and
// tile by tile from the description the map opens.
#include "sightline/geo/tileservice.h"

#include "sightline/geo/gdalsession.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace sightline::geo {

namespace {

// One zoom level of an opened service as GDAL reads it: the band to read (the description's own
// full resolution or overview; for a WMTS, the WMS dataset under the level), the Web Mercator zoom
// its resolution stands for, and the tiles that cover the area. Each tile is one request of the
// service (a 256-pixel block of an XYZ or WMS description, a tile of a WMTS tile matrix).
struct FillLevel
{
    GDALRasterBandH band = nullptr;
    int zoom = 0;
    // The tile grid in the band's pixels: tile (0, 0) starts at (offX, offY).
    double offX = 0, offY = 0;
    int tileW = 0, tileH = 0;
    int tx0 = 0, tx1 = -1, ty0 = 0, ty1 = -1;
    qint64 count() const { return qint64(tx1 - tx0 + 1) * (ty1 - ty0 + 1); }
};

// The area in the dataset's own CRS (lon-lat order), or false when it cannot be placed there.
bool areaInDatasetCrs(GDALDatasetH ds, const GeoBounds &area, double *minX, double *minY, double *maxX,
                      double *maxY)
{
    OGRSpatialReferenceH target = GDALGetSpatialRef(ds);
    if (!target) return false;
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH to = OSRClone(target);
    OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs84, to);
    bool ok = false;
    if (ct) {
        ok = OCTTransformBounds(ct, area.minLon, std::max(area.minLat, -85.0511), area.maxLon,
                                std::min(area.maxLat, 85.0511), minX, minY, maxX, maxY, 21) != 0;
        OCTDestroyCoordinateTransformation(ct);
    }
    OSRDestroySpatialReference(to);
    OSRDestroySpatialReference(wgs84);
    return ok;
}

// Where a level of GDAL's WMTS dataset reads from: it is a VRT over a WMS dataset of the tile
// matrix, which GDAL's WMTS driver describes (with the cache, offline mode and user agent of the
// WMTS description), placed by an offset. Reading that dataset's blocks, one tile each, fetches
// what a read of the level asks for; the VRT's own blocks straddle tiles.
struct LevelSource
{
    QByteArray description; // <GDAL_WMS>…
    double srcX = 0, srcY = 0, scaleX = 1, scaleY = 1, dstX = 0, dstY = 0;
    double originX = 0, originY = 0; // where its first tile starts, in the dataset's CRS
};
std::optional<LevelSource> wmsUnderVrtLevel(GDALRasterBandH band)
{
    GDALDatasetH levelDs = GDALGetBandDataset(band);
    GDALDriverH driver = levelDs ? GDALGetDatasetDriver(levelDs) : nullptr;
    if (!driver || QByteArray(GDALGetDriverShortName(driver)) != "VRT") return std::nullopt;
    char **xml = GDALGetMetadata(levelDs, "xml:VRT");
    if (!xml || !xml[0]) return std::nullopt;
    std::unique_ptr<CPLXMLNode, void (*)(CPLXMLNode *)> tree(CPLParseXMLString(xml[0]), CPLDestroyXMLNode);
    const CPLXMLNode *vrtBand = tree ? CPLGetXMLNode(tree.get(), "=VRTDataset.VRTRasterBand") : nullptr;
    const CPLXMLNode *source = vrtBand ? CPLGetXMLNode(vrtBand, "SimpleSource") : nullptr;
    if (!source && vrtBand) source = CPLGetXMLNode(vrtBand, "ComplexSource");
    if (!source) return std::nullopt;
    LevelSource l;
    l.description = CPLGetXMLValue(source, "SourceFilename", "");
    // Only a WMS description GDAL wrote itself is followed, never a file.
    if (!l.description.startsWith("<GDAL_WMS>")) return std::nullopt;
    auto number = [&](const char *path) { return CPLAtof(CPLGetXMLValue(source, path, "0")); };
    const double dstW = number("DstRect.xSize"), dstH = number("DstRect.ySize");
    if (dstW <= 0 || dstH <= 0) return std::nullopt;
    l.srcX = number("SrcRect.xOff");
    l.srcY = number("SrcRect.yOff");
    l.scaleX = number("SrcRect.xSize") / dstW;
    l.scaleY = number("SrcRect.ySize") / dstH;
    l.dstX = number("DstRect.xOff");
    l.dstY = number("DstRect.yOff");
    std::unique_ptr<CPLXMLNode, void (*)(CPLXMLNode *)> wms(CPLParseXMLString(l.description.constData()),
                                                            CPLDestroyXMLNode);
    if (!wms) return std::nullopt;
    l.originX = CPLAtof(CPLGetXMLValue(wms.get(), "=GDAL_WMS.DataWindow.UpperLeftX", "0"));
    l.originY = CPLAtof(CPLGetXMLValue(wms.get(), "=GDAL_WMS.DataWindow.UpperLeftY", "0"));
    return l;
}

// The dataset's levels, coarsest first, with the tiles of each that cover the area. Datasets
// opened for a level are kept in *opened for as long as the levels are used.
std::vector<FillLevel> fillLevels(GDALDatasetH ds, const GeoBounds &area, std::vector<DatasetPtr> *opened)
{
    std::vector<FillLevel> levels;
    double gt[6];
    double minX, minY, maxX, maxY;
    if (GDALGetGeoTransform(ds, gt) != CE_None || gt[2] != 0 || gt[4] != 0 ||
        !areaInDatasetCrs(ds, area, &minX, &minY, &maxX, &maxY))
        return levels;
    OGRSpatialReferenceH crs = GDALGetSpatialRef(ds);
    const double metresPerUnit =
        OSRIsGeographic(crs) ? M_PI / 180.0 * 6378137.0 : OSRGetLinearUnits(crs, nullptr);
    const int width = GDALGetRasterXSize(ds), height = GDALGetRasterYSize(ds);
    GDALRasterBandH full = GDALGetRasterBand(ds, 1);
    const int overviews = GDALGetOverviewCount(full);
    double gridX = 0, gridY = 0;
    int gridTileW = 0, gridTileH = 0;
    for (int i = overviews - 1; i >= -1; --i) {
        GDALRasterBandH band = i < 0 ? full : GDALGetOverview(full, i);
        if (!band) continue;
        const int w = GDALGetRasterBandXSize(band), h = GDALGetRasterBandYSize(band);
        if (w <= 0 || h <= 0) continue;
        const double resX = gt[1] * width / w, resY = gt[5] * height / h; // resY < 0: rows go south
        // The area in the level's pixels, within the level.
        double px0 = std::clamp((minX - gt[0]) / resX, 0.0, double(w));
        double px1 = std::clamp((maxX - gt[0]) / resX, 0.0, double(w));
        double py0 = std::clamp((maxY - gt[3]) / resY, 0.0, double(h));
        double py1 = std::clamp((minY - gt[3]) / resY, 0.0, double(h));
        if (px0 >= px1 || py0 >= py1) continue; // the area is off this level
        FillLevel level;
        level.band = band;
        level.zoom = static_cast<int>(
            std::lround(std::log2(2 * kWebMercatorHalfMeters / 256 / (std::abs(resX) * metresPerUnit))));
        GDALGetBlockSize(band, &level.tileW, &level.tileH);
        if (const auto source = wmsUnderVrtLevel(band)) {
            DatasetPtr wms(GDALOpenEx(source->description.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                      nullptr, nullptr, nullptr));
            if (!wms) continue;
            level.band = GDALGetRasterBand(wms.get(), 1);
            GDALGetBlockSize(level.band, &level.tileW, &level.tileH);
            px0 = source->srcX + (px0 - source->dstX) * source->scaleX;
            px1 = source->srcX + (px1 - source->dstX) * source->scaleX;
            py0 = source->srcY + (py0 - source->dstY) * source->scaleY;
            py1 = source->srcY + (py1 - source->dstY) * source->scaleY;
            opened->push_back(std::move(wms));
            // Where the tile matrix starts, in the dataset's CRS, and its tile size: the full
            // resolution level (whose VRT GDAL does not show) is read in windows of its tiles.
            gridX = source->originX;
            gridY = source->originY;
            gridTileW = level.tileW;
            gridTileH = level.tileH;
        } else if (i < 0 && gridTileW > 0) {
            level.offX = (gridX - gt[0]) / resX;
            level.offY = (gridY - gt[3]) / resY;
            level.tileW = gridTileW;
            level.tileH = gridTileH;
        }
        if (level.tileW <= 0 || level.tileH <= 0) continue;
        const int bw = GDALGetRasterBandXSize(level.band), bh = GDALGetRasterBandYSize(level.band);
        const int tilesX = static_cast<int>(std::ceil((bw - level.offX) / level.tileW));
        const int tilesY = static_cast<int>(std::ceil((bh - level.offY) / level.tileH));
        if (tilesX <= 0 || tilesY <= 0) continue;
        // As for XYZ tiles: the tile an edge falls in, even one exactly on its boundary.
        auto tileOf = [](double pixel, double offset, int size, int tiles) {
            return static_cast<int>(std::clamp(std::floor((pixel - offset) / size), 0.0, double(tiles - 1)));
        };
        level.tx0 = tileOf(px0, level.offX, level.tileW, tilesX);
        level.tx1 = tileOf(px1, level.offX, level.tileW, tilesX);
        level.ty0 = tileOf(py0, level.offY, level.tileH, tilesY);
        level.ty1 = tileOf(py1, level.offY, level.tileH, tilesY);
        levels.push_back(level);
    }
    return levels;
}

} // namespace

bool fillTileCache(const QString &serviceXml, const QString &serviceName, const GeoBounds &area, int minZoom,
                   int maxZoom, double requestsPerSecond, const TileServiceSettings &settings,
                   qint64 maxTiles, const std::function<bool(qint64, qint64)> &progress,
                   CacheFillResult *result, QString *error)
{
    CacheFillResult r;
    auto fail = [&](const QString &why) {
        if (error) *error = serviceName + QStringLiteral(": ") + why;
        if (result) *result = r;
        return false;
    };
    if (!settings.networkEnabled)
        return fail(QStringLiteral("the network is switched off in the preferences; nothing was downloaded"));
    if (area.isEmpty() || minZoom > maxZoom || minZoom < 0)
        return fail(QStringLiteral("no area or zoom range to download"));
    ensureGdal();
    CPLErrorReset();
    DatasetPtr ds(GDALOpenEx(serviceXml.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                             nullptr, nullptr));
    if (!ds) return fail(QStringLiteral("the service cannot be opened") + gdalMessage());
    // The same levels and tiles the map reads through GDAL, so that what is fetched is what the
    // map later asks GDAL's cache for.
    std::vector<DatasetPtr> opened;
    std::vector<FillLevel> levels = fillLevels(ds.get(), area, &opened);
    if (levels.empty()) return fail(QStringLiteral("the area lies outside what the service covers"));
    const int deepest = levels.back().zoom; // the service's own limit
    if (minZoom > std::min(maxZoom, deepest))
        return fail(QStringLiteral("the service goes no deeper than zoom %1").arg(deepest));
    r.maxZoom = std::min(maxZoom, deepest);
    std::erase_if(levels, [&](const FillLevel &l) { return l.zoom < minZoom || l.zoom > maxZoom; });
    for (const FillLevel &l : levels)
        r.tiles += l.count();
    if (r.tiles > maxTiles)
        return fail(QStringLiteral(
                        "%1 tiles is more than the %2 a download may ask of a service; choose a smaller area "
                        "or fewer zoom levels")
                        .arg(r.tiles)
                        .arg(maxTiles));
    const double interval = 1000.0 / std::clamp(requestsPerSecond, 0.01, 50.0);
    QElapsedTimer clock;
    clock.start();
    std::vector<uchar> pixels;
    QString firstFailure;
    for (const FillLevel &level : levels) {
        const int bw = GDALGetRasterBandXSize(level.band), bh = GDALGetRasterBandYSize(level.band);
        pixels.resize(static_cast<size_t>(level.tileW) * level.tileH *
                     GDALGetDataTypeSizeBytes(GDALGetRasterDataType(level.band)));
        for (int y = level.ty0; y <= level.ty1; ++y)
            for (int x = level.tx0; x <= level.tx1; ++x) {
                if (progress && !progress(r.done, r.tiles)) {
                    r.cancelled = true;
                    if (result) *result = r;
                    return true;
                }
                // Keeps under the service's request rate.
                const double due = static_cast<double>(r.done) * interval;
                if (const qint64 wait = static_cast<qint64>(due) - clock.elapsed(); wait > 0)
                    QThread::msleep(static_cast<unsigned long>(wait));
                // The tile's pixels within the band, read at full resolution: the one tile.
                const int x0 =
                    std::max(0, static_cast<int>(std::lround(level.offX + double(x) * level.tileW)));
                const int y0 =
                    std::max(0, static_cast<int>(std::lround(level.offY + double(y) * level.tileH)));
                const int x1 =
                    std::min(bw, static_cast<int>(std::lround(level.offX + double(x + 1) * level.tileW)));
                const int y1 =
                    std::min(bh, static_cast<int>(std::lround(level.offY + double(y + 1) * level.tileH)));
                CPLErrorReset();
                if (x1 > x0 && y1 > y0 &&
                    GDALRasterIO(level.band, GF_Read, x0, y0, x1 - x0, y1 - y0, pixels.data(), x1 - x0,
                                 y1 - y0, GDALGetRasterDataType(level.band), 0, 0) != CE_None) {
                    ++r.failed;
                    if (firstFailure.isEmpty()) firstFailure = gdalMessage();
                }
                ++r.done;
            }
    }
    if (progress) progress(r.done, r.tiles);
    if (result) *result = r;
    if (r.failed > 0)
        return fail(QStringLiteral("%1 of %2 tiles could not be fetched%3")
                        .arg(r.failed)
                        .arg(r.tiles)
                        .arg(firstFailure));
    trimTileCache(settings.cacheRoot, settings.cacheMaxBytes);
    return true;
}

} // namespace sightline::geo
