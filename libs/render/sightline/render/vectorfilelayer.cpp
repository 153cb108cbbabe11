#include "sightline/render/vectorfilelayer.h"

#include "sightline/geo/vectorfile.h"
#include "sightline/render/preparedshapes.h"
#include "sightline/render/symbols.h"

#include <QFileInfo>

namespace sightline::render {
namespace {

// The features of one file projected into one CRS and indexed; a tile draws only those that
// reach it. Built on a worker thread; any thread may draw tiles from it.
class PreparedVectorFile : public PreparedLayer
{
public:
    explicit PreparedVectorFile(std::shared_ptr<const VectorFileLayer::Projected> p)
        : projected(std::move(p)), polygons(projected->polygons), lines(projected->lines), points(projected->points)
    {
    }
    std::shared_ptr<const VectorFileLayer::Projected> projected;
    const ShapeIndex &polygons, &lines, &points;
    QColor color;
    double pointDensity = 0; // points per square map unit

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        bool drew = false;
        QColor fill = color;
        fill.setAlpha(50);
        const QPen outline(color, 1.2 * tile.symbolScale), thin(color, 1.0);
        const bool thinPen = tile.symbolScale <= 1.0;
        p.setPen(outline);
        p.setBrush(fill);
        bool thinSet = false; // which pen the painter holds: set only when it changes
        const MapExtent reach = tile.tileExtent.grownBy(3 * tile.mapUnitsPerPixel);
        polygons.query(reach, [&](const ShapeIndex::Shape &s) {
            const double across = std::max(s.bounds.width(), s.bounds.height());
            if (across < 2 * tile.mapUnitsPerPixel) {
                // A speck: its outline would cover it whole, so a block of the outline's colour.
                const QPointF topLeft = tile.toPixel(s.bounds.xMin, s.bounds.yMax);
                const QPointF bottomRight = tile.toPixel(s.bounds.xMax, s.bounds.yMin);
                p.fillRect(QRect(topLeft.toPoint(), bottomRight.toPoint()).normalized().adjusted(0, 0, 1, 1), color);
                drew = true;
                return;
            }
            // A few pixels across: outlined with a one-pixel pen, which Qt draws with its fast
            // stroker (a wider pen is stroked as a path, joins and all, and cost more than
            // everything else in a crowded frame). A fifth of a pixel thinner; at higher
            // resolutions (print) the pen keeps its width.
            const bool wantThin = thinPen && across < 8 * tile.mapUnitsPerPixel;
            if (wantThin != thinSet) {
                p.setPen(wantThin ? thin : outline);
                thinSet = wantThin;
            }
            ShapeIndex::drawArea(p, s, tile);
            drew = true;
        });
        p.setBrush(Qt::NoBrush);
        lines.query(reach, [&](const ShapeIndex::Shape &s) {
            p.drawPath(ShapeIndex::pixelPath(s, tile, false));
            drew = true;
        });
        const double r = 3.5 * tile.symbolScale;
        const MapExtent pointReach = tile.tileExtent.grownBy((r + 2) * tile.mapUnitsPerPixel);
        if (QImage *target = crowdedPoints(pointDensity, tile.mapUnitsPerPixel) ? directPixels(p) : nullptr) {
            // Crowded: the same disc with its white rim, written into the tile's pixels
            // (thousands a tile; far cheaper than an antialiased ellipse each).
            const int outer = std::max(2, qRound(r + 0.5 * tile.symbolScale));
            const QRgb rim = qRgb(255, 255, 255), dot = color.rgb();
            const DotWriter pixels(*target);
            points.forEachPoint(pointReach, [&](double x, double y) {
                pixels.writeRimmed(tile.toPixel(x, y), outer, rim, dot);
                drew = true;
            });
            return drew;
        }
        p.setPen(QPen(Qt::white, 1.0 * tile.symbolScale));
        p.setBrush(color);
        points.query(pointReach, [&](const ShapeIndex::Shape &s) {
            p.drawEllipse(tile.toPixel(s.point.x(), s.point.y()), r, r);
            drew = true;
        });
        return drew;
    }
};

} // namespace

VectorFileLayer::VectorFileLayer(const QString &file, const QString &layerName, QColor color)
    : MapLayer(QStringLiteral("ref:%1#%2").arg(file, layerName),
               layerName.isEmpty() ? QFileInfo(file).fileName() : QFileInfo(file).fileName() + QStringLiteral(" — ") + layerName),
      m_file(file), m_layerName(layerName), m_color(color)
{
}

VectorFileLayer::VectorFileLayer(const QString &file, const QString &layerName, QColor color,
                                 std::shared_ptr<const geo::VectorLayerData> shapes,
                                 std::shared_ptr<const Projected> projected)
    : VectorFileLayer(file, layerName, color)
{
    m_shapes = std::move(shapes);
    m_projected = std::move(projected);
}

QColor VectorFileLayer::paletteColor(int n)
{
    static const QColor colors[] = {{0x00, 0x7f, 0x86}, {0xb8, 0x3b, 0x5e}, {0x4d, 0x7c, 0x0f},
                                    {0x6a, 0x4c, 0x93}, {0xa0, 0x6b, 0x00}, {0x2b, 0x58, 0x9c}};
    return colors[std::abs(n) % 6];
}

QString VectorFileLayer::problem() const
{
    QMutexLocker lock(&m_problemMutex);
    return m_problem;
}

std::shared_ptr<const PreparedLayer> VectorFileLayer::prepare(const QString &crs, QString *error) const
{
    geo::VectorLayerData read;
    if (!m_shapes) {
        QString why;
        if (!geo::readVectorShapes(m_file, m_layerName, &read, &why)) {
            QMutexLocker lock(&m_problemMutex);
            m_problem = why;
            if (error)
                *error = why;
            return nullptr;
        }
    }
    const geo::VectorLayerData &data = m_shapes ? *m_shapes : read;
    std::shared_ptr<const Projected> projected = m_projected && m_projected->crs == crs ? m_projected : nullptr;
    if (!projected) {
        auto made = std::make_shared<Projected>();
        if (!projectInto(data, crs, made.get(), error))
            return nullptr;
        projected = std::move(made);
    }
    auto prepared = std::make_shared<PreparedVectorFile>(projected);
    prepared->color = m_color;
    prepared->pointDensity = projected->points.density();
    return prepared;
}

bool VectorFileLayer::projectInto(const geo::VectorLayerData &data, const QString &crs, Projected *out, QString *error)
{
    out->crs = crs;
    QList<QPair<int, QList<QPolygonF>>> polygons, lines;
    QList<QPair<int, QPointF>> points;
    points.reserve(data.features.size());
    for (int i = 0; i < data.features.size(); ++i) {
        const auto &f = data.features[i];
        switch (f.kind) {
        case geo::VectorFeature::Kind::Polygon: polygons.append({i, f.parts}); break;
        case geo::VectorFeature::Kind::Line: lines.append({i, f.parts}); break;
        case geo::VectorFeature::Kind::Point:
            for (const QPolygonF &part : f.parts)
                for (const QPointF &pt : part)
                    points.append({i, pt});
            break;
        }
    }
    return out->polygons.build(crs, polygons, {}, true, error) && out->lines.build(crs, lines, {}, false, error) &&
           out->points.build(crs, {}, points, true, error);
}

std::shared_ptr<const VectorFileLayer::Projected> VectorFileLayer::project(const geo::VectorLayerData &shapes,
                                                                           const QString &crs)
{
    auto out = std::make_shared<Projected>();
    return projectInto(shapes, crs, out.get(), nullptr) ? out : nullptr;
}

} // namespace sightline::render
