#pragma once

#include "sightline/core/claim.h"
#include "sightline/core/gradingscheme.h"
#include "sightline/core/judgment.h"
#include "sightline/core/source.h"

#include <QHash>

namespace sightline {

// What a judgment rests on, counted by kind, with the combined grades of the claims (and the
// reliability of sources it rests on directly): what a reader weighs before trusting it.
struct BasisSummary
{
    int claims = 0;
    int events = 0;
    int observations = 0;
    int sources = 0;
    int other = 0;
    QStringList grades; // distinct, best first: "B2", "C3"

    int total() const { return claims + events + observations + sources + other; }
    // "3 claims · B2, C3"; "nothing" when it rests on nothing.
    QString text() const;
};

BasisSummary summarizeBasis(const QList<RecordRef> &basis, const QHash<QUuid, Claim> &claims,
                            const QHash<QUuid, Source> &sources, const GradingScheme &scheme);

} // namespace sightline
