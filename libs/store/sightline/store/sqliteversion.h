#pragma once

#include <QString>

namespace sightline::sql {

// The SQLite library linked at run time: "3.40.1". Any thread.
QString sqliteVersion();

} // namespace sightline::sql
