#pragma once

#include "sightline/store/sqlite.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sightline::store {

// One object of a schema: a row of sqlite_master, its definition with whitespace simplified.
struct SchemaObject
{
    QString type, name, table, sql;
    bool operator==(const SchemaObject &) const = default;
};
using SchemaObjects = QHash<QString, SchemaObject>; // by name

// A database's schema objects, as sqlite_master lists them. Reads only: nothing in the file runs.
QList<SchemaObject> schemaObjectsOf(sql::Database &db);

// The objects createSchema makes for that version, in an empty database in memory. Takes tens of
// milliseconds: SQLite parses every statement, and the whole schema again after each table a
// migration step rebuilds.
SchemaObjects schemaMadeAt(int version);

// This build's schema (schemaMadeAt(kSchemaVersion)) as a file, with the SQLite version that
// made it: written at build time to share/sightline/schema-reference.json beside the programs'
// folder, so that a program opening a project need not make the schema again first.
QByteArray schemaReferenceFile();

// The objects of such a file, if it was made with this process's SQLite (whose ALTER TABLE
// writes the definitions a migration leaves) for this build's schema version; otherwise, or
// when it is not such a file, nothing.
std::optional<SchemaObjects> readSchemaReference(const QByteArray &contents);

// Where a program looks for the file: ../share/sightline/ from its own folder (the build tree
// and an installed system alike). Empty without a QCoreApplication.
QString schemaReferencePath();

// The schema of a new project of this build, for the checks of files opened: read from the file
// beside the programs when it fits, else made in memory. Once a process; any thread.
const SchemaObjects &currentSchema();

} // namespace sightline::store
