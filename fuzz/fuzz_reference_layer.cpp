// A vector file added to the map as a reference layer: every layer's shapes, as the map reads
// them (through OGR's column stream where the driver serves one), each input tried as a
// GeoPackage and as a FlatGeobuf file, the two formats whose drivers serve it in GDAL 3.6.
#include "fuzzinput.h"

#include "sightline/geo/vectorfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const char *name : {"input.gpkg", "input.fgb"}) {
        const QString path = sightline::fuzz::writeInput(data, size, QString::fromLatin1(name));
        QList<sightline::geo::VectorLayerData> layers;
        QString error;
        (void)sightline::geo::readVectorLayers(path, {}, &layers, &error);
    }
    return 0;
}
