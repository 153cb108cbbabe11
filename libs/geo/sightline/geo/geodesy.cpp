#include "sightline/geo/geodesy.h"

#include <geodesic.h>

#include <cmath>

namespace sightline::geo {
namespace {
const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic x;
        geod_init(&x, 6378137.0, 1 / 298.257223563);
        return x;
    }();
    return g;
}
} // namespace

double geodesicDistanceMeters(const GeoPoint &a, const GeoPoint &b)
{
    double s12 = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}

double geodesicLengthMeters(const QList<GeoPoint> &path)
{
    double total = 0;
    for (int i = 1; i < path.size(); ++i)
        total += geodesicDistanceMeters(path[i - 1], path[i]);
    return total;
}

double geodesicAreaSquareMeters(const QList<GeoPoint> &ring)
{
    QList<GeoPoint> pts = ring;
    if (pts.size() > 1 && pts.first() == pts.last())
        pts.removeLast();
    if (pts.size() < 3)
        return 0;
    geod_polygon poly;
    geod_polygon_init(&poly, 0);
    for (const GeoPoint &p : pts)
        geod_polygon_addpoint(&wgs84(), &poly, p.lat, p.lon);
    double area = 0;
    geod_polygon_compute(&wgs84(), &poly, 0, 1, &area, nullptr);
    return std::abs(area);
}

} // namespace sightline::geo
