#pragma once

#include "sightline/core/geometry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sightline::geo {

// One attribute column of a layer to write.
struct VectorField
{
    enum class Type
    {
        Text,
        Integer,
        Real,
        DateTime
    };
    QString name;
    Type type = Type::Text;
};

// One feature: its WGS 84 geometry (lon/lat; may be empty), its values in the order of the
// layer's fields (an invalid QVariant leaves the field unset; a DateTime is a QDateTime in UTC),
// and an optional OGR feature style string ("SYMBOL(c:#E4572E)"), which KML writers turn into a
// Placemark's style.
struct VectorRow
{
    Geometry geometry;
    QVariantList values;
    QString style;
};

struct VectorLayerOut
{
    QString name;
    QString description; // where the format has a place for it (GeoPackage, GeoJSON, KML)
    Geometry::Type geometryType = Geometry::Type::None; // None: any kind of geometry
    QList<VectorField> fields;
    QList<VectorRow> rows;
};

// How to write: an OGR driver ("GeoJSON", "LIBKML", "CSV", "GPKG") and its creation options.
struct VectorWriteSpec
{
    QString driver;
    QStringList datasetOptions;
    QStringList layerOptions;
};

// Writes the layers to file through OGR, in WGS 84. The file is written under a temporary name
// beside it and renamed into place: a failure leaves an existing file as it was and no partial
// one. A driver that holds one layer a file (GeoJSON, CSV) gets exactly one. Returns false with
// one line in *error naming the file and the problem. Any thread (each call has its own dataset).
bool writeVectorFile(const QString &file, const VectorWriteSpec &spec, const QList<VectorLayerOut> &layers,
                     QString *error);

} // namespace sightline::geo
