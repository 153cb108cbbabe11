#pragma once

#include "sightline/core/series.h"

#include <QString>

namespace sightline::present {

// How a count series and its baseline read, the same in the series view, on the command line and
// in a brief. Numbers in English grouping ("1,000"), whatever the machine's locale. Any thread.

// A count as a plain number: "73", "1,000", "12.5".
QString countNumber(double value);
// "73 vs a baseline maximum of 20: 3.6×"; without the ratio when the maximum is 0.
QString baselineFlagText(double value, const Baseline &baseline);
// The flag of a point: baselineFlagText when it exceeds the baseline, else empty.
QString pointFlagText(const SeriesPoint &point, const std::optional<Baseline> &baseline);
// "baseline Jun 2019 – 30 Jun 2023: median 12, maximum 20 (from 8 observations)"
QString baselineText(const Baseline &baseline);
// "counted" for a value counted on a scene, "reported" for one a source gave in a claim.
QString pointOriginText(const SeriesPoint &point);

} // namespace sightline::present
