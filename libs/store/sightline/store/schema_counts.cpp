// The counting step of the project schema.
#include "sightline/store/schema_counts.h"

#include "sightline/store/gpkg.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/schema.h"

namespace sightline::store {

void createObjectKindsTable(sql::Database &db)
{
    db.exec(QStringLiteral("CREATE TABLE object_kinds (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                           "key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, colour TEXT NOT NULL)"));
    gpkg::registerAttributeTable(db, QStringLiteral("object_kinds"), QStringLiteral("Object kinds"),
                                 QStringLiteral("Kinds of object the project counts, beyond the built-in ones"));
}

void migrateToCountsSchema(sql::Database &db)
{
    for (const TableSpec *spec : allTableSpecs())
        if (tableAddedIn(spec->table) < kCountsSchemaVersion)
            addMissingColumns(db, *spec);
    createObjectKindsTable(db);
}

} // namespace sightline::store
