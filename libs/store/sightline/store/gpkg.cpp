#include "sightline/store/gpkg.h"

#include "sightline/geo/crs.h"
#include "sightline/geo/gpkgblob.h"

#include <sqlite3.h>

namespace sightline::gpkg {
namespace {

enum class Bound { MinX, MaxX, MinY, MaxY };

template <Bound B> void envelopeFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const auto env = geo::gpkgEnvelope(data, sqlite3_value_bytes(argv[0]));
    if (!env || env->empty) {
        sqlite3_result_null(ctx);
        return;
    }
    switch (B) {
    case Bound::MinX: sqlite3_result_double(ctx, env->minX); break;
    case Bound::MaxX: sqlite3_result_double(ctx, env->maxX); break;
    case Bound::MinY: sqlite3_result_double(ctx, env->minY); break;
    case Bound::MaxY: sqlite3_result_double(ctx, env->maxY); break;
    }
}

void isEmptyFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const auto env = geo::gpkgEnvelope(data, sqlite3_value_bytes(argv[0]));
    if (!env)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_int(ctx, env->empty ? 1 : 0);
}

QString rtreeName(const QString &table, const QString &column)
{
    return QStringLiteral("rtree_%1_%2").arg(table, column);
}

} // namespace

QString geometryTypeName(GeometryType t)
{
    switch (t) {
    case GeometryType::Point: return QStringLiteral("POINT");
    case GeometryType::LineString: return QStringLiteral("LINESTRING");
    case GeometryType::Polygon: return QStringLiteral("POLYGON");
    case GeometryType::Geometry: return QStringLiteral("GEOMETRY");
    }
    return {};
}

void registerFunctions(sql::Database &db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Fn
    {
        const char *name;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    for (const Fn &f : {Fn{"ST_MinX", envelopeFunction<Bound::MinX>}, Fn{"ST_MaxX", envelopeFunction<Bound::MaxX>},
                        Fn{"ST_MinY", envelopeFunction<Bound::MinY>}, Fn{"ST_MaxY", envelopeFunction<Bound::MaxY>},
                        Fn{"ST_IsEmpty", isEmptyFunction}}) {
        if (int rc = sqlite3_create_function_v2(db.handle(), f.name, 1, flags, nullptr, f.fn, nullptr, nullptr,
                                                nullptr))
            db.fail(rc, QStringLiteral("registering GeoPackage functions"));
    }
}

void createCore(sql::Database &db)
{
    db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                .arg(kApplicationId)
                .arg(kUserVersion));
    db.exec(QStringLiteral(R"(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
)"));
    auto srs = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
        "definition, description) VALUES (?, ?, ?, ?, ?, ?)"));
    srs.bind(1, QStringLiteral("Undefined cartesian SRS")).bind(2, -1).bind(3, QStringLiteral("NONE")).bind(4, -1);
    srs.bind(5, QStringLiteral("undefined")).bind(6, QStringLiteral("undefined cartesian coordinate reference system"));
    srs.run();
}

static void insertSrs(sql::Database &db, int srsId, const QString &name, const QString &definition,
                      const QString &description)
{
    auto s = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
        "definition, description) VALUES (?, ?, ?, ?, ?, ?)"));
    s.bind(1, name).bind(2, srsId).bind(3, srsId > 0 ? QStringLiteral("EPSG") : QStringLiteral("NONE"));
    s.bind(4, srsId).bind(5, definition).bind(6, description);
    s.run();
}

void registerFeatureTable(sql::Database &db, const QString &table, const QString &identifier,
                          const QString &description, const QString &geomColumn, GeometryType type)
{
    insertSrs(db, 0, QStringLiteral("Undefined geographic SRS"), QStringLiteral("undefined"),
              QStringLiteral("undefined geographic coordinate reference system"));
    const QString wkt = geo::wktForEpsg(4326);
    if (wkt.isEmpty())
        throw StoreError(StoreError::Kind::Internal, db.path(),
                         QStringLiteral("PROJ does not know EPSG:4326: is proj-data installed?"));
    insertSrs(db, 4326, QStringLiteral("WGS 84 geodetic"), wkt,
              QStringLiteral("longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"));
    auto c = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, 4326)"));
    c.bind(1, table).bind(2, identifier).bind(3, description);
    c.run();
    auto g = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, ?, ?, 4326, 0, 0)"));
    g.bind(1, table).bind(2, geomColumn).bind(3, geometryTypeName(type));
    g.run();
}

void registerAttributeTable(sql::Database &db, const QString &table, const QString &identifier,
                            const QString &description)
{
    auto c = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)"));
    c.bind(1, table).bind(2, identifier).bind(3, description);
    c.run();
}

void createSpatialIndex(sql::Database &db, const QString &t, const QString &c)
{
    const QString r = rtreeName(t, c);
    const QString i = QStringLiteral("fid");
    const QString values = QStringLiteral("(NEW.%1, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2))")
                               .arg(i, c);
    // The six triggers of the GeoPackage R-tree extension (OGC 12-128r18, F.3), verbatim in shape.
    QString sql = QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy);\n").arg(r);
    sql += QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 WHEN (new.%3 NOT NULL AND NOT ST_IsEmpty(NEW.%3)) "
                          "BEGIN INSERT OR REPLACE INTO %1 VALUES %4; END;\n")
               .arg(r, t, c, values);
    sql += QStringLiteral("CREATE TRIGGER %1_update1 AFTER UPDATE OF %3 ON %2 WHEN OLD.%5 = NEW.%5 AND "
                          "(NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN INSERT OR REPLACE INTO %1 VALUES %4; END;\n")
               .arg(r, t, c, values, i);
    sql += QStringLiteral("CREATE TRIGGER %1_update2 AFTER UPDATE OF %3 ON %2 WHEN OLD.%4 = NEW.%4 AND "
                          "(NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %1 WHERE id = OLD.%4; END;\n")
               .arg(r, t, c, i);
    sql += QStringLiteral("CREATE TRIGGER %1_update3 AFTER UPDATE ON %2 WHEN OLD.%5 != NEW.%5 AND "
                          "(NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %1 WHERE id = OLD.%5; "
                          "INSERT OR REPLACE INTO %1 VALUES %4; END;\n")
               .arg(r, t, c, values, i);
    sql += QStringLiteral("CREATE TRIGGER %1_update4 AFTER UPDATE ON %2 WHEN OLD.%4 != NEW.%4 AND "
                          "(NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %1 WHERE id IN (OLD.%4, NEW.%4); END;\n")
               .arg(r, t, c, i);
    sql += QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN old.%3 NOT NULL "
                          "BEGIN DELETE FROM %1 WHERE id = OLD.%4; END;\n")
               .arg(r, t, c, i);
    sql += QStringLiteral("INSERT OR REPLACE INTO %1 SELECT %2, ST_MinX(%3), ST_MaxX(%3), ST_MinY(%3), ST_MaxY(%3) "
                          "FROM %4 WHERE %3 NOT NULL AND NOT ST_IsEmpty(%3);\n")
               .arg(r, i, c, t);
    db.exec(sql);
    auto e = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"));
    e.bind(1, t).bind(2, c);
    e.run();
}

QStringList structureProblems(sql::Database &db)
{
    QStringList out;
    if (db.scalarInt(QStringLiteral("PRAGMA application_id")).value_or(0) != kApplicationId)
        out << QStringLiteral("application_id is not 'GPKG'");
    if (db.scalarInt(QStringLiteral("PRAGMA user_version")).value_or(0) < 10200)
        out << QStringLiteral("user_version is not a GeoPackage 1.2+ version");
    for (const char *t : {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns"})
        if (!db.tableExists(QString::fromLatin1(t)))
            out << QStringLiteral("required table %1 is missing").arg(QString::fromLatin1(t));
    if (!out.isEmpty())
        return out;
    for (int srs : {-1, 0, 4326}) {
        auto s = db.prepare(QStringLiteral("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?"));
        s.bind(1, srs);
        if (!s.next())
            out << QStringLiteral("gpkg_spatial_ref_sys lacks the required srs_id %1").arg(srs);
    }
    auto contents = db.prepare(QStringLiteral("SELECT table_name, data_type FROM gpkg_contents"));
    QList<QPair<QString, QString>> tables;
    while (contents.next())
        tables.append({contents.text(0), contents.text(1)});
    for (const auto &[t, type] : tables) {
        if (!db.tableExists(t))
            out << QStringLiteral("gpkg_contents lists %1, which does not exist").arg(t);
        if (type == QLatin1String("features")) {
            auto g = db.prepare(QStringLiteral("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?"));
            g.bind(1, t);
            if (!g.next()) {
                out << QStringLiteral("feature table %1 has no row in gpkg_geometry_columns").arg(t);
                continue;
            }
            const QString r = rtreeName(t, g.text(0));
            if (!db.tableExists(r)) {
                out << QStringLiteral("feature table %1 has no spatial index").arg(t);
                continue;
            }
            const auto rows = db.scalarInt(
                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 NOT NULL AND NOT ST_IsEmpty(%2)").arg(t, g.text(0)));
            const auto indexed = db.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(r));
            if (rows != indexed)
                out << QStringLiteral("spatial index %1 holds %2 entries for %3 geometries")
                           .arg(r)
                           .arg(indexed.value_or(0))
                           .arg(rows.value_or(0));
        }
    }
    return out;
}

} // namespace sightline::gpkg
