#include "sightline/render/ondemandshapes.h"

#include "sightline/render/transformcache.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sightline::render {

bool OnDemandShapes::build(const QString &crs, std::shared_ptr<const geo::VectorLayerData> data,
                           const GeoBounds &area, QString *error)
{
    // A CRS PROJ cannot project into fails here rather than in every tile. One it cannot take
    // back to lon/lat (a few projections have no inverse) has every shape a candidate.
    const auto *toMap = cachedTransform(QStringLiteral("EPSG:4326"), crs, error);
    if (!toMap)
        return false;
    m_crs = crs;
    m_data = std::move(data);
    m_features.clear();
    m_slotCells.clear();
    for (int i = 0; i < m_data->features.size(); ++i) {
        const QRectF &b = m_data->features[i].bounds;
        if (area.isEmpty() || area.intersects(GeoBounds{b.left(), b.top(), b.right(), b.bottom()})) {
            m_features.push_back(i);
            m_slotCells.push_back(cellsOf(b));
        }
    }
    m_slots = std::make_unique<Slot[]>(m_features.size());
    m_projected = 0;
    m_grid.build(kCols, kRows, m_slotCells);

    m_poles.clear();
    for (const double lat : {90.0, -90.0})
        if (const auto p = toMap->forward(QPointF(0, lat)))
            m_poles.push_back({*p, lat});
    return true;
}

OnDemandShapes::CellRange OnDemandShapes::cellsOf(const QRectF &lonLat)
{
    if (!(lonLat.width() >= 0 && lonLat.height() >= 0)) // NaN too
        return {0, -1, 0, -1};
    const auto col = [](double lon) { return std::clamp(static_cast<int>(std::floor((lon + 180) / 5)), 0, kCols - 1); };
    const auto row = [](double lat) { return std::clamp(static_cast<int>(std::floor((lat + 90) / 5)), 0, kRows - 1); };
    return {col(lonLat.left()), col(lonLat.right()), row(lonLat.top()), row(lonLat.bottom())};
}

QRectF OnDemandShapes::lonLatBoundsOf(const MapExtent &e) const
{
    static const QRectF world(-180, -90, 360, 180);
    const auto *toLonLat = cachedTransform(m_crs, QStringLiteral("EPSG:4326"));
    if (!toLonLat)
        return world;
    // The rectangle's edge walked round, densified, and its centre: a continuous projection
    // takes the edge of a rectangle to the edge of what it covers, so the extremes lie on it,
    // except where a pole is inside (every longitude meets there) or the antimeridian crosses
    // it (its longitudes then run to both ends: a jump between neighbouring samples shows it).
    constexpr int kSteps = 8;
    std::array<QPointF, 4 * kSteps + 1> pts;
    for (int i = 0; i < kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        pts[i] = {e.xMin + f * e.width(), e.yMin};
        pts[kSteps + i] = {e.xMax, e.yMin + f * e.height()};
        pts[2 * kSteps + i] = {e.xMax - f * e.width(), e.yMax};
        pts[3 * kSteps + i] = {e.xMin, e.yMax - f * e.height()};
    }
    pts.back() = {e.center()};
    if (toLonLat->forward(&pts.data()->rx(), &pts.data()->ry(), static_cast<int>(pts.size()), 2) !=
        static_cast<int>(pts.size()))
        return world;
    double x0 = pts[0].x(), x1 = x0, y0 = pts[0].y(), y1 = y0;
    bool allLongitudes = false;
    for (size_t i = 0; i < pts.size(); ++i) {
        const QPointF &p = pts[i];
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
        if (i < 4 * kSteps && std::abs(p.x() - pts[(i + 1) % (4 * kSteps)].x()) > 180)
            allLongitudes = true;
    }
    // Longitudes past ±180 (a map shown beyond its world) wrap round to the other end.
    allLongitudes = allLongitudes || x0 < -180 || x1 > 180;
    // Edges bow between samples: a margin of a twentieth of the box on each side.
    const double mx = 0.05 * (x1 - x0) + 1e-6, my = 0.05 * (y1 - y0) + 1e-6;
    x0 = allLongitudes ? -180 : std::max(x0 - mx, -180.0);
    x1 = allLongitudes ? 180 : std::min(x1 + mx, 180.0);
    y0 -= my, y1 += my;
    for (const auto &[pole, lat] : m_poles)
        if (pole.x() >= e.xMin && pole.x() <= e.xMax && pole.y() >= e.yMin && pole.y() <= e.yMax) {
            x0 = -180, x1 = 180;
            (lat > 0 ? y1 : y0) = lat;
        }
    return QRectF(QPointF(x0, std::max(y0, -90.0)), QPointF(x1, std::min(y1, 90.0)));
}

void OnDemandShapes::candidates(const MapExtent &extent, std::vector<int> &out) const
{
    out.clear();
    const CellRange c = cellsOf(lonLatBoundsOf(extent));
    if (m_grid.entries().empty() || c.c0 > c.c1 || c.r0 > c.r1)
        return;
    for (int r = c.r0; r <= c.r1; ++r)
        for (int col = c.c0; col <= c.c1; ++col) {
            const auto [from, to] = m_grid.rowRun(r, col, col);
            for (int k = from; k < to; ++k) {
                const int slot = m_grid.entries()[static_cast<size_t>(k)];
                // A slot in several cells is taken in the first of them the query reaches.
                const CellRange &own = m_slotCells[static_cast<size_t>(slot)];
                if (std::max(own.r0, c.r0) == r && std::max(own.c0, c.c0) == col)
                    out.push_back(slot);
            }
        }
    std::sort(out.begin(), out.end());
}

const ShapeIndex::Shape *OnDemandShapes::projected(int slot) const
{
    Slot &s = m_slots[static_cast<size_t>(slot)];
    std::call_once(s.once, [&] {
        if (const auto *t = cachedTransform(QStringLiteral("EPSG:4326"), m_crs)) {
            const int feature = m_features[static_cast<size_t>(slot)];
            s.drawable = ShapeIndex::project(*t, feature, m_data->features[feature].parts, &s.shape);
            m_projected.fetch_add(1, std::memory_order_relaxed);
        }
    });
    return s.drawable ? &s.shape : nullptr;
}

} // namespace sightline::render
