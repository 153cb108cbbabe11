// The STIX 2.1 bundle reader: a bundle imported into an empty project (one transaction).
#include "fuzzinput.h"

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
    // One empty project, opened once; each import runs inside a batch that is never committed.
    static const std::unique_ptr<Project> project = [] {
        const QString path = fuzz::scratchFolder() + QStringLiteral("/empty.gpkg");
        Project::create(path, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
        return Project::open(path, QStringLiteral("fuzz"));
    }();
    const QString file = fuzz::writeInput(data, size, QStringLiteral("input.json"));
    try {
        Project::Batch rolledBack(*project);
        (void)importStix(*project, file, {});
    } catch (const ImportError &) {
    } catch (const StoreError &) {
    }
    return 0;
}
