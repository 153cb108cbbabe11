#include "sightline/render/projectlayers.h"

#include "sightline/render/transformcache.h"

namespace sightline::render {

GeoBounds projectBounds(const Project &project)
{
    GeoBounds b;
    for (const Site &s : project.all<Site>())
        b.unite(siteBounds(s));
    return b;
}

MapExtent extentInCrs(const GeoBounds &lonLat, const QString &crs, double marginFraction, QString *error,
                      double minSpanMeters)
{
    const auto *t = cachedTransform(QStringLiteral("EPSG:4326"), crs, error);
    if (!t || lonLat.isEmpty())
        return {};
    const QRectF r = t->forwardBounds(QRectF(QPointF(lonLat.minLon, lonLat.minLat), QPointF(lonLat.maxLon, lonLat.maxLat)));
    if (!r.isValid() && !(r.width() >= 0 && r.height() >= 0)) {
        if (error)
            *error = QStringLiteral("%1 cannot show this area").arg(crs);
        return {};
    }
    // A single point still deserves a view: about 2 km around it (minSpanMeters).
    const double minSpan = crs == QLatin1String("EPSG:4326") ? minSpanMeters / 100000.0 : minSpanMeters;
    const double w = std::max(r.width(), minSpan), h = std::max(r.height(), minSpan);
    const QPointF c = r.center();
    const double mx = w * (0.5 + marginFraction), my = h * (0.5 + marginFraction);
    return {c.x() - mx, c.y() - my, c.x() + mx, c.y() + my};
}

} // namespace sightline::render
