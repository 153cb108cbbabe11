#pragma once

#include "sightline/core/geometry.h"

#include <QString>

namespace sightline::geo {

// The MGRS grid reference of a position ("52TGN 08553 96738" at 1 m), via GeographicLib.
// digits: 1 (10 km) to 5 (1 m) per easting and northing. Empty outside MGRS's coverage.
QString mgrs(const GeoPoint &p, int digits = 5);

} // namespace sightline::geo
