#pragma once

#include "sightline/core/annotation.h"

namespace sightline {

// What a label on the map, a tally or an undo entry says of an annotation: its count and kind
// ("12 railcars", "1 railcar") for what it counts, its text for a callout or a line (else the
// kind). displayName is the kind's name in the project's vocabulary (objectkinds.h).
QString annotationLabel(const Annotation &annotation, const QString &displayName);

// "12 railcars": a count of a kind, as annotationLabel words it.
QString countOfKind(int count, const QString &displayName);

} // namespace sightline
