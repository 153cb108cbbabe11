#pragma once

#include "sightline/core/geometry.h"
#include "sightline/geo/transform.h"
#include "sightline/render/cellgrid.h"
#include "sightline/render/maplayer.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <functional>
#include <vector>

namespace sightline::render {

// Lon/lat shapes projected once into a map CRS, with a grid index so that a tile finds the
// few shapes it meets among many thousands.
class ShapeIndex
{
public:
    struct Shape
    {
        // Map units; empty for points. Plain polygons, not a QPainterPath: drawing a shared
        // QPainterPath from several threads races on its internal caches.
        QList<QPolygonF> rings;
        QList<MapExtent> ringBounds; // so that a tile takes only the rings that reach it
        QPointF point;     // map units, for points
        MapExtent bounds;
        int item = 0;      // the owner's index (which record)
    };

    // Projects from lon/lat (EPSG:4326, x = longitude) into crs. Points or rings PROJ cannot
    // convert are dropped. Returns false with *error when there is no transformation at all.
    bool build(const QString &crs, const QList<QPair<int, QList<QPolygonF>>> &polygons,
               const QList<QPair<int, QPointF>> &points, bool closeRings, QString *error);

    // One shape's rings projected with t (lon/lat to map units), points PROJ cannot convert
    // dropped; false when no ring is left.
    static bool project(const geo::CoordinateTransform &t, int item, const QList<QPolygonF> &rings, Shape *out);

    // The shape's outline in tile pixels, ready to draw (odd-even fill, so holes stay open).
    static QPainterPath pixelPath(const Shape &shape, const TileContext &tile, bool closed);
    // Draws the shape with the painter's pen and brush: one ring as a plain pixel polygon (the
    // usual case, and far cheaper than a path), several through pixelPath.
    static void drawArea(QPainter &p, const Shape &shape, const TileContext &tile);

    // Calls visit for every shape whose bounds meet extent (each at most once). A point is handed
    // over in a Shape that lives only for the call: keep what it says, not where it is.
    void query(const MapExtent &extent, const std::function<void(const Shape &)> &visit) const;
    // The shapes under a map point, best first: points within tolerance (nearest first), then
    // areas that contain it (smallest first), then lines within tolerance. keep filters items
    // (what the view does not show cannot be hit).
    QList<int> itemsAt(QPointF map, double toleranceMapUnits, bool closed,
                       const std::function<bool(int item)> &keep = {}) const;
    // For an index of points only: calls visit(x, y) for every point inside extent, in the order
    // query() visits them, reading the index's own entries in memory order (no Shape is touched:
    // a walk over a hundred thousand scattered shapes spends its time waiting for memory).
    template<class Visit>
    void forEachPoint(const MapExtent &extent, Visit &&visit) const
    {
        if (size() == 0 || !extent.intersects(m_bounds))
            return;
        const CellRange c = cellsOf(extent);
        for (int r = c.r0; r <= c.r1; ++r) {
            const auto [from, to] = m_grid.rowRun(r, c.c0, c.c1);
            for (int k = from; k < to; ++k) {
                const MapExtent &b = m_entryBounds[static_cast<size_t>(k)];
                if (b.intersects(extent))
                    visit(b.xMin, b.yMin);
            }
        }
    }
    // How many shapes meet extent, counting no further than limit.
    int countUpTo(const MapExtent &extent, int limit) const;
    // How many shapes, points included.
    size_t size() const { return m_shapes.size() + m_points.size(); }
    // Shapes per square map unit over the bounds of them all (0 when they span no area).
    double density() const;

private:
    using CellRange = CellGrid::Range;
    CellRange cellsOf(const MapExtent &extent) const;
    MapExtent boundsOf(size_t shape) const;

    // Areas and lines, then points, numbered in that order. A point keeps its position and
    // owner only (a Shape is ten times its size, and a layer can hold hundreds of thousands).
    struct PointShape
    {
        QPointF point;
        int item;
    };
    std::vector<Shape> m_shapes;
    std::vector<PointShape> m_points;
    MapExtent m_bounds;
    int m_cols = 1, m_rows = 1;
    double m_cellW = 1, m_cellH = 1;
    // The shapes by the cells they cover, with a copy of each entry's bounds beside it (the same
    // index), so a query walks memory in order.
    CellGrid m_grid;
    std::vector<MapExtent> m_entryBounds;
    bool m_spansCells = false; // some shape sits in more than one cell, so queries must de-duplicate
};

// True when points at this density are so crowded at this resolution (more than one in every
// 150 square pixels on average) that small dots say more than symbols.
inline bool crowdedPoints(double perSquareMapUnit, double mapUnitsPerPixel)
{
    return perSquareMapUnit * mapUnitsPerPixel * mapUnitsPerPixel > 1.0 / 150;
}

// The tile's pixels when the painter draws straight into an ARGB32 premultiplied image with no
// transform, so that thousands of small dots can be written directly; else null.
QImage *directPixels(QPainter &p);
// Whether the painter draws onto a vector device (a PDF): symbols, decorations and labels are then
// drawn as shapes and text rather than as pre-drawn pixels.
bool drawsVectors(const QPainter &p);
// An opaque disc of radius r pixels (corners rounded) centred on the pixel nearest centre,
// written into image and clipped to it. Any thread, on an image it alone draws into.
void writeDot(QImage &image, QPointF centre, int r, QRgb color);
// writeDot for many dots into one image: the image's memory looked up once.
class DotWriter
{
public:
    explicit DotWriter(QImage &image);
    void write(QPointF centre, int r, QRgb color) const;
    // The same pixels as write(centre, r, rim) and then write(centre, r - 1, color), each written once.
    void writeRimmed(QPointF centre, int r, QRgb rim, QRgb color) const;

private:
    uchar *m_bits;
    qsizetype m_stride;
    int m_width, m_height;
};

// A geometry's parts as lon/lat polygons (x = longitude), ready for ShapeIndex::build.
QList<QPolygonF> lonLatRings(const Geometry &geometry);

} // namespace sightline::render
