#include "sightline/interop/qgisproject.h"

#include "sightline/core/englishwords.h"
#include "sightline/store/qgisstyle.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

namespace sightline {
namespace {

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
        const bool byKind =
            plan.name == QLatin1String("sites") || plan.name == QLatin1String("areas_of_interest");
        store::writeQgisRenderer(x,
                                 plan.type == Geometry::Type::Polygon ? gpkg::GeometryType::Polygon
                                                                      : gpkg::GeometryType::Point,
                                 plan.colour, byKind ? QStringLiteral("kind") : QString());
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
