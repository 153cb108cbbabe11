#pragma once

#include <QString>
#include <QStringList>

namespace sightline::store {

// Writes a copy of a project that the schema check refused, holding only what this build's
// schema code makes: foreign triggers, views, indexes and tables dropped; an object that differs
// from this build's (a changed trigger, a view standing in for a table) replaced by the expected
// one, a replaced table empty; missing ones made again. Records in tables that were as expected
// are kept as they are. The original is only read (VACUUM INTO; nothing in it runs); the copy is
// written to a temporary file renamed into place, so target is either untouched or complete.
// Returns one line for each change made. Throws StoreError naming the file when the original is
// not a Sightline project at all, its own metadata table was replaced, or the copy cannot be
// made clean. The caller's thread; no widgets.
QStringList writeCleanedCopy(const QString &original, const QString &target);

} // namespace sightline::store
