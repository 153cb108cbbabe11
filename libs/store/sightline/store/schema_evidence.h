#pragma once

#include "sightline/core/kinds.h"
#include "sightline/store/sqlite.h"

#include <QUuid>

namespace sightline::store {

// The schema version whose step adds the evidence tables: the custody log, review flags, the
// grading history of sources, capture versions, the full-text search index and the project's
// grading scheme.
constexpr int kEvidenceSchemaVersion = 3;

// Creates the evidence tables (inside the caller's transaction). A new project gets them empty.
void createEvidenceTables(sql::Database &db);

// The migration step to kEvidenceSchemaVersion: the tables, then what they can learn from the
// records already there: each source's present grade as the start of its history, capture
// version numbers in order of capture, and the search index.
void migrateToEvidenceSchema(sql::Database &db);

// True for a table the evidence step added.
bool isEvidenceTable(const QString &table);

// Writes the search index entry of one record (its own text fields), replacing the old one.
// Record types without searchable text are ignored.
void indexRecord(sql::Database &db, RecordType type, const QUuid &id);
// Writes the extracted text of a capture's content ("content" part), replacing the old one.
void indexCaptureContent(sql::Database &db, const QUuid &captureId, const QString &text);
// Removes every search entry of a record.
void unindexRecord(sql::Database &db, const QUuid &id);
// Empties the index and fills it again from every record (capture content text is kept).
void rebuildSearchIndex(sql::Database &db);

// Turns what a person types into an FTS5 query: words must all occur (in any order), "quoted
// words" as a phrase, a trailing * for a prefix; FTS5 operators are taken as plain words.
QString ftsQuery(const QString &text);

} // namespace sightline::store
