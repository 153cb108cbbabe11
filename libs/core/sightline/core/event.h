#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

#include <QList>

namespace sightline {

// Something that happened: a summit, a treaty, a strike on a depot. Drawn on the timeline and,
// where it has a location, on the map.
struct Event
{
    RecordMeta meta;
    QString title;
    TimeSpan time;
    Geometry location; // optional point
    QString locationNote;
    QList<QUuid> siteIds;
    QList<QUuid> sourceIds;
    QString notes;
    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace sightline
