#include "sightline/render/tilebasemaplayer.h"

#include "sightline/geo/gdalsession.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdalwarper.h>
#include <ogr_srs_api.h>

#include <QImage>

#include <cmath>
#include <map>
#include <string>

namespace sightline::render {

namespace {

// One worker thread's open datasets: the sources, and each one warped into the map CRSs it is
// drawn in. The warped ones refer to their sources, so they are closed first.
struct ThreadTiles
{
    struct Warped
    {
        geo::DatasetPtr ds; // null when the source is already in the map's CRS
        bool usable = false;
        QString why;
    };
    std::map<std::string, geo::DatasetPtr> sources;
    std::map<std::pair<std::string, std::string>, Warped> warped;

    void clear()
    {
        warped.clear();
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
        ThreadTiles::Warped &w = t.warped[{key, m_crs.toStdString()}];
        if (!w.usable && w.why.isEmpty()) w = warpedFor(source);
        if (!w.usable) {
            m_layer->fail(w.why);
            return false;
        }
        GDALDatasetH ds = w.ds ? w.ds.get() : source;
        return draw(painter, tile, ds, opening.cacheOnlyWhy);
    }

  private:
    ThreadTiles::Warped warpedFor(GDALDatasetH source) const
    {
        ThreadTiles::Warped w;
        OGRSpatialReferenceH own = GDALGetSpatialRef(source);
        double gt[6];
        if (!own || GDALGetGeoTransform(source, gt) != CE_None) {
            w.why = QStringLiteral("has no georeferencing: it cannot be placed on the map");
            return w;
        }
        OGRSpatialReferenceH map = OSRNewSpatialReference(nullptr);
        OSRSetAxisMappingStrategy(map, OAMS_TRADITIONAL_GIS_ORDER);
        const bool known = OSRSetFromUserInput(map, m_crs.toUtf8().constData()) == OGRERR_NONE;
        if (known && OSRIsSame(own, map)) {
            w.usable = true;
        } else if (known) {
            char *wkt = nullptr;
            OSRExportToWkt(map, &wkt);
            GDALWarpOptions *options = GDALCreateWarpOptions();
            const int bands = GDALGetRasterCount(source);
            const bool hasAlpha =
                GDALGetRasterColorInterpretation(GDALGetRasterBand(source, bands)) == GCI_AlphaBand;
            options->nBandCount = hasAlpha ? bands - 1 : bands;
            options->panSrcBands = static_cast<int *>(CPLMalloc(sizeof(int) * options->nBandCount));
            options->panDstBands = static_cast<int *>(CPLMalloc(sizeof(int) * options->nBandCount));
            for (int b = 0; b < options->nBandCount; ++b)
                options->panSrcBands[b] = options->panDstBands[b] = b + 1;
            if (hasAlpha) options->nSrcAlphaBand = bands;
            options->nDstAlphaBand = options->nBandCount + 1; // outside the source stays transparent
            CPLErrorReset();
            w.ds.reset(
                GDALAutoCreateWarpedVRTEx(source, nullptr, wkt, GRA_Bilinear, 0.125, options, nullptr));
            GDALDestroyWarpOptions(options);
            CPLFree(wkt);
            w.usable = w.ds != nullptr;
            if (!w.usable) w.why = QStringLiteral("cannot be shown in %1 (%2)").arg(m_crs, gdalError());
        } else {
            w.why = QStringLiteral("cannot be shown in %1").arg(m_crs);
        }
        OSRDestroySpatialReference(map);
        return w;
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
