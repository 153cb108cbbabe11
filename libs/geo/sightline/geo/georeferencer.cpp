// Georeferencing an image from ground control points: GDAL fits and applies the transformation
// (GCP polynomials, thin-plate splines, the warper); this file checks the points, measures the
// residuals and writes the result whole or not at all.
#include "sightline/geo/georeferencer.h"

#include "sightline/geo/crs.h"
#include "sightline/geo/gdalsession.h"
#include "sightline/geo/geodesy.h"
#include "sightline/geo/transform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <vector>

namespace sightline::geo {

namespace {

DatasetPtr openRaster(const QString &path)
{
    ensureGdal();
    CPLErrorReset();
    return DatasetPtr(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr,
                                 nullptr));
}

// GDAL's transformers behind one face: the fitted polynomial or spline and its inverse.
class GcpTransformer
{
public:
    GcpTransformer(GeoreferenceMethod method, const QList<GroundControlPoint> &points) : m_method(method)
    {
        std::vector<GDAL_GCP> gcps(static_cast<size_t>(points.size()));
        for (size_t i = 0; i < gcps.size(); ++i) {
            const GroundControlPoint &p = points[static_cast<qsizetype>(i)];
            gcps[i] = GDAL_GCP{const_cast<char *>(""), const_cast<char *>(""), p.pixel.x(), p.pixel.y(),
                               p.map.x(),             p.map.y(),             0.0};
        }
        const int n = static_cast<int>(gcps.size());
        CPLErrorReset();
        if (method == GeoreferenceMethod::ThinPlateSpline)
            m_arg = GDALCreateTPSTransformer(n, gcps.data(), FALSE);
        else
            m_arg = GDALCreateGCPTransformer(n, gcps.data(), method == GeoreferenceMethod::Polynomial2 ? 2 : 1, FALSE);
    }
    ~GcpTransformer()
    {
        if (!m_arg)
            return;
        if (m_method == GeoreferenceMethod::ThinPlateSpline)
            GDALDestroyTPSTransformer(m_arg);
        else
            GDALDestroyGCPTransformer(m_arg);
    }
    GcpTransformer(const GcpTransformer &) = delete;
    GcpTransformer &operator=(const GcpTransformer &) = delete;

    bool isValid() const { return m_arg != nullptr; }
    // In place; imageToMap false goes from map to image.
    bool transform(bool imageToMap, double &x, double &y) const
    {
        double z = 0;
        int ok = 0;
        const int toSource = imageToMap ? FALSE : TRUE;
        if (m_method == GeoreferenceMethod::ThinPlateSpline)
            GDALTPSTransform(m_arg, toSource, 1, &x, &y, &z, &ok);
        else
            GDALGCPTransform(m_arg, toSource, 1, &x, &y, &z, &ok);
        return ok && std::isfinite(x) && std::isfinite(y);
    }

private:
    GeoreferenceMethod m_method;
    void *m_arg = nullptr;
};

// How far the points stray from the line that fits them best, and how far they spread along it
// (square roots of the eigenvalues of their covariance).
std::pair<double, double> spread(const QList<QPointF> &pts)
{
    QPointF mean;
    for (const QPointF &p : pts)
        mean += p;
    mean /= static_cast<double>(pts.size());
    double sxx = 0, syy = 0, sxy = 0;
    for (const QPointF &p : pts) {
        const QPointF d = p - mean;
        sxx += d.x() * d.x();
        syy += d.y() * d.y();
        sxy += d.x() * d.y();
    }
    const double n = static_cast<double>(pts.size());
    sxx /= n;
    syy /= n;
    sxy /= n;
    const double mid = (sxx + syy) / 2;
    const double r = std::sqrt(std::max(0.0, (sxx - syy) * (sxx - syy) / 4 + sxy * sxy));
    return {std::sqrt(std::max(0.0, mid - r)), std::sqrt(std::max(0.0, mid + r))};
}

QString coordinate(double v, bool geographic)
{
    return QString::number(v, 'f', geographic ? 7 : 2);
}

} // namespace

QString methodKey(GeoreferenceMethod method)
{
    switch (method) {
    case GeoreferenceMethod::Polynomial1: return QStringLiteral("poly1");
    case GeoreferenceMethod::Polynomial2: return QStringLiteral("poly2");
    case GeoreferenceMethod::ThinPlateSpline: return QStringLiteral("tps");
    }
    return {};
}

std::optional<GeoreferenceMethod> methodFromKey(const QString &key)
{
    for (auto m : {GeoreferenceMethod::Polynomial1, GeoreferenceMethod::Polynomial2, GeoreferenceMethod::ThinPlateSpline})
        if (methodKey(m) == key)
            return m;
    return std::nullopt;
}

QString methodDescription(GeoreferenceMethod method)
{
    switch (method) {
    case GeoreferenceMethod::Polynomial1: return QStringLiteral("polynomial, order 1");
    case GeoreferenceMethod::Polynomial2: return QStringLiteral("polynomial, order 2");
    case GeoreferenceMethod::ThinPlateSpline: return QStringLiteral("thin-plate spline");
    }
    return {};
}

int minimumPoints(GeoreferenceMethod method)
{
    // GDAL's GCP transformer: (order + 1)(order + 2) / 2 terms per axis. A thin-plate spline
    // needs the affine part it starts from.
    return method == GeoreferenceMethod::Polynomial2 ? 6 : 3;
}

std::optional<Georeferencer> Georeferencer::open(const QString &imagePath, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Georeferencer> {
        if (error)
            *error = imagePath + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    if (const QString why = unreadableFileReason(imagePath); !why.isEmpty())
        return fail(why);
    const DatasetPtr ds = openRaster(imagePath);
    if (!ds)
        return fail(QStringLiteral("is not a raster image GDAL can read") + gdalMessage());
    if (GDALGetRasterCount(ds.get()) == 0)
        return fail(QStringLiteral("has no raster bands"));
    Georeferencer g;
    g.m_path = imagePath;
    g.m_width = GDALGetRasterXSize(ds.get());
    g.m_height = GDALGetRasterYSize(ds.get());
    return g;
}

QString Georeferencer::fail(const QString &why, QString *error) const
{
    if (error)
        *error = m_path + QStringLiteral(": ") + why;
    return why;
}

bool Georeferencer::setCrs(const QString &crs, QString *error)
{
    QString why;
    const auto info = crsInfo(crs, &why);
    if (!info) {
        if (error)
            *error = QStringLiteral("unknown CRS \"%1\": %2").arg(crs, why);
        return false;
    }
    m_crs = crs;
    m_geographic = info->geographic;
    return true;
}

std::optional<GeoreferenceFit> Georeferencer::fit(QString *error) const
{
    const int n = static_cast<int>(m_points.size());
    const int needed = minimumPoints(m_method);
    if (n < needed) {
        fail(QStringLiteral("%1 needs at least %2 ground control points, and %3 %4 given")
                 .arg(methodDescription(m_method))
                 .arg(needed)
                 .arg(n)
                 .arg(n == 1 ? QStringLiteral("is") : QStringLiteral("are")),
             error);
        return std::nullopt;
    }
    QList<QPointF> pixels, maps;
    for (const GroundControlPoint &p : m_points) {
        pixels << p.pixel;
        maps << p.map;
    }
    const auto [pixelAcross, pixelAlong] = spread(pixels);
    const auto [mapAcross, mapAlong] = spread(maps);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const QPointF dp = pixels[i] - pixels[j];
            const QPointF dm = maps[i] - maps[j];
            const char *where = nullptr;
            if (std::hypot(dp.x(), dp.y()) < 0.5)
                where = "in the image";
            else if (std::hypot(dm.x(), dm.y()) <= 1e-9 * std::max(1.0, mapAlong))
                where = "on the map";
            if (where) {
                fail(QStringLiteral("ground control points %1 and %2 are at the same place %3; move or remove one")
                         .arg(i + 1)
                         .arg(j + 1)
                         .arg(QLatin1String(where)),
                     error);
                return std::nullopt;
            }
        }
    // Points on one line say nothing about the direction across it.
    const bool lineInImage = pixelAcross < std::max(0.5, 1e-3 * pixelAlong);
    if (lineInImage || mapAcross < 1e-3 * mapAlong) {
        fail(QStringLiteral("the ground control points lie on one line %1, so they cannot place the image; add "
                            "points away from that line")
                 .arg(lineInImage ? QStringLiteral("in the image") : QStringLiteral("on the map")),
             error);
        return std::nullopt;
    }

    const GcpTransformer t(m_method, m_points);
    if (!t.isValid()) {
        fail(QStringLiteral("GDAL cannot fit a %1 to these ground control points%2; move or add points")
                 .arg(methodDescription(m_method), gdalMessage()),
             error);
        return std::nullopt;
    }
    std::optional<CoordinateTransform> toLonLat;
    if (m_crs != QLatin1String("EPSG:4326"))
        toLonLat = CoordinateTransform::create(m_crs, QStringLiteral("EPSG:4326"));
    auto lonLat = [&](QPointF p) {
        if (toLonLat)
            p = toLonLat->forward(p).value_or(QPointF(qQNaN(), qQNaN()));
        return GeoPoint{p.x(), p.y()};
    };

    GeoreferenceFit result;
    double sumPixels = 0, sumMeters = 0;
    for (const GroundControlPoint &p : m_points) {
        double px = p.map.x(), py = p.map.y();
        double mx = p.pixel.x(), my = p.pixel.y();
        if (!t.transform(false, px, py) || !t.transform(true, mx, my)) {
            fail(QStringLiteral("the fitted %1 cannot map every ground control point; move or add points")
                     .arg(methodDescription(m_method)),
                 error);
            return std::nullopt;
        }
        GcpResidual r;
        r.pixelOffset = QPointF(px, py) - p.pixel;
        r.pixels = std::hypot(r.pixelOffset.x(), r.pixelOffset.y());
        r.meters = geodesicDistanceMeters(lonLat(p.map), lonLat(QPointF(mx, my)));
        if (!std::isfinite(r.meters))
            r.meters = 0;
        sumPixels += r.pixels * r.pixels;
        sumMeters += r.meters * r.meters;
        result.residuals << r;
    }
    result.rmsPixels = std::sqrt(sumPixels / n);
    result.rmsMeters = std::sqrt(sumMeters / n);
    return result;
}

bool Georeferencer::write(const QString &outPath, QString *error, ExistingFile existing) const
{
    auto failOut = [&](const QString &why) {
        if (error)
            *error = outPath + QStringLiteral(": ") + why;
        return false;
    };
    if (!fit(error))
        return false;
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return failOut(QStringLiteral("is the image being georeferenced; choose another file to write"));
    if (existing == ExistingFile::Refuse && QFileInfo::exists(outPath))
        return failOut(QStringLiteral("already exists; it is not written over"));
    const DatasetPtr source = openRaster(m_path);
    if (!source) {
        fail(QStringLiteral("cannot be read any more") + gdalMessage(), error);
        return false;
    }
    GDALDatasetH src = source.get();
    const int bands = GDALGetRasterCount(src);
    GDALRasterBandH first = GDALGetRasterBand(src, 1);
    const bool palette = bands == 1 && GDALGetRasterColorTable(first);
    const bool hasAlpha = GDALGetRasterColorInterpretation(GDALGetRasterBand(src, bands)) == GCI_AlphaBand;

    // An in-memory VRT of the image with the points attached: the image file is never written.
    QList<QByteArray> translateArgs{"-of", "VRT", "-a_srs", m_crs.toUtf8()};
    for (const GroundControlPoint &p : m_points)
        translateArgs << "-gcp" << QByteArray::number(p.pixel.x(), 'g', 17) << QByteArray::number(p.pixel.y(), 'g', 17)
                      << QByteArray::number(p.map.x(), 'g', 17) << QByteArray::number(p.map.y(), 'g', 17);
    if (palette) // colours, not palette indices, are interpolated when warping
        translateArgs << "-expand" << "rgba";
    auto argv = [](const QList<QByteArray> &args) {
        char **list = nullptr;
        for (const QByteArray &a : args)
            list = CSLAddString(list, a.constData());
        return list;
    };
    char **targs = argv(translateArgs);
    GDALTranslateOptions *topts = GDALTranslateOptionsNew(targs, nullptr);
    CSLDestroy(targs);
    CPLErrorReset();
    const DatasetPtr withGcps(GDALTranslate("", src, topts, nullptr));
    GDALTranslateOptionsFree(topts);
    if (!withGcps) {
        fail(QStringLiteral("GDAL cannot attach the ground control points") + gdalMessage(), error);
        return false;
    }

    QList<QByteArray> warpArgs{"-of",      "GTiff",         "-t_srs",       m_crs.toUtf8(), "-r",
                               "bilinear", "-co",           "TILED=YES",    "-co",          "COMPRESS=DEFLATE",
                               "-co",      "BIGTIFF=IF_SAFER"};
    if (m_method == GeoreferenceMethod::ThinPlateSpline)
        warpArgs << "-tps";
    else
        warpArgs << "-order" << (m_method == GeoreferenceMethod::Polynomial2 ? "2" : "1");
    if (!hasAlpha && !palette) // outside the image is transparent, not black
        warpArgs << "-dstalpha";
    // Written under another name and renamed when complete, so the file is there whole or not at all.
    const QString partial = QFileInfo(outPath).absoluteDir().filePath(
        QStringLiteral(".%1.part").arg(QFileInfo(outPath).fileName()));
    char **wargs = argv(warpArgs);
    GDALWarpAppOptions *wopts = GDALWarpAppOptionsNew(wargs, nullptr);
    CSLDestroy(wargs);
    GDALDatasetH inputs[] = {withGcps.get()};
    CPLErrorReset();
    DatasetPtr warped(GDALWarp(partial.toUtf8().constData(), nullptr, 1, inputs, wopts, nullptr));
    GDALWarpAppOptionsFree(wopts);
    if (!warped) {
        const QString why = gdalMessage();
        QFile::remove(partial);
        return failOut(QStringLiteral("cannot be written%1").arg(why));
    }
    // Overviews down to about one tile, so that a zoomed-out map reads little.
    std::vector<int> levels;
    for (int f = 2; std::max(GDALGetRasterXSize(warped.get()), GDALGetRasterYSize(warped.get())) / f >= 256; f *= 2)
        levels.push_back(f);
    CPLErrorReset();
    const bool overviewsOk =
        levels.empty() || GDALBuildOverviews(warped.get(), "AVERAGE", static_cast<int>(levels.size()), levels.data(), 0,
                                             nullptr, nullptr, nullptr) == CE_None;
    const QString overviewError = gdalMessage();
    CPLErrorReset();
    warped.reset();
    if (!overviewsOk || CPLGetLastErrorType() >= CE_Failure) {
        QFile::remove(partial);
        return failOut(QStringLiteral("cannot be written%1").arg(overviewsOk ? gdalMessage() : overviewError));
    }
    // Into place in one step: rename(2) replaces a file atomically, so a reader sees the old file
    // or the new one, never neither; QFile::rename refuses a file that appeared meanwhile.
    if (existing == ExistingFile::Replace) {
        std::error_code ec;
        std::filesystem::rename(partial.toStdString(), outPath.toStdString(), ec);
        if (ec) {
            QFile::remove(partial);
            return failOut(QStringLiteral("cannot be replaced (%1)").arg(QString::fromStdString(ec.message())));
        }
        return true;
    }
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        return failOut(QFileInfo::exists(outPath) ? QStringLiteral("already exists; it is not written over")
                                                  : QStringLiteral("cannot be written (renaming the finished file failed)"));
    }
    return true;
}

QString Georeferencer::provenance(const QByteArray &originalSha256, const GeoreferenceFit &fit) const
{
    QStringList lines;
    lines << QStringLiteral("Georeferenced from %1 (SHA-256 %2), %3 x %4 pixels, by %5 through %6 ground control "
                            "points in %7 (image x, y -> %8; residual):")
                 .arg(QFileInfo(m_path).absoluteFilePath(), QString::fromLatin1(originalSha256))
                 .arg(m_width)
                 .arg(m_height)
                 .arg(methodDescription(m_method))
                 .arg(m_points.size())
                 .arg(m_crs, m_geographic ? QStringLiteral("lon, lat") : QStringLiteral("x, y"));
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const GroundControlPoint &p = m_points[i];
        const GcpResidual r = i < fit.residuals.size() ? fit.residuals[i] : GcpResidual{};
        lines << QStringLiteral("  %1: %2, %3 -> %4, %5; %6 px, %7 m")
                     .arg(i + 1)
                     .arg(p.pixel.x(), 0, 'f', 2)
                     .arg(p.pixel.y(), 0, 'f', 2)
                     .arg(coordinate(p.map.x(), m_geographic), coordinate(p.map.y(), m_geographic))
                     .arg(r.pixels, 0, 'f', 2)
                     .arg(r.meters, 0, 'f', 1);
    }
    lines << QStringLiteral("RMS residual %1 px, %2 m.").arg(fit.rmsPixels, 0, 'f', 2).arg(fit.rmsMeters, 0, 'f', 1);
    return lines.join(u'\n');
}

QImage Georeferencer::preview(int maxSide, double *scale) const
{
    const DatasetPtr ds = openRaster(m_path);
    if (!ds || m_width <= 0 || m_height <= 0)
        return {};
    const double s = std::max(1.0, static_cast<double>(std::max(m_width, m_height)) / maxSide);
    const int w = std::max(1, static_cast<int>(m_width / s));
    const int h = std::max(1, static_cast<int>(m_height / s));
    if (scale)
        *scale = static_cast<double>(m_width) / w;
    const int bands = GDALGetRasterCount(ds.get());
    GDALRasterBandH first = GDALGetRasterBand(ds.get(), 1);
    GDALColorTableH palette = bands == 1 ? GDALGetRasterColorTable(first) : nullptr;
    const int shown = bands >= 3 ? 3 : 1;
    std::vector<float> buf(static_cast<size_t>(w) * h);
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::black);
    for (int b = 0; b < shown; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds.get(), b + 1);
        // Averaging (or, for a palette, the nearest index) when reading through overviews.
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = palette ? GRIORA_NearestNeighbour : GRIORA_Average;
        if (GDALRasterIOEx(band, GF_Read, 0, 0, m_width, m_height, buf.data(), w, h, GDT_Float32, 0, 0, &extra) !=
            CE_None)
            return {};
        double lo = 0, hi = 255;
        if (!palette && GDALGetRasterDataType(band) != GDT_Byte) {
            const auto [mn, mx] = std::minmax_element(buf.begin(), buf.end());
            lo = *mn;
            hi = std::max(*mx, *mn + 1.0f);
        }
        for (int y = 0; y < h; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const float v = buf[static_cast<size_t>(y) * w + x];
                if (palette) {
                    const GDALColorEntry *e = GDALGetColorEntry(palette, static_cast<int>(v));
                    line[x] = e ? qRgb(e->c1, e->c2, e->c3) : qRgb(0, 0, 0);
                    continue;
                }
                const int c = std::clamp(static_cast<int>(std::lround((v - lo) * 255.0 / (hi - lo))), 0, 255);
                const QRgb old = line[x];
                line[x] = shown == 1 ? qRgb(c, c, c)
                                     : qRgb(b == 0 ? c : qRed(old), b == 1 ? c : qGreen(old), b == 2 ? c : qBlue(old));
            }
        }
    }
    return image;
}

bool lacksGeoreferencing(const QString &path)
{
    const DatasetPtr ds = openRaster(path);
    if (!ds || GDALGetRasterCount(ds.get()) == 0)
        return false;
    double gt[6];
    const bool hasTransform = GDALGetGeoTransform(ds.get(), gt) == CE_None &&
                              !(gt[0] == 0 && gt[1] == 1 && gt[2] == 0 && gt[3] == 0 && gt[4] == 0 && gt[5] == 1);
    return !hasTransform && GDALGetGCPCount(ds.get()) < 3 && !GDALGetMetadata(ds.get(), "RPC");
}

} // namespace sightline::geo
