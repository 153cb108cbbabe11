#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sightline::geo {

// Features read from a vector file (anything OGR opens: GeoPackage, GeoJSON, KML/KMZ, Shapefile,
// CSV with coordinates), flattened for drawing: every polygon ring, line and point as a list of
// lon/lat points (x = longitude) in WGS 84.
struct VectorFeature
{
    enum class Kind { Point, Line, Polygon };
    Kind kind = Kind::Point;
    // Polygon: rings (outer and holes of every part, drawn with the odd-even rule);
    // Line: one polyline per part; Point: one point per part.
    QList<QPolygonF> parts;
    QRectF bounds;
    QVariantMap attributes;
};

struct VectorLayerData
{
    QString file;
    QString layer;
    QList<VectorFeature> features;
    int skipped = 0; // features without a usable geometry
};

// Reads one layer (the first when layer is empty). Throws nothing: on failure returns false and
// sets *error to one line naming the file and the problem. With drivers given (OGR's short names,
// "GeoJSON", "LIBKML"), only those may open the file: an importer that expects one format never
// hands a file to a driver that follows links or reaches the network (a VRT named .geojson).
bool readVectorLayer(const QString &file, const QString &layer, const QStringList &attributes,
                     VectorLayerData *out, QString *error, const QStringList &drivers = {});

// Reads one layer's geometries only (no attributes: OGR is told to skip every field, which makes
// large files read several times faster). Fails as readVectorLayer does.
bool readVectorShapes(const QString &file, const QString &layer, VectorLayerData *out, QString *error);

// Several layers of one file read with the file opened once (opening a GeoPackage costs
// milliseconds), into *out in the order asked; no request reads every layer, shapes only. Fails
// on the first layer that cannot be read, as readVectorLayer does; drivers as there.
struct LayerRequest
{
    QString layer;
    bool shapesOnly = true; // else with the attributes named (all when none are)
    QStringList attributes;
};
bool readVectorLayers(const QString &file, const QList<LayerRequest> &requests, QList<VectorLayerData> *out,
                      QString *error, const QStringList &drivers = {});

// Layer names of a vector file; empty with *error set when OGR cannot open it.
QStringList vectorLayerNames(const QString &file, QString *error, const QStringList &drivers = {});

} // namespace sightline::geo
