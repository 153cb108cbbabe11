// The case-file reader: a JSON case imported into an empty project (one transaction).
#include "fuzzinput.h"

#include "sightline/interop/casefile.h"
#include "sightline/interop/importerror.h"

#include <memory>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sightline::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sightline;
    // One empty project, opened once; each import runs inside a batch that is never committed,
    // so every input meets the same empty project (creating one per input costs far more).
    static const std::unique_ptr<Project> project = [] {
        const QString path = fuzz::scratchFolder() + QStringLiteral("/empty.gpkg");
        Project::create(path, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
        return Project::open(path, QStringLiteral("fuzz"));
    }();
    const QString caseFile = fuzz::writeInput(data, size, QStringLiteral("input.case.json"));
    try {
        Project::Batch rolledBack(*project);
        (void)importCaseFile(*project, caseFile, fuzz::scratchFolder());
    } catch (const ImportError &) {
    } catch (const StoreError &) {
    }
    return 0;
}
