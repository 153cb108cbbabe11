#include "sightline/render/preparedshapes.h"

#include "sightline/render/transformcache.h"

#include <algorithm>
#include <cmath>

namespace sightline::render {

bool ShapeIndex::build(const QString &crs, const QList<QPair<int, QList<QPolygonF>>> &polygons,
                       const QList<QPair<int, QPointF>> &points, bool closeRings, QString *error)
{
    const auto *t = cachedTransform(QStringLiteral("EPSG:4326"), crs, error);
    if (!t)
        return false;
    m_shapes.clear();
    auto extend = [](MapExtent &e, bool &first, const QRectF &r) {
        if (first) {
            e = {r.left(), r.top(), r.right(), r.bottom()};
            first = false;
        } else {
            e = {std::min(e.xMin, r.left()), std::min(e.yMin, r.top()), std::max(e.xMax, r.right()),
                 std::max(e.yMax, r.bottom())};
        }
    };
    bool firstOverall = true;
    for (const auto &[item, rings] : polygons) {
        Shape shape;
        shape.item = item;
        shape.path.setFillRule(Qt::OddEvenFill);
        for (QPolygonF ring : rings) {
            t->forward(&ring.data()->rx(), &ring.data()->ry(), static_cast<int>(ring.size()), 2);
            QPolygonF finite;
            finite.reserve(ring.size());
            for (const QPointF &p : std::as_const(ring))
                if (std::isfinite(p.x()) && std::isfinite(p.y()))
                    finite.append(p);
            if (finite.size() < 2)
                continue;
            shape.path.addPolygon(finite);
            if (closeRings)
                shape.path.closeSubpath();
        }
        if (shape.path.isEmpty())
            continue;
        bool first = true;
        extend(shape.bounds, first, shape.path.boundingRect());
        extend(m_bounds, firstOverall, shape.path.boundingRect());
        m_shapes.push_back(std::move(shape));
    }
    for (const auto &[item, lonLat] : points) {
        const auto p = t->forward(lonLat);
        if (!p || !std::isfinite(p->x()) || !std::isfinite(p->y()))
            continue;
        Shape shape;
        shape.item = item;
        shape.point = *p;
        shape.bounds = {p->x(), p->y(), p->x(), p->y()};
        extend(m_bounds, firstOverall, QRectF(*p, QSizeF(0, 0)));
        m_shapes.push_back(std::move(shape));
    }
    // A grid of about four shapes a cell, at most 512 x 512 cells.
    const int cells = std::clamp(static_cast<int>(std::sqrt(m_shapes.size() / 4.0)), 1, 512);
    m_cols = m_rows = cells;
    m_cellW = std::max(m_bounds.width() / m_cols, 1e-9);
    m_cellH = std::max(m_bounds.height() / m_rows, 1e-9);
    m_cells.assign(static_cast<size_t>(m_cols) * m_rows, {});
    for (int i = 0; i < static_cast<int>(m_shapes.size()); ++i) {
        const MapExtent &b = m_shapes[i].bounds;
        const int c0 = std::clamp(static_cast<int>((b.xMin - m_bounds.xMin) / m_cellW), 0, m_cols - 1);
        const int c1 = std::clamp(static_cast<int>((b.xMax - m_bounds.xMin) / m_cellW), 0, m_cols - 1);
        const int r0 = std::clamp(static_cast<int>((b.yMin - m_bounds.yMin) / m_cellH), 0, m_rows - 1);
        const int r1 = std::clamp(static_cast<int>((b.yMax - m_bounds.yMin) / m_cellH), 0, m_rows - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_cells[static_cast<size_t>(r) * m_cols + c].push_back(i);
    }
    return true;
}

void ShapeIndex::query(const MapExtent &e, const std::function<void(const Shape &)> &visit) const
{
    if (m_shapes.empty() || !e.intersects(m_bounds))
        return;
    const int c0 = std::clamp(static_cast<int>((e.xMin - m_bounds.xMin) / m_cellW), 0, m_cols - 1);
    const int c1 = std::clamp(static_cast<int>((e.xMax - m_bounds.xMin) / m_cellW), 0, m_cols - 1);
    const int r0 = std::clamp(static_cast<int>((e.yMin - m_bounds.yMin) / m_cellH), 0, m_rows - 1);
    const int r1 = std::clamp(static_cast<int>((e.yMax - m_bounds.yMin) / m_cellH), 0, m_rows - 1);
    const bool single = c0 == c1 && r0 == r1;
    std::vector<char> seen;
    if (!single)
        seen.assign(m_shapes.size(), 0);
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            for (int i : m_cells[static_cast<size_t>(r) * m_cols + c]) {
                if (!single) {
                    if (seen[i])
                        continue;
                    seen[i] = 1;
                }
                if (m_shapes[i].bounds.intersects(e))
                    visit(m_shapes[i]);
            }
        }
    }
}

} // namespace sightline::render
