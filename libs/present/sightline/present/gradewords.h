#pragma once

#include "sightline/core/gradingscheme.h"

#include <QString>

namespace sightline::present {

// How grades read under the project's grading scheme, the same in the window, on the command
// line and in print. A grade the scheme lacks is written by its letter or number alone, never
// with another scheme's words. Any thread.

// "B2"; the parts as they are ("B6") when the scheme lacks either.
QString gradeText(const GradingScheme &scheme, Reliability reliability, Credibility credibility);
// "B — usually reliable" (Admiralty), "B — mostly reliable" (UK 5x5x5).
QString reliabilityWords(const GradingScheme &scheme, Reliability reliability);
// "2 — probably true".
QString credibilityWords(const GradingScheme &scheme, Credibility credibility);
// Both halves spelled out: "Source B (usually reliable); information 2 (probably true)".
QString gradeDetails(const GradingScheme &scheme, Reliability reliability, Credibility credibility);

} // namespace sightline::present
