#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/grading.h"
#include "sightline/core/kinds.h"
#include "sightline/core/quantity.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

#include <QList>

namespace sightline {

// One atomic statement from a source, quoted verbatim: "about 73 railcars at Tumangang on
// 5 October 2023". The source is where the quote is printed; attributedTo is whoever the
// source credits with the finding (an article reporting a think tank's report).
struct Claim
{
    RecordMeta meta;
    QUuid sourceId;
    QUuid captureId;    // the archived copy the quote was taken from, if any
    QUuid attributedTo; // original source, if the claim is reported second-hand
    QString quote;
    QString locator;    // "p. 4", "para. 7"
    QList<QUuid> siteIds;
    Geometry location;  // optional point, when the claim names a place that is no site
    TimeSpan time;
    Quantity quantity;
    Credibility credibility = Credibility::cannotBeJudged();
    ClaimStatus status = ClaimStatus::Unreviewed;
    QString notes;
    friend bool operator==(const Claim &, const Claim &) = default;
};

} // namespace sightline
