#pragma once

#include "sightline/store/sqlite.h"

#include <QStringList>

namespace sightline::gpkg {

// What makes an SQLite file an OGC GeoPackage 1.3 (OGC 12-128r18): the application id, the
// required metadata tables, registered feature and attribute tables, and R-tree indexes kept
// up to date by the standard triggers.

constexpr qint64 kApplicationId = 0x47504B47; // "GPKG"
constexpr qint64 kUserVersion = 10300;        // 1.3.0

// The SQL functions the R-tree triggers call (ST_MinX ... ST_IsEmpty). Every connection that
// writes geometries registers them.
void registerFunctions(sql::Database &db);

// Creates the required tables and spatial reference systems in an empty database.
void createCore(sql::Database &db);

enum class GeometryType { Point, LineString, Polygon, Geometry };

void registerFeatureTable(sql::Database &db, const QString &table, const QString &identifier,
                          const QString &description, const QString &geomColumn, GeometryType type);
void registerAttributeTable(sql::Database &db, const QString &table, const QString &identifier,
                            const QString &description);
// The gpkg_rtree_index extension for one geometry column: the virtual table, its triggers,
// and its row in gpkg_extensions; existing rows are indexed.
void createSpatialIndex(sql::Database &db, const QString &table, const QString &geomColumn);

// Structural problems, one line each (empty when the file is a sound GeoPackage).
QStringList structureProblems(sql::Database &db);

QString geometryTypeName(GeometryType t);

} // namespace sightline::gpkg
