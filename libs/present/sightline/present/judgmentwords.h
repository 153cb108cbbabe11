#pragma once

#include "sightline/core/judgmentbasis.h"

#include <QString>

namespace sightline::present {

// How a judgment reads, the same in the window, on the command line and in print. Any thread.

// The ICD 203 words with their band: "likely (55–80 %)".
QString likelihoodText(Likelihood likelihood);
// What a judgment rests on: "2 claims, 1 event · B2, C3"; "nothing" when it rests on nothing.
QString basisText(const BasisSummary &basis);
// The period a judgment covers: its time, or "no period".
QString periodText(const TimeSpan &period);

} // namespace sightline::present
