#include "sightline/render/annotationlayer.h"

#include "sightline/render/preparedshapes.h"

#include <QHash>

namespace sightline::render {

QColor objectKindColor(const QString &objectKind)
{
    static const QHash<QString, QColor> fixed{
        {QStringLiteral("railcar"), {0xe6, 0x55, 0x0d}},  {QStringLiteral("container"), {0xf2, 0xc2, 0x0f}},
        {QStringLiteral("vessel"), {0x00, 0xa0, 0xdc}},   {QStringLiteral("vehicle"), {0x9b, 0x59, 0xb6}},
        {QStringLiteral("aircraft"), {0xe8, 0x3e, 0x8c}}, {QStringLiteral("crate"), {0x8d, 0x6e, 0x3f}},
    };
    const QString key = objectKind.trimmed().toLower();
    if (const auto it = fixed.constFind(key); it != fixed.constEnd())
        return *it;
    // Any other kind: a stable hue from its name, bright enough to stand out on imagery.
    return QColor::fromHsv(static_cast<int>(qHash(key, 0x51) % 360), 200, 230);
}

namespace {

class PreparedAnnotations : public PreparedLayer
{
public:
    ShapeIndex areas;  // boxes and outlines (closed)
    ShapeIndex lines;  // tracks and lengths (open)
    ShapeIndex points; // one object each
    QList<QColor> colors;
    TimeFilter times;

    bool visibleAt(int item, const TimeWindow &w) const { return times.shows(item, w); }

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        bool drew = false;
        const double pen = 1.5 * tile.symbolScale;
        const MapExtent reach = tile.tileExtent.grownBy(6 * tile.symbolScale * tile.mapUnitsPerPixel);
        auto draw = [&](const ShapeIndex &index, bool closed) {
            index.query(reach, [&](const ShapeIndex::Shape &s) {
                if (!visibleAt(s.item, tile.window))
                    return;
                p.setPen(QPen(colors[s.item], pen));
                QColor fill = colors[s.item];
                fill.setAlpha(closed ? 60 : 0);
                p.setBrush(closed ? QBrush(fill) : QBrush(Qt::NoBrush));
                p.drawPath(ShapeIndex::pixelPath(s, tile, closed));
                drew = true;
            });
        };
        draw(areas, true);
        draw(lines, false);
        const double half = 3.5 * tile.symbolScale;
        points.query(reach, [&](const ShapeIndex::Shape &s) {
            if (!visibleAt(s.item, tile.window))
                return;
            const QPointF c = tile.toPixel(s.point.x(), s.point.y());
            p.setPen(QPen(Qt::black, 0.8 * tile.symbolScale));
            p.setBrush(colors[s.item]);
            p.drawRect(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half));
            drew = true;
        });
        return drew;
    }
};

} // namespace

namespace {
QList<TimeSpan> timesOf(const QList<Annotation> &annotations)
{
    QList<TimeSpan> out;
    for (const Annotation &a : annotations)
        out << a.time;
    return out;
}
} // namespace

AnnotationLayer::AnnotationLayer(QList<Annotation> annotations)
    : TimedLayer(QStringLiteral("annotations"), QStringLiteral("Annotations"), timesOf(annotations)),
      m_annotations(std::move(annotations))
{
}

QList<RecordRef> AnnotationLayer::recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const
{
    const auto prepared = std::static_pointer_cast<const PreparedAnnotations>(this->prepared(view.crs, nullptr));
    if (!prepared)
        return {};
    const QPointF at = view.toMap(pixel);
    const auto visible = [&](int i) { return prepared->visibleAt(i, view.timeWindow); };
    const double reach = std::max(tolerancePixels, 3.5 * view.symbolScale()) * view.mapUnitsPerPixel;
    QList<int> items = prepared->points.itemsAt(at, reach, false, visible);
    items += prepared->areas.itemsAt(at, reach, true, visible);
    items += prepared->lines.itemsAt(at, reach, false, visible);
    QList<RecordRef> out;
    for (int item : std::as_const(items))
        out.append({RecordType::Annotation, m_annotations[item].meta.id});
    return out;
}

std::shared_ptr<const PreparedLayer> AnnotationLayer::prepare(const QString &crs, QString *error) const
{
    auto prepared = std::make_shared<PreparedAnnotations>();
    prepared->times = times();
    QList<QPair<int, QList<QPolygonF>>> areas, lines;
    QList<QPair<int, QPointF>> points;
    for (int i = 0; i < m_annotations.size(); ++i) {
        const Annotation &a = m_annotations[i];
        prepared->colors << objectKindColor(a.objectKind);
        if (a.geometry.isEmpty())
            continue;
        switch (a.geometry.type) {
        case Geometry::Type::Point: points.append({i, QPointF(a.geometry.firstPoint().lon, a.geometry.firstPoint().lat)}); break;
        case Geometry::Type::LineString: lines.append({i, lonLatRings(a.geometry)}); break;
        case Geometry::Type::Polygon: areas.append({i, lonLatRings(a.geometry)}); break;
        case Geometry::Type::None: break;
        }
    }
    if (!prepared->areas.build(crs, areas, {}, true, error) || !prepared->lines.build(crs, lines, {}, false, error) ||
        !prepared->points.build(crs, {}, points, true, error))
        return nullptr;
    return prepared;
}

} // namespace sightline::render
