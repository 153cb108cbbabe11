#pragma once

// The project importers write into while fuzzed: one empty project per process, opened once.
// A target runs each import inside a Project::Batch it never commits, so every input meets the
// same empty project (creating one per input would cost far more than the import).
#include "fuzzinput.h"

#include "sightline/store/project.h"

#include <memory>

namespace sightline::fuzz {

inline Project &emptyProject()
{
    static const std::unique_ptr<Project> project = [] {
        const QString path = scratchFolder() + QStringLiteral("/empty.gpkg");
        Project::create(path, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
        return Project::open(path, QStringLiteral("fuzz"));
    }();
    return *project;
}

} // namespace sightline::fuzz
