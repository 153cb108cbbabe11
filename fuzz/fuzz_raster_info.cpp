// Raster description through GDAL: what import-imagery reads from an image file.
#include "fuzzinput.h"

#include "sightline/geo/rasterinfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = sightline::fuzz::writeInput(data, size, QStringLiteral("input.tif"));
    QString error;
    (void)sightline::geo::readRasterInfo(path, &error);
    return 0;
}
