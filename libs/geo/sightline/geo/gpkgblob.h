#pragma once

#include "sightline/core/geometry.h"

#include <QByteArray>

#include <optional>

namespace sightline::geo {

// The GeoPackage binary geometry format (GPKG header + ISO WKB, OGC 12-128r18 §2.1.3).
// The WKB part is written and read by OGR; the header is ours because it is what SQL functions
// of the spatial index read, row by row, without building a geometry.

// Encodes a geometry with its [minx, maxx, miny, maxy] envelope. An empty geometry gives an
// empty array (stored as NULL).
QByteArray encodeGpkgGeometry(const Geometry &g, int srsId = 4326);

// Decodes a blob; nothing when it is not a GeoPackage geometry OGR can read.
std::optional<Geometry> decodeGpkgGeometry(const QByteArray &blob);

struct Envelope
{
    double minX, maxX, minY, maxY;
    bool empty;
};

// Reads the envelope from the header alone, or computes it from the WKB when the header has
// none. Nothing when the blob is not a GeoPackage geometry.
std::optional<Envelope> gpkgEnvelope(const unsigned char *data, int size);

} // namespace sightline::geo
