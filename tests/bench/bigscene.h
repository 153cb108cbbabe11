#pragma once

// The 16384 x 16384 scene the imagery and map model benchmarks draw: RGB, JPEG in 256-pixel
// tiles (YCbCr, quality 85), overviews down to 1/64, UTM 52N at 0.5 m a pixel. Made once in the
// temporary folder and kept for later runs; a benchmark given another file reads that file's own
// size, CRS and extent instead (benchScene).
#include "sightline/core/scene.h"
#include "sightline/geo/rasterinfo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sightline::bench {

constexpr int kSize = 16384;
constexpr double kPixel = 0.5;
constexpr double kOriginX = 552000, kOriginY = 4705000;

inline void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Texture with detail at several scales, so that JPEG has as much to decode as in real imagery.
inline bool makeScene(const QString &path)
{
    print(QStringLiteral("making %1 (once; kept for later runs) ...").arg(path));
    QElapsedTimer t;
    t.start();
    char **options = nullptr;
    for (const char *kv : {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR",
                           "JPEG_QUALITY=85", "BIGTIFF=IF_SAFER"})
        options = CSLAddString(options, kv);
    const QString partial = path + QStringLiteral(".part");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), partial.toUtf8().constData(), kSize, kSize, 3, GDT_Byte,
                                 options);
    CSLDestroy(options);
    if (!ds)
        return false;
    double gt[6] = {kOriginX, kPixel, 0, kOriginY, 0, -kPixel};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 32652);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    constexpr int rows = 256;
    std::vector<uchar> buf(static_cast<size_t>(kSize) * rows * 3);
    quint32 h = 12345;
    for (int y0 = 0; y0 < kSize; y0 += rows) {
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < kSize; ++x) {
                h = h * 1664525u + 1013904223u;
                const int Y = y0 + y;
                const double base = 110 + 50 * std::sin(x / 53.0) * std::cos(Y / 71.0) + 30 * std::sin((x + Y) / 9.0);
                const int noise = static_cast<int>(h >> 27) - 16;
                const size_t k = (static_cast<size_t>(y) * kSize + x) * 3;
                buf[k] = static_cast<uchar>(std::clamp(static_cast<int>(base) + noise, 0, 255));
                buf[k + 1] = static_cast<uchar>(std::clamp(static_cast<int>(base * 0.9) + noise / 2 + ((x / 64 + Y / 64) % 2) * 20, 0, 255));
                buf[k + 2] = static_cast<uchar>(std::clamp(static_cast<int>(base * 0.7) + noise, 0, 255));
            }
        if (GDALDatasetRasterIO(ds, GF_Write, 0, y0, kSize, rows, buf.data(), kSize, rows, GDT_Byte, 3, nullptr, 3,
                                static_cast<GSpacing>(kSize) * 3, 1) != CE_None)
            return false;
    }
    CPLSetConfigOption("COMPRESS_OVERVIEW", "JPEG");
    CPLSetConfigOption("PHOTOMETRIC_OVERVIEW", "YCBCR");
    CPLSetConfigOption("JPEG_QUALITY_OVERVIEW", "85");
    int levels[] = {2, 4, 8, 16, 32, 64};
    const CPLErr e = GDALBuildOverviews(ds, "AVERAGE", 6, levels, 0, nullptr, nullptr, nullptr);
    GDALClose(ds);
    if (e != CE_None)
        return false;
    print(QStringLiteral("  made in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
    return QFile::rename(partial, path);
}


// A scene record for the file as the file describes itself (size, CRS, geotransform, footprint),
// or nothing, with the reason, when GDAL cannot read it.
inline std::optional<std::pair<ImageryScene, geo::RasterInfo>> benchScene(const QString &file, QString *why)
{
    const auto info = geo::readRasterInfo(file, why);
    if (!info)
        return std::nullopt;
    if (info->georeference != geo::RasterInfo::Georeference::GeoTransform || info->geoTransform[2] != 0 ||
        info->geoTransform[4] != 0 || !info->crs.startsWith(QLatin1String("EPSG:"))) {
        *why = file + QStringLiteral(": the benchmark needs a north-up image with a geotransform and an EPSG CRS");
        return std::nullopt;
    }
    ImageryScene scene;
    scene.meta.id = QUuid::createUuid();
    scene.crs = info->crs;
    scene.filePath = file;
    scene.footprint = info->footprint;
    scene.width = info->width;
    scene.height = info->height;
    scene.bandCount = info->bandCount;
    scene.acquired = info->acquired;
    return std::pair(scene, *info);
}

} // namespace sightline::bench
