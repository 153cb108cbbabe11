#pragma once

#include <QString>

namespace sightline::store {

struct ProbeResult
{
    int schemaVersion = 0;
};

// Decides, without modifying anything, whether path is a Sightline project this build can open:
// it exists, is an SQLite database no shorter than its header says, is a GeoPackage, carries
// Sightline's metadata, and is not from a newer schema. Throws StoreError with one clear line
// otherwise.
ProbeResult probeProjectFile(const QString &path);

} // namespace sightline::store
