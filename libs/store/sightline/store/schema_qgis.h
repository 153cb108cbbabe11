#pragma once

#include "sightline/store/sqlite.h"

namespace sightline::store {

// The schema version whose step makes a project open cleanly in QGIS (and any GDAL reader that
// lists every table): each table a layer that opens (an INTEGER primary key and a row in
// gpkg_contents), the full-text search index out of the file (search.cpp keeps it in memory),
// the extracted text of captures in a table of its own (capture_text), and a layer_styles table
// in QGIS's own layout holding a default style for every layer.
constexpr int kQgisSchemaVersion = 8;

// True for a table this step added (capture_text, layer_styles).
bool isQgisStepTable(const QString &table);

// The step from schema 7 (inside the caller's transaction): the tables keyed by text rebuilt
// with an INTEGER primary key, every table registered, capture content text moved out of the
// search index into capture_text, the index dropped, the styles written. A new project is made
// as a schema-7 one and brought forward by this same step, so that both are the same.
void migrateToQgisSchema(sql::Database &db);

// Writes Sightline's default style of every layer of the project into layer_styles, replacing
// its own earlier ones; a style someone saved in QGIS as a layer's default stays the default.
void writeLayerStyles(sql::Database &db);

} // namespace sightline::store
