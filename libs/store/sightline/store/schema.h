#pragma once

#include "sightline/store/sqlite.h"

#include <QList>

#include <functional>

namespace sightline::store {

// The version of the project schema this build writes. A file with a higher version comes from
// a newer Sightline and is refused; a lower one is migrated forward when opened for writing.
constexpr int kSchemaVersion = 1;

// Creates every table of a new project in an empty database (inside the caller's transaction).
void createSchema(sql::Database &db, const QString &projectTitle);

// One forward step: brings a file from version `from` to `from + 1`.
struct Migration
{
    int from;
    std::function<void(sql::Database &)> apply;
};

// The steps this build knows, oldest first.
const QList<Migration> &migrations();

// Runs the steps from `fileVersion` up to `target` in one transaction and records the new
// version; throws, leaving the file as it was, if a step is missing or fails.
void migrate(sql::Database &db, int fileVersion, int target, const QList<Migration> &steps);

// sightline_meta access.
QString metaValue(sql::Database &db, const QString &key);
void setMetaValue(sql::Database &db, const QString &key, const QString &value);

} // namespace sightline::store
