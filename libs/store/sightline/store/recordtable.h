#pragma once

#include "sightline/core/validate.h"
#include "sightline/store/gpkg.h"
#include "sightline/store/rowio.h"

#include <optional>

namespace sightline::store {

// How one record type maps onto one GeoPackage table: its columns (after the shared meta
// columns, before the geometry column "geom"), how a record is written and read, and which
// other records it refers to. One specialisation per record type; the store's generic code
// does the rest.
// A column added to a table after its first schema: created by ALTER TABLE both in a new project
// and in a migrated one, so the two have the same table definition; NULL in rows written before.
struct AddedColumn
{
    int version;         // the schema version that added it
    QString declaration; // "count INTEGER": never NOT NULL
};

struct TableSpec
{
    RecordType type;
    QString table;
    QString identifier;  // layer name shown in QGIS
    QString description;
    QStringList columns; // "name TEXT NOT NULL", ...
    std::optional<gpkg::GeometryType> geometry;
    QStringList indexed; // columns with an index
    QList<AddedColumn> added = {}; // after columns and before geom in a record's row
};

struct Reference
{
    RecordType type;
    QUuid id;
    QString role; // "source", "site" ... for messages
};

template <typename T> struct RecordTable;

#define SIGHTLINE_RECORD_TABLE(T)                                                                          \
    template <> struct RecordTable<T>                                                                      \
    {                                                                                                      \
        static const TableSpec &spec();                                                                    \
        static void write(RowWriter &w, const T &r);                                                       \
        static T read(RowReader &r);                                                                       \
        static QString summary(const T &r);                                                                \
        static QList<Reference> references(const T &r);                                                    \
    };

SIGHTLINE_RECORD_TABLE(Site)
SIGHTLINE_RECORD_TABLE(Source)
SIGHTLINE_RECORD_TABLE(Capture)
SIGHTLINE_RECORD_TABLE(Claim)
SIGHTLINE_RECORD_TABLE(ImageryScene)
SIGHTLINE_RECORD_TABLE(Annotation)
SIGHTLINE_RECORD_TABLE(Observation)
SIGHTLINE_RECORD_TABLE(Event)
SIGHTLINE_RECORD_TABLE(Link)
SIGHTLINE_RECORD_TABLE(Bookmark)
SIGHTLINE_RECORD_TABLE(Judgment)

#undef SIGHTLINE_RECORD_TABLE

// Every record table, in creation order.
QList<const TableSpec *> allTableSpecs();
const TableSpec &specFor(RecordType type);

} // namespace sightline::store
