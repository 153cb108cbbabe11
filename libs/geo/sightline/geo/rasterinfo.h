#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/timespan.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sightline::geo {

// What an image file says about itself, read with GDAL: size, bands, pixel type, how it is
// georeferenced, its CRS, overviews, footprint on the ground, resolution, and whatever
// acquisition metadata it carries (TIFF tags, NITF fields, sidecar IMD/XML files).
struct RasterInfo
{
    enum class Georeference { GeoTransform, Gcps, Rpcs };

    QString path;
    QString driver;   // GDAL's short name: "GTiff", "NITF", "JP2OpenJPEG", "PNG" ...
    int width = 0;
    int height = 0;
    int bandCount = 0;
    QString dataType; // "Byte", "UInt16" ...
    QStringList bandColors; // GDAL colour interpretation of each band: "Red", "Gray", "Alpha" ...
    Georeference georeference = Georeference::GeoTransform;
    std::array<double, 6> geoTransform{0, 1, 0, 0, 0, -1};
    QString crs;      // "EPSG:32652" when the CRS has an EPSG code, otherwise its WKT
    QString crsName;  // "WGS 84 / UTM zone 52N"
    int overviewCount = 0;
    Geometry footprint;         // closed polygon in lon/lat, corners and points along the edges
    double resolutionMeters = 0; // ground size of a pixel at the centre

    // Acquisition metadata, where the file has it.
    QString provider;
    QString sceneId;
    QString sensor;
    TimeSpan acquired;
    std::optional<double> offNadirDegrees;
    std::optional<double> cloudPercent;
    QString licence;
};

// Reads the file's description and checks that its pixels can be decoded (a few blocks of the
// full image and of its smallest overview). Nothing, with one line in *error naming the file,
// when the file is missing, unreadable, not a raster GDAL reads, truncated or damaged, not
// georeferenced, has pixels Sightline cannot show, or has a CRS PROJ cannot place on the globe.
// assumedCrs ("EPSG:N") gives the CRS of a file that is georeferenced without one (a PNG with a
// world file and no .aux.xml); it is ignored when the file has its own. Any thread.
std::optional<RasterInfo> readRasterInfo(const QString &path, QString *error, const QString &assumedCrs = {});

// Parses the time formats imagery metadata uses: ISO 8601 ("2023-10-05T02:14:31.5Z"), TIFF
// ("2023:10:05 02:14:31") and NITF ("20231005021431"). NITF's and a time with a zone are UTC; a
// TIFF's, or an ISO time without a zone, is local time of an unrecorded zone
// (TimeSpan::localInstant), never taken for UTC. Unknown when none fits.
TimeSpan parseImageryTime(const QString &text);

} // namespace sightline::geo
