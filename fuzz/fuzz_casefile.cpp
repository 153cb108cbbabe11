// The case-file reader: a JSON case imported into an empty project (one transaction).
#include "fuzzinput.h"

#include "sightline/interop/casefile.h"
#include "sightline/interop/importerror.h"

#include <QFile>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sightline::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sightline;
    // An empty project made once and copied for each input: creating one costs far more.
    static const QString empty = [] {
        const QString path = fuzz::scratchFolder() + QStringLiteral("/empty.gpkg");
        Project::create(path, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
        return path;
    }();
    const QString caseFile = fuzz::writeInput(data, size, QStringLiteral("input.case.json"));
    const QString work = fuzz::scratchFolder() + QStringLiteral("/work.gpkg");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(work + QLatin1String(suffix));
    QFile::copy(empty, work);
    try {
        auto project = Project::open(work, QStringLiteral("fuzz"));
        (void)importCaseFile(*project, caseFile, fuzz::scratchFolder());
    } catch (const ImportError &) {
    } catch (const StoreError &) {
    }
    return 0;
}
