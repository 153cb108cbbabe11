#pragma once

#include "sightline/core/geometry.h"

#include <QList>

namespace sightline::geo {

// Geodesic measurements on the WGS 84 ellipsoid (PROJ's implementation of Karney's algorithms).

// Length of a path through the points, in metres.
double geodesicLengthMeters(const QList<GeoPoint> &path);

// Area enclosed by a ring (closed or not), in square metres, whatever the winding.
double geodesicAreaSquareMeters(const QList<GeoPoint> &ring);

// Distance between two points, in metres.
double geodesicDistanceMeters(const GeoPoint &a, const GeoPoint &b);

} // namespace sightline::geo
