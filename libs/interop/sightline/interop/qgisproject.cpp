#include "sightline/interop/qgisproject.h"

#include "sightline/core/englishwords.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

namespace sightline {
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

// One symbol: a circle for points, an outline (and a faint fill) for polygons, a line for lines.
void symbol(QXmlStreamWriter &x, const QString &name, Geometry::Type type, const QString &colour)
{
    x.writeStartElement(QStringLiteral("symbol"));
    const bool polygon = type == Geometry::Type::Polygon;
    const bool line = type == Geometry::Type::LineString;
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

void srs(QXmlStreamWriter &x, const QString &authid)
{
    x.writeStartElement(QStringLiteral("srs"));
    x.writeStartElement(QStringLiteral("spatialrefsys"));
    x.writeTextElement(QStringLiteral("authid"), authid);
    x.writeEndElement();
    x.writeEndElement();
}

struct LayerPlan
{
    QString name;
    QString title;
    Geometry::Type type;
    QString colour;
    bool timed;
};

} // namespace

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

bool exportQgisProject(const ExportSet &set, const QString &qgsFile, const QString &projectDir,
                       VectorExportSummary *summary, QString *error)
{
    const EnglishWords english; // the same file whatever language the window speaks
    const QFileInfo info(qgsFile);
    const QString gpkgName = info.completeBaseName() + QStringLiteral(".gpkg");
    const QString gpkg = info.absoluteDir().filePath(gpkgName);
    VectorExportSummary written;
    if (!exportVector(set, gpkg, VectorFormat::GeoPackage, &written, error)) return false;
    if (summary) *summary = written;

    const QList<LayerPlan> plans{
        {QStringLiteral("footprints"), QStringLiteral("Imagery footprints"), Geometry::Type::Polygon,
         QStringLiteral("#FFD400"), true},
        {QStringLiteral("areas_of_interest"), QStringLiteral("Areas of interest"), Geometry::Type::Polygon,
         QString(), false},
        {QStringLiteral("events"), QStringLiteral("Events"), Geometry::Type::Point, QStringLiteral("#2CA02C"),
         true},
        {QStringLiteral("annotations"), QStringLiteral("Annotations"), Geometry::Type::None,
         QStringLiteral("#00E5FF"), true},
        {QStringLiteral("claims"), QStringLiteral("Claims"), Geometry::Type::Point, QStringLiteral("#BCBD22"),
         true},
        {QStringLiteral("sites"), QStringLiteral("Sites"), Geometry::Type::Point, QString(), false}};

    QSaveFile out(qgsFile);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = qgsFile + QStringLiteral(": cannot be written: ") + out.errorString();
        return false;
    }
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    x.writeStartElement(QStringLiteral("qgis"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0"));
    x.writeAttribute(QStringLiteral("projectname"), set.title);
    x.writeStartElement(QStringLiteral("homePath"));
    x.writeAttribute(QStringLiteral("path"), QString());
    x.writeEndElement();
    x.writeTextElement(QStringLiteral("title"), set.title);
    x.writeStartElement(QStringLiteral("projectMetadata"));
    x.writeTextElement(QStringLiteral("identifier"), set.projectId.toString(QUuid::WithoutBraces));
    x.writeTextElement(QStringLiteral("title"), set.title);
    x.writeTextElement(QStringLiteral("abstract"), set.handlingNote());
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("projectCrs"));
    x.writeStartElement(QStringLiteral("spatialrefsys"));
    x.writeTextElement(QStringLiteral("authid"), QStringLiteral("EPSG:3857"));
    x.writeEndElement();
    x.writeEndElement();

    struct Raster
    {
        QString id, name, path;
    };
    QList<Raster> rasters;
    for (const ImageryScene &s : set.scenes) {
        if (s.embedded || s.filePath.isEmpty()) continue;
        const QString path =
            QFileInfo(s.filePath).isAbsolute() ? s.filePath : QDir(projectDir).filePath(s.filePath);
        if (QFileInfo::exists(path))
            rasters << Raster{QStringLiteral("scene_") + s.meta.id.toString(QUuid::Id128), sceneLabel(s),
                              path};
    }
    auto layerId = [](const QString &name) { return name + QStringLiteral("_sightline"); };
    auto source = [&](const QString &layer) {
        return QStringLiteral("./%1|layername=%2").arg(gpkgName, layer);
    };

    // The layer tree: drawn bottom to top in reverse order of the list, so sites come first.
    x.writeStartElement(QStringLiteral("layer-tree-group"));
    for (auto it = plans.crbegin(); it != plans.crend(); ++it) {
        x.writeStartElement(QStringLiteral("layer-tree-layer"));
        x.writeAttribute(QStringLiteral("id"), layerId(it->name));
        x.writeAttribute(QStringLiteral("name"), it->title);
        x.writeAttribute(QStringLiteral("source"), source(it->name));
        x.writeAttribute(QStringLiteral("providerKey"), QStringLiteral("ogr"));
        x.writeAttribute(QStringLiteral("checked"), QStringLiteral("Qt::Checked"));
        x.writeAttribute(QStringLiteral("expanded"), QStringLiteral("1"));
        x.writeEndElement();
    }
    for (const Raster &r : std::as_const(rasters)) {
        x.writeStartElement(QStringLiteral("layer-tree-layer"));
        x.writeAttribute(QStringLiteral("id"), r.id);
        x.writeAttribute(QStringLiteral("name"), r.name);
        x.writeAttribute(QStringLiteral("source"), r.path);
        x.writeAttribute(QStringLiteral("providerKey"), QStringLiteral("gdal"));
        x.writeAttribute(QStringLiteral("checked"), QStringLiteral("Qt::Checked"));
        x.writeEndElement();
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("projectlayers"));
    for (const LayerPlan &plan : plans) {
        x.writeStartElement(QStringLiteral("maplayer"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("vector"));
        x.writeAttribute(QStringLiteral("geometry"),
                         plan.type == Geometry::Type::Polygon ? QStringLiteral("Polygon")
                         : plan.type == Geometry::Type::Point ? QStringLiteral("Point")
                                                              : QStringLiteral("Unknown geometry"));
        x.writeTextElement(QStringLiteral("id"), layerId(plan.name));
        x.writeTextElement(QStringLiteral("datasource"), source(plan.name));
        x.writeTextElement(QStringLiteral("layername"), plan.title);
        srs(x, QStringLiteral("EPSG:4326"));
        x.writeStartElement(QStringLiteral("provider"));
        x.writeAttribute(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
        x.writeCharacters(QStringLiteral("ogr"));
        x.writeEndElement();
        if (plan.timed) {
            // Start and end from expressions: an instant has a timestamp, anything else begin and end.
            x.writeStartElement(QStringLiteral("temporal"));
            x.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
            x.writeAttribute(QStringLiteral("mode"), QStringLiteral("4"));
            x.writeAttribute(QStringLiteral("startExpression"),
                             QStringLiteral("coalesce(\"timestamp\", \"begin\")"));
            x.writeAttribute(QStringLiteral("endExpression"),
                             QStringLiteral("coalesce(\"timestamp\", \"end\")"));
            x.writeAttribute(QStringLiteral("startField"), QString());
            x.writeAttribute(QStringLiteral("endField"), QString());
            x.writeAttribute(QStringLiteral("limitMode"), QStringLiteral("0"));
            x.writeAttribute(QStringLiteral("accumulate"), QStringLiteral("0"));
            x.writeAttribute(QStringLiteral("durationUnit"), QStringLiteral("min"));
            x.writeAttribute(QStringLiteral("fixedDuration"), QStringLiteral("0"));
            x.writeEndElement();
        }
        x.writeStartElement(QStringLiteral("renderer-v2"));
        const bool byKind =
            plan.name == QLatin1String("sites") || plan.name == QLatin1String("areas_of_interest");
        x.writeAttribute(QStringLiteral("type"),
                         byKind ? QStringLiteral("categorizedSymbol") : QStringLiteral("singleSymbol"));
        x.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        if (byKind) {
            x.writeAttribute(QStringLiteral("attr"), QStringLiteral("kind"));
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
                symbol(x, QString::number(i), plan.type, siteKindColour(*fromKey<SiteKind>(kinds[i])));
            x.writeEndElement();
        } else {
            x.writeStartElement(QStringLiteral("symbols"));
            symbol(x, QStringLiteral("0"),
                   plan.type == Geometry::Type::None ? Geometry::Type::Point : plan.type, plan.colour);
            x.writeEndElement();
        }
        x.writeEndElement(); // renderer-v2
        x.writeEndElement(); // maplayer
    }
    for (const Raster &r : std::as_const(rasters)) {
        x.writeStartElement(QStringLiteral("maplayer"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("raster"));
        x.writeTextElement(QStringLiteral("id"), r.id);
        x.writeTextElement(QStringLiteral("datasource"), r.path);
        x.writeTextElement(QStringLiteral("layername"), r.name);
        x.writeStartElement(QStringLiteral("provider"));
        x.writeCharacters(QStringLiteral("gdal"));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement(); // projectlayers
    x.writeEndElement(); // qgis
    x.writeEndDocument();
    if (x.hasError() || !out.commit()) {
        *error = qgsFile + QStringLiteral(": cannot be written: ") + out.errorString();
        return false;
    }
    return true;
}

} // namespace sightline
