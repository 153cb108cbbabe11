// The GeoJSON/KML/CSV reader for sites and claims: each input tried as each of the three, into
// an empty project (one transaction, never committed).
#include "fuzzproject.h"

#include "sightline/interop/importerror.h"
#include "sightline/interop/vectorimport.h"

#include <memory>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sightline::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sightline;
    Project &project = fuzz::emptyProject();
    for (const char *name : {"input.geojson", "input.kml", "input.csv"}) {
        const QString file = fuzz::writeInput(data, size, QString::fromLatin1(name));
        try {
            Project::Batch rolledBack(project);
            (void)importVector(project, file, {});
        } catch (const ImportError &) {
        } catch (const StoreError &) {
        }
    }
    return 0;
}
