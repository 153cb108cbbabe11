// GeoPackage geometry blobs: the header we parse ourselves, then the WKB through OGR.
#include "sightline/geo/gpkgblob.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray blob(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto g = sightline::geo::decodeGpkgGeometry(blob))
        (void)sightline::geo::encodeGpkgGeometry(*g); // what was read must write back
    (void)sightline::geo::gpkgEnvelope(data, static_cast<int>(size));
    return 0;
}
