#include "sightline/render/mapsettings.h"

#include <algorithm>

namespace sightline::render {

MapExtent MapSettings::extent() const
{
    const double halfW = outputSize.width() * mapUnitsPerPixel / 2;
    const double halfH = outputSize.height() * mapUnitsPerPixel / 2;
    return {center.x() - halfW, center.y() - halfH, center.x() + halfW, center.y() + halfH};
}

MapSettings MapSettings::fitting(const MapExtent &extent, QSize size, const QString &crs)
{
    MapSettings s;
    s.crs = crs;
    s.outputSize = size;
    s.center = extent.center();
    s.mapUnitsPerPixel = std::max(extent.width() / std::max(1, size.width()),
                                  extent.height() / std::max(1, size.height()));
    if (s.mapUnitsPerPixel <= 0)
        s.mapUnitsPerPixel = 1.0;
    return s;
}

QPointF MapSettings::toPixel(QPointF map) const
{
    return {(map.x() - center.x()) / mapUnitsPerPixel + outputSize.width() / 2.0,
            (center.y() - map.y()) / mapUnitsPerPixel + outputSize.height() / 2.0};
}

QPointF MapSettings::toMap(QPointF pixel) const
{
    return {center.x() + (pixel.x() - outputSize.width() / 2.0) * mapUnitsPerPixel,
            center.y() - (pixel.y() - outputSize.height() / 2.0) * mapUnitsPerPixel};
}

} // namespace sightline::render
