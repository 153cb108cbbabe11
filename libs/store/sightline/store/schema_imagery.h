#pragma once

#include "sightline/store/sqlite.h"

namespace sightline::store {

// The schema version whose step added the imagery tables below.
constexpr int kImageryTablesAddedIn = 4;

// Adds what imagery scenes need beside their row in `scenes`: their display settings
// (scene_display: one JSON object per scene) and the content of scenes embedded in the project
// (scene_chunks: 1 MiB chunks, like capture content). New files and the migration both get
// them from here.
void createImageryTables(sql::Database &db);

} // namespace sightline::store
