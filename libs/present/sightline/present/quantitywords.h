#pragma once

#include "sightline/core/quantity.h"

#include <QString>

namespace sightline::present {

// How figures read for people, the same in the window, on the command line and in print:
// numbers grouped in thousands with English separators ("1,000"), whatever the machine's locale.
// Any thread.

// A figure as the source gave it: "up to 1,000 containers", "about 73 railcars"; empty for no
// figure.
QString quantityText(const Quantity &quantity);
// What is counted, when the unit does not already say it ("railcars" counts "railcar"):
// "covered railcar" for 12 "wagons" of kind covered_railcar; empty otherwise.
QString countedKind(const Quantity &quantity);
// The figure with what it counts: "12 wagons (covered railcar)", else quantityText.
QString quantityWithKind(const Quantity &quantity);
// A map scale from its denominator: "1:25,000". Scales of 1:1,000 and smaller are rounded to
// three significant figures (1:24,963 reads 1:25,000), as a map states a scale, not a measurement.
QString scaleText(double denominator);

} // namespace sightline::present
