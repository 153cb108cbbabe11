#pragma once

#include "sightline/core/kinds.h"
#include "sightline/store/gpkg.h"

#include <QString>

#include <optional>

class QXmlStreamWriter;

namespace sightline {

// The colour of a site kind in every style and export: "#1F77B4".
QString siteKindColour(SiteKind kind);

namespace store {

// QGIS styles (QML, the format of QGIS 3.22 and later) for Sightline's layers: written into a
// project's layer_styles table, which QGIS reads as each layer's default style, and into the
// layers of an exported .qgs project. Pure functions; any thread.

// One symbol: a circle for points, an outline with a faint fill for polygons, a line for lines.
void writeQgisSymbol(QXmlStreamWriter &x, const QString &name, gpkg::GeometryType type,
                     const QString &colour);

// A renderer-v2 element. With kindField, points or polygons categorised by that field's site kind
// in the site kind colours; for GeometryType::Geometry (a table of mixed shapes) one rule per
// shape in the colour; otherwise one symbol in the colour.
void writeQgisRenderer(QXmlStreamWriter &x, gpkg::GeometryType type, const QString &colour,
                       const QString &kindField = {});

// How the default style of one table of a project looks.
struct LayerStyle
{
    QString table;
    std::optional<gpkg::GeometryType> geometry; // none: an attribute table, listed without a renderer
    QString colour;                             // "#RRGGBB"; ignored when kindField is set
    QString kindField;                          // site kind categories ("kind" of sites)
    QString displayField;                       // the field QGIS names a feature by
};

// The whole QML document of a layer's default style.
QString layerStyleQml(const LayerStyle &style);

// What in a QML style would make QGIS run code when the layer is used: Python form init code
// (a function, inline code or a file) and Python actions. Empty when nothing would; Sightline's
// own styles never hold any. A style is text from whoever sent the file (verify() reads it).
QString qmlCodeProblem(const QString &qml);

} // namespace store
} // namespace sightline
