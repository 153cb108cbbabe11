#include "sightline/geo/rasterinfo.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/geo/geodesy.h"
#include "sightline/geo/transform.h"

#include <QRegularExpression>

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sightline::geo {

namespace {

QString metaItem(GDALDatasetH ds, const char *key, const char *domain = nullptr)
{
    const char *v = GDALGetMetadataItem(ds, key, domain);
    return v ? QString::fromUtf8(v).trimmed() : QString();
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
}

// "EPSG:N" when the CRS has a code GDAL is sure of, else its WKT.
QString crsIdOf(const OGRSpatialReference &srs, QString *name)
{
    *name = QString::fromUtf8(srs.GetName());
    OGRSpatialReference copy(srs);
    if (copy.AutoIdentifyEPSG() == OGRERR_NONE || copy.GetAuthorityCode(nullptr)) {
        const char *auth = copy.GetAuthorityName(nullptr);
        const char *code = copy.GetAuthorityCode(nullptr);
        if (auth && code && QLatin1String(auth) == QLatin1String("EPSG"))
            return QStringLiteral("EPSG:") + QString::fromLatin1(code);
    }
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};
    srs.exportToWkt(&wkt, options);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

// Reads a few blocks of a band: the first, one in the middle, the last. A truncated or damaged
// file fails on one of them; reading every block would take as long as decoding the image.
// A file can claim blocks (and, pixel-interleaved, bands read with each block) of any size: what
// one block read would allocate is checked before it is read. Real imagery uses blocks of a
// few megabytes at most.
constexpr qint64 kMaxBlockReadBytes = 256LL * 1024 * 1024;

bool probeBlocks(GDALRasterBandH band, QString *why)
{
    int bw = 0, bh = 0;
    GDALGetBlockSize(band, &bw, &bh);
    if (bw <= 0 || bh <= 0) {
        *why = QStringLiteral("its blocks have no size");
        return false;
    }
    // In 64 bits: a file can claim a size and a block near INT_MAX, whose sum overflows an int.
    const int nx = int((qint64(GDALGetRasterBandXSize(band)) + bw - 1) / bw);
    const int ny = int((qint64(GDALGetRasterBandYSize(band)) + bh - 1) / bh);
    const qint64 bytes = qint64(bw) * bh * GDALGetDataTypeSizeBytes(GDALGetRasterDataType(band));
    GDALDatasetH ds = GDALGetBandDataset(band);
    const char *interleave = ds ? GDALGetMetadataItem(ds, "INTERLEAVE", "IMAGE_STRUCTURE") : nullptr;
    const qint64 bandsPerRead = interleave && QLatin1String(interleave) == QLatin1String("PIXEL") && ds
                                    ? std::max(1, GDALGetRasterCount(ds))
                                    : 1;
    if (bytes * bandsPerRead > kMaxBlockReadBytes) {
        *why = QStringLiteral("reading one of its blocks would take %1 MiB (%2 x %3 pixels, %4 band(s) at once), "
                              "more than the %5 MiB Sightline reads at once")
                   .arg(bytes * bandsPerRead >> 20)
                   .arg(bw)
                   .arg(bh)
                   .arg(bandsPerRead)
                   .arg(kMaxBlockReadBytes >> 20);
        return false;
    }
    std::vector<unsigned char> buffer(static_cast<size_t>(bytes));
    const std::pair<int, int> blocks[] = {{0, 0}, {nx / 2, ny / 2}, {nx - 1, ny - 1}};
    for (const auto &[bx, by] : blocks) {
        CPLErrorReset();
        if (GDALReadBlock(band, bx, by, buffer.data()) != CE_None || CPLGetLastErrorType() >= CE_Failure) {
            *why = gdalMessage();
            return false;
        }
    }
    return true;
}

void readMetadata(GDALDatasetH ds, RasterInfo &info)
{
    // GDAL's IMAGERY domain: the same keys whatever the provider's sidecar (DigitalGlobe IMD,
    // Pleiades DIM, Landsat MTL ...).
    info.sensor = metaItem(ds, "SATELLITEID", "IMAGERY");
    info.cloudPercent = number(metaItem(ds, "CLOUDCOVER", "IMAGERY"));
    info.acquired = parseImageryTime(metaItem(ds, "ACQUISITIONDATETIME", "IMAGERY"));

    // DigitalGlobe/Maxar IMD fields GDAL exposes as they are.
    if (info.acquired.isUnknown())
        info.acquired = parseImageryTime(metaItem(ds, "IMAGE_1.firstLineTime", "IMD"));
    if (info.sensor.isEmpty())
        info.sensor = metaItem(ds, "IMAGE_1.satId", "IMD").remove(u'"');
    if (info.sceneId.isEmpty())
        info.sceneId = metaItem(ds, "IMAGE_1.CatId", "IMD").remove(u'"');
    if (!info.offNadirDegrees)
        info.offNadirDegrees = number(metaItem(ds, "IMAGE_1.meanOffNadirViewAngle", "IMD"));

    // NITF image subheader.
    if (info.acquired.isUnknown())
        info.acquired = parseImageryTime(metaItem(ds, "NITF_IDATIM"));
    if (info.sensor.isEmpty())
        info.sensor = metaItem(ds, "NITF_ISORCE");
    if (info.sceneId.isEmpty())
        info.sceneId = metaItem(ds, "NITF_IID2");
    if (info.provider.isEmpty())
        info.provider = metaItem(ds, "NITF_OSTAID");

    // TIFF tags.
    if (info.acquired.isUnknown())
        info.acquired = parseImageryTime(metaItem(ds, "TIFFTAG_DATETIME"));
    if (info.provider.isEmpty())
        info.provider = metaItem(ds, "TIFFTAG_ARTIST");
    if (info.licence.isEmpty())
        info.licence = metaItem(ds, "TIFFTAG_COPYRIGHT");
}

// Lon/lat of pixel positions through GDAL's transformer (GCPs or RPCs).
bool pixelsToLonLat(GDALDatasetH ds, std::vector<double> &x, std::vector<double> &y, QString *why)
{
    const char *options[] = {"DST_SRS=EPSG:4326", nullptr};
    void *t = GDALCreateGenImgProjTransformer2(ds, nullptr, const_cast<char **>(options));
    if (!t) {
        *why = gdalMessage();
        return false;
    }
    std::vector<double> z(x.size(), 0.0);
    std::vector<int> ok(x.size(), 0);
    GDALGenImgProjTransform(t, FALSE, static_cast<int>(x.size()), x.data(), y.data(), z.data(), ok.data());
    GDALDestroyGenImgProjTransformer(t);
    for (int v : ok)
        if (!v) {
            *why = QStringLiteral(" (some corners cannot be placed on the globe)");
            return false;
        }
    return true;
}

} // namespace

TimeSpan parseImageryTime(const QString &raw)
{
    const QString text = raw.trimmed().remove(u'"').remove(u';');
    if (text.isEmpty())
        return {};
    static const QRegularExpression nitf(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})$"));
    static const QRegularExpression tiff(QStringLiteral("^(\\d{4}):(\\d{2}):(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})$"));
    for (const auto *re : {&nitf, &tiff}) {
        const auto m = re->match(text);
        if (m.hasMatch()) {
            const QDateTime t(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                              QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()),
                              Qt::UTC);
            if (!t.isValid())
                return {};
            // NITF's IDATIM is UTC by the standard; a TIFF's DateTime has no zone at all.
            return re == &nitf ? TimeSpan::instant(t, TimeSpan::Precision::Second)
                               : TimeSpan::localInstant(t, TimeSpan::Precision::Second);
        }
    }
    // ISO 8601, with a space or a T, fractions of a second and a zone (none: local time of a zone
    // nobody recorded, kept as such).
    QString iso = text;
    iso.replace(u' ', u'T');
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        return d.isValid() ? TimeSpan::day(d.year(), d.month(), d.day()) : TimeSpan();
    }
    if (t.timeSpec() == Qt::LocalTime)
        return TimeSpan::localInstant(t, TimeSpan::Precision::Second);
    return TimeSpan::instant(t.toUTC(), TimeSpan::Precision::Second);
}

std::optional<RasterInfo> readRasterInfo(const QString &path, QString *error, const QString &assumedCrs)
{
    ensureGdal();
    auto fail = [&](const QString &why) -> std::optional<RasterInfo> {
        if (error)
            *error = path + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    if (const QString why = unreadableFileReason(path); !why.isEmpty())
        return fail(why);

    CPLErrorReset();
    DatasetPtr holder(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr,
                                 nullptr));
    GDALDatasetH ds = holder.get();
    if (!ds)
        return fail(QStringLiteral("is not a raster image GDAL can read") + gdalMessage());

    RasterInfo info;
    info.path = path;
    info.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));
    info.width = GDALGetRasterXSize(ds);
    info.height = GDALGetRasterYSize(ds);
    info.bandCount = GDALGetRasterCount(ds);
    if (info.bandCount == 0) {
        const int subdatasets = CSLCount(GDALGetMetadata(ds, "SUBDATASETS")) / 2;
        return fail(subdatasets > 0 ? QStringLiteral("holds %1 sub-datasets, not one image; import one of them "
                                                     "(gdalinfo lists their names)")
                                          .arg(subdatasets)
                                    : QStringLiteral("has no raster bands"));
    }
    GDALRasterBandH first = GDALGetRasterBand(ds, 1);
    const GDALDataType type = GDALGetRasterDataType(first);
    info.dataType = QString::fromLatin1(GDALGetDataTypeName(type));
    if (GDALDataTypeIsComplex(type))
        return fail(QStringLiteral("has complex-valued pixels (%1, radar phase data), which cannot be shown as an "
                                   "image; convert it to amplitude first")
                        .arg(info.dataType));
    for (int b = 1; b <= info.bandCount; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        if (GDALGetRasterDataType(band) != type)
            return fail(QStringLiteral("mixes pixel types between its bands (band 1 %1, band %2 %3), which is not "
                                       "supported")
                            .arg(info.dataType)
                            .arg(b)
                            .arg(QString::fromLatin1(GDALGetDataTypeName(GDALGetRasterDataType(band)))));
        info.bandColors << QString::fromLatin1(GDALGetColorInterpretationName(GDALGetRasterColorInterpretation(band)));
    }
    info.overviewCount = GDALGetOverviewCount(first);

    // The pixels decode: the full image and the smallest overview.
    QString why;
    if (!probeBlocks(first, &why) || (info.overviewCount > 0 &&
                                      !probeBlocks(GDALGetOverview(first, info.overviewCount - 1), &why)))
        return fail(QStringLiteral("is truncated or damaged: its pixels cannot be read") + why);

    // Georeferencing: a geotransform, else ground control points, else RPCs.
    double gt[6];
    const bool hasTransform = GDALGetGeoTransform(ds, gt) == CE_None &&
                              !(gt[0] == 0 && gt[1] == 1 && gt[2] == 0 && gt[3] == 0 && gt[4] == 0 && gt[5] == 1);
    OGRSpatialReference srs;
    bool hasSrs = false;
    if (hasTransform) {
        info.georeference = RasterInfo::Georeference::GeoTransform;
        std::copy(gt, gt + 6, info.geoTransform.begin());
        if (const auto *s = OGRSpatialReference::FromHandle(GDALGetSpatialRef(ds))) {
            srs = *s;
            hasSrs = true;
        }
    } else if (GDALGetGCPCount(ds) >= 3) {
        info.georeference = RasterInfo::Georeference::Gcps;
        if (const auto *s = OGRSpatialReference::FromHandle(GDALGetGCPSpatialRef(ds))) {
            srs = *s;
            hasSrs = true;
        }
    } else if (GDALGetMetadata(ds, "RPC")) {
        info.georeference = RasterInfo::Georeference::Rpcs;
        srs.importFromEPSG(4326);
        hasSrs = true;
    } else {
        return fail(QStringLiteral("has no georeferencing (no geotransform, ground control points or RPCs), so "
                                   "Sightline cannot place it on the map; georeference it first with ground control points "
                                   "(sightline-cli georeference, or Imagery > Georeference image in the window)"));
    }
    if (!hasSrs) {
        if (assumedCrs.isEmpty() || srs.SetFromUserInput(assumedCrs.toUtf8().constData()) != OGRERR_NONE)
            return fail(assumedCrs.isEmpty()
                            ? QStringLiteral("is georeferenced but says nothing of its CRS; import it again "
                                             "naming the CRS (--crs EPSG:N)")
                            : QStringLiteral("unknown CRS \"%1\"").arg(assumedCrs));
    }
    info.crs = crsIdOf(srs, &info.crsName);

    // Footprint: corners and points along every edge, so that a curved edge stays curved.
    constexpr int kPerEdge = 8;
    std::vector<double> px, py;
    auto edge = [&](double x0, double y0, double x1, double y1) {
        for (int i = 0; i < kPerEdge; ++i) {
            px.push_back(x0 + (x1 - x0) * i / kPerEdge);
            py.push_back(y0 + (y1 - y0) * i / kPerEdge);
        }
    };
    const double w = info.width, h = info.height;
    edge(0, 0, w, 0);
    edge(w, 0, w, h);
    edge(w, h, 0, h);
    edge(0, h, 0, 0);
    // The centre pixel and its neighbours right and below, for the ground resolution.
    px.insert(px.end(), {w / 2, w / 2 + 1, w / 2});
    py.insert(py.end(), {h / 2, h / 2, h / 2 + 1});
    if (info.georeference == RasterInfo::Georeference::GeoTransform) {
        for (size_t i = 0; i < px.size(); ++i) {
            const double gx = gt[0] + px[i] * gt[1] + py[i] * gt[2];
            const double gy = gt[3] + px[i] * gt[4] + py[i] * gt[5];
            px[i] = gx;
            py[i] = gy;
        }
        QString transformError;
        const auto toLonLat = CoordinateTransform::create(info.crs, QStringLiteral("EPSG:4326"), &transformError);
        if (!toLonLat)
            return fail(QStringLiteral("its CRS cannot be converted to longitude/latitude: ") + transformError);
        if (toLonLat->forward(px.data(), py.data(), static_cast<int>(px.size())) != static_cast<int>(px.size()))
            return fail(QStringLiteral("lies partly outside the area its CRS (%1) can place on the globe")
                            .arg(info.crsName));
    } else if (!pixelsToLonLat(ds, px, py, &why)) {
        return fail(QStringLiteral("its ground control points or RPCs cannot place it on the globe") + why);
    }
    QList<GeoPoint> ring;
    for (int i = 0; i < 4 * kPerEdge; ++i) {
        if (std::abs(px[i]) > 180.0 + 1e-6 || std::abs(py[i]) > 90.0 + 1e-6)
            return fail(QStringLiteral("its georeferencing puts it off the globe (%1, %2)").arg(px[i]).arg(py[i]));
        ring << GeoPoint{px[i], py[i]};
    }
    ring << ring.first();
    info.footprint = Geometry::polygon(ring);
    const size_t c = 4 * kPerEdge;
    const double dx = geodesicDistanceMeters({px[c], py[c]}, {px[c + 1], py[c + 1]});
    const double dy = geodesicDistanceMeters({px[c], py[c]}, {px[c + 2], py[c + 2]});
    info.resolutionMeters = (dx + dy) / 2;

    readMetadata(ds, info);
    return info;
}

} // namespace sightline::geo
