// Merging a received copy: the fuzzed file is the other side of a merge (as copies of different
// projects, so every record it holds is read and taken) and of a diff. Nothing may crash, and a
// refused merge leaves no output behind.
#include "fuzzinput.h"

#include "sightline/merge/merge.h"
#include "sightline/store/project.h"
#include "sightline/store/storeerror.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sightline::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sightline;
    static const QString mine = [] {
        const QString path = fuzz::scratchFolder() + QStringLiteral("/mine.gpkg");
        Project::create(path, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
        return path;
    }();
    const QString theirs = fuzz::writeInput(data, size, QStringLiteral("theirs.gpkg"));
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(theirs + QLatin1String(suffix));
    const QString out = fuzz::scratchFolder() + QStringLiteral("/merged.gpkg");
    QFile::remove(out);
    merge::MergeOptions options;
    options.unrelated = true;
    options.author = QStringLiteral("fuzz");
    bool merged = false;
    try {
        (void)merge::mergeCopies(mine, theirs, out, options);
        merged = true;
    } catch (const StoreError &) {
    }
    if (!merged && QFile::exists(out)) {
        std::fprintf(stderr, "a refused merge left its output behind\n");
        std::abort();
    }
    try {
        (void)merge::diffProjects(mine, theirs);
    } catch (const StoreError &) {
    }
    return 0;
}
