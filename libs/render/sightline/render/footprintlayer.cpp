#include "sightline/render/footprintlayer.h"

#include "sightline/render/labels.h"
#include "sightline/render/preparedshapes.h"

#include <algorithm>

namespace sightline::render {

QColor footprintColor()
{
    return {0x00, 0x83, 0x8f}; // teal: apart from every site kind's colour
}

namespace {

// Whether the segment from a to b passes through e (Liang-Barsky: the part of the segment's
// parameter range inside each pair of the rectangle's sides).
bool segmentMeets(QPointF a, QPointF b, const MapExtent &e)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const auto side = [&](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double t = q / p;
        if (p < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        return t0 <= t1;
    };
    return side(-dx, a.x() - e.xMin) && side(dx, e.xMax - a.x()) && side(-dy, a.y() - e.yMin) && side(dy, e.yMax - a.y());
}

// Whether any edge of the shape's rings passes through e: an outline drawn without fill shows
// nothing in a tile that lies wholly inside (or outside) it, the usual case over its imagery.
bool outlineMeets(const ShapeIndex::Shape &s, const MapExtent &e)
{
    for (int r = 0; r < s.rings.size(); ++r) {
        if (!s.ringBounds[r].intersects(e))
            continue;
        const QPolygonF &ring = s.rings[r];
        for (int i = 0; i < ring.size(); ++i)
            if (segmentMeets(ring[i], ring[(i + 1) % ring.size()], e))
                return true;
    }
    return false;
}

class PreparedFootprints : public PreparedLayer
{
public:
    ShapeIndex index;
    QStringList labels;          // per scene: acquisition date and provider
    TimeFilter times;            // per scene: its acquisition time
    QList<bool> filled;          // per scene: no pixels drawn under it

    bool visibleAt(int item, const TimeWindow &w) const { return times.shows(item, w); }

    bool drawsIn(const TileContext &tile) const override
    {
        bool any = false;
        index.query(tile.tileExtent.grownBy(2 * tile.mapUnitsPerPixel), [&](const ShapeIndex::Shape &s) {
            any = any || shows(s, tile);
        });
        return any;
    }

    bool shows(const ShapeIndex::Shape &s, const TileContext &tile) const
    {
        return visibleAt(s.item, tile.window) &&
               (filled[s.item] || outlineMeets(s, tile.tileExtent.grownBy(2 * tile.mapUnitsPerPixel)));
    }

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        bool drew = false;
        QColor fill = footprintColor();
        fill.setAlpha(22);
        p.setPen(QPen(footprintColor(), 1.4 * tile.symbolScale));
        index.query(tile.tileExtent.grownBy(2 * tile.mapUnitsPerPixel), [&](const ShapeIndex::Shape &s) {
            if (!shows(s, tile))
                return;
            p.setBrush(filled[s.item] ? QBrush(fill) : QBrush(Qt::NoBrush));
            p.drawPath(ShapeIndex::pixelPath(s, tile, true));
            drew = true;
        });
        return drew;
    }

    void addLabels(LabelPlacer &placer, const MapSettings &settings, double) const override
    {
        // Labelled at the top-left corner, where the outline is easy to follow back.
        constexpr int kMaxLabelled = 300;
        if (index.countUpTo(settings.extent(), kMaxLabelled + 1) > kMaxLabelled)
            return;
        index.query(settings.extent(), [&](const ShapeIndex::Shape &s) {
            if (!visibleAt(s.item, settings.timeWindow) || labels.value(s.item).isEmpty())
                return;
            const QPointF corner = settings.toPixel(QPointF(s.bounds.xMin, s.bounds.yMax));
            placer.add(labels[s.item], corner, 2 * settings.symbolScale(), 3);
        });
    }
};

} // namespace

namespace {
QList<TimeSpan> acquisitionTimes(const QList<ImageryScene> &scenes)
{
    QList<TimeSpan> out;
    for (const ImageryScene &s : scenes)
        out << s.acquired;
    return out;
}
} // namespace

FootprintLayer::FootprintLayer(QList<ImageryScene> scenes, QSet<QUuid> withPixels)
    : TimedLayer(QStringLiteral("footprints"), QStringLiteral("Imagery footprints"), acquisitionTimes(scenes)),
      m_scenes(std::move(scenes)),
      m_withPixels(std::move(withPixels))
{
}

QList<RecordRef> FootprintLayer::recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const
{
    const auto prepared = std::static_pointer_cast<const PreparedFootprints>(this->prepared(view.crs, nullptr));
    if (!prepared)
        return {};
    QList<RecordRef> out;
    for (int item : prepared->index.itemsAt(view.toMap(pixel), tolerancePixels * view.mapUnitsPerPixel, true,
                                            [&](int i) { return prepared->visibleAt(i, view.timeWindow); }))
        out.append({RecordType::Scene, m_scenes[item].meta.id});
    return out;
}

std::shared_ptr<const PreparedLayer> FootprintLayer::prepare(const QString &crs, QString *error) const
{
    auto prepared = std::make_shared<PreparedFootprints>();
    prepared->times = times();
    QList<QPair<int, QList<QPolygonF>>> polygons;
    for (int i = 0; i < m_scenes.size(); ++i) {
        const ImageryScene &s = m_scenes[i];
        QStringList label;
        if (!s.acquired.isUnknown())
            label << s.acquired.toDisplayString();
        if (!s.provider.isEmpty())
            label << s.provider;
        prepared->labels << label.join(QStringLiteral(" · "));
        prepared->filled << !m_withPixels.contains(s.meta.id);
        if (s.footprint.type == Geometry::Type::Polygon && !s.footprint.isEmpty())
            polygons.append({i, lonLatRings(s.footprint)});
    }
    if (!prepared->index.build(crs, polygons, {}, true, error))
        return nullptr;
    return prepared;
}

} // namespace sightline::render
