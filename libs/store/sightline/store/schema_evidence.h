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
// Record types without searchable text are ignored. isNew: the record was just inserted, so it
// has no entry to replace (saves a look-up per record in bulk imports).
void indexRecord(sql::Database &db, RecordType type, const QUuid &id, bool isNew = false);
// Keeps the extracted text of a capture's content in capture_text, replacing the old one, and
// in the index ("content" part).
void indexCaptureContent(sql::Database &db, const QUuid &captureId, const QString &text);
// Removes every search entry of a record; call it before the record's row is deleted.
void unindexRecord(sql::Database &db, RecordType type, const QUuid &id);
// Indexes many records of one type at once, in one statement (an import's thousands of claims):
// FTS5 writes its pending terms to disk at every statement savepoint, so one statement a record
// costs a flush a record. replaced: records whose old text is to be taken out first.
void indexRecords(sql::Database &db, RecordType type, const QList<QUuid> &ids, const QSet<QUuid> &replaced);
// Builds the search index of this connection, once: an FTS5 table in the connection's temporary
// database, filled from every record and from capture_text. The file holds no index (schema 8):
// what another program changed in the records is found the next time a connection builds it.
// The index functions above keep a built index current and do nothing before it is built.
void ensureSearchIndex(sql::Database &db);

// Turns what a person types into an FTS5 query: words must all occur (in any order), "quoted
// words" as a phrase, a trailing * for a prefix; FTS5 operators are taken as plain words.
QString ftsQuery(const QString &text);

} // namespace sightline::store
