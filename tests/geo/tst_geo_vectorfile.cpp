// Vector files through OGR, flattened to lon/lat parts for drawing. Files that cannot be read
// are refused with one line that starts with the file's path; nothing crashes on bad input.
#include "sightline/geo/arrowgeometries.h"
#include "sightline/geo/vectorfile.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace sightline::geo;
using Kind = VectorFeature::Kind;

namespace {
constexpr double kLon = 130.6026, kLat = 42.4217;
constexpr double kMercX = 14538614.928278, kMercY = 5224358.873243; // cs2cs EPSG:4326 EPSG:3857

// A MultiPolygon with a hole, a point, a line, a multipoint, and two features to skip.
const char *const kGeoJson = R"({"type": "FeatureCollection", "name": "mixed", "features": [
 {"type": "Feature", "properties": {"name": "A", "count": 3, "area": 1.5, "flag": true, "note": null},
  "geometry": {"type": "MultiPolygon", "coordinates": [
    [[[0,0],[10,0],[10,10],[0,10],[0,0]], [[2,2],[2,4],[4,4],[4,2],[2,2]]],
    [[[20,20],[21,20],[21,21],[20,21],[20,20]]]]}},
 {"type": "Feature", "properties": {"name": "Tumangang", "count": 1, "area": 0.0},
  "geometry": {"type": "Point", "coordinates": [130.6026, 42.4217]}},
 {"type": "Feature", "properties": {"name": "road"},
  "geometry": {"type": "LineString", "coordinates": [[0,0],[1,1],[2,0]]}},
 {"type": "Feature", "properties": {"name": "pair"},
  "geometry": {"type": "MultiPoint", "coordinates": [[1,2],[3,4]]}},
 {"type": "Feature", "properties": {"name": "nowhere"}, "geometry": null},
 {"type": "Feature", "properties": {"name": "empty"}, "geometry": {"type": "GeometryCollection", "geometries": []}}
]})";

bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) < tolerance && std::abs(a.y() - b.y()) < tolerance;
}

// Adds one feature from WKT (empty for no geometry) with a "name" field.
void addFeature(OGRLayerH layer, const char *name, const char *wkt)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "name"), name);
    if (*wkt) {
        OGRGeometryH g = nullptr;
        char *text = const_cast<char *>(wkt);
        QCOMPARE(OGR_G_CreateFromWkt(&text, nullptr, &g), OGRERR_NONE);
        OGR_F_SetGeometryDirectly(f, g);
    }
    QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
    OGR_F_Destroy(f);
}

OGRLayerH addLayer(GDALDatasetH ds, const char *name, int epsg, OGRwkbGeometryType type)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, name, srs, type, nullptr);
    OSRRelease(srs);
    OGRFieldDefnH field = OGR_Fld_Create("name", OFTString);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    return layer;
}

// The same shapes, in the same order, with the same rows skipped: what a file reads as through
// OGR's columns (shapes only) and feature by feature (attributes asked for).
void compareShapes(const VectorLayerData &columns, const VectorLayerData &features, const QString &what)
{
    QVERIFY2(columns.features.size() == features.features.size() && columns.skipped == features.skipped,
             qPrintable(QStringLiteral("%1: %2 shapes (%3 skipped) against %4 (%5)")
                            .arg(what)
                            .arg(columns.features.size())
                            .arg(columns.skipped)
                            .arg(features.features.size())
                            .arg(features.skipped)));
    for (qsizetype k = 0; k < columns.features.size(); ++k) {
        const VectorFeature &a = columns.features[k], &b = features.features[k];
        QVERIFY2(a.kind == b.kind && a.parts == b.parts && a.bounds == b.bounds,
                 qPrintable(QStringLiteral("%1: shape %2 differs").arg(what).arg(k)));
        QVERIFY(columns.features[k].attributes.isEmpty());
    }
}
} // namespace

class TestGeoVectorFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_geojson, m_gpkg;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static void checkRefusal(const QString &file, bool ok, const QString &error)
    {
        QVERIFY2(!ok, qPrintable(file));
        QVERIFY2(error.startsWith(file + u':'), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GDALAllRegister();
        m_geojson = path(QStringLiteral("mixed.geojson"));
        writeFile(m_geojson, kGeoJson);

        // A GeoPackage in Web Mercator, one in EPSG:4326 (lat/lon officially, stored lon/lat)
        // and one with curves.
        m_gpkg = path(QStringLiteral("layers.gpkg"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), m_gpkg.toUtf8().constData(), 0, 0, 0, GDT_Unknown,
                                     nullptr);
        QVERIFY(ds);
        OGRLayerH merc = addLayer(ds, "mercator", 3857, wkbUnknown);
        const QByteArray point = QStringLiteral("POINT (%1 %2)").arg(kMercX, 0, 'f', 6).arg(kMercY, 0, 'f', 6).toUtf8();
        addFeature(merc, "Tumangang", point.constData());
        addFeature(merc, "box", "POLYGON ((0 0,1113194.9079327357 0,1113194.9079327357 1118889.9748579594,0 0))");
        addFeature(merc, "no geometry", "");
        OGRLayerH wgs = addLayer(ds, "wgs84", 4326, wkbPoint);
        addFeature(wgs, "Tumangang", "POINT (130.6026 42.4217)");
        OGRLayerH curves = addLayer(ds, "curves", 4326, wkbUnknown);
        addFeature(curves, "arc", "CIRCULARSTRING (0 0,1 1,2 0)");
        addFeature(curves, "disc", "CURVEPOLYGON (CIRCULARSTRING (0 0,2 0,0 0))");
        // Every kind of geometry, empty ones and a row without one.
        OGRLayerH mixed = addLayer(ds, "mixed", 4326, wkbUnknown);
        for (const char *wkt : {"POINT (1 2)", "LINESTRING (0 0,1 1,2 0)",
                                "POLYGON ((0 0,3 0,3 3,0 0),(1 1,2 1,2 2,1 1))", "MULTIPOINT ((1 2),(3 4))",
                                "MULTILINESTRING ((0 0,1 1),(2 2,3 3))",
                                "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))",
                                "GEOMETRYCOLLECTION (POINT (7 8),LINESTRING (0 0,1 0))", "POINT EMPTY",
                                "POLYGON EMPTY", ""})
            addFeature(mixed, "shape", wkt);
        // A table of shapes and nothing else, which GDAL 3.6.2's column stream hands over empty
        // unless asked for the ids as well.
        OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs84, 4326);
        OGRLayerH bare = GDALDatasetCreateLayer(ds, "bare", wgs84, wkbPoint, nullptr);
        OSRRelease(wgs84);
        for (int i = 0; i < 300; ++i) {
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(bare));
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, 120 + i * 0.01, 40 - i * 0.01);
            OGR_F_SetGeometryDirectly(f, g);
            QCOMPARE(OGR_L_CreateFeature(bare, f), OGRERR_NONE);
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
    }

    void geoJsonFeatures()
    {
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(m_geojson, QString(), {}, &data, &error), qPrintable(error));
        QCOMPARE(data.file, m_geojson);
        QCOMPARE(data.layer, QStringLiteral("mixed"));
        QCOMPARE(data.features.size(), 4);
        QCOMPARE(data.skipped, 2);

        const VectorFeature &poly = data.features[0];
        QCOMPARE(poly.kind, Kind::Polygon);
        QCOMPARE(poly.parts.size(), 3); // outer, hole, second outer
        QCOMPARE(poly.parts[0].size(), 5);
        QCOMPARE(poly.parts[1].boundingRect(), QRectF(2, 2, 2, 2));
        QCOMPARE(poly.bounds, QRectF(QPointF(0, 0), QPointF(21, 21)));

        const VectorFeature &point = data.features[1];
        QCOMPARE(point.kind, Kind::Point);
        QCOMPARE(point.parts.size(), 1);
        QCOMPARE(point.parts[0], QPolygonF({QPointF(kLon, kLat)}));
        QCOMPARE(point.bounds.topLeft(), QPointF(kLon, kLat));

        const VectorFeature &line = data.features[2];
        QCOMPARE(line.kind, Kind::Line);
        QCOMPARE(line.parts, QList<QPolygonF>({QPolygonF({QPointF(0, 0), QPointF(1, 1), QPointF(2, 0)})}));
        QCOMPARE(line.bounds, QRectF(0, 0, 2, 1));

        const VectorFeature &pair = data.features[3];
        QCOMPARE(pair.kind, Kind::Point);
        QCOMPARE(pair.parts.size(), 2);
        QCOMPARE(pair.bounds, QRectF(QPointF(1, 2), QPointF(3, 4))); // both points, not the last
    }

    void attributes()
    {
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(m_geojson, QString(), {}, &data, &error), qPrintable(error));
        const QVariantMap all = data.features[0].attributes;
        QCOMPARE(all.value(QStringLiteral("name")), QVariant(QStringLiteral("A")));
        QCOMPARE(all.value(QStringLiteral("count")).typeId(), QMetaType::Int);
        QCOMPARE(all.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(all.value(QStringLiteral("area")).typeId(), QMetaType::Double);
        QCOMPARE(all.value(QStringLiteral("area")).toDouble(), 1.5);
        QCOMPARE(all.value(QStringLiteral("flag")), QVariant(true));
        QVERIFY(!all.contains(QStringLiteral("note"))); // null
        QVERIFY(!data.features[2].attributes.contains(QStringLiteral("count"))); // absent

        QVERIFY(readVectorLayer(m_geojson, QString(), {QStringLiteral("name"), QStringLiteral("missing")}, &data,
                                &error));
        QCOMPARE(data.features[0].attributes.keys(), QStringList{QStringLiteral("name")});
        QCOMPARE(data.features[1].attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Tumangang"));
    }

    void webMercatorIsReprojectedToLonLat()
    {
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(m_gpkg, QStringLiteral("mercator"), {}, &data, &error), qPrintable(error));
        QCOMPARE(data.layer, QStringLiteral("mercator"));
        QCOMPARE(data.features.size(), 2);
        QCOMPARE(data.skipped, 1);
        QVERIFY2(near(data.features[0].parts[0][0], QPointF(kLon, kLat), 1e-8),
                 qPrintable(QStringLiteral("%1 %2").arg(data.features[0].parts[0][0].x(), 0, 'f', 9)
                                .arg(data.features[0].parts[0][0].y(), 0, 'f', 9)));
        const VectorFeature &box = data.features[1];
        QCOMPARE(box.kind, Kind::Polygon);
        QVERIFY(near(box.bounds.topLeft(), QPointF(0, 0), 1e-8));
        QVERIFY2(near(box.bounds.bottomRight(), QPointF(10, 10), 1e-6),
                 qPrintable(QStringLiteral("%1 %2").arg(box.bounds.right()).arg(box.bounds.bottom())));
    }

    void geographicLayersKeepLongitudeFirst()
    {
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(m_gpkg, QStringLiteral("wgs84"), {}, &data, &error), qPrintable(error));
        QCOMPARE(data.features.size(), 1);
        QVERIFY(near(data.features[0].parts[0][0], QPointF(kLon, kLat), 1e-12));
    }

    void curvesAreLinearised()
    {
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(m_gpkg, QStringLiteral("curves"), {}, &data, &error), qPrintable(error));
        QCOMPARE(data.features.size(), 2);
        const VectorFeature &arc = data.features[0];
        QCOMPARE(arc.kind, Kind::Line);
        QVERIFY(arc.parts[0].size() > 3);
        // A polyline through the arc: its top is within the chord's sagitta (1e-3) of the apex.
        QVERIFY2(near(arc.bounds.bottomRight(), QPointF(2, 1), 1e-3),
                 qPrintable(QStringLiteral("%1 %2").arg(arc.bounds.right()).arg(arc.bounds.bottom())));
        const VectorFeature &disc = data.features[1];
        QCOMPARE(disc.kind, Kind::Polygon);
        QVERIFY(disc.parts[0].size() > 3);
        QVERIFY(near(disc.bounds.topLeft(), QPointF(0, -1), 1e-3));
    }

    void csvWithCoordinateColumnsGivesPoints()
    {
        const QString file = m_dir.filePath(QStringLiteral("sites.csv"));
        writeFile(file, "name,lat,lon,count\nTumangang,42.4217,130.6026,73\nKhasan,42.4301,130.6449,\n");
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(file, QString(), {}, &data, &error), qPrintable(error));
        QCOMPARE(data.features.size(), 2);
        const auto &f = data.features.first();
        QCOMPARE(f.kind, VectorFeature::Kind::Point);
        QCOMPARE(f.parts.first().first(), QPointF(130.6026, 42.4217));
        QCOMPARE(f.attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Tumangang"));
        QCOMPARE(f.attributes.value(QStringLiteral("count")).toInt(), 73);
    }

    void layerNames()
    {
        QString error;
        QCOMPARE(vectorLayerNames(m_gpkg, &error),
                 (QStringList{QStringLiteral("mercator"), QStringLiteral("wgs84"), QStringLiteral("curves"),
                              QStringLiteral("mixed"), QStringLiteral("bare")}));
        QCOMPARE(vectorLayerNames(m_geojson, nullptr), QStringList{QStringLiteral("mixed")});
        const QString missing = path(QStringLiteral("missing.gpkg"));
        QVERIFY(vectorLayerNames(missing, &error).isEmpty());
        QVERIFY2(error.startsWith(missing + u':'), qPrintable(error));
        QVERIFY(vectorLayerNames(missing, nullptr).isEmpty());
    }

    // Several layers with the file opened once: the same features as read one at a time.
    void severalLayersAtOnce()
    {
        QString error;
        QList<VectorLayerData> every;
        QVERIFY2(readVectorLayers(m_gpkg, {}, &every, &error), qPrintable(error));
        QCOMPARE(every.size(), 5);
        const QStringList names{QStringLiteral("mercator"), QStringLiteral("wgs84"), QStringLiteral("curves")};
        for (int i = 0; i < names.size(); ++i) {
            VectorLayerData alone;
            QVERIFY2(readVectorShapes(m_gpkg, names[i], &alone, &error), qPrintable(error));
            QCOMPARE(every[i].layer, names[i]);
            QCOMPARE(every[i].features.size(), alone.features.size());
            for (int k = 0; k < alone.features.size(); ++k) {
                QCOMPARE(every[i].features[k].parts, alone.features[k].parts);
                QVERIFY(every[i].features[k].attributes.isEmpty());
            }
        }
        QList<VectorLayerData> asked;
        QVERIFY2(readVectorLayers(m_gpkg, {{QStringLiteral("wgs84"), false, {}}, {QStringLiteral("mercator"), true, {}}}, &asked,
                                  &error),
                 qPrintable(error));
        QCOMPARE(asked.size(), 2);
        VectorLayerData withAttributes;
        QVERIFY2(readVectorLayer(m_gpkg, QStringLiteral("wgs84"), {}, &withAttributes, &error), qPrintable(error));
        QCOMPARE(asked[0].features.size(), withAttributes.features.size());
        QCOMPARE(asked[0].features.first().attributes, withAttributes.features.first().attributes);
        QVERIFY(!asked[0].features.first().attributes.isEmpty());
        QCOMPARE(asked[1].layer, QStringLiteral("mercator"));

        QVERIFY(!readVectorLayers(m_gpkg, {{QStringLiteral("mercator"), true, {}}, {QStringLiteral("nope"), true, {}}}, &asked, &error));
        QCOMPARE(error, m_gpkg + QStringLiteral(": has no layer \"nope\""));
        const QString missing = path(QStringLiteral("missing.gpkg"));
        QVERIFY(!readVectorLayers(missing, {}, &asked, &error));
        QVERIFY2(error.startsWith(missing + u':'), qPrintable(error));
    }

    // Shapes alone are read through OGR's columns where the driver serves them fast: the same
    // shapes as feature by feature, the rows without a usable geometry skipped alike.
    void shapesThroughColumnsMatchFeatureByFeature()
    {
        for (const QString &layer : vectorLayerNames(m_gpkg, nullptr)) {
            VectorLayerData columns, features;
            QString error;
            QVERIFY2(readVectorShapes(m_gpkg, layer, &columns, &error), qPrintable(error));
            QVERIFY2(readVectorLayer(m_gpkg, layer, {}, &features, &error), qPrintable(error));
            compareShapes(columns, features, layer);
        }
        VectorLayerData mixed;
        QString error;
        QVERIFY2(readVectorShapes(m_gpkg, QStringLiteral("mixed"), &mixed, &error), qPrintable(error));
        QCOMPARE(mixed.features.size(), 7);
        QCOMPARE(mixed.skipped, 3);
        QCOMPARE(mixed.features[2].parts.size(), 2); // the polygon's hole
        VectorLayerData bare;
        QVERIFY2(readVectorShapes(m_gpkg, QStringLiteral("bare"), &bare, &error), qPrintable(error));
        QCOMPARE(bare.features.size(), 300);
        QCOMPARE(bare.features[299].parts, QList<QPolygonF>{QPolygonF({QPointF(120 + 299 * 0.01, 40 - 299 * 0.01)})});
    }

    // A damaged GeoPackage (its pages malformed after the first rows) on which GDAL 3.6.2's column
    // stream sends empty batches without end: the read ends, with the shapes GDAL could read, the
    // same as feature by feature (kept from fuzzing: it once hung the reader).
    void damagedGeoPackageEndsItsRead()
    {
        const QString file =
            QStringLiteral(SIGHTLINE_SOURCE_DIR "/fuzz/regressions/reference_layer/endless-empty-batches.gpkg");
        QVERIFY(QFile::exists(file));
        VectorLayerData columns, features;
        QString error;
        QVERIFY2(readVectorShapes(file, QString(), &columns, &error), qPrintable(error));
        QVERIFY2(readVectorLayer(file, QString(), {}, &features, &error), qPrintable(error));
        QVERIFY(!columns.features.isEmpty());
        compareShapes(columns, features, file);
    }

    // The column stream itself: used for a GeoPackage (each row's geometry, in order, null
    // where it has none), declined for a driver without a fast one.
    void columnStream()
    {
        std::unique_ptr<GDALDataset> gpkg(GDALDataset::Open(m_gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(gpkg);
        for (const char *name : {"bare", "mixed"}) {
            OGRLayer *layer = gpkg->GetLayerByName(name);
            const char *ignored[] = {"name", nullptr};
            layer->SetIgnoredFields(ignored);
            QList<QByteArray> seen;
            QString error;
            QCOMPARE(forEachArrowGeometry(*layer, [&](std::unique_ptr<OGRGeometry> g) {
                         char *wkt = nullptr;
                         if (g)
                             g->exportToWkt(&wkt);
                         seen << (g ? QByteArray(wkt) : QByteArray("null"));
                         CPLFree(wkt);
                     }, &error),
                     ArrowRead::Done);
            layer->ResetReading();
            QList<QByteArray> expected;
            while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
                char *wkt = nullptr;
                if (f->GetGeometryRef())
                    f->GetGeometryRef()->exportToWkt(&wkt);
                expected << (f->GetGeometryRef() ? QByteArray(wkt) : QByteArray("null"));
                CPLFree(wkt);
            }
            QCOMPARE(seen, expected);
            QVERIFY(!seen.contains("POINT EMPTY") || qstrcmp(name, "mixed") == 0);
        }
        std::unique_ptr<GDALDataset> json(GDALDataset::Open(m_geojson.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(json);
        int visits = 0;
        QString error;
        QCOMPARE(forEachArrowGeometry(*json->GetLayer(0), [&](std::unique_ptr<OGRGeometry>) { ++visits; }, &error),
                 ArrowRead::Unsuitable);
        QCOMPARE(visits, 0);
    }

    void refusals()
    {
        VectorLayerData data;
        QString error;
        checkRefusal(m_gpkg, readVectorLayer(m_gpkg, QStringLiteral("nope"), {}, &data, &error), error);
        QCOMPARE(error, m_gpkg + QStringLiteral(": has no layer \"nope\""));

        const QString missing = path(QStringLiteral("nowhere.geojson"));
        checkRefusal(missing, readVectorLayer(missing, QString(), {}, &data, &error), error);

        const QString truncated = path(QStringLiteral("truncated.geojson"));
        writeFile(truncated, QByteArray(kGeoJson).left(200));
        checkRefusal(truncated, readVectorLayer(truncated, QString(), {}, &data, &error), error);
        QVERIFY2(error.contains(QStringLiteral("cannot be read as vector data (GDAL: ")), qPrintable(error));

        const QString garbage = path(QStringLiteral("garbage.gpkg"));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += static_cast<char>((i * 37 + 11) % 256);
        writeFile(garbage, bytes);
        checkRefusal(garbage, readVectorLayer(garbage, QString(), {}, &data, &error), error);
        QVERIFY(readVectorLayer(garbage, QString(), {}, &data, nullptr) == false);

        const QString empty = path(QStringLiteral("empty.geojson"));
        writeFile(empty, {});
        checkRefusal(empty, readVectorLayer(empty, QString(), {}, &data, &error), error);
    }

    // A track with more coordinates than times crashes GDAL 3.6's LIBKML driver: refused first,
    // in a .kml and inside a .kmz, whatever namespace its prefix names (or none declared), and so
    // is a KML that is not well-formed; a sound track is read.
    void tracksWithUnequalTimesAreRefused()
    {
        const auto kml = [](const QByteArray &track, const QByteArray &gx = "http://www.google.com/kml/ext/2.2") {
            return "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"" + gx +
                   "\"><Document><Placemark><name>t</name><gx:Track>" + track +
                   "</gx:Track></Placemark></Document></kml>\n";
        };
        const QByteArray twoCoords = "<when>2023-10-01T00:00:00Z</when><gx:coord>130.6 42.4 0</gx:coord>"
                                     "<gx:coord>130.7 42.4 0</gx:coord>";
        VectorLayerData data;
        QString error;
        // The gx prefix declared nowhere: Qt's reader stops at it, libkml reads on (and crashed).
        QByteArray undeclared = kml("<gx:coord>2 49</gx:coord>");
        undeclared.replace("xmlns:gx=", "xmlnsgx=");
        // A time further down than the track's own children is no time of the track for libkml.
        const QByteArray nested = kml("<ExtendedData><when>2023-10-01T00:00:00Z</when></ExtendedData>"
                                      "<gx:coord>130.6 42.4 0</gx:coord>");
        for (const QByteArray &bad :
             {kml(twoCoords), kml("<gx:coord>2 49</gx:coord>", "http:///kml/2.2"), undeclared, nested}) {
            const QString file = path(QStringLiteral("track.kml"));
            writeFile(file, bad);
            QVERIFY(!readVectorLayer(file, QString(), {}, &data, &error));
            QVERIFY2(error.startsWith(file) && error.contains(QLatin1String("gx:Track")), qPrintable(error));
            QVERIFY(vectorLayerNames(file, &error).isEmpty());
        }
        // Not well-formed (found by fuzzing): an XML version Qt's reader refuses at once, and tags
        // left open. libkml read on into the track and crashed; now the file is refused whole.
        const QString broken = path(QStringLiteral("broken.kml"));
        writeFile(broken, "<?xml version=\"0.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\" "
                          "xmlns:gx=\"http:///kml/2.2\">\n<Document>\n  am e>\n<Placemark><name>feature</name>\n"
                          "<gx:Track>\nn>\n<gx:coord>2 49</gx:coord>\n</gx:Track></Placemark></Document></kml>\n");
        QVERIFY(!readVectorLayer(broken, QString(), {}, &data, &error));
        QVERIFY2(error.startsWith(broken) && error.contains(QLatin1String("not well-formed XML (line 1")),
                 qPrintable(error));
        writeFile(broken, kml("<when>2023-10-01T00:00:00Z</when><gx:coord>130.6 42.4 0</gx:coord>").chopped(8));
        QVERIFY(!readVectorLayer(broken, QString(), {}, &data, &error));
        QVERIFY2(error.contains(QLatin1String("not well-formed XML")), qPrintable(error));
        const QString kmz = path(QStringLiteral("track.kmz"));
        {
            void *zip = CPLCreateZip(kmz.toUtf8().constData(), nullptr);
            QVERIFY(zip);
            QCOMPARE(CPLCreateFileInZip(zip, "doc.kml", nullptr), CE_None);
            const QByteArray bytes = kml(twoCoords);
            QCOMPARE(CPLWriteFileInZip(zip, bytes.constData(), int(bytes.size())), CE_None);
            CPLCloseFileInZip(zip);
            CPLCloseZip(zip);
        }
        QVERIFY(!readVectorLayer(kmz, QString(), {}, &data, &error));
        QVERIFY2(error.contains(QLatin1String("doc.kml inside it")), qPrintable(error));

        const QString good = path(QStringLiteral("goodtrack.kml"));
        writeFile(good, kml("<when>2023-10-01T00:00:00Z</when><when>2023-10-02T00:00:00Z</when>"
                            "<gx:coord>130.6 42.4 0</gx:coord><gx:coord>130.7 42.4 0</gx:coord>"));
        QVERIFY2(readVectorLayer(good, QString(), {}, &data, &error), qPrintable(error));
        QCOMPARE(data.features.size(), 1);
    }

    void naturalEarthCountries()
    {
        const QString file = QStringLiteral("/usr/share/qgis/resources/data/world_map.gpkg");
        if (!QFile::exists(file))
            QSKIP("QGIS's world_map.gpkg (Natural Earth) is not installed: skipping the real-world layer");
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorLayer(file, QStringLiteral("countries"), {QStringLiteral("NAME")}, &data, &error),
                 qPrintable(error));
        QCOMPARE(data.features.size() + data.skipped, 240);
        QCOMPARE(data.skipped, 0);
        QRectF all;
        for (const VectorFeature &f : std::as_const(data.features)) {
            QCOMPARE(f.kind, Kind::Polygon);
            all = all.united(f.bounds);
        }
        QVERIFY2(all.left() >= -180.0001 && all.right() <= 180.0001 && all.top() >= -90 && all.bottom() <= 90,
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(all.left())
                                .arg(all.top())
                                .arg(all.right())
                                .arg(all.bottom())));
    }

    void conformanceFilesNeverCrash()
    {
        const QString dir = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (dir.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: skipping the malformed GeoJSON/KML and sample vector files");
        int tried = 0, read = 0;
        for (const char *sub : {"malformed/geojsonhint", "malformed/libkml", "vector"}) {
            QDirIterator it(dir + u'/' + QLatin1String(sub), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                VectorLayerData data;
                QString error;
                if (readVectorLayer(file, QString(), {}, &data, &error))
                    ++read;
                else
                    checkRefusal(file, false, error);
                ++tried;
            }
        }
        QVERIFY(tried > 0);
        qInfo("%d conformance files: %d read, %d refused cleanly", tried, read, tried - read);
    }

    // The GeoPackages other projects made for their tests read as the same shapes through OGR's
    // columns as feature by feature, layer by layer, or are refused by both.
    void conformanceGeoPackagesReadAlikeBothWays()
    {
        const QString dir = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (dir.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: skipping the OGC and GDAL sample GeoPackages");
        int layers = 0;
        QDirIterator it(dir, {QStringLiteral("*.gpkg")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            for (const QString &layer : vectorLayerNames(file, nullptr)) {
                VectorLayerData columns, features;
                QString whyColumns, whyFeatures;
                const bool byColumns = readVectorShapes(file, layer, &columns, &whyColumns);
                const bool byFeatures = readVectorLayer(file, layer, {}, &features, &whyFeatures);
                QVERIFY2(byColumns == byFeatures,
                         qPrintable(file + u' ' + layer + u' ' + whyColumns + u' ' + whyFeatures));
                if (byColumns) {
                    compareShapes(columns, features, file + u' ' + layer);
                    ++layers;
                }
            }
        }
        QVERIFY(layers > 0);
        qInfo("%d layers of sample GeoPackages read alike", layers);
    }
};

QTEST_GUILESS_MAIN(TestGeoVectorFile)
#include "tst_geo_vectorfile.moc"
