#pragma once

#include "sightline/core/quantity.h"
#include "sightline/core/timespan.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace sightline {

// One value of a count series: an observation of one object kind at one site, counted by an
// analyst on a scene or reported by a source in a claim.
struct SeriesPoint
{
    QUuid observationId;
    TimeSpan time;  // an instant for a scene; often a range for a claim
    Quantity value; // its measure says whether it is a count at a moment, a maximum over the window...
    bool counted = false; // from annotations on a scene (sceneId), else reported (claimId)
    QUuid sceneId;
    QUuid claimId;
    bool exceedsBaseline = false; // newer than the baseline window and above its maximum
    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

// What was normal before: the median and the maximum of the values in an earlier window the
// analyst chose. A newer value above the maximum is a change, flagged ("73 vs a baseline
// maximum of 20: 3.6×"); it is not a contradiction of the earlier figures.
struct Baseline
{
    TimeSpan window;
    double median = 0;
    double maximum = 0;
    int values = 0; // how many values it rests on
    friend bool operator==(const Baseline &, const Baseline &) = default;
};

// The values of one object kind at one site, oldest first (by earliest moment).
struct CountSeries
{
    QUuid siteId;
    QString objectKind;
    QList<SeriesPoint> points;
    std::optional<Baseline> baseline;
    friend bool operator==(const CountSeries &, const CountSeries &) = default;
};

} // namespace sightline
