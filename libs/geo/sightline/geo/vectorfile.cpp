#include "sightline/geo/vectorfile.h"

#include "sightline/geo/arrowgeometries.h"
#include "sightline/geo/gdalsession.h"
#include "sightline/geo/xmlcheck.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace sightline::geo {
namespace {

QPolygonF toPolygon(const OGRSimpleCurve &c)
{
    // x and y straight into the polygon's points, OGR's strides and all.
    QPolygonF out(c.getNumPoints());
    constexpr int stride = static_cast<int>(sizeof(QPointF));
    if (!out.isEmpty())
        c.getPoints(&out.data()->rx(), stride, &out.data()->ry(), stride);
    return out;
}

// Flattens any geometry into parts of one kind (the first kind found wins).
void flatten(const OGRGeometry &g, VectorFeature &f, bool &kindSet)
{
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    auto setKind = [&](VectorFeature::Kind k) {
        if (!kindSet) {
            f.kind = k;
            kindSet = true;
        }
        return f.kind == k;
    };
    if (g.hasCurveGeometry()) {
        std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
        if (linear)
            flatten(*linear, f, kindSet);
        return;
    }
    switch (type) {
    case wkbPoint:
        if (setKind(VectorFeature::Kind::Point) && !g.IsEmpty()) {
            if (f.parts.isEmpty()) // most features are one point: no room for more (a layer can hold millions)
                f.parts.reserve(1);
            f.parts << QPolygonF({QPointF(g.toPoint()->getX(), g.toPoint()->getY())});
        }
        break;
    case wkbLineString:
        if (setKind(VectorFeature::Kind::Line) && !g.IsEmpty())
            f.parts << toPolygon(*g.toLineString());
        break;
    case wkbPolygon:
        if (setKind(VectorFeature::Kind::Polygon))
            for (const auto *ring : *g.toPolygon())
                if (ring->getNumPoints() > 0)
                    f.parts << toPolygon(*ring);
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const auto *part : *g.toGeometryCollection())
            flatten(*part, f, kindSet);
        break;
    case wkbTriangle: // an OGRPolygon underneath
        if (setKind(VectorFeature::Kind::Polygon))
            for (const auto *ring : *g.toPolygon())
                if (ring->getNumPoints() > 0)
                    f.parts << toPolygon(*ring);
        break;
    case wkbPolyhedralSurface:
    case wkbTIN: {
        std::unique_ptr<OGRGeometry> polys(OGRGeometryFactory::forceToMultiPolygon(g.clone()));
        if (polys && wkbFlatten(polys->getGeometryType()) == wkbMultiPolygon)
            flatten(*polys, f, kindSet);
        break;
    }
    default: break;
    }
}

// The union of the parts' extents. Not QRectF::united(), which ignores zero-size rectangles
// and so would drop every point of a multipoint but one.
QRectF extent(const QList<QPolygonF> &parts)
{
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (const QPolygonF &part : parts)
        for (const QPointF &p : part) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    return x0 > x1 ? QRectF() : QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QVariant fieldValue(const OGRFeature &feature, int i, const OGRFieldDefn &fd)
{
    switch (fd.GetType()) {
    case OFTInteger:
        if (fd.GetSubType() == OFSTBoolean)
            return feature.GetFieldAsInteger(i) != 0;
        return feature.GetFieldAsInteger(i);
    case OFTInteger64: return static_cast<qlonglong>(feature.GetFieldAsInteger64(i));
    case OFTReal: return feature.GetFieldAsDouble(i);
    default: return QString::fromUtf8(feature.GetFieldAsString(i)); // dates, lists: as OGR writes them
    }
}

// GDAL's last message on this thread, on one line. Opening a file no driver claims sets none.
QString gdalReason(const QString &otherwise = QStringLiteral("no reason given"))
{
    const QString msg = QString::fromUtf8(CPLGetLastErrorMsg()).simplified();
    return msg.isEmpty() ? otherwise : msg;
}

std::unique_ptr<GDALDataset> openVector(const QString &file, QString *error, const QStringList &drivers)
{
    ensureGdal();
    // Directories are fine (a folder of shapefiles, a FileGDB), and so are GDAL's /vsi paths.
    if (!QFileInfo::exists(file) && !file.startsWith(QStringLiteral("/vsi"))) {
        *error = file + QStringLiteral(": no such file");
        return nullptr;
    }
    // A KML that would crash OGR's reader or make it expand entities never reaches it, whoever
    // reads it: an import, a reference layer or a basemap.
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("kml") || suffix == QLatin1String("kmz")) {
        if (const QString problem = kmlProblem(file); !problem.isEmpty()) {
            *error = file + QStringLiteral(": ") + problem;
            return nullptr;
        }
    }
    CPLErrorReset();
    // A CSV becomes points when it has longitude/latitude (or x/y) columns; other drivers ignore
    // these options.
    static const char *const csvOptions[] = {"X_POSSIBLE_NAMES=lon,longitude,long,lng,x,easting",
                                             "Y_POSSIBLE_NAMES=lat,latitude,y,northing", "KEEP_GEOM_COLUMNS=NO",
                                             "AUTODETECT_TYPE=YES", nullptr};
    const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    QList<QByteArray> names;
    std::vector<const char *> allowed;
    for (const QString &d : drivers)
        names << d.toLatin1();
    for (const QByteArray &n : std::as_const(names))
        allowed.push_back(n.constData());
    allowed.push_back(nullptr);
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                      drivers.isEmpty() ? nullptr : allowed.data(),
                                                      csv ? csvOptions : nullptr));
    if (!ds)
        *error = QStringLiteral("%1: cannot be read as vector data (GDAL: %2)")
                     .arg(file, gdalReason(QStringLiteral("not a format it recognises")));
    return ds;
}

} // namespace

static bool readLayerOf(GDALDataset &ds, const QString &file, const QString &layerName, const QStringList &attributes,
                        bool noAttributes, VectorLayerData *out, QString *error);

QStringList vectorLayerNames(const QString &file, QString *error, const QStringList &drivers)
{
    QStringList out;
    QString why;
    const auto ds = openVector(file, &why, drivers);
    if (ds) {
        for (auto *layer : ds->GetLayers())
            out << QString::fromUtf8(layer->GetName());
        if (out.isEmpty())
            why = file + QStringLiteral(": has no vector layers");
    }
    if (out.isEmpty() && error)
        *error = why;
    return out;
}

// One layer: the file opened and read as for several.
static bool readOneLayer(const QString &file, const LayerRequest &request, VectorLayerData *out, QString *error,
                         const QStringList &drivers)
{
    QList<VectorLayerData> read;
    if (!readVectorLayers(file, {request}, &read, error, drivers))
        return false;
    *out = std::move(read.first());
    return true;
}

bool readVectorLayer(const QString &file, const QString &layerName, const QStringList &attributes, VectorLayerData *out,
                     QString *error, const QStringList &drivers)
{
    return readOneLayer(file, {layerName, false, attributes}, out, error, drivers);
}

bool readVectorShapes(const QString &file, const QString &layerName, VectorLayerData *out, QString *error)
{
    return readOneLayer(file, {layerName, true, {}}, out, error, {});
}

bool readVectorLayers(const QString &file, const QList<LayerRequest> &requests, QList<VectorLayerData> *out,
                      QString *error, const QStringList &drivers)
{
    QString why;
    const auto ds = openVector(file, &why, drivers);
    if (!ds) {
        if (error)
            *error = why;
        return false;
    }
    QList<LayerRequest> wanted = requests;
    if (wanted.isEmpty()) {
        for (auto *layer : ds->GetLayers())
            wanted.append(LayerRequest{QString::fromUtf8(layer->GetName()), true, {}});
        if (wanted.isEmpty()) {
            if (error)
                *error = file + QStringLiteral(": has no vector layers");
            return false;
        }
    }
    out->clear();
    for (const LayerRequest &r : std::as_const(wanted)) {
        out->append(VectorLayerData{});
        if (!readLayerOf(*ds, file, r.layer, r.attributes, r.shapesOnly, &out->last(), error))
            return false;
    }
    return true;
}

static bool readLayerOf(GDALDataset &ds, const QString &file, const QString &layerName,
                        const QStringList &attributes, bool noAttributes, VectorLayerData *out, QString *error)
{
    auto fail = [&](const QString &w) {
        if (error)
            *error = w;
        return false;
    };
    OGRLayer *layer = layerName.isEmpty() ? (ds.GetLayerCount() > 0 ? ds.GetLayer(0) : nullptr)
                                          : ds.GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return fail(layerName.isEmpty() ? file + QStringLiteral(": has no vector layers")
                                        : QStringLiteral("%1: has no layer \"%2\"").arg(file, layerName));
    *out = {};
    out->file = file;
    out->layer = QString::fromUtf8(layer->GetName());

    // Everything to WGS 84 longitude/latitude.
    std::unique_ptr<OGRCoordinateTransformation> toLonLat;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!source.IsSame(&wgs84)) {
            toLonLat.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
            if (!toLonLat)
                return fail(QStringLiteral("%1: layer \"%2\" has a CRS that cannot be converted to WGS 84 (GDAL: %3)")
                                .arg(file, out->layer, gdalReason()));
        }
    }
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    QList<int> fields;
    if (noAttributes) {
        // Not even read: OGR then decodes only the geometry of each row.
        CPLStringList ignored;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            ignored.AddString(defn->GetFieldDefn(i)->GetNameRef());
        ignored.AddString("OGR_STYLE");
        layer->SetIgnoredFields(const_cast<const char **>(ignored.List()));
    } else {
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (attributes.isEmpty() || attributes.contains(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef())))
                fields << i;
    }
    // Known without a pass over the file for most formats (GeoPackage keeps it): the list then
    // never moves its features while it grows.
    if (const GIntBig count = layer->GetFeatureCount(FALSE); count > 0 && count < (1 << 26))
        out->features.reserve(static_cast<qsizetype>(count));
    // One row's geometry, and its attributes when read feature by feature, into the list.
    auto add = [&](OGRGeometry *g, const OGRFeature *feature) {
        if (!g || g->IsEmpty() || (toLonLat && g->transform(toLonLat.get()) != OGRERR_NONE)) {
            ++out->skipped;
            return;
        }
        VectorFeature f;
        bool kindSet = false;
        flatten(*g, f, kindSet);
        if (f.parts.isEmpty()) {
            ++out->skipped;
            return;
        }
        f.bounds = extent(f.parts);
        for (int i : fields) {
            const OGRFieldDefn *fd = defn->GetFieldDefn(i);
            if (feature->IsFieldSetAndNotNull(i)) // a null stays absent from the map
                f.attributes.insert(QString::fromUtf8(fd->GetNameRef()), fieldValue(*feature, i, *fd));
        }
        out->features.append(std::move(f));
    };
    CPLErrorReset();
    bool read = false;
    if (noAttributes) {
        QString why;
        switch (forEachArrowGeometry(*layer, [&](std::unique_ptr<OGRGeometry> g) { add(g.get(), nullptr); }, &why)) {
        case ArrowRead::Done: read = true; break;
        case ArrowRead::Failed:
            return fail(QStringLiteral("%1: layer \"%2\" cannot be read (GDAL: %3)").arg(file, out->layer, why));
        case ArrowRead::Unsuitable: break;
        }
    }
    if (!read) {
        layer->ResetReading();
        CPLErrorReset();
        while (std::unique_ptr<OGRFeature> feature{layer->GetNextFeature()})
            add(feature->GetGeometryRef(), feature.get());
    }
    if (out->features.isEmpty() && out->skipped == 0 && CPLGetLastErrorType() >= CE_Failure)
        return fail(QStringLiteral("%1: layer \"%2\" cannot be read (GDAL: %3)").arg(file, out->layer, gdalReason()));
    return true;
}

} // namespace sightline::geo
