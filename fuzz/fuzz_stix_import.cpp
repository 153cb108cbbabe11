// The STIX 2.1 bundle reader: a bundle imported into an empty project (one transaction).
#include "fuzzproject.h"

#include "sightline/interop/importerror.h"
#include "sightline/interop/stiximport.h"

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
    const QString file = fuzz::writeInput(data, size, QStringLiteral("input.json"));
    try {
        Project::Batch rolledBack(project);
        (void)importStix(project, file, {});
    } catch (const ImportError &) {
    } catch (const StoreError &) {
    }
    return 0;
}
