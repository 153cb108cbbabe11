#include "sightline/geo/vectorwriter.h"

#include "sightline/geo/gdalsession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdio>
#include <memory>

namespace sightline::geo {
namespace {

OGRwkbGeometryType ogrType(Geometry::Type t)
{
    switch (t) {
    case Geometry::Type::Point:
        return wkbPoint;
    case Geometry::Type::LineString:
        return wkbLineString;
    case Geometry::Type::Polygon:
        return wkbPolygon;
    case Geometry::Type::None:
        break;
    }
    return wkbUnknown;
}

OGRFieldType ogrType(VectorField::Type t)
{
    switch (t) {
    case VectorField::Type::Integer:
        return OFTInteger64;
    case VectorField::Type::Real:
        return OFTReal;
    case VectorField::Type::DateTime:
        return OFTDateTime;
    case VectorField::Type::Text:
        break;
    }
    return OFTString;
}

OGRLineString *lineOf(const QList<GeoPoint> &points, OGRLineString *line)
{
    line->setNumPoints(static_cast<int>(points.size()));
    for (int i = 0; i < points.size(); ++i)
        line->setPoint(i, points[i].lon, points[i].lat);
    return line;
}

std::unique_ptr<OGRGeometry> toOgr(const Geometry &g)
{
    if (g.isEmpty()) return nullptr;
    switch (g.type) {
    case Geometry::Type::Point: {
        const GeoPoint p = g.firstPoint();
        return std::make_unique<OGRPoint>(p.lon, p.lat);
    }
    case Geometry::Type::LineString: {
        auto line = std::make_unique<OGRLineString>();
        lineOf(g.parts.first(), line.get());
        return line;
    }
    case Geometry::Type::Polygon: {
        auto polygon = std::make_unique<OGRPolygon>();
        for (const auto &ring : g.parts) {
            auto r = std::make_unique<OGRLinearRing>();
            lineOf(ring, r.get());
            polygon->addRingDirectly(r.release());
        }
        return polygon;
    }
    case Geometry::Type::None:
        break;
    }
    return nullptr;
}

bool driverHasLayerOption(GDALDriver *driver, const char *name)
{
    const char *list = driver->GetMetadataItem(GDAL_DS_LAYER_CREATIONOPTIONLIST);
    const QString options = QString::fromUtf8(list ? list : "");
    return options.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(name))) ||
           options.contains(QStringLiteral("name='%1'").arg(QLatin1String(name)));
}

void setValue(OGRFeature &f, int i, VectorField::Type type, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) return;
    switch (type) {
    case VectorField::Type::Integer:
        f.SetField(i, static_cast<GIntBig>(v.toLongLong()));
        break;
    case VectorField::Type::Real:
        f.SetField(i, v.toDouble());
        break;
    case VectorField::Type::DateTime: {
        const QDateTime t = v.toDateTime().toUTC();
        if (t.isValid())
            f.SetField(i, t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                       t.time().minute(), static_cast<float>(t.time().second()), 100); // 100: UTC
        break;
    }
    case VectorField::Type::Text:
        f.SetField(i, v.toString().toUtf8().constData());
        break;
    }
}

void removeWritten(const QString &path)
{
    QFile::remove(path);
    for (const char *side : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(side));
}

} // namespace

bool writeVectorFile(const QString &file, const VectorWriteSpec &spec, const QList<VectorLayerOut> &layers,
                     QString *error)
{
    ensureGdal();
    auto fail = [&](const QString &why) {
        if (error) *error = file + QStringLiteral(": ") + why;
        return false;
    };
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(spec.driver.toUtf8().constData());
    if (!driver) return fail(QStringLiteral("this GDAL has no %1 driver").arg(spec.driver));
    const QFileInfo target(file);
    if (!target.absoluteDir().exists()) return fail(QStringLiteral("its folder does not exist"));
    // Same folder (so that the rename is atomic), same extension (drivers such as LIBKML decide
    // between KML and KMZ by it).
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.partial.%2").arg(target.completeBaseName(), target.suffix()));
    removeWritten(partial);

    CPLStringList dsOptions;
    for (const QString &o : spec.datasetOptions)
        dsOptions.AddString(o.toUtf8().constData());
    CPLErrorReset();
    std::unique_ptr<GDALDataset> ds(
        driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, dsOptions.List()));
    if (!ds)
        return fail(
            QStringLiteral("cannot be written (GDAL: %1)").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool hasDescription = driverHasLayerOption(driver, "DESCRIPTION");

    auto abandon = [&](const QString &why) {
        ds.reset();
        removeWritten(partial);
        return fail(why);
    };
    for (const VectorLayerOut &layer : layers) {
        CPLStringList options;
        for (const QString &o : spec.layerOptions)
            options.AddString(o.toUtf8().constData());
        if (hasDescription && !layer.description.isEmpty())
            options.SetNameValue("DESCRIPTION", layer.description.toUtf8().constData());
        OGRLayer *out = ds->CreateLayer(layer.name.toUtf8().constData(), &wgs84, ogrType(layer.geometryType),
                                        options.List());
        if (!out)
            return abandon(QStringLiteral("layer \"%1\" cannot be made (GDAL: %2)")
                               .arg(layer.name, QString::fromUtf8(CPLGetLastErrorMsg())));
        for (const VectorField &f : layer.fields) {
            OGRFieldDefn defn(f.name.toUtf8().constData(), ogrType(f.type));
            if (out->CreateField(&defn) != OGRERR_NONE)
                return abandon(QStringLiteral("field \"%1\" cannot be made (GDAL: %2)")
                                   .arg(f.name, QString::fromUtf8(CPLGetLastErrorMsg())));
        }
        // Field indices as the driver numbered them (some add their own fields first).
        QList<int> index;
        for (const VectorField &f : layer.fields)
            index << out->GetLayerDefn()->GetFieldIndex(f.name.toUtf8().constData());
        const bool transaction = out->StartTransaction() == OGRERR_NONE;
        for (const VectorRow &row : layer.rows) {
            OGRFeature feature(out->GetLayerDefn());
            for (int i = 0; i < layer.fields.size() && i < row.values.size(); ++i)
                if (index[i] >= 0) setValue(feature, index[i], layer.fields[i].type, row.values[i]);
            if (auto g = toOgr(row.geometry)) {
                g->assignSpatialReference(&wgs84);
                feature.SetGeometryDirectly(g.release());
            }
            if (!row.style.isEmpty()) feature.SetStyleString(row.style.toUtf8().constData());
            if (out->CreateFeature(&feature) != OGRERR_NONE)
                return abandon(QStringLiteral("a feature of layer \"%1\" cannot be written (GDAL: %2)")
                                   .arg(layer.name, QString::fromUtf8(CPLGetLastErrorMsg())));
        }
        if (transaction && out->CommitTransaction() != OGRERR_NONE)
            return abandon(QStringLiteral("layer \"%1\" cannot be written (GDAL: %2)")
                               .arg(layer.name, QString::fromUtf8(CPLGetLastErrorMsg())));
    }
    CPLErrorReset();
    GDALClose(GDALDataset::ToHandle(ds.release())); // flushes; a failure shows as GDAL's last error
    if (CPLGetLastErrorType() >= CE_Failure) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        removeWritten(partial);
        return fail(QStringLiteral("cannot be written (GDAL: %1)").arg(why));
    }
    // rename(2) replaces an existing file in one step.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        removeWritten(partial);
        return fail(QStringLiteral("cannot be put in place"));
    }
    return true;
}

} // namespace sightline::geo
