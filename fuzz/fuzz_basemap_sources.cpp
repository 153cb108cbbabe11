// The basemap sources a received project names (one JSON value in its meta table). Whatever the
// reader keeps must pass the same check a source typed in the window passes, and must come back
// unchanged when written and read again.
#include "sightline/store/basemapsources.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sightline;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList problems;
    const BasemapSources read = basemapSourcesFromJson(json, &problems);
    for (const BasemapSource &s : read.sources)
        if (const QString p = basemapSourceProblem(s); !p.isEmpty()) {
            std::fprintf(stderr, "a kept source fails the check: %s\n", qPrintable(p));
            std::abort();
        }
    if (!read.active.isEmpty() && !read.named(read.active)) {
        std::fprintf(stderr, "the active source is not among those kept\n");
        std::abort();
    }
    QStringList again;
    if (basemapSourcesFromJson(basemapSourcesToJson(read), &again) != read || !again.isEmpty()) {
        std::fprintf(stderr, "sources written and read again differ\n");
        std::abort();
    }
    return 0;
}
