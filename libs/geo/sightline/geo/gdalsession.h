#pragma once

namespace sightline::geo {

// Registers GDAL's drivers once per process and routes GDAL's error messages away from
// stderr (callers report problems themselves); caps GDAL's block cache at 256 MiB unless
// GDAL_CACHEMAX says otherwise. Safe to call from any thread, any number of times.
void ensureGdal();

} // namespace sightline::geo
