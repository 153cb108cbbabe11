// GeoPackage geometries read straight from SQLite (readVectorShapes on a GeoPackage in lon/lat)
// must give what OGR's reading gives: the same features, kinds, parts, bounds and skipped
// count, in the same order. Layers it does not read itself (curves, foreign blobs, another CRS)
// are read through OGR, and malformed blobs are skipped without reading past their end.
#include "sightline/geo/gpkgshapes.h"
#include "sightline/geo/vectorfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include <cmath>
#include <cstring>

using namespace sightline::geo;

namespace {

// Blobs are rewritten with plain SQLite below: a layer without a spatial index has no triggers
// calling GDAL's SQL functions.
OGRLayerH addLayer(GDALDatasetH ds, const char *name, int epsg, bool spatialIndex = true)
{
    const char *noIndex[] = {"SPATIAL_INDEX=NO", nullptr};
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, name, srs, wkbUnknown, spatialIndex ? nullptr : const_cast<char **>(noIndex));
    OSRRelease(srs);
    OGRFieldDefnH field = OGR_Fld_Create("name", OFTString);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    return layer;
}

bool addFeature(OGRLayerH layer, const char *wkt)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(f, 0, wkt);
    if (*wkt) {
        OGRGeometryH g = nullptr;
        char *text = const_cast<char *>(wkt);
        if (OGR_G_CreateFromWkt(&text, nullptr, &g) != OGRERR_NONE)
            return false;
        OGR_F_SetGeometryDirectly(f, g);
    }
    const bool ok = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
    OGR_F_Destroy(f);
    return ok;
}

bool samePoint(QPointF a, QPointF b)
{
    return (a.x() == b.x() || (std::isnan(a.x()) && std::isnan(b.x()))) &&
           (a.y() == b.y() || (std::isnan(a.y()) && std::isnan(b.y())));
}

// Runs SQL on the file with SQLite itself (to write blobs OGR would not write).
void execute(const QString &file, const char *sql, const QByteArray &blob = {})
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    QVERIFY2(sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
    if (!blob.isNull())
        sqlite3_bind_blob(s, 1, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(s), SQLITE_DONE);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

// A big-endian GeoPackage blob with an XY envelope holding a big-endian WKB LineString Z.
QByteArray bigEndianLineZ()
{
    QByteArray b("GP", 2);
    b.append(char(0));
    b.append(char(0x02)); // big-endian header, 32-byte envelope
    auto u32 = [&](quint32 v) {
        for (int s = 24; s >= 0; s -= 8)
            b.append(char((v >> s) & 0xff));
    };
    auto f64 = [&](double d) {
        quint64 bits;
        std::memcpy(&bits, &d, 8);
        for (int s = 56; s >= 0; s -= 8)
            b.append(char((bits >> s) & 0xff));
    };
    u32(4326);
    for (double d : {10.0, 12.0, 50.0, 51.0})
        f64(d);
    b.append(char(0)); // WKB big-endian
    u32(1002);         // LineString Z
    u32(2);
    for (double d : {10.0, 50.0, 7.0, 12.0, 51.0, 8.0})
        f64(d);
    return b;
}

} // namespace

class TestGeoGpkgShapes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    // Reads the layer both ways and compares them feature by feature.
    void compareWithOgr(const QString &layer, int expectedFeatures)
    {
        VectorLayerData fast, ogr;
        QString error;
        QVERIFY2(readVectorShapes(m_file, layer, &fast, &error), qPrintable(error));
        QVERIFY2(readVectorLayer(m_file, layer, {QStringLiteral("name")}, &ogr, &error), qPrintable(error));
        QCOMPARE(fast.layer, ogr.layer);
        QCOMPARE(fast.features.size(), ogr.features.size());
        QCOMPARE(fast.features.size(), expectedFeatures);
        QCOMPARE(fast.skipped, ogr.skipped);
        for (qsizetype i = 0; i < fast.features.size(); ++i) {
            const VectorFeature &a = fast.features[i], &b = ogr.features[i];
            const QString what = b.attributes.value(QStringLiteral("name")).toString();
            QVERIFY2(a.kind == b.kind, qPrintable(what));
            QVERIFY2(a.parts.size() == b.parts.size(), qPrintable(what));
            for (qsizetype k = 0; k < a.parts.size(); ++k) {
                QVERIFY2(a.parts[k].size() == b.parts[k].size(), qPrintable(what));
                for (qsizetype j = 0; j < a.parts[k].size(); ++j)
                    QVERIFY2(samePoint(a.parts[k][j], b.parts[k][j]), qPrintable(what));
            }
            QVERIFY2(a.bounds == b.bounds, qPrintable(what));
            QVERIFY(a.attributes.isEmpty());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GDALAllRegister();
        m_file = m_dir.filePath(QStringLiteral("shapes.gpkg"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), m_file.toUtf8().constData(), 0, 0, 0, GDT_Unknown,
                                     nullptr);
        QVERIFY(ds);
        OGRLayerH mixed = addLayer(ds, "mixed", 4326);
        for (const char *wkt :
             {"POINT (130.6026 42.4217)", "POINT Z (1 2 3)", "POINT M (4 5 6)", "POINT ZM (7 8 9 10)", "POINT EMPTY",
              "", "LINESTRING (0 0,1 1,2 0)", "LINESTRING EMPTY", "LINESTRING ZM (0 0 1 2,3 3 4 5)",
              "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))", "POLYGON EMPTY",
              "MULTIPOINT ((1 2),(3 4))", "MULTIPOINT (EMPTY, (5 6))",
              "MULTILINESTRING ((0 0,1 1),(2 2,3 3))",
              "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5),(5.2 5.1,5.3 5.1,5.3 5.2,5.2 5.1)))",
              "MULTIPOLYGON EMPTY", "GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (0 0,1 1),POINT (2 2))",
              "GEOMETRYCOLLECTION (LINESTRING (0 0,1 1),POLYGON ((0 0,1 0,1 1,0 0)))", "GEOMETRYCOLLECTION EMPTY",
              "POLYGON Z ((0 0 1,1 0 1,1 1 1,0 0 1))"})
            QVERIFY2(addFeature(mixed, wkt), wkt);
        OGRLayerH curves = addLayer(ds, "curves", 4326);
        QVERIFY(addFeature(curves, "POINT (1 2)"));
        QVERIFY(addFeature(curves, "CIRCULARSTRING (0 0,1 1,2 0)"));
        OGRLayerH merc = addLayer(ds, "mercator", 3857);
        QVERIFY(addFeature(merc, "POINT (14538614.928278 5224358.873243)"));
        OGRLayerH blobs = addLayer(ds, "blobs", 4326, false);
        for (int i = 0; i < 6; ++i)
            QVERIFY(addFeature(blobs, "POINT (3 4)"));
        GDALClose(ds);

        // Blobs OGR never writes: big-endian throughout, cut short, a count past the end, garbage.
        execute(m_file, "UPDATE blobs SET geom = ?1 WHERE fid = 2", bigEndianLineZ());
        execute(m_file, "UPDATE blobs SET geom = ?1 WHERE fid = 3", bigEndianLineZ().left(60));
        QByteArray huge = bigEndianLineZ();
        huge[8 + 32 + 5] = char(0x7f); // point count 0x7f000002
        execute(m_file, "UPDATE blobs SET geom = ?1 WHERE fid = 4", huge);
        execute(m_file, "UPDATE blobs SET geom = ?1 WHERE fid = 5", QByteArray("GP\0\x0f", 4));
    }

    void everyKindAsOgrReadsIt() { compareWithOgr(QStringLiteral("mixed"), 14); }

    void curvesAreLeftToOgr()
    {
        VectorLayerData data;
        QCOMPARE(readGpkgShapes(m_file, QStringLiteral("curves"), QStringLiteral("geom"), -1, &data),
                 GpkgShapesRead::NotHandled);
        QVERIFY(data.features.isEmpty());
        compareWithOgr(QStringLiteral("curves"), 2);
    }

    void otherCrsIsProjectedByOgr()
    {
        VectorLayerData data;
        QString error;
        QVERIFY2(readVectorShapes(m_file, QStringLiteral("mercator"), &data, &error), qPrintable(error));
        QCOMPARE(data.features.size(), 1);
        const QPointF p = data.features[0].parts[0][0];
        QVERIFY(std::abs(p.x() - 130.6026) < 1e-6 && std::abs(p.y() - 42.4217) < 1e-6);
    }

    void handWrittenAndMalformedBlobs()
    {
        VectorLayerData data;
        QCOMPARE(readGpkgShapes(m_file, QStringLiteral("blobs"), QStringLiteral("geom"), 6, &data),
                 GpkgShapesRead::Done);
        // fid 1 and 6 plain points, 2 the big-endian line; 3, 4 and 5 malformed.
        QCOMPARE(data.features.size(), 3);
        QCOMPARE(data.skipped, 3);
        const VectorFeature &line = data.features[1];
        QCOMPARE(line.kind, VectorFeature::Kind::Line);
        QCOMPARE(line.parts.size(), 1);
        QCOMPARE(line.parts[0], QPolygonF({QPointF(10, 50), QPointF(12, 51)}));
        QCOMPARE(line.bounds, QRectF(QPointF(10, 50), QPointF(12, 51)));
    }

    void viewsAndMissingTablesAreNotRead()
    {
        execute(m_file, "CREATE VIEW seen AS SELECT fid, geom FROM mixed");
        VectorLayerData data;
        QCOMPARE(readGpkgShapes(m_file, QStringLiteral("seen"), QStringLiteral("geom"), -1, &data),
                 GpkgShapesRead::NotHandled);
        QCOMPARE(readGpkgShapes(m_file, QStringLiteral("nothing"), QStringLiteral("geom"), -1, &data),
                 GpkgShapesRead::NotHandled);
        QCOMPARE(readGpkgShapes(m_dir.filePath(QStringLiteral("absent.gpkg")), QStringLiteral("mixed"),
                                QStringLiteral("geom"), -1, &data),
                 GpkgShapesRead::NotHandled);
        QVERIFY(data.features.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeoGpkgShapes)
#include "tst_geo_gpkgshapes.moc"
