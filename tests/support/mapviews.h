#pragma once

// Views for basemap tests: a Web Mercator map around a place, projected by PROJ as the map itself
// is, and the colour checks the tests make on what it draws. Header-only.
#include "sightline/geo/transform.h"
#include "sightline/render/mapsettings.h"

#include <QColor>
#include <QPointF>
#include <QSize>
#include <QString>

#include <cmath>
#include <cstdlib>

namespace sightline::test {

// The Korea–Russia Friendship bridge at Tumangang (FACTS.md).
constexpr double kBridgeLon = 130.6411, kBridgeLat = 42.4153;

// A transform owns its PROJ context, which serves one thread: one per thread that asks.
inline QPointF webMercator(double lon, double lat)
{
    thread_local const auto toMercator =
        geo::CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
    return toMercator ? toMercator->forward(QPointF(lon, lat)).value_or(QPointF(NAN, NAN))
                      : QPointF(NAN, NAN);
}

// A Web Mercator view centred on (lon, lat), without decorations.
inline render::MapSettings webMercatorView(double lon, double lat, double metersPerPixel,
                                           QSize size = {512, 512})
{
    render::MapSettings s;
    s.crs = QStringLiteral("EPSG:3857");
    s.center = webMercator(lon, lat);
    s.mapUnitsPerPixel = metersPerPixel;
    s.outputSize = size;
    s.decorations = false;
    return s;
}

inline bool nearColour(QRgb a, QColor b, int tolerance = 12)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

inline QString describeColour(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

} // namespace sightline::test
