#include "sightline/store/schema_imagery.h"

namespace sightline::store {

void createImageryTables(sql::Database &db)
{
    // Plain tables, like capture_chunks: a GeoPackage reader has no use for them.
    db.exec(QStringLiteral("CREATE TABLE scene_display (scene_uuid TEXT PRIMARY KEY NOT NULL, display TEXT NOT NULL)"));
    db.exec(QStringLiteral("CREATE TABLE scene_chunks (scene_uuid TEXT NOT NULL, seq INTEGER NOT NULL, "
                           "data BLOB NOT NULL, PRIMARY KEY (scene_uuid, seq))"));
}

} // namespace sightline::store
