#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sightline {

// A WGS84 position, longitude first, in decimal degrees.
struct GeoPoint
{
    double lon = 0.0;
    double lat = 0.0;
    bool isValid() const;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A lon/lat rectangle; empty when min > max.
struct GeoBounds
{
    double minLon = 1.0;
    double minLat = 1.0;
    double maxLon = -1.0;
    double maxLat = -1.0;
    bool isEmpty() const { return minLon > maxLon || minLat > maxLat; }
    void include(const GeoPoint &p);
    void unite(const GeoBounds &other); // an empty one adds nothing
    bool intersects(const GeoBounds &o) const;
    friend bool operator==(const GeoBounds &, const GeoBounds &) = default;
};

// A simple geometry in WGS84: a point, a line, or a polygon (outer ring first, then holes).
// Kept deliberately plain; reading and writing formats is libs/geo's job (through OGR).
struct Geometry
{
    enum class Type { None, Point, LineString, Polygon };
    Type type = Type::None;
    QList<QList<GeoPoint>> parts;

    static Geometry point(GeoPoint p);
    static Geometry point(double lon, double lat) { return point(GeoPoint{lon, lat}); }
    static Geometry lineString(const QList<GeoPoint> &points);
    static Geometry polygon(const QList<GeoPoint> &outerRing);

    bool isEmpty() const { return type == Type::None || parts.isEmpty() || parts.first().isEmpty(); }
    GeoPoint firstPoint() const;
    GeoBounds bounds() const;
    // Empty when sound, else what is wrong (out-of-range coordinates, unclosed ring, ...).
    QString problem() const;
    friend bool operator==(const Geometry &, const Geometry &) = default;
};

} // namespace sightline
Q_DECLARE_METATYPE(sightline::GeoPoint)
