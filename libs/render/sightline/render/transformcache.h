#pragma once

#include "sightline/geo/transform.h"

namespace sightline::render {

// A transformation between two CRSs, built once per thread and kept: PROJ's set-up costs
// milliseconds, a frame has a few of them to spare.
const geo::CoordinateTransform *cachedTransform(const QString &from, const QString &to, QString *error = nullptr);

} // namespace sightline::render
