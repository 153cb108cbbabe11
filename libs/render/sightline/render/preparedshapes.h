#pragma once

#include "sightline/core/geometry.h"
#include "sightline/render/maplayer.h"

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

    // The shape's outline in tile pixels, ready to draw (odd-even fill, so holes stay open).
    static QPainterPath pixelPath(const Shape &shape, const TileContext &tile, bool closed);

    // Calls visit for every shape whose bounds meet extent (each at most once).
    void query(const MapExtent &extent, const std::function<void(const Shape &)> &visit) const;
    // The shapes under a map point, best first: points within tolerance (nearest first), then
    // areas that contain it (smallest first), then lines within tolerance. keep filters items
    // (what the view does not show cannot be hit).
    QList<int> itemsAt(QPointF map, double toleranceMapUnits, bool closed,
                       const std::function<bool(int item)> &keep = {}) const;
    // How many shapes meet extent, counting no further than limit.
    int countUpTo(const MapExtent &extent, int limit) const;
    const std::vector<Shape> &shapes() const { return m_shapes; }

private:
    struct CellRange
    {
        int c0, c1, r0, r1;
    };
    CellRange cellsOf(const MapExtent &extent) const;

    std::vector<Shape> m_shapes;
    MapExtent m_bounds;
    int m_cols = 1, m_rows = 1;
    double m_cellW = 1, m_cellH = 1;
    // Cells in compressed rows: the entries of cell k are m_entries[m_cellStart[k] .. m_cellStart[k+1]),
    // with a copy of each shape's bounds beside it, so a query walks memory in order.
    std::vector<int> m_cellStart;
    std::vector<int> m_entries;
    std::vector<MapExtent> m_entryBounds;
    bool m_spansCells = false; // some shape sits in more than one cell, so queries must de-duplicate
};

// A geometry's parts as lon/lat polygons (x = longitude), ready for ShapeIndex::build.
QList<QPolygonF> lonLatRings(const Geometry &geometry);

} // namespace sightline::render
