#include "sightline/render/tilebasemaplayer.h"

#include "sightline/geo/gdalsession.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdalwarper.h>
#include <ogr_srs_api.h>

#include <QImage>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <type_traits>

namespace sightline::render {

namespace {

struct TransformDeleter
{
    void operator()(OGRCoordinateTransformationH ct) const { OCTDestroyCoordinateTransformation(ct); }
};
using TransformPtr = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDeleter>;
struct ProjectorDeleter
{
    void operator()(void *transformer) const { GDALDestroyGenImgProjTransformer(transformer); }
};
using ProjectorPtr = std::unique_ptr<void, ProjectorDeleter>; // a GDAL image-to-image transformer

// One worker thread's open datasets: the sources, and how each is drawn in a map CRS: as it is
// when it is in that CRS, else each tile warped from the source level that matches the view's
// resolution (each level opened on its own, with its transformer into the map's CRS).
struct ThreadTiles
{
    struct Placement
    {
        bool usable = false;
        QString why;
        bool sameCrs = false;
        TransformPtr toSource;                  // map CRS → source CRS, to choose the level
        std::map<int, geo::DatasetPtr> levels;  // a level of the source opened on its own
        std::map<int, ProjectorPtr> projectors; // -1 the source's full resolution, else a level
    };
    std::map<std::string, geo::DatasetPtr> sources;
    std::map<std::pair<std::string, std::string>, Placement> placements;

    void clear()
    {
        placements.clear();
        sources.clear();
    }
    ~ThreadTiles() { clear(); }
};

ThreadTiles &threadTiles()
{
    thread_local ThreadTiles tiles;
    return tiles;
}

bool transparent(const QImage &rgba8888)
{
    for (int y = 0; y < rgba8888.height(); ++y) {
        const uchar *row = rgba8888.constScanLine(y);
        for (int x = 0; x < rgba8888.width(); ++x)
            if (row[4 * x + 3] != 0) return false;
    }
    return true;
}

QString gdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).section(u'\n', 0, 0).trimmed();
}

} // namespace

class PreparedTiles : public PreparedLayer
{
  public:
    PreparedTiles(const TileBasemapLayer *layer, QString crs) : m_layer(layer), m_crs(std::move(crs)) {}

    bool paintsEveryPixel() const override { return false; }

    bool renderTile(QPainter &painter, const TileContext &tile) const override
    {
        geo::ensureGdal();
        const TileBasemapLayer::Opening &opening = m_layer->opening();
        if (opening.dataset.isEmpty()) return false; // the layer's problem says why
        ThreadTiles &t = threadTiles();
        const std::string key = opening.dataset.toStdString();
        auto it = t.sources.find(key);
        if (it == t.sources.end()) {
            if (t.sources.size() >= 8) t.clear();
            CPLErrorReset();
            geo::DatasetPtr ds(
                GDALOpenEx(key.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
            if (!ds) {
                const QString why = gdalError();
                m_layer->fail(QStringLiteral("cannot be read as a basemap%1")
                                  .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
                return false;
            }
            it = t.sources.emplace(key, std::move(ds)).first;
        }
        GDALDatasetH source = it->second.get();
        ThreadTiles::Placement &w = t.placements[{key, m_crs.toStdString()}];
        if (!w.usable && w.why.isEmpty()) w = placementFor(source);
        if (!w.usable) {
            m_layer->fail(w.why);
            return false;
        }
        if (w.sameCrs) return draw(painter, tile, source, opening.cacheOnlyWhy);
        const int level = sourceLevel(source, w.toSource.get(), tile);
        GDALDatasetH levelSource = source;
        if (level >= 0) {
            auto opened = w.levels.find(level);
            if (opened == w.levels.end()) {
                // The level alone (no coarser ones under it), so that the warp reads it only.
                const QByteArray option = QByteArrayLiteral("OVERVIEW_LEVEL=") + QByteArray::number(level) +
                                          QByteArrayLiteral(" only");
                const char *const options[] = {option.constData(), nullptr};
                CPLErrorReset();
                geo::DatasetPtr ds(
                    GDALOpenEx(key.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, options, nullptr));
                if (!ds) {
                    const QString why = gdalError();
                    m_layer->fail(QStringLiteral("cannot be read as a basemap%1")
                                      .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
                    return false;
                }
                opened = w.levels.emplace(level, std::move(ds)).first;
            }
            levelSource = opened->second.get();
        }
        auto projector = w.projectors.find(level);
        if (projector == w.projectors.end()) {
            QString why;
            ProjectorPtr made = projectorFor(levelSource, &why);
            if (!made) {
                m_layer->fail(why);
                return false;
            }
            projector = w.projectors.emplace(level, std::move(made)).first;
        }
        geo::DatasetPtr warped = warpTile(levelSource, projector->second.get(), tile);
        return warped && draw(painter, tile, warped.get(), opening.cacheOnlyWhy);
    }

  private:
    // Whether the source can be drawn in the map's CRS, as it is or warped.
    ThreadTiles::Placement placementFor(GDALDatasetH source) const
    {
        ThreadTiles::Placement w;
        OGRSpatialReferenceH own = GDALGetSpatialRef(source);
        double gt[6];
        if (!own || GDALGetGeoTransform(source, gt) != CE_None) {
            w.why = QStringLiteral("has no georeferencing: it cannot be placed on the map");
            return w;
        }
        OGRSpatialReferenceH map = OSRNewSpatialReference(nullptr);
        OSRSetAxisMappingStrategy(map, OAMS_TRADITIONAL_GIS_ORDER);
        if (OSRSetFromUserInput(map, m_crs.toUtf8().constData()) != OGRERR_NONE) {
            w.why = QStringLiteral("cannot be shown in %1").arg(m_crs);
        } else if (OSRIsSame(own, map)) {
            w.usable = w.sameCrs = true;
        } else {
            OGRSpatialReferenceH to = OSRClone(own);
            OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
            CPLErrorReset();
            w.toSource.reset(OCTNewCoordinateTransformation(map, to));
            OSRDestroySpatialReference(to);
            w.usable = w.toSource != nullptr;
            if (!w.usable) w.why = QStringLiteral("cannot be shown in %1 (%2)").arg(m_crs, gdalError());
        }
        OSRDestroySpatialReference(map);
        return w;
    }

    // The source level a tile is read from, as gdalwarp's -ovr AUTO chooses it: the coarsest
    // overview at least as fine as the tile (within 1 %), measured across the tile's width in the
    // source's CRS; -1 for the full resolution. For a source in degrees on a Web Mercator map this
    // is the level geo::fillTileCache downloads for the view's zoom (a view between two zooms
    // reads the deeper one).
    static int sourceLevel(GDALDatasetH source, OGRCoordinateTransformationH toSource,
                           const TileContext &tile)
    {
        GDALRasterBandH full = GDALGetRasterBand(source, 1);
        const int overviews = full ? GDALGetOverviewCount(full) : 0;
        double gt[6];
        if (overviews == 0 || GDALGetGeoTransform(source, gt) != CE_None) return -1;
        const MapExtent &e = tile.tileExtent;
        double minX, minY, maxX, maxY;
        if (!OCTTransformBounds(toSource, e.xMin, e.yMin, e.xMax, e.yMax, &minX, &minY, &maxX, &maxY, 21))
            return -1;
        const double pixels = e.width() / tile.mapUnitsPerPixel;
        double wanted = (maxX - minX) / pixels;
        if (!(wanted > 0)) wanted = (maxY - minY) / pixels; // across the antimeridian: its height
        if (!(wanted > 0) || !std::isfinite(wanted)) return -1;
        const int width = GDALGetRasterXSize(source);
        int best = -1;
        double bestResolution = std::abs(gt[1]);
        for (int i = 0; i < overviews; ++i) {
            GDALRasterBandH band = GDALGetOverview(full, i);
            const int w = band ? GDALGetRasterBandXSize(band) : 0;
            if (w <= 0) continue;
            const double resolution = std::abs(gt[1]) * width / w;
            if (resolution <= wanted * 1.01 && resolution > bestResolution) {
                best = i;
                bestResolution = resolution;
            }
        }
        return best;
    }

    // A transformer from the source's (or one level's) pixels to the map's CRS, or null with *why set.
    ProjectorPtr projectorFor(GDALDatasetH source, QString *why) const
    {
        char *wkt = nullptr;
        OGRSpatialReferenceH map = OSRNewSpatialReference(nullptr);
        OSRSetAxisMappingStrategy(map, OAMS_TRADITIONAL_GIS_ORDER);
        if (OSRSetFromUserInput(map, m_crs.toUtf8().constData()) == OGRERR_NONE) OSRExportToWkt(map, &wkt);
        OSRDestroySpatialReference(map);
        char **options = CSLSetNameValue(nullptr, "DST_SRS", wkt ? wkt : "");
        CPLFree(wkt);
        CPLErrorReset();
        ProjectorPtr transformer(GDALCreateGenImgProjTransformer2(source, nullptr, options));
        CSLDestroy(options);
        if (!transformer) *why = QStringLiteral("cannot be shown in %1 (%2)").arg(m_crs, gdalError());
        return transformer;
    }

    // The tile warped from the source (or one level of it) into a dataset in memory of the tile's
    // pixels: the source is read only where the tile shows it, so that a view asks a service for
    // about the tiles it shows. Null when cancelled or nothing could be warped (the layer's
    // problem then says why).
    geo::DatasetPtr warpTile(GDALDatasetH source, void *projector, const TileContext &tile) const
    {
        const MapExtent &e = tile.tileExtent;
        const int size = std::max(1, static_cast<int>(std::lround(e.width() / tile.mapUnitsPerPixel)));
        const int bands = GDALGetRasterCount(source);
        if (bands < 1) return nullptr;
        const bool hasAlpha =
            GDALGetRasterColorInterpretation(GDALGetRasterBand(source, bands)) == GCI_AlphaBand;
        const int colours = hasAlpha ? bands - 1 : bands;
        geo::DatasetPtr ds(
            GDALCreate(GDALGetDriverByName("MEM"), "", size, size, colours + 1, GDT_Byte, nullptr));
        if (!ds) return nullptr;
        double gt[6] = {e.xMin, e.width() / size, 0, e.yMax, 0, -e.height() / size};
        GDALSetGeoTransform(ds.get(), gt);
        GDALSetRasterColorInterpretation(GDALGetRasterBand(ds.get(), colours + 1), GCI_AlphaBand);
        if (colours == 1)
            if (GDALColorTableH palette = GDALGetRasterColorTable(GDALGetRasterBand(source, 1)))
                GDALSetRasterColorTable(GDALGetRasterBand(ds.get(), 1), palette);
        GDALSetGenImgProjTransformerDstGeoTransform(projector, gt);

        GDALWarpOptions *wo = GDALCreateWarpOptions();
        wo->hSrcDS = source;
        wo->hDstDS = ds.get();
        wo->eResampleAlg = GRA_Bilinear;
        wo->nBandCount = colours;
        wo->panSrcBands = static_cast<int *>(CPLMalloc(sizeof(int) * colours));
        wo->panDstBands = static_cast<int *>(CPLMalloc(sizeof(int) * colours));
        for (int b = 0; b < colours; ++b)
            wo->panSrcBands[b] = wo->panDstBands[b] = b + 1;
        if (hasAlpha) wo->nSrcAlphaBand = bands;
        wo->nDstAlphaBand = colours + 1; // outside the source stays transparent
        wo->papszWarpOptions = CSLSetNameValue(wo->papszWarpOptions, "INIT_DEST", "0");
        // A tile beyond what the source covers is left empty, not an error.
        wo->papszWarpOptions =
            CSLSetNameValue(wo->papszWarpOptions, "ERROR_OUT_IF_EMPTY_SOURCE_WINDOW", "NO");
        // Within an eighth of a pixel, as GDAL's automatic warped datasets are.
        wo->pTransformerArg = GDALCreateApproxTransformer(GDALGenImgProjTransform, projector, 0.125);
        wo->pfnTransformer = GDALApproxTransform;
        bool ok = false;
        CPLErrorReset();
        if (GDALWarpOperationH op = GDALCreateWarpOperation(wo)) {
            ok = GDALChunkAndWarpImage(op, 0, 0, size, size) == CE_None;
            GDALDestroyWarpOperation(op);
        }
        const QString why = gdalError();
        GDALDestroyApproxTransformer(wo->pTransformerArg);
        wo->pTransformerArg = nullptr;
        GDALDestroyWarpOptions(wo);
        if (!ok) {
            m_layer->fail(
                QStringLiteral("tiles could not be fetched or read (%1); the map shows what the cache holds")
                    .arg(why.isEmpty() ? QStringLiteral("no reason given") : why));
            return nullptr;
        }
        return tile.cancelled() ? nullptr : std::move(ds);
    }

    bool draw(QPainter &painter, const TileContext &tile, GDALDatasetH ds, const QString &cacheOnlyWhy) const
    {
        double gt[6];
        if (GDALGetGeoTransform(ds, gt) != CE_None || gt[1] == 0 || gt[5] == 0 || gt[2] != 0 || gt[4] != 0)
            return false;
        const int width = GDALGetRasterXSize(ds), height = GDALGetRasterYSize(ds);
        const MapExtent &e = tile.tileExtent;
        // The tile in the source's pixels, then clipped to what the source covers.
        const double sx0 = (e.xMin - gt[0]) / gt[1], sx1 = (e.xMax - gt[0]) / gt[1];
        const double sy0 = (e.yMax - gt[3]) / gt[5], sy1 = (e.yMin - gt[3]) / gt[5];
        const double cx0 = std::max(0.0, std::min(sx0, sx1)),
                     cx1 = std::min<double>(width, std::max(sx0, sx1));
        const double cy0 = std::max(0.0, std::min(sy0, sy1)),
                     cy1 = std::min<double>(height, std::max(sy0, sy1));
        if (cx1 <= cx0 || cy1 <= cy0) return false;
        const double size = e.width() / tile.mapUnitsPerPixel; // tile pixels
        const double dx0 = (cx0 - sx0) / (sx1 - sx0) * size, dx1 = (cx1 - sx0) / (sx1 - sx0) * size;
        const double dy0 = (cy0 - sy0) / (sy1 - sy0) * size, dy1 = (cy1 - sy0) / (sy1 - sy0) * size;
        const int bufW = std::max(1, static_cast<int>(std::lround(dx1 - dx0)));
        const int bufH = std::max(1, static_cast<int>(std::lround(dy1 - dy0)));
        const int xOff = static_cast<int>(std::floor(cx0)), yOff = static_cast<int>(std::floor(cy0));
        const int xSize = std::max(1, std::min(width, static_cast<int>(std::ceil(cx1))) - xOff);
        const int ySize = std::max(1, std::min(height, static_cast<int>(std::ceil(cy1))) - yOff);

        const int bands = GDALGetRasterCount(ds);
        if (bands < 1) return false;
        QImage image(bufW, bufH, QImage::Format_RGBA8888);
        image.fill(Qt::black); // opaque: sources without alpha cover what is under them
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        // Nearest when the tile shows the source at about its own size (sharp text on map tiles),
        // bilinear when it shrinks or grows it.
        const double factor = (cx1 - cx0) / bufW;
        extra.eResampleAlg = std::abs(factor - 1.0) < 0.05 ? GRIORA_NearestNeighbour : GRIORA_Bilinear;
        extra.bFloatingPointWindowValidity = TRUE;
        extra.dfXOff = cx0;
        extra.dfYOff = cy0;
        extra.dfXSize = cx1 - cx0;
        extra.dfYSize = cy1 - cy0;
        GDALColorTableH palette = bands == 1 ? GDALGetRasterColorTable(GDALGetRasterBand(ds, 1)) : nullptr;
        int bandMap[4] = {1, 2, 3, 4};
        int count = std::min(bands, 4);
        if (bands == 1) {
            bandMap[1] = bandMap[2] = 1;
            count = 3;
        } else if (bands == 2) { // grey and alpha
            bandMap[1] = bandMap[2] = 1;
            bandMap[3] = 2;
            count = 4;
        }
        CPLErrorReset();
        const CPLErr err =
            GDALDatasetRasterIOEx(ds, GF_Read, xOff, yOff, xSize, ySize, image.bits(), bufW, bufH, GDT_Byte,
                                  count, bandMap, 4, image.bytesPerLine(), 1, &extra);
        if (err != CE_None) {
            const QString why = gdalError();
            m_layer->fail(
                QStringLiteral("tiles could not be fetched or read (%1); the map shows what the cache holds")
                    .arg(why.isEmpty() ? QStringLiteral("no reason given") : why));
            return false;
        }
        // From the cache alone, GDAL leaves what it does not hold transparent, silently.
        if (!cacheOnlyWhy.isEmpty() && count == 4 && transparent(image)) {
            m_layer->fail(
                QStringLiteral("the disk cache holds no tiles for part of the view, which stays empty (%1)")
                    .arg(cacheOnlyWhy));
            return false;
        }
        if (palette) {
            for (int y = 0; y < bufH; ++y) {
                uchar *row = image.scanLine(y);
                for (int x = 0; x < bufW; ++x) {
                    const GDALColorEntry *c = GDALGetColorEntry(palette, row[4 * x]);
                    if (c) {
                        row[4 * x] = static_cast<uchar>(c->c1);
                        row[4 * x + 1] = static_cast<uchar>(c->c2);
                        row[4 * x + 2] = static_cast<uchar>(c->c3);
                        row[4 * x + 3] = static_cast<uchar>(c->c4);
                    }
                }
            }
        }
        if (tile.cancelled()) return false;
        painter.drawImage(QRectF(dx0, dy0, dx1 - dx0, dy1 - dy0), image);
        return true;
    }

    const TileBasemapLayer *m_layer; // the layer outlives what it prepared (it holds it)
    QString m_crs;
};

TileBasemapLayer::TileBasemapLayer(const QString &dataset, const QString &sourceName,
                                   const QString &attribution, const QString &cacheOnlyWhy, Resolver resolve)
    : MapLayer(QStringLiteral("basemap"), sourceName), m_dataset(dataset), m_sourceName(sourceName),
      m_attribution(attribution), m_cacheOnlyWhy(cacheOnlyWhy), m_resolve(std::move(resolve))
{
}

TileBasemapLayer::~TileBasemapLayer() = default;

const TileBasemapLayer::Opening &TileBasemapLayer::opening() const
{
    // Workers wanting the first tiles wait here while one of them decides (once per layer).
    std::call_once(m_resolved, [this] {
        if (!m_resolve) {
            m_opening = {m_dataset, m_cacheOnlyWhy};
            return;
        }
        QString notice;
        m_opening = m_resolve(&notice);
        if (!notice.isEmpty()) fail(notice);
    });
    return m_opening;
}

QString TileBasemapLayer::problem() const
{
    QMutexLocker lock(&m_problemMutex);
    return m_problem;
}

void TileBasemapLayer::fail(const QString &why) const
{
    QMutexLocker lock(&m_problemMutex);
    m_problem = why;
}

bool TileBasemapLayer::isRasterFile(const QString &path)
{
    geo::ensureGdal();
    CPLErrorReset();
    const QByteArray name = path.toUtf8();
    GDALDriverH driver = GDALIdentifyDriverEx(name.constData(), GDAL_OF_RASTER, nullptr, nullptr);
    if (!driver) return false;
    // A GeoPackage may hold vector data only; ask it.
    geo::DatasetPtr ds(
        GDALOpenEx(name.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    return ds && GDALGetRasterCount(ds.get()) > 0;
}

std::shared_ptr<const PreparedLayer> TileBasemapLayer::prepare(const QString &crs, QString *) const
{
    return std::make_shared<PreparedTiles>(this, crs);
}

} // namespace sightline::render
