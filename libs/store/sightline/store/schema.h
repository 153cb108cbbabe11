#pragma once

#include "sightline/store/sqlite.h"

#include <QList>

#include <functional>

namespace sightline::store {

// The version of the project schema this build writes. A file with a higher version comes from
// a newer Sightline and is refused; a lower one is migrated forward when opened for writing.
// Schema 2 added bookmarks and the map's layer state; schema 3 the evidence tables (custody
// log, review flags, grading history, capture versions, full-text search; schema_evidence.h);
// schema 4 imagery display settings and embedded scenes (schema_imagery.h); schema 5 analytic
// judgments (schema_judgments.h); schema 6 counts on annotations, measures of quantities, licence
// terms and the project's object kinds (schema_counts.h); schema 7 the history of every record,
// entry ids of the logs and merge conflicts (history.h); schema 8 every table a layer that QGIS
// opens, each with a style, and the search index out of the file (schema_qgis.h).
constexpr int kSchemaVersion = 8;

struct TableSpec;

// Creates every table of a new project in an empty database (inside the caller's transaction).
// An older version (7 at the earliest) makes the tables a file of that version has, for the
// schema check of older files; a new project is always made at kSchemaVersion.
void createSchema(sql::Database &db, const QString &projectTitle, int version = kSchemaVersion);

// Creates one record table with its indexes, registered as a GeoPackage feature table (with its
// spatial index) or attribute table.
void createRecordTable(sql::Database &db, const TableSpec &spec);

// Adds the spec's later columns (TableSpec::added) that the table lacks, in their order, so that
// a migrated table and a new one have the same definition.
void addMissingColumns(sql::Database &db, const TableSpec &spec);

// The tables schema 2 added: bookmarks and map_layers. New files and the migration from schema
// 1 both get them from here, so that a migrated file is the same as a new one.
void createSchema2Tables(sql::Database &db);

// The schema version that added a table (1 for the tables of the first schema). A file opened
// read-only at an older version is not migrated, so it lacks the later tables.
int tableAddedIn(const QString &table);

// One forward step: brings a file from version `from` to `from + 1`.
struct Migration
{
    int from;
    std::function<void(sql::Database &)> apply;
};

// The steps this build knows, oldest first.
const QList<Migration> &migrations();

// Runs the steps from `fileVersion` up to `target` in one transaction and records the new
// version; throws, leaving the file as it was, if a step is missing or fails.
void migrate(sql::Database &db, int fileVersion, int target, const QList<Migration> &steps);

// sightline_meta access.
QString metaValue(sql::Database &db, const QString &key);
void setMetaValue(sql::Database &db, const QString &key, const QString &value);

} // namespace sightline::store
