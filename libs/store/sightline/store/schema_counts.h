#pragma once

#include "sightline/store/sqlite.h"

namespace sightline::store {

// The schema version that made annotations countable: an annotation's count, confidence and
// shape, what a quantity measures (claims and observations), an imagery scene's licence terms,
// and the project's own object kinds (table object_kinds).
constexpr int kCountsSchemaVersion = 6;

// Creates the object_kinds attribute table: the kinds a project adds to the built-in vocabulary.
void createObjectKindsTable(sql::Database &db);

// The step from schema 5: the columns added in schema 6 (NULL in older rows, read as defaults)
// and the object_kinds table.
void migrateToCountsSchema(sql::Database &db);

} // namespace sightline::store
