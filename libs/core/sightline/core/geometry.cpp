#include "sightline/core/geometry.h"

#include <algorithm>
#include <cmath>

namespace sightline {

bool GeoPoint::isValid() const
{
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 && lat >= -90.0 &&
           lat <= 90.0;
}

void GeoBounds::unite(const GeoBounds &other)
{
    if (other.isEmpty())
        return;
    include(GeoPoint{other.minLon, other.minLat});
    include(GeoPoint{other.maxLon, other.maxLat});
}

void GeoBounds::include(const GeoPoint &p)
{
    if (isEmpty()) {
        minLon = maxLon = p.lon;
        minLat = maxLat = p.lat;
        return;
    }
    minLon = std::min(minLon, p.lon);
    maxLon = std::max(maxLon, p.lon);
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
}

bool GeoBounds::intersects(const GeoBounds &o) const
{
    return !isEmpty() && !o.isEmpty() && minLon <= o.maxLon && maxLon >= o.minLon && minLat <= o.maxLat &&
           maxLat >= o.minLat;
}

Geometry Geometry::point(GeoPoint p)
{
    return Geometry{Type::Point, {{p}}};
}

Geometry Geometry::lineString(const QList<GeoPoint> &points)
{
    return Geometry{Type::LineString, {points}};
}

Geometry Geometry::polygon(const QList<GeoPoint> &outerRing)
{
    return Geometry{Type::Polygon, {outerRing}};
}

GeoPoint Geometry::firstPoint() const
{
    return isEmpty() ? GeoPoint{} : parts.first().first();
}

GeoBounds Geometry::bounds() const
{
    GeoBounds b;
    for (const auto &part : parts)
        for (const auto &p : part)
            b.include(p);
    return b;
}

QString Geometry::problem() const
{
    if (type == Type::None)
        return parts.isEmpty() ? QString() : QStringLiteral("coordinates without a geometry type");
    if (isEmpty())
        return QStringLiteral("geometry has no coordinates");
    for (const auto &part : parts)
        for (const auto &p : part)
            if (!p.isValid())
                return QStringLiteral("coordinate (%1, %2) is outside longitude -180..180 / latitude -90..90")
                    .arg(p.lon)
                    .arg(p.lat);
    if (type == Type::Point && (parts.size() != 1 || parts.first().size() != 1))
        return QStringLiteral("a point has exactly one coordinate");
    if (type == Type::LineString && parts.first().size() < 2)
        return QStringLiteral("a line needs at least two coordinates");
    if (type == Type::Polygon) {
        for (const auto &ring : parts) {
            if (ring.size() < 4)
                return QStringLiteral("a polygon ring needs at least four coordinates");
            if (!(ring.first() == ring.last()))
                return QStringLiteral("a polygon ring must end where it starts");
        }
    }
    return {};
}

} // namespace sightline
