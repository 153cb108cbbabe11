#pragma once

#include "sightline/core/record.h"
#include "sightline/store/recordtable.h"
#include "sightline/store/sqlite.h"

#include <QJsonValue>
#include <QString>

namespace sightline::merge {

// Helpers the merge, the diff and conflict resolution share.

// A JSON value as stored in merge_conflicts (any value, null included) and back.
QString jsonText(const QJsonValue &value);
QJsonValue jsonFromText(const QString &text);

// The record table of that name; nullptr for none.
const store::TableSpec *specForTable(const QString &table);

// Appends a change log entry for a record the merge or a resolution changed.
void logChange(sql::Database &db, const QString &action, const store::TableSpec &spec, const RecordMeta &meta,
               const QString &author, const QString &summary);

} // namespace sightline::merge
