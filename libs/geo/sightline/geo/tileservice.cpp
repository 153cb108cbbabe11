#include "sightline/geo/tileservice.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/geo/wmtscapabilities.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace sightline::geo {

namespace {

constexpr double kWebMercatorHalf = 20037508.342789244;

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The parts every service description shares: cache, offline mode, connections, user agent.
QString commonXml(const QString &url, const TileServiceSettings &s)
{
    QString xml;
    xml += QStringLiteral("<MaxConnections>%1</MaxConnections>").arg(std::clamp(s.maxConnections, 1, 8));
    xml += QStringLiteral("<Timeout>%1</Timeout>").arg(std::clamp(s.timeoutSeconds, 1, 120));
    xml += QStringLiteral("<UserAgent>%1</UserAgent>").arg(xmlEscaped(s.userAgent));
    // A tile the service does not have is an empty tile, not an error that blanks the others.
    xml += QStringLiteral("<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>");
    if (!s.networkEnabled) xml += QStringLiteral("<OfflineMode>true</OfflineMode>");
    if (!s.cacheRoot.isEmpty())
        xml += QStringLiteral("<Cache><Path>%1</Path><MaxSize>%2</MaxSize><Unique>false</Unique></Cache>")
                   .arg(xmlEscaped(tileCacheFolder(s.cacheRoot, url)))
                   .arg(std::max<qint64>(s.cacheMaxBytes, 1024 * 1024));
    return xml;
}

QString webMercatorWindow(int maxZoom, bool yFromTop)
{
    return QStringLiteral(
               "<DataWindow><UpperLeftX>%1</UpperLeftX><UpperLeftY>%2</UpperLeftY>"
               "<LowerRightX>%3</LowerRightX><LowerRightY>%4</LowerRightY><TileLevel>%5</TileLevel>"
               "<TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>%6</YOrigin></DataWindow>")
        .arg(-kWebMercatorHalf, 0, 'f', 6)
        .arg(kWebMercatorHalf, 0, 'f', 6)
        .arg(kWebMercatorHalf, 0, 'f', 6)
        .arg(-kWebMercatorHalf, 0, 'f', 6)
        .arg(std::clamp(maxZoom, 0, 24))
        .arg(yFromTop ? QStringLiteral("top") : QStringLiteral("bottom"));
}

int tileIndex(double fraction, int zoom)
{
    const double n = std::ldexp(1.0, zoom);
    return static_cast<int>(std::clamp(std::floor(fraction * n), 0.0, n - 1));
}

double mercatorRowFraction(double lat)
{
    const double clamped = std::clamp(lat, -85.0511, 85.0511) * M_PI / 180.0;
    return (1.0 - std::log(std::tan(clamped) + 1.0 / std::cos(clamped)) / M_PI) / 2.0;
}

struct TileRange
{
    int x0, x1, y0, y1;
    qint64 count() const { return qint64(x1 - x0 + 1) * (y1 - y0 + 1); }
};

TileRange rangeAt(const GeoBounds &a, int zoom)
{
    return {tileIndex((a.minLon + 180.0) / 360.0, zoom), tileIndex((a.maxLon + 180.0) / 360.0, zoom),
            tileIndex(mercatorRowFraction(a.maxLat), zoom), tileIndex(mercatorRowFraction(a.minLat), zoom)};
}

} // namespace

QString xyzServiceXml(const QString &urlTemplate, int maxZoom, const TileServiceSettings &settings)
{
    // GDAL's TMS mini-driver writes ${z}, ${x} and ${y}; "{-y}" asks for rows counted from the south.
    const bool fromSouth = urlTemplate.contains(QLatin1String("{-y}"));
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QLatin1String("${z}"))
        .replace(QLatin1String("{x}"), QLatin1String("${x}"))
        .replace(QLatin1String("{-y}"), QLatin1String("${y}"))
        .replace(QLatin1String("{y}"), QLatin1String("${y}"));
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>%2"
               "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
               "<BandsCount>4</BandsCount>%3</GDAL_WMS>")
        .arg(xmlEscaped(url), webMercatorWindow(maxZoom, !fromSouth), commonXml(urlTemplate, settings));
}

QString wmtsServiceXml(const QString &capabilitiesUrl, const TileServiceSettings &settings)
{
    // GDAL's WMTS driver fetches the capabilities itself when given their URL, offline mode or
    // not. With a disk cache it reads the copy kept there instead (wmtscapabilities.h), which
    // names the same tile addresses, so the cached tiles are found under the same keys either way
    // and offline mode (passed on to each zoom level's WMS dataset) leaves only the cache to ask.
    const QString capabilities = settings.cacheRoot.isEmpty()
                                     ? capabilitiesUrl
                                     : keptWmtsCapabilitiesPath(settings.cacheRoot, capabilitiesUrl);
    return QStringLiteral("<GDAL_WMTS><GetCapabilitiesUrl>%1</GetCapabilitiesUrl><BandsCount>4</BandsCount>%2"
                          "</GDAL_WMTS>")
        .arg(xmlEscaped(capabilities), commonXml(capabilitiesUrl, settings));
}

QString wmsServiceXml(const QString &getMapUrl, int maxZoom, const TileServiceSettings &settings)
{
    QUrl url(getMapUrl);
    QUrlQuery query(url);
    QString layers, format = QStringLiteral("image/png"), styles, version = QStringLiteral("1.1.1");
    QUrlQuery kept;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString k = key.toUpper();
        if (k == QLatin1String("LAYERS"))
            layers = value;
        else if (k == QLatin1String("FORMAT"))
            format = value;
        else if (k == QLatin1String("STYLES"))
            styles = value;
        else if (k == QLatin1String("VERSION"))
            version = value;
        else if (k != QLatin1String("REQUEST") && k != QLatin1String("SERVICE") &&
                 k != QLatin1String("BBOX") && k != QLatin1String("WIDTH") && k != QLatin1String("HEIGHT") &&
                 k != QLatin1String("SRS") && k != QLatin1String("CRS"))
            kept.addQueryItem(key, value);
    }
    url.setQuery(kept);
    const QString crsTag =
        version.startsWith(QLatin1String("1.3")) ? QStringLiteral("CRS") : QStringLiteral("SRS");
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"WMS\"><Version>%1</Version><ServerUrl>%2</ServerUrl>"
               "<%3>EPSG:3857</%3><ImageFormat>%4</ImageFormat><Transparent>TRUE</Transparent>"
               "<Layers>%5</Layers><Styles>%6</Styles></Service>"
               "<DataWindow><UpperLeftX>%7</UpperLeftX><UpperLeftY>%8</UpperLeftY><LowerRightX>%8</"
               "LowerRightX>"
               "<LowerRightY>%7</LowerRightY><SizeX>%9</SizeX><SizeY>%9</SizeY></DataWindow>"
               "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
               "<OverviewCount>%10</OverviewCount><BandsCount>4</BandsCount>%11</GDAL_WMS>")
        .arg(xmlEscaped(version),
             xmlEscaped(url.toString(QUrl::FullyEncoded) +
                        (kept.isEmpty() ? QStringLiteral("?") : QStringLiteral("&"))),
             crsTag, xmlEscaped(format), xmlEscaped(layers), xmlEscaped(styles))
        .arg(-kWebMercatorHalf, 0, 'f', 6)
        .arg(kWebMercatorHalf, 0, 'f', 6)
        .arg(static_cast<qint64>(256) << std::clamp(maxZoom, 0, 24))
        .arg(std::clamp(maxZoom, 0, 24))
        .arg(commonXml(getMapUrl, settings));
}

QString tileCacheFolder(const QString &cacheRoot, const QString &serviceUrl)
{
    const QByteArray hash =
        QCryptographicHash::hash(serviceUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(cacheRoot).filePath(QString::fromLatin1(hash));
}

qint64 tileCacheBytes(const QString &cacheRoot)
{
    qint64 bytes = 0;
    if (cacheRoot.isEmpty()) return 0;
    QDirIterator it(cacheRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

bool clearTileCache(const QString &cacheRoot, QString *error)
{
    if (cacheRoot.isEmpty()) return true;
    bool ok = true;
    const QDir root(cacheRoot);
    for (const QFileInfo &entry :
         root.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const bool removed = entry.isDir() && !entry.isSymLink()
                                 ? QDir(entry.absoluteFilePath()).removeRecursively()
                                 : QFile::remove(entry.absoluteFilePath());
        ok = ok && removed;
    }
    if (!ok && error) *error = QStringLiteral("%1: some cached tiles could not be deleted").arg(cacheRoot);
    return ok;
}

void trimTileCache(const QString &cacheRoot, qint64 maxBytes)
{
    if (cacheRoot.isEmpty()) return;
    struct File
    {
        QString path;
        qint64 size;
        QDateTime written;
        bool capabilities; // a kept WMTS capabilities document
    };
    const QString capabilitiesName = QFileInfo(keptWmtsCapabilitiesPath(cacheRoot, {})).fileName();
    std::vector<File> files;
    qint64 total = 0;
    QDirIterator it(cacheRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.push_back(
            {info.absoluteFilePath(), info.size(), info.lastModified(), info.fileName() == capabilitiesName});
        total += info.size();
    }
    if (total <= maxBytes) return;
    // Oldest first; a kept capabilities document (small, and without it none of its service's
    // tiles can be drawn offline) only after every tile.
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) {
        return std::tie(a.capabilities, a.written) < std::tie(b.capabilities, b.written);
    });
    for (const File &f : files) {
        if (total <= maxBytes) break;
        if (QFile::remove(f.path)) total -= f.size;
    }
}

qint64 xyzTileCount(const GeoBounds &area, int minZoom, int maxZoom)
{
    qint64 n = 0;
    if (area.isEmpty()) return 0;
    for (int z = std::max(0, minZoom); z <= std::min(maxZoom, 24); ++z)
        n += rangeAt(area, z).count();
    return n;
}

namespace {

// One zoom level of an opened service as GDAL reads it: its band (the full resolution or an
// overview), the Web Mercator zoom its resolution stands for, and the blocks that cover the area.
// Each block is one tile request of the service (256-pixel blocks of an XYZ or WMS description,
// the tile matrix's tiles of a WMTS one).
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

// The dataset's levels, coarsest first, with the blocks of each that cover the area. Datasets
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
            std::lround(std::log2(2 * kWebMercatorHalf / 256 / (std::abs(resX) * metresPerUnit))));
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
    // The same levels and blocks the map reads through GDAL, so that what is fetched is what the
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
    std::vector<uchar> block;
    QString firstFailure;
    for (const FillLevel &level : levels) {
        const int bw = GDALGetRasterBandXSize(level.band), bh = GDALGetRasterBandYSize(level.band);
        block.resize(static_cast<size_t>(level.tileW) * level.tileH *
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
                    GDALRasterIO(level.band, GF_Read, x0, y0, x1 - x0, y1 - y0, block.data(), x1 - x0,
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
