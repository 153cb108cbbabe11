// The case-file reader: a JSON case imported into an empty project (one transaction).
#include "fuzzproject.h"

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
    Project &project = fuzz::emptyProject();
    const QString caseFile = fuzz::writeInput(data, size, QStringLiteral("input.case.json"));
    try {
        Project::Batch rolledBack(project);
        (void)importCaseFile(project, caseFile, fuzz::scratchFolder());
    } catch (const ImportError &) {
    } catch (const StoreError &) {
    }
    return 0;
}
