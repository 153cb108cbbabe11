#include "sightline/ui/scenechoice.h"

#include <QPolygonF>

#include <algorithm>

namespace sightline::ui {

namespace {
QPolygonF ringOf(const QList<GeoPoint> &ring)
{
    QPolygonF out;
    for (const GeoPoint &p : ring)
        out << QPointF(p.lon, p.lat);
    return out;
}
} // namespace

bool footprintsOverlap(const ImageryScene &a, const ImageryScene &b)
{
    if (a.footprint.isEmpty() || b.footprint.isEmpty() || !a.footprint.bounds().intersects(b.footprint.bounds()))
        return false;
    return ringOf(a.footprint.parts.first()).intersects(ringOf(b.footprint.parts.first()));
}

QList<ImageryScene> scenesCovering(const QList<ImageryScene> &scenes, const Site &site)
{
    QList<ImageryScene> out;
    for (const ImageryScene &s : scenes)
        if (footprintContains(s, site.location))
            out << s;
    return sortedByDate(out);
}

std::optional<ImageryScene> previousOverlapping(const QList<ImageryScene> &scenes, const QUuid &id)
{
    const QList<ImageryScene> sorted = sortedByDate(scenes);
    const auto at = std::find_if(sorted.begin(), sorted.end(), [&](const ImageryScene &s) { return s.meta.id == id; });
    if (at == sorted.end())
        return std::nullopt;
    for (auto it = std::make_reverse_iterator(at); it != sorted.rend(); ++it)
        if (footprintsOverlap(*it, *at) && acquiredBefore(*it, *at))
            return *it;
    return std::nullopt;
}

std::optional<std::pair<ImageryScene, ImageryScene>> flickerPair(const QList<ImageryScene> &scenes,
                                                                 const QUuid &selected, const GeoBounds &view)
{
    if (!selected.isNull()) {
        const auto it = std::find_if(scenes.begin(), scenes.end(), [&](const ImageryScene &s) { return s.meta.id == selected; });
        if (it != scenes.end())
            if (const auto earlier = previousOverlapping(scenes, selected))
                return std::pair(*earlier, *it);
    }
    QList<ImageryScene> inView;
    for (const ImageryScene &s : scenes)
        if (!s.footprint.isEmpty() && (view.isEmpty() || s.footprint.bounds().intersects(view)))
            inView << s;
    inView = sortedByDate(inView);
    if (inView.size() < 2)
        return std::nullopt;
    return std::pair(inView[inView.size() - 2], inView.last());
}

} // namespace sightline::ui
