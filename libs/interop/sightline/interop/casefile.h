#pragma once

#include "sightline/store/project.h"

#include <QStringList>

namespace sightline {

// A Sightline case file: a reviewable JSON description of sites, sources, captures, claims,
// events, observations and links that refer to each other by short keys (the demo project is
// built from one, resources/demo/*.case.json). Records get UUIDs derived from the case title
// and their keys, so importing the same case twice gives the same identities.
struct CaseImportReport
{
    QMap<RecordType, int> imported;
    QStringList warnings; // what was left out, and why
};

// Imports caseFile into project in one transaction (all or nothing). Captures are read from
// captureDir; a capture whose file is missing is left out with a warning, one whose hash differs
// from the case file is an error, and every quote must occur verbatim in its capture.
// Throws ImportError naming the file and the record for malformed input.
CaseImportReport importCaseFile(Project &project, const QString &caseFile, const QString &captureDir);

} // namespace sightline
