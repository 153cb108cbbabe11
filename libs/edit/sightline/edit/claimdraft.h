#pragma once

#include "sightline/core/capture.h"
#include "sightline/core/claim.h"

#include <QString>

namespace sightline::edit {

// Text an analyst marked in a capture, turned into a new claim. Line breaks and runs of spaces
// come from the page layout, not from the author, so the quote keeps single spaces only.
QString normalizedQuote(const QString &selected);

// "p. 2" for the second page (pageIndex counts from 0).
QString pageLocator(int pageIndex);

// "para. N" for the paragraph of text that holds position: paragraphs are the non-empty lines,
// counted from 1, the way the demo case and its checker count them.
QString paragraphLocator(const QString &text, int position);

// A new, unreviewed claim quoting the capture's source, its credibility not yet judged.
Claim claimFromCapture(const Capture &capture, const QString &selected, const QString &locator);

} // namespace sightline::edit
