#pragma once

#include "sightline/core/quantity.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

namespace sightline {

// A count of one kind of object at one site at one time, from a scene (counted by an analyst)
// or from a claim (counted by someone else). Observations over time make a time series.
struct Observation
{
    RecordMeta meta;
    QUuid siteId;
    QString objectKind;
    Quantity count;
    TimeSpan time;
    QUuid sceneId;
    QUuid claimId;
    QString notes;
    friend bool operator==(const Observation &, const Observation &) = default;
};

} // namespace sightline
