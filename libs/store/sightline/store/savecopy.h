#pragma once

#include "sightline/store/sqlite.h"

namespace sightline::store {

// Removes what a copy of a project would otherwise hand on of deleted records: merges the
// full-text index (deleted words stay in its older segments until then) and vacuums with
// secure_delete on. For copies made to leave the machine (Project::saveCopyAs, cleaned copies);
// never on the project itself. The connection's thread.
void dropDeletedRemains(sql::Database &db);

} // namespace sightline::store
