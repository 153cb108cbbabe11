#pragma once

#include "sightline/core/observation.h"
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

// The series of one object kind at one site: every observation of them (counted and reported) that
// has a figure and whose time the window shows (TimeWindow's rule), oldest first by earliest
// moment, then by latest. Observations of unknown time are left out: nothing places them on a time
// axis. No baseline yet. Any thread.
CountSeries buildCountSeries(const QList<Observation> &observations, const QUuid &siteId, const QString &objectKind,
                             const TimeWindow &window = {});

// The number a point stands for on a chart and against a baseline: the value, else the middle of
// its range, else its bound ("at most 20" stands for 20). Nothing for an empty figure.
std::optional<double> seriesValue(const SeriesPoint &point);

// The baseline over the series' earlier values: those whose whole time lies between the series'
// first moment and the last moment of baselineTo ("2023-06" ends with June); their median and
// maximum. Points that start after that and stand above the maximum are flagged (exceedsBaseline);
// every other flag is cleared. With no value in the window (or an unknown baselineTo) the series
// has no baseline and no flags.
void applyBaseline(CountSeries &series, const TimeSpan &baselineTo);

} // namespace sightline
