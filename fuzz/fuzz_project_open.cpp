// Opening a received project file and reading it as info, claims and verify do.
#include "fuzzinput.h"

#include "sightline/store/project.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sightline;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.gpkg"));
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    try {
        auto project = Project::open(path, QStringLiteral("fuzz"), Project::Access::ReadOnly);
        for (RecordType t : {RecordType::Site, RecordType::Source, RecordType::Claim, RecordType::Capture})
            (void)project->count(t);
        (void)project->all<Claim>();
        (void)project->all<Source>();
        (void)project->all<ImageryScene>();
        (void)project->custodyLog();
        (void)project->reviewFlags(false);
        (void)project->verify();
    } catch (const StoreError &) {
    }
    return 0;
}
