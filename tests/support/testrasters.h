#pragma once

// Real raster files made with GDAL for imagery tests: GeoTIFFs tiled or in strips, with or
// without overviews, in UTM or lon/lat, 8- or 16-bit, one or more bands; a PNG with a world
// file; damaged copies. Header-only: tests that include it link GDAL::GDAL.
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <array>
#include <vector>

namespace sightline::test {

struct RasterSpec
{
    int width = 512;
    int height = 512;
    int bands = 3;
    GDALDataType type = GDT_Byte;
    QString crs = QStringLiteral("EPSG:32652"); // empty: no georeferencing at all
    double originX = 552000;                    // top-left corner, map units
    double originY = 4697000;
    double pixelSize = 2.0;
    std::array<double, 4> values{200, 40, 30, 255}; // one per band; the whole image has this colour
    bool gradient = false;             // band value grows with x instead (16-bit stretch tests)
    bool pattern = false;              // band value varies with x and y instead (placement tests)
    bool tiled = true;
    bool overviews = false;
    QString compress;                  // "JPEG", "DEFLATE" ...
    QString format = QStringLiteral("GTiff");
    QString dateTime;                  // TIFFTAG_DATETIME, "2023:10:05 02:14:00"
    QString artist;                    // TIFFTAG_ARTIST
};

// Writes the raster; returns false (with GDAL's message in *why) when GDAL refuses.
inline bool makeRaster(const QString &path, const RasterSpec &s, QString *why = nullptr)
{
    GDALAllRegister();
    GDALDatasetH mem = GDALCreate(GDALGetDriverByName("MEM"), "", s.width, s.height, s.bands, s.type, nullptr);
    if (!s.crs.isEmpty()) {
        double gt[6] = {s.originX, s.pixelSize, 0, s.originY, 0, -s.pixelSize};
        GDALSetGeoTransform(mem, gt);
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRSetFromUserInput(srs, s.crs.toUtf8().constData());
        GDALSetSpatialRef(mem, srs);
        OSRDestroySpatialReference(srs);
    }
    std::vector<double> row(static_cast<size_t>(s.width));
    for (int b = 1; b <= s.bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(mem, b);
        const double v = b <= 4 ? s.values[static_cast<size_t>(b - 1)] : 100;
        for (int x = 0; x < s.width; ++x)
            row[static_cast<size_t>(x)] = s.gradient ? v * (1.0 + 9.0 * x / s.width) : v;
        for (int y = 0; y < s.height; ++y) {
            if (s.pattern)
                for (int x = 0; x < s.width; ++x)
                    row[static_cast<size_t>(x)] = (x * 7 + y * 3 + b * 50) % 256;
            if (GDALRasterIO(band, GF_Write, 0, y, s.width, 1, row.data(), s.width, 1, GDT_Float64, 0, 0) != CE_None)
                return false;
        }
    }
    if (!s.dateTime.isEmpty())
        GDALSetMetadataItem(mem, "TIFFTAG_DATETIME", s.dateTime.toUtf8().constData(), nullptr);
    if (!s.artist.isEmpty())
        GDALSetMetadataItem(mem, "TIFFTAG_ARTIST", s.artist.toUtf8().constData(), nullptr);
    // Two files made alike differ by their name, as two real images do: a project refuses a
    // byte-identical copy of a scene it holds.
    if (s.format == QLatin1String("GTiff"))
        GDALSetMetadataItem(mem, "TIFFTAG_DOCUMENTNAME", QFileInfo(path).fileName().toUtf8().constData(), nullptr);
    char **options = nullptr;
    if (s.format == QLatin1String("GTiff")) {
        options = CSLSetNameValue(options, "TILED", s.tiled ? "YES" : "NO");
        if (!s.tiled)
            options = CSLSetNameValue(options, "BLOCKYSIZE", "16");
        if (!s.compress.isEmpty())
            options = CSLSetNameValue(options, "COMPRESS", s.compress.toUtf8().constData());
        if (s.compress == QLatin1String("JPEG") && s.bands == 3)
            options = CSLSetNameValue(options, "PHOTOMETRIC", "YCBCR");
    } else {
        options = CSLSetNameValue(options, "WORLDFILE", "YES");
    }
    GDALDatasetH out = GDALCreateCopy(GDALGetDriverByName(s.format.toUtf8().constData()), path.toUtf8().constData(),
                                      mem, FALSE, options, nullptr, nullptr);
    CSLDestroy(options);
    GDALClose(mem);
    if (!out) {
        if (why)
            *why = QString::fromUtf8(CPLGetLastErrorMsg());
        return false;
    }
    GDALClose(out);
    if (s.overviews) {
        GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_Update);
        int levels[] = {2, 4, 8, 16};
        const CPLErr e = GDALBuildOverviews(ds, "AVERAGE", 4, levels, 0, nullptr, nullptr, nullptr);
        GDALClose(ds);
        if (e != CE_None)
            return false;
    }
    return true;
}

// A copy of the file cut to a fraction of its length, as an interrupted download leaves it.
inline bool truncatedCopy(const QString &from, const QString &to, double fraction)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray all = in.readAll();
    return out.write(all.left(static_cast<qsizetype>(all.size() * fraction))) > 0;
}

inline bool randomBytes(const QString &path, int size)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(11);
    for (char &c : bytes)
        c = static_cast<char>(rng.bounded(256));
    return out.write(bytes) == size;
}

} // namespace sightline::test
