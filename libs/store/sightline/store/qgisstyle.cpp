#include "sightline/store/qgisstyle.h"

#include "sightline/core/englishwords.h"

#include <QColor>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sightline {

QString siteKindColour(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Port:
        return QStringLiteral("#1F77B4");
    case SiteKind::RailCrossing:
        return QStringLiteral("#D62728");
    case SiteKind::RailYard:
        return QStringLiteral("#FF7F0E");
    case SiteKind::Depot:
        return QStringLiteral("#9467BD");
    case SiteKind::Factory:
        return QStringLiteral("#8C564B");
    case SiteKind::Airfield:
        return QStringLiteral("#17BECF");
    case SiteKind::BorderCrossing:
        return QStringLiteral("#E377C2");
    case SiteKind::Other:
        break;
    }
    return QStringLiteral("#7F7F7F");
}

namespace store {
namespace {

QString rgba(const QString &hex, int alpha = 255)
{
    const QColor c(hex);
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(alpha);
}

void option(QXmlStreamWriter &x, const QString &name, const QString &value)
{
    x.writeStartElement(QStringLiteral("Option"));
    x.writeAttribute(QStringLiteral("name"), name);
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
    x.writeAttribute(QStringLiteral("value"), value);
    x.writeEndElement();
}

void ruleRenderer(QXmlStreamWriter &x, const QString &colour)
{
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("RuleRenderer"));
    x.writeStartElement(QStringLiteral("rules"));
    x.writeAttribute(QStringLiteral("key"), QStringLiteral("{root}"));
    const std::pair<const char *, gpkg::GeometryType> shapes[] = {{"Point", gpkg::GeometryType::Point},
                                                                  {"Line", gpkg::GeometryType::LineString},
                                                                  {"Polygon", gpkg::GeometryType::Polygon}};
    int i = 0;
    for (const auto &[shape, type] : shapes) {
        x.writeStartElement(QStringLiteral("rule"));
        x.writeAttribute(QStringLiteral("key"), QStringLiteral("{shape-%1}").arg(i));
        x.writeAttribute(QStringLiteral("symbol"), QString::number(i));
        x.writeAttribute(QStringLiteral("label"), QString::fromLatin1(shape));
        x.writeAttribute(QStringLiteral("filter"),
                         QStringLiteral("geometry_type($geometry) = '%1'").arg(QString::fromLatin1(shape)));
        x.writeEndElement();
        ++i;
    }
    x.writeEndElement(); // rules
    x.writeStartElement(QStringLiteral("symbols"));
    i = 0;
    for (const auto &shape : shapes)
        writeQgisSymbol(x, QString::number(i++), shape.second, colour);
    x.writeEndElement();
}

} // namespace

void writeQgisSymbol(QXmlStreamWriter &x, const QString &name, gpkg::GeometryType type, const QString &colour)
{
    const bool polygon = type == gpkg::GeometryType::Polygon;
    const bool line = type == gpkg::GeometryType::LineString;
    x.writeStartElement(QStringLiteral("symbol"));
    x.writeAttribute(QStringLiteral("type"), polygon ? QStringLiteral("fill")
                                             : line  ? QStringLiteral("line")
                                                     : QStringLiteral("marker"));
    x.writeAttribute(QStringLiteral("name"), name);
    x.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    x.writeStartElement(QStringLiteral("layer"));
    x.writeAttribute(QStringLiteral("class"), polygon ? QStringLiteral("SimpleFill")
                                              : line  ? QStringLiteral("SimpleLine")
                                                      : QStringLiteral("SimpleMarker"));
    x.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    x.writeStartElement(QStringLiteral("Option"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
    if (polygon) {
        option(x, QStringLiteral("color"), rgba(colour, 40));
        option(x, QStringLiteral("outline_color"), rgba(colour));
        option(x, QStringLiteral("outline_width"), QStringLiteral("0.6"));
        option(x, QStringLiteral("style"), QStringLiteral("solid"));
    } else if (line) {
        option(x, QStringLiteral("line_color"), rgba(colour));
        option(x, QStringLiteral("line_width"), QStringLiteral("0.6"));
    } else {
        option(x, QStringLiteral("color"), rgba(colour));
        option(x, QStringLiteral("name"), QStringLiteral("circle"));
        option(x, QStringLiteral("size"), QStringLiteral("3"));
        option(x, QStringLiteral("outline_color"), QStringLiteral("35,35,35,255"));
    }
    x.writeEndElement(); // Option
    x.writeEndElement(); // layer
    x.writeEndElement(); // symbol
}

void writeQgisRenderer(QXmlStreamWriter &x, gpkg::GeometryType type, const QString &colour,
                       const QString &kindField)
{
    x.writeStartElement(QStringLiteral("renderer-v2"));
    x.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    if (!kindField.isEmpty()) {
        const EnglishWords english; // a style reads the same whatever language the window speaks
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
        x.writeAttribute(QStringLiteral("attr"), kindField);
        const QStringList kinds = allKeys<SiteKind>();
        x.writeStartElement(QStringLiteral("categories"));
        for (int i = 0; i < kinds.size(); ++i) {
            x.writeStartElement(QStringLiteral("category"));
            x.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            x.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            x.writeAttribute(QStringLiteral("value"), kinds[i]);
            x.writeAttribute(QStringLiteral("label"), toLabel(*fromKey<SiteKind>(kinds[i])));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("symbols"));
        for (int i = 0; i < kinds.size(); ++i)
            writeQgisSymbol(x, QString::number(i), type, siteKindColour(*fromKey<SiteKind>(kinds[i])));
        x.writeEndElement();
    } else if (type == gpkg::GeometryType::Geometry) {
        ruleRenderer(x, colour);
    } else {
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        x.writeStartElement(QStringLiteral("symbols"));
        writeQgisSymbol(x, QStringLiteral("0"), type, colour);
        x.writeEndElement();
    }
    x.writeEndElement(); // renderer-v2
}

QString layerStyleQml(const LayerStyle &style)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    x.writeStartElement(QStringLiteral("qgis"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0"));
    x.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("AllStyleCategories"));
    if (style.geometry) writeQgisRenderer(x, *style.geometry, style.colour, style.kindField);
    if (!style.displayField.isEmpty())
        x.writeTextElement(QStringLiteral("previewExpression"), u'"' + style.displayField + u'"');
    x.writeTextElement(QStringLiteral("layerGeometryType"),
                       !style.geometry                                     ? QStringLiteral("4")
                       : *style.geometry == gpkg::GeometryType::Point      ? QStringLiteral("0")
                       : *style.geometry == gpkg::GeometryType::LineString ? QStringLiteral("1")
                       : *style.geometry == gpkg::GeometryType::Polygon    ? QStringLiteral("2")
                                                                           : QStringLiteral("3"));
    x.writeEndElement(); // qgis
    x.writeEndDocument();
    return out;
}

QString qmlCodeProblem(const QString &qml)
{
    QXmlStreamReader r(qml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement) continue;
        const auto name = r.name();
        if (name == QLatin1String("editforminit") || name == QLatin1String("editforminitcode") ||
            name == QLatin1String("editforminitfilepath")) {
            const QString what = name.toString();
            if (!r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                return QStringLiteral("Python form code (%1)").arg(what);
        } else if (name == QLatin1String("actionsetting") &&
                   r.attributes().value(QLatin1String("type")) == QLatin1String("1")) { // GenericPython
            return QStringLiteral("a Python action");
        }
    }
    return {}; // QML that does not parse is not loaded, so runs nothing
}

} // namespace store
} // namespace sightline
