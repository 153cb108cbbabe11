#pragma once

#include "sightline/interop/exportset.h"

#include <QMap>

namespace sightline {

enum class VectorFormat
{
    GeoJson,
    Kml,
    Kmz,
    Csv,
    GeoPackage
};

// "geojson", "kml", "kmz", "csv", "gpkg"
std::optional<VectorFormat> vectorFormatFromKey(const QString &key);

// What an export wrote: features per layer ("sites": 12).
struct VectorExportSummary
{
    QMap<QString, int> features;
};

// Writes the set's sites, areas of interest, claims with a location, annotations, imagery
// footprints and events through OGR (libs/geo's writer), in WGS 84 longitude/latitude:
// - GeoPackage and KML/KMZ: one layer (a KML folder) each; KML Placemarks carry TimeStamp (an
//   instant to the minute or second) or TimeSpan (anything less precise, or a range), so that
//   Google Earth's time slider plays them, and a style by site kind;
// - GeoJSON (RFC 7946: lon/lat, right-hand polygons) and CSV (a WKT column and lon/lat of the
//   first point): one collection, with a record_type column.
// Every feature carries the project's marking, and footprints their imagery licence; the handling
// note (marking, licences) is also the layer's or document's description where the format has one.
// Written under a temporary name and renamed: returns false with one line in *error naming the
// file. Any thread.
bool exportVector(const ExportSet &set, const QString &file, VectorFormat format,
                  VectorExportSummary *summary, QString *error);

} // namespace sightline
