#pragma once

#include "sightline/core/geometry.h"
#include "sightline/geo/vectorfile.h"
#include "sightline/render/cellgrid.h"
#include "sightline/render/preparedshapes.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace sightline::render {

// Lon/lat shapes indexed where they lie, each projected into the map's CRS the first time a
// query reaches it: a view of one region projects that region's shapes, not the world's
// (Natural Earth holds 630,000 vertices, and PROJ takes about a tenth of a microsecond each).
// Any thread may query, several at once; a shape is projected once.
class OnDemandShapes
{
public:
    // The features of data whose bounds meet area (all of them when area is empty), projected
    // into crs when first wanted. Fails, with the reason, when there is no transformation.
    bool build(const QString &crs, std::shared_ptr<const geo::VectorLayerData> data, const GeoBounds &area,
               QString *error);

    // Calls visit for every shape whose projected bounds meet extent (map units), each once, in
    // the data's order (the order they overlap in). Shape::item is the feature's index.
    template<class Visit>
    void query(const MapExtent &extent, Visit &&visit) const
    {
        std::vector<int> found;
        candidates(extent, found);
        for (const int slot : found)
            if (const ShapeIndex::Shape *shape = projected(slot); shape && shape->bounds.intersects(extent))
                visit(*shape);
    }

    // How many shapes have been projected so far.
    int projectedCount() const { return m_projected.load(std::memory_order_relaxed); }

private:
    static constexpr int kCols = 72, kRows = 36; // five degrees a cell
    using CellRange = CellGrid::Range;
    struct Slot
    {
        std::once_flag once;
        ShapeIndex::Shape shape;
        bool drawable = false;
    };
    static CellRange cellsOf(const QRectF &lonLat);
    // The lon/lat box holding every point of a map-unit rectangle, or the whole world when it
    // cannot be told (a corner off the earth).
    QRectF lonLatBoundsOf(const MapExtent &extent) const;
    // The slots whose lon/lat bounds meet what extent covers, in order.
    void candidates(const MapExtent &extent, std::vector<int> &out) const;
    const ShapeIndex::Shape *projected(int slot) const;

    QString m_crs;
    std::shared_ptr<const geo::VectorLayerData> m_data;
    std::vector<int> m_features; // a slot's feature
    std::vector<CellRange> m_slotCells;
    CellGrid m_grid; // slots by the cells their lon/lat bounds cover
    std::unique_ptr<Slot[]> m_slots;
    mutable std::atomic<int> m_projected{0};
    // Where the poles fall in the map, where they can be projected: a rectangle holding one
    // reaches every longitude there.
    std::vector<std::pair<QPointF, double>> m_poles; // and their latitude
};

} // namespace sightline::render
