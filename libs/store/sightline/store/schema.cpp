#include "sightline/store/schema.h"

#include "sightline/core/record.h"
#include "sightline/store/gpkg.h"
#include "sightline/store/history.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/schema_counts.h"
#include "sightline/store/schema_evidence.h"
#include "sightline/store/schema_imagery.h"
#include "sightline/store/schema_judgments.h"
#include "sightline/store/schema_qgis.h"

#include <QSet>

namespace sightline::store {
namespace {

QString createTableSql(const TableSpec &spec)
{
    QStringList cols{QStringLiteral("fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"),
                     QStringLiteral("uuid TEXT NOT NULL UNIQUE"), QStringLiteral("created_utc DATETIME NOT NULL"),
                     QStringLiteral("modified_utc DATETIME NOT NULL"), QStringLiteral("author TEXT NOT NULL"),
                     QStringLiteral("revision INTEGER NOT NULL")};
    cols += spec.columns;
    if (spec.geometry)
        cols << QStringLiteral("geom ") + gpkg::geometryTypeName(*spec.geometry);
    return QStringLiteral("CREATE TABLE %1 (\n  %2)").arg(spec.table, cols.join(QStringLiteral(",\n  ")));
}

} // namespace

void createRecordTable(sql::Database &db, const TableSpec &spec)
{
    db.exec(createTableSql(spec));
    addMissingColumns(db, spec);
    for (const QString &col : spec.indexed)
        db.exec(QStringLiteral("CREATE INDEX idx_%1_%2 ON %1(%2)").arg(spec.table, col));
    if (spec.geometry) {
        gpkg::registerFeatureTable(db, spec.table, spec.identifier, spec.description, QStringLiteral("geom"),
                                   *spec.geometry);
        gpkg::createSpatialIndex(db, spec.table, QStringLiteral("geom"));
    } else {
        gpkg::registerAttributeTable(db, spec.table, spec.identifier, spec.description);
    }
}

void addMissingColumns(sql::Database &db, const TableSpec &spec)
{
    QSet<QString> have;
    auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    info.bind(1, spec.table);
    while (info.next())
        have.insert(info.text(0));
    for (const AddedColumn &c : spec.added)
        if (!have.contains(c.declaration.section(u' ', 0, 0)))
            db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(spec.table, c.declaration));
}

int tableAddedIn(const QString &table)
{
    if (table == RecordTable<Bookmark>::spec().table || table == QLatin1String("map_layers"))
        return 2;
    if (isEvidenceTable(table))
        return kEvidenceSchemaVersion;
    if (table == QLatin1String("scene_display") || table == QLatin1String("scene_chunks"))
        return kImageryTablesAddedIn;
    if (table == QLatin1String("judgments"))
        return kJudgmentsTableAddedIn;
    if (table == QLatin1String("object_kinds"))
        return kCountsSchemaVersion;
    if (table == QLatin1String("record_history") || table == QLatin1String("merge_conflicts"))
        return kHistorySchemaVersion;
    if (isQgisStepTable(table))
        return kQgisSchemaVersion;
    return 1;
}

void createSchema(sql::Database &db, const QString &title, int version)
{
    gpkg::createCore(db);
    for (const TableSpec *spec : allTableSpecs())
        if (tableAddedIn(spec->table) == 1) // the later ones come with their schema's tables below
            createRecordTable(db, *spec);

    // A site's area of interest is a second geometry; GeoPackage allows one per table.
    db.exec(QStringLiteral("CREATE TABLE site_aois (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                           "site_uuid TEXT NOT NULL UNIQUE, name TEXT, geom POLYGON)"));
    gpkg::registerFeatureTable(db, QStringLiteral("site_aois"), QStringLiteral("Site areas of interest"),
                               QStringLiteral("Outlines of the areas that imagery and counts of a site refer to"),
                               QStringLiteral("geom"), gpkg::GeometryType::Polygon);
    gpkg::createSpatialIndex(db, QStringLiteral("site_aois"), QStringLiteral("geom"));

    // Capture content in 1 MiB chunks: streams in and out without holding a file in memory,
    // and stays below SQLite's limit on one value.
    db.exec(QStringLiteral("CREATE TABLE capture_chunks (capture_uuid TEXT NOT NULL, seq INTEGER NOT NULL, "
                           "data BLOB NOT NULL, PRIMARY KEY (capture_uuid, seq))"));

    // The history of every change. Append-only: the triggers refuse to rewrite or delete it.
    db.exec(QStringLiteral(R"(
CREATE TABLE change_log (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at_utc DATETIME NOT NULL, author TEXT NOT NULL,
  action TEXT NOT NULL, record_type TEXT NOT NULL, record_uuid TEXT NOT NULL, revision INTEGER NOT NULL,
  summary TEXT);
CREATE INDEX idx_change_log_record ON change_log(record_uuid);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
)"));
    gpkg::registerAttributeTable(db, QStringLiteral("change_log"), QStringLiteral("Change log"),
                                 QStringLiteral("Append-only history: who changed which record, when"));

    createSchema2Tables(db);
    createImageryTables(db);

    db.exec(QStringLiteral("CREATE TABLE sightline_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"));
    setMetaValue(db, QStringLiteral("schema_version"), QString::number(version));
    setMetaValue(db, QStringLiteral("project_uuid"), uuidText(QUuid::createUuid()));
    setMetaValue(db, QStringLiteral("title"), title);
    setMetaValue(db, QStringLiteral("created_utc"), dateTimeText(nowUtc()));
    createEvidenceTables(db);
    createJudgmentsTable(db);
    createObjectKindsTable(db);
    createHistoryTables(db);
    if (version >= kQgisSchemaVersion)
        migrateToQgisSchema(db);
}

void createSchema2Tables(sql::Database &db)
{
    createRecordTable(db, RecordTable<Bookmark>::spec());

    // The state of the map's layers. Not records: the whole set is replaced at once, and the
    // change log notes each replacement. The layer id is unique rather than the primary key:
    // a GeoPackage attribute table needs an INTEGER one (OGC 12-128r18, requirement 119).
    db.exec(QStringLiteral("CREATE TABLE map_layers (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                           "layer_id TEXT NOT NULL UNIQUE, position INTEGER NOT NULL, visible BOOLEAN NOT NULL, "
                           "opacity DOUBLE NOT NULL, hidden_kinds TEXT)"));
    gpkg::registerAttributeTable(db, QStringLiteral("map_layers"), QStringLiteral("Map layers"),
                                 QStringLiteral("Order, visibility, opacity and hidden kinds of the map's layers"));
}

const QList<Migration> &migrations()
{
    // Each schema change adds its step here, and a test file written by the older version
    // (tests/data/project-schema1.gpkg for version 1).
    static const QList<Migration> steps{{1, createSchema2Tables},
                                        {2, migrateToEvidenceSchema},
                                        {kImageryTablesAddedIn - 1, createImageryTables},
                                        {kJudgmentsTableAddedIn - 1, createJudgmentsTable},
                                        {kCountsSchemaVersion - 1, migrateToCountsSchema},
                                        {kHistorySchemaVersion - 1, migrateToHistorySchema},
                                        {kQgisSchemaVersion - 1, migrateToQgisSchema}};
    return steps;
}

void migrate(sql::Database &db, int fileVersion, int target, const QList<Migration> &steps)
{
    if (fileVersion >= target)
        return;
    sql::Transaction tx(db);
    for (int v = fileVersion; v < target; ++v) {
        const auto step = std::find_if(steps.begin(), steps.end(), [v](const Migration &m) { return m.from == v; });
        if (step == steps.end())
            throw StoreError(StoreError::Kind::Internal, db.path(),
                             QStringLiteral("no migration from schema %1 to %2").arg(v).arg(v + 1));
        step->apply(db);
    }
    setMetaValue(db, QStringLiteral("schema_version"), QString::number(target));
    tx.commit();
}

QString metaValue(sql::Database &db, const QString &key)
{
    auto s = db.prepare(QStringLiteral("SELECT value FROM sightline_meta WHERE key = ?"));
    s.bind(1, key);
    return s.next() ? s.text(0) : QString();
}

void setMetaValue(sql::Database &db, const QString &key, const QString &value)
{
    auto s = db.prepare(QStringLiteral("INSERT OR REPLACE INTO sightline_meta (key, value) VALUES (?, ?)"));
    s.bind(1, key).bind(2, value);
    s.run();
}

} // namespace sightline::store
