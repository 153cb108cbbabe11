#pragma once

#include <QString>

#include <memory>

namespace sightline::geo {

// Registers GDAL's drivers once per process and routes GDAL's error messages away from
// stderr (callers report problems themselves); caps GDAL's block cache at 64 MiB unless
// GDAL_CACHEMAX says otherwise. Safe to call from any thread, any number of times.
void ensureGdal();

// Closes a GDAL dataset (GDALDatasetH) when it goes out of scope.
struct DatasetCloser
{
    void operator()(void *ds) const;
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

// GDAL's last error message on this thread as " (message)", its first line only; empty when
// there is none. Appended to a message that names the file.
QString gdalMessage();

// Why a file cannot be read at all ("no such file", "is not a file", "cannot be read (permission
// denied)", "is empty"), or nothing when it can: checked before GDAL is asked, whose own
// messages for these cases are less plain.
QString unreadableFileReason(const QString &path);

} // namespace sightline::geo
