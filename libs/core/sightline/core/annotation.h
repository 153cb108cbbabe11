#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

namespace sightline {

// A mark an analyst drew: a point on one railcar, a box around a container stack. Counting
// annotations of one object kind on one scene gives an observation.
struct Annotation
{
    RecordMeta meta;
    QUuid sceneId;
    QUuid siteId;
    QString objectKind; // "railcar", "container", "vessel"
    QString label;
    Geometry geometry;
    TimeSpan time;      // usually the scene's acquisition time
    QString notes;
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace sightline
