#pragma once

#include "sightline/store/project.h"

#include <QHash>

namespace sightline {

// Every source's grading history at once, in one query, keyed by source, each oldest first: what
// Project::gradeHistory gives for one source, for a table that shows them all.
QHash<QUuid, QList<SourceGradeChange>> gradeHistories(const Project &project);

} // namespace sightline
