#pragma once

#include "sightline/store/sqlite.h"

namespace sightline::store {

// The schema version whose step added the judgments table: analytic judgments with their
// likelihood and confidence (what they rest on are links, in the links table).
constexpr int kJudgmentsTableAddedIn = 5;

// Creates the judgments attribute table, registered in gpkg_contents so that QGIS lists it.
// New files and the migration both get it from here; an older file has no judgments, so the
// step adds nothing to the search index.
void createJudgmentsTable(sql::Database &db);

} // namespace sightline::store
