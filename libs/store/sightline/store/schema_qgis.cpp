// The QGIS step of the project schema: every table a layer that opens, each with a style.
#include "sightline/store/schema_qgis.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/qgisstyle.h"
#include "sightline/store/schema.h"

#include <QHash>

namespace sightline::store {
namespace {

// The name Sightline's own rows in layer_styles carry (styleName is TEXT(30) in QGIS's layout).
const QString kStyleName = QStringLiteral("Sightline");

// QGIS's layout of layer_styles, in the text GDAL 3.6 writes when QGIS saves a style, so that
// a table QGIS made and the one Sightline makes are the same to the schema check.
const QString kLayerStylesSql = QStringLiteral(
    R"(CREATE TABLE "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256), )"
    R"("f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), )"
    R"("styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30), )"
    R"("update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))");

const QStringList kLayerStylesColumns{QStringLiteral("f_table_catalog"),
                                      QStringLiteral("f_table_schema"),
                                      QStringLiteral("f_table_name"),
                                      QStringLiteral("f_geometry_column"),
                                      QStringLiteral("styleName"),
                                      QStringLiteral("styleQML"),
                                      QStringLiteral("styleSLD"),
                                      QStringLiteral("useAsDefault"),
                                      QStringLiteral("description"),
                                      QStringLiteral("owner"),
                                      QStringLiteral("ui"),
                                      QStringLiteral("update_time")};

struct Rebuilt
{
    const char *table;
    const char *columns; // the columns kept, in order
    const char *definition;
    const char *index; // an index of the table's own, or nullptr
    const char *identifier;
    const char *description;
};

// The tables schema 7 keyed by text or by two columns, which GDAL cannot open as layers.
constexpr Rebuilt kRebuilt[] = {
    {"sightline_meta", "key, value",
     "CREATE TABLE sightline_meta (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, "
     "value TEXT NOT NULL)",
     nullptr, "Project settings", "Schema version, title, marking and other settings of the project"},
    {"capture_chunks", "capture_uuid, seq, data",
     "CREATE TABLE capture_chunks (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, capture_uuid TEXT NOT "
     "NULL, "
     "seq INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (capture_uuid, seq))",
     nullptr, "Capture content", "The bytes of captured files in 1 MiB chunks"},
    {"scene_chunks", "scene_uuid, seq, data",
     "CREATE TABLE scene_chunks (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, scene_uuid TEXT NOT NULL, "
     "seq INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (scene_uuid, seq))",
     nullptr, "Embedded scene content", "The bytes of imagery scenes kept in the project, in 1 MiB chunks"},
    {"scene_display", "scene_uuid, display",
     "CREATE TABLE scene_display (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, scene_uuid TEXT NOT NULL "
     "UNIQUE, display TEXT NOT NULL)",
     nullptr, "Scene display settings", "How each imagery scene is drawn (JSON)"},
    {"capture_versions", "capture_uuid, source_uuid, original_url, file_name, version",
     "CREATE TABLE capture_versions (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, capture_uuid TEXT NOT "
     "NULL "
     "UNIQUE, source_uuid TEXT NOT NULL, original_url TEXT NOT NULL, file_name TEXT NOT NULL, "
     "version INTEGER NOT NULL)",
     "CREATE INDEX idx_capture_versions_key ON capture_versions(source_uuid, original_url, file_name)",
     "Capture versions", "Version numbers of captures of one document"},
};

void rebuild(sql::Database &db, const Rebuilt &r)
{
    const QString table = QLatin1String(r.table);
    const QString old = table + QStringLiteral("_schema7");
    if (r.index) // its name is taken until the old table goes
        db.exec(QStringLiteral("DROP INDEX IF EXISTS idx_%1_key").arg(table));
    db.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, old));
    db.exec(QLatin1String(r.definition));
    db.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY rowid")
                .arg(table, QLatin1String(r.columns), old));
    db.exec(QStringLiteral("DROP TABLE %1").arg(old));
    if (r.index) db.exec(QLatin1String(r.index));
}

// A layer_styles table QGIS made in an older file keeps its rows in ours.
void createLayerStyles(sql::Database &db)
{
    const bool existed = db.tableExists(QStringLiteral("layer_styles"));
    if (existed) {
        db.exec(QStringLiteral("ALTER TABLE layer_styles RENAME TO layer_styles_schema7"));
        db.exec(QStringLiteral("DELETE FROM gpkg_contents WHERE table_name = 'layer_styles'"));
        if (db.tableExists(QStringLiteral("gpkg_ogr_contents"))) // let GDAL count again
            db.exec(QStringLiteral("DELETE FROM gpkg_ogr_contents WHERE lower(table_name) = 'layer_styles'"));
    }
    db.exec(kLayerStylesSql);
    gpkg::registerAttributeTable(db, QStringLiteral("layer_styles"), QStringLiteral("layer_styles"),
                                 QStringLiteral("QGIS styles of the project's layers"));
    if (!existed) return;
    QStringList common;
    auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('layer_styles_schema7')"));
    while (info.next())
        if (kLayerStylesColumns.contains(info.text(0))) common << u'"' + info.text(0) + u'"';
    if (!common.isEmpty())
        db.exec(
            QStringLiteral("INSERT INTO layer_styles (%1) SELECT %1 FROM layer_styles_schema7 ORDER BY rowid")
                .arg(common.join(u',')));
    db.exec(QStringLiteral("DROP TABLE layer_styles_schema7"));
}

LayerStyle styleOf(const QString &table, std::optional<gpkg::GeometryType> geometry)
{
    static const QHash<QString, QString> colours{{QStringLiteral("site_aois"), QStringLiteral("#FF7F0E")},
                                                 {QStringLiteral("scenes"), QStringLiteral("#FFD400")},
                                                 {QStringLiteral("events"), QStringLiteral("#2CA02C")},
                                                 {QStringLiteral("annotations"), QStringLiteral("#00E5FF")},
                                                 {QStringLiteral("claims"), QStringLiteral("#BCBD22")}};
    static const QHash<QString, QString> names{{QStringLiteral("sites"), QStringLiteral("name")},
                                               {QStringLiteral("site_aois"), QStringLiteral("name")},
                                               {QStringLiteral("sources"), QStringLiteral("title")},
                                               {QStringLiteral("claims"), QStringLiteral("quote")},
                                               {QStringLiteral("events"), QStringLiteral("title")},
                                               {QStringLiteral("annotations"), QStringLiteral("label")},
                                               {QStringLiteral("captures"), QStringLiteral("file_name")},
                                               {QStringLiteral("judgments"), QStringLiteral("statement")},
                                               {QStringLiteral("bookmarks"), QStringLiteral("name")},
                                               {QStringLiteral("object_kinds"), QStringLiteral("name")},
                                               {QStringLiteral("sightline_meta"), QStringLiteral("key")}};
    LayerStyle s;
    s.table = table;
    s.geometry = geometry;
    s.colour = colours.value(table, QStringLiteral("#7F7F7F"));
    if (table == QLatin1String("sites")) s.kindField = QStringLiteral("kind");
    s.displayField = names.value(table);
    return s;
}

std::optional<gpkg::GeometryType> geometryTypeFromName(const QString &name)
{
    for (gpkg::GeometryType t : {gpkg::GeometryType::Point, gpkg::GeometryType::LineString,
                                 gpkg::GeometryType::Polygon, gpkg::GeometryType::Geometry})
        if (gpkg::geometryTypeName(t).compare(name, Qt::CaseInsensitive) == 0) return t;
    return gpkg::GeometryType::Geometry;
}

} // namespace

bool isQgisStepTable(const QString &table)
{
    return table == QLatin1String("capture_text") || table == QLatin1String("layer_styles");
}

void migrateToQgisSchema(sql::Database &db)
{
    for (const Rebuilt &r : kRebuilt) {
        rebuild(db, r);
        gpkg::registerAttributeTable(db, QLatin1String(r.table), QLatin1String(r.identifier),
                                     QLatin1String(r.description));
    }
    gpkg::registerAttributeTable(db, QStringLiteral("review_flags"), QStringLiteral("Review flags"),
                                 QStringLiteral("Records flagged for review and why"));
    gpkg::registerAttributeTable(db, QStringLiteral("source_grades"), QStringLiteral("Grading history"),
                                 QStringLiteral("Append-only history of the grades of sources"));

    // The text extracted from captured files cannot be made again from the records alone.
    db.exec(QStringLiteral("CREATE TABLE capture_text (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                           "capture_uuid TEXT NOT NULL UNIQUE, text TEXT NOT NULL)"));
    gpkg::registerAttributeTable(db, QStringLiteral("capture_text"), QStringLiteral("Capture text"),
                                 QStringLiteral("Text extracted from captured files, for search"));
    if (db.scalarInt(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE name = 'search_index'"))
            .value_or(0) > 0) {
        db.exec(QStringLiteral(
            "INSERT INTO capture_text (capture_uuid, text) SELECT record_uuid, text FROM "
            "main.search_index WHERE record_type = 'capture' AND part = 'content' ORDER BY rowid"));
        db.exec(QStringLiteral("DROP TABLE main.search_index"));
    }

    createLayerStyles(db);
    writeLayerStyles(db);
}

void writeLayerStyles(sql::Database &db)
{
    struct Layer
    {
        QString table, geometryColumn;
        std::optional<gpkg::GeometryType> type;
    };
    QList<Layer> layers;
    auto s = db.prepare(QStringLiteral(
        "SELECT c.table_name, g.column_name, g.geometry_type_name FROM gpkg_contents c LEFT JOIN "
        "gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type IN ('features', "
        "'attributes') "
        "ORDER BY c.rowid"));
    while (s.next()) {
        Layer l{s.text(0), s.isNull(1) ? QString() : s.text(1), std::nullopt};
        if (!l.geometryColumn.isEmpty()) l.type = geometryTypeFromName(s.text(2));
        layers << l;
    }
    auto drop = db.prepare(QStringLiteral("DELETE FROM layer_styles WHERE styleName = ?"));
    drop.bind(1, kStyleName);
    drop.run();
    auto ins = db.prepare(QStringLiteral("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                                         "f_table_name, f_geometry_column, styleName, "
                                         "styleQML, styleSLD, useAsDefault, description, owner) VALUES ('', "
                                         "'', ?, coalesce(?, ''), ?, ?, '', ?, ?, '')"));
    for (const Layer &l : std::as_const(layers)) {
        auto hasDefault =
            db.prepare(QStringLiteral("SELECT 1 FROM layer_styles WHERE f_table_name = ? AND useAsDefault"));
        hasDefault.bind(1, l.table);
        const bool other = hasDefault.next();
        ins.bind(1, l.table).bind(2, l.geometryColumn).bind(3, kStyleName);
        ins.bind(4, layerStyleQml(styleOf(l.table, l.type))).bind(5, other ? 0 : 1);
        ins.bind(6, QStringLiteral("Sightline's style of this layer"));
        ins.run();
    }
}

} // namespace sightline::store
