#include "sightline/render/annotationlayer.h"

#include "sightline/core/annotationlabel.h"
#include "sightline/render/labels.h"
#include "sightline/render/preparedshapes.h"

#include <QHash>

namespace sightline::render {

QColor objectKindColor(const QString &objectKind, const QList<ObjectKind> &vocabulary)
{
    const QString key = objectKind.trimmed().toLower();
    if (const auto kind = findObjectKind(vocabulary, key); kind && QColor::isValidColorName(kind->colour))
        return QColor::fromString(kind->colour);
    // A kind the vocabulary lacks: a stable hue from its key, bright enough to stand out on imagery.
    return QColor::fromHsv(static_cast<int>(qHash(key, 0x51) % 360), 200, 230);
}

QColor annotationHaloColor()
{
    return QColor(0x10, 0x10, 0x10, 220);
}

namespace {

// Fills r (clipped to the image) with one opaque colour, straight into the pixels.
void writeBlock(QImage &image, QRect r, QRgb color)
{
    r &= image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line + r.left(), line + r.right() + 1, color);
    }
}

class PreparedAnnotations : public PreparedLayer
{
public:
    ShapeIndex areas;  // boxes and polygons (closed)
    ShapeIndex lines;  // lines (open)
    ShapeIndex points; // points and callouts
    QList<QColor> colors;
    QList<QRgb> rgbs; // the same, for writing pixels
    QList<QString> labels; // empty: not labelled (a point marks one object; the tally counts them)
    QList<int> counts;
    TimeFilter times;

    bool visibleAt(int item, const TimeWindow &w) const { return times.shows(item, w); }

    bool drawsIn(const TileContext &tile) const override
    {
        const MapExtent reach = tile.tileExtent.grownBy(8 * tile.symbolScale * tile.mapUnitsPerPixel);
        return areas.countUpTo(reach, 1) > 0 || lines.countUpTo(reach, 1) > 0 || points.countUpTo(reach, 1) > 0;
    }

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        bool drew = false;
        const double pen = 1.6 * tile.symbolScale;
        const double halo = pen + 2.2 * tile.symbolScale;
        const MapExtent reach = tile.tileExtent.grownBy(8 * tile.symbolScale * tile.mapUnitsPerPixel);
        const QPen haloPen(annotationHaloColor(), halo, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin); // round joins cost arcs
        const QColor haloColor = annotationHaloColor();
        const QRgb rim = qRgb(haloColor.red(), haloColor.green(), haloColor.blue());
        QImage *target = directPixels(p);
        auto draw = [&](const ShapeIndex &index, bool closed) {
            index.query(reach, [&](const ShapeIndex::Shape &s) {
                if (tile.cancelled() || !visibleAt(s.item, tile.window))
                    return;
                drew = true;
                const double pixels = std::max(s.bounds.width(), s.bounds.height()) / tile.mapUnitsPerPixel;
                if (pixels < 12) { // a speck: a block in its colour with a dark rim says as much, far faster
                    const QPointF topLeft = tile.toPixel(s.bounds.xMin, s.bounds.yMax);
                    const QPointF bottomRight = tile.toPixel(s.bounds.xMax, s.bounds.yMin);
                    const QRect r = QRect(topLeft.toPoint(), bottomRight.toPoint()).normalized();
                    if (target) {
                        writeBlock(*target, r.adjusted(-1, -1, 1, 1), rim);
                        writeBlock(*target, r, rgbs[s.item]);
                    } else {
                        p.fillRect(r.adjusted(-1, -1, 2, 2), haloColor);
                        p.fillRect(r.adjusted(0, 0, 1, 1), colors[s.item]);
                    }
                    return;
                }
                if (pixels <= 24) {
                    // Small: without smoothing, a one-pixel line in its colour over a three-pixel
                    // rim; far cheaper, and as readable at this size.
                    p.setRenderHint(QPainter::Antialiasing, false);
                    for (const QPolygonF &ring : s.rings) {
                        QPolygonF px(ring.size());
                        for (int i = 0; i < px.size(); ++i)
                            px[i] = tile.toPixel(ring[i].x(), ring[i].y());
                        if (closed) {
                            QColor fill = colors[s.item];
                            fill.setAlpha(50);
                            p.setPen(Qt::NoPen);
                            p.setBrush(fill);
                            p.drawPolygon(px);
                        }
                        p.setBrush(Qt::NoBrush);
                        p.setPen(QPen(haloColor, 3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
                        closed ? p.drawPolygon(px) : p.drawPolyline(px);
                        p.setPen(QPen(colors[s.item], 0));
                        closed ? p.drawPolygon(px) : p.drawPolyline(px);
                    }
                    return;
                }
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setBrush(Qt::NoBrush);
                p.setPen(haloPen);
                const QPainterPath open = closed ? QPainterPath() : ShapeIndex::pixelPath(s, tile, false);
                if (closed)
                    ShapeIndex::drawArea(p, s, tile);
                else
                    p.drawPath(open);
                QColor fill = colors[s.item];
                fill.setAlpha(closed ? 50 : 0);
                p.setPen(QPen(colors[s.item], pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
                p.setBrush(closed ? QBrush(fill) : QBrush(Qt::NoBrush));
                if (closed)
                    ShapeIndex::drawArea(p, s, tile);
                else
                    p.drawPath(open);
            });
        };
        draw(areas, true);
        draw(lines, false);
        // Points: squares in their colour over a dark square; where they crowd, small discs
        // written straight into the tile's pixels.
        p.setRenderHint(QPainter::Antialiasing, false);
        if (target && crowdedPoints(points.density(), tile.mapUnitsPerPixel)) {
            const int r = std::max(1, qRound(2 * tile.symbolScale));
            points.query(tile.tileExtent.grownBy((r + 2) * tile.mapUnitsPerPixel), [&](const ShapeIndex::Shape &s) {
                if (!visibleAt(s.item, tile.window))
                    return;
                const QPointF c = tile.toPixel(s.point.x(), s.point.y());
                writeDot(*target, c, r + 1, rim);
                writeDot(*target, c, r, rgbs[s.item]);
                drew = true;
            });
            return drew;
        }
        const double half = 3.5 * tile.symbolScale;
        const double edge = 1.2 * tile.symbolScale;
        points.query(reach, [&](const ShapeIndex::Shape &s) {
            if (tile.cancelled() || !visibleAt(s.item, tile.window))
                return;
            const QPointF c = tile.toPixel(s.point.x(), s.point.y());
            p.fillRect(QRectF(c.x() - half - edge, c.y() - half - edge, 2 * (half + edge), 2 * (half + edge)), haloColor);
            p.fillRect(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half), colors[s.item]);
            drew = true;
        });
        return drew;
    }

    void addLabels(LabelPlacer &placer, const MapSettings &settings, double) const override
    {
        // Labels name what a box, polygon, line or callout holds; too many on one screen cannot
        // be read, so they wait until the view is closer.
        constexpr int kMaxLabelled = 800;
        int labelled = 0;
        const MapExtent view = settings.extent();
        for (const ShapeIndex *index : {&areas, &lines}) {
            if (index->countUpTo(view, kMaxLabelled + 1) > kMaxLabelled)
                return;
        }
        auto offer = [&](const ShapeIndex::Shape &s) {
            if (labels[s.item].isEmpty() || !visibleAt(s.item, settings.timeWindow) || ++labelled > kMaxLabelled)
                return;
            QPointF centre;
            double radius = 5 * settings.symbolScale();
            if (s.rings.isEmpty()) {
                centre = settings.toPixel(s.point);
            } else {
                const QPointF a = settings.toPixel({s.bounds.xMin, s.bounds.yMax});
                const QPointF b = settings.toPixel({s.bounds.xMax, s.bounds.yMin});
                centre = (a + b) / 2;
                radius = std::max(radius, QLineF(a, b).length() / 2 + 2 * settings.symbolScale());
            }
            placer.add(labels[s.item], centre, radius, counts[s.item], true);
        };
        areas.query(view, offer);
        lines.query(view, offer);
        points.query(view, offer);
    }
};

QList<TimeSpan> timesOf(const QList<Annotation> &annotations)
{
    QList<TimeSpan> out;
    out.reserve(annotations.size());
    for (const Annotation &a : annotations)
        out << a.time;
    return out;
}

} // namespace

AnnotationLayer::AnnotationLayer(QList<Annotation> annotations, QList<ObjectKind> vocabulary)
    : TimedLayer(QStringLiteral("annotations"), QStringLiteral("Annotations"), timesOf(annotations)),
      m_annotations(std::move(annotations)), m_vocabulary(std::move(vocabulary))
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
    items += prepared->lines.itemsAt(at, reach, false, visible);
    items += prepared->areas.itemsAt(at, reach, true, visible);
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
    QHash<QString, QPair<QColor, QString>> kinds; // colour and name by key, looked up once
    for (int i = 0; i < m_annotations.size(); ++i) {
        const Annotation &a = m_annotations[i];
        auto kind = kinds.constFind(a.objectKind);
        if (kind == kinds.constEnd()) {
            const auto known = findObjectKind(m_vocabulary, a.objectKind);
            kind = kinds.insert(a.objectKind, {objectKindColor(a.objectKind, m_vocabulary), known ? known->name : a.objectKind});
        }
        prepared->colors << kind->first;
        prepared->rgbs << kind->first.rgb();
        prepared->labels << (a.shape == AnnotationShape::Point ? QString() : annotationLabel(a, kind->second));
        prepared->counts << a.count;
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
