#pragma once

#include "sightline/core/geometry.h"

#include <QString>

#include <optional>

namespace sightline::geo {

// The MGRS grid reference of a position ("52TGN 08553 96738" at 1 m), via GeographicLib.
// digits: 1 (10 km) to 5 (1 m) per easting and northing. Empty outside MGRS's coverage.
QString mgrs(const GeoPoint &p, int digits = 5);

// The position an MGRS reference names (spaces allowed: "52TFM 31845 97842"), at the centre of
// the square its precision gives; nullopt with why when it is not one.
std::optional<GeoPoint> lonLatFromMgrs(const QString &reference, QString *why = nullptr);

} // namespace sightline::geo
