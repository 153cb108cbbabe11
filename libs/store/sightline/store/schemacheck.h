#pragma once

#include "sightline/store/schema.h"
#include "sightline/store/sqlite.h"

#include <QList>
#include <QString>

namespace sightline::store {

// One object of a file's schema (a row of sqlite_master) that is not what this build makes.
struct SchemaProblem
{
    enum class Kind
    {
        Foreign, // an object this build never makes (a planted trigger, view, index, table)
        Changed, // an object of the expected name whose kind or definition differs
        Missing, // an object the file's schema version has, absent
    };
    Kind kind;
    QString type; // table, index, trigger, view
    QString name;
    QString table; // the table a trigger or index is on
    // "trigger \"x\" on captures, which this build does not make", for one line.
    QString text() const;
};

// Compares a file's schema with the one this build's schema code makes (createSchema run on an
// empty in-memory database, once, so there is no second copy of the schema to keep in step):
// tables, columns, indexes, triggers, views and virtual tables, by kind, name and definition.
// Objects of tables added after fileVersion are not expected (an older file read without
// migration). Schema objects are read from sqlite_master only: nothing in the file runs.
// A later schema version plugs in by adding its tables to createSchema, its step to
// migrations() and its version to tableAddedIn(); nothing here changes.
// Any thread; db belongs to the caller's thread.
QList<SchemaProblem> schemaProblems(sql::Database &db, int fileVersion);

// Throws StoreError::Foreign naming the file and the first foreign or changed object (and how
// many more there are); missing objects are left to verify(). Run before anything reads a table.
void refuseForeignSchema(sql::Database &db);

// The expected definition of an object of this build's schema in a file of that version, or a
// null string.
QString expectedDefinition(const QString &type, const QString &name, int fileVersion = kSchemaVersion);

} // namespace sightline::store
