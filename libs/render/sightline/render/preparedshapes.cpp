#include "sightline/render/preparedshapes.h"

#include "sightline/render/transformcache.h"

#include <QLineF>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sightline::render {

bool ShapeIndex::build(const QString &crs, const QList<QPair<int, QList<QPolygonF>>> &polygons,
                       const QList<QPair<int, QPointF>> &points, bool, QString *error)
{
    const auto *t = cachedTransform(QStringLiteral("EPSG:4326"), crs, error);
    if (!t)
        return false;
    m_shapes.clear();
    m_points.clear();
    m_spansCells = false;
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
    m_shapes.reserve(static_cast<size_t>(polygons.size()));
    m_points.reserve(static_cast<size_t>(points.size()));
    for (const auto &[item, rings] : polygons) {
        Shape shape;
        if (!project(*t, item, rings, &shape))
            continue;
        const QRectF box(QPointF(shape.bounds.xMin, shape.bounds.yMin), QPointF(shape.bounds.xMax, shape.bounds.yMax));
        extend(m_bounds, firstOverall, box);
        m_shapes.push_back(std::move(shape));
    }
    // Points in one call to PROJ (a call a point cost more than the projection itself).
    std::vector<QPointF> projected(static_cast<size_t>(points.size()));
    for (qsizetype i = 0; i < points.size(); ++i)
        projected[static_cast<size_t>(i)] = points[i].second;
    if (!projected.empty())
        t->forward(&projected.data()->rx(), &projected.data()->ry(), static_cast<int>(projected.size()), 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF p = projected[static_cast<size_t>(i)];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        m_points.push_back({p, points[i].first});
        extend(m_bounds, firstOverall, QRectF(p, QSizeF(0, 0)));
    }
    // A grid of about four shapes a cell, at most 512 x 512 cells.
    const int cells = std::clamp(static_cast<int>(std::sqrt(size() / 4.0)), 1, 512);
    m_cols = m_rows = cells;
    m_cellW = std::max(m_bounds.width() / m_cols, 1e-9);
    m_cellH = std::max(m_bounds.height() / m_rows, 1e-9);
    std::vector<CellRange> spans(size());
    for (size_t i = 0; i < spans.size(); ++i) {
        const CellRange sp = cellsOf(boundsOf(i));
        spans[i] = sp;
        m_spansCells |= sp.r0 != sp.r1 || sp.c0 != sp.c1;
    }
    m_grid.build(m_cols, m_rows, spans);
    const std::vector<int> &entries = m_grid.entries();
    m_entryBounds.resize(entries.size());
    for (size_t k = 0; k < entries.size(); ++k)
        m_entryBounds[k] = boundsOf(static_cast<size_t>(entries[k]));
    return true;
}

bool ShapeIndex::project(const geo::CoordinateTransform &t, int item, const QList<QPolygonF> &rings, Shape *out)
{
    out->item = item;
    QRectF box;
    for (QPolygonF ring : rings) {
        const int converted = t.forward(&ring.data()->rx(), &ring.data()->ry(), static_cast<int>(ring.size()), 2);
        QPolygonF finite;
        if (converted == ring.size()) {
            finite = std::move(ring); // the usual case: no copy
        } else {
            finite.reserve(ring.size());
            for (const QPointF &p : std::as_const(ring))
                if (std::isfinite(p.x()) && std::isfinite(p.y()))
                    finite.append(p);
        }
        if (finite.size() < 2)
            continue;
        const QRectF rb = finite.boundingRect();
        box = box.isNull() ? rb : box.united(rb);
        out->rings.append(finite);
        out->ringBounds.append({rb.left(), rb.top(), rb.right(), rb.bottom()});
    }
    out->bounds = {box.left(), box.top(), box.right(), box.bottom()};
    return !out->rings.isEmpty();
}

ShapeIndex::CellRange ShapeIndex::cellsOf(const MapExtent &e) const
{
    return {std::clamp(static_cast<int>((e.xMin - m_bounds.xMin) / m_cellW), 0, m_cols - 1),
            std::clamp(static_cast<int>((e.xMax - m_bounds.xMin) / m_cellW), 0, m_cols - 1),
            std::clamp(static_cast<int>((e.yMin - m_bounds.yMin) / m_cellH), 0, m_rows - 1),
            std::clamp(static_cast<int>((e.yMax - m_bounds.yMin) / m_cellH), 0, m_rows - 1)};
}

void ShapeIndex::drawArea(QPainter &p, const Shape &s, const TileContext &tile)
{
    if (s.rings.size() != 1) {
        p.drawPath(pixelPath(s, tile, true));
        return;
    }
    const QPolygonF &ring = s.rings.first();
    // One buffer a thread: thousands of small areas a tile, each its own allocation before.
    thread_local std::vector<QPointF> px;
    px.resize(static_cast<size_t>(ring.size()));
    for (qsizetype i = 0; i < ring.size(); ++i)
        px[static_cast<size_t>(i)] = tile.toPixel(ring[i].x(), ring[i].y());
    p.drawPolygon(px.data(), static_cast<int>(px.size()));
}

double ShapeIndex::density() const
{
    return m_bounds.width() > 0 && m_bounds.height() > 0 ? size() / (m_bounds.width() * m_bounds.height()) : 0;
}

QImage *directPixels(QPainter &p)
{
    auto *image = dynamic_cast<QImage *>(p.device());
    return image && image->format() == QImage::Format_ARGB32_Premultiplied && p.transform().isIdentity() ? image : nullptr;
}

bool drawsVectors(const QPainter &p)
{
    const QPaintEngine *engine = p.paintEngine();
    if (!engine) return false;
    const QPaintEngine::Type type = engine->type();
    return type == QPaintEngine::Pdf || type == QPaintEngine::Picture || type == QPaintEngine::SVG;
}

void writeDot(QImage &image, QPointF centre, int r, QRgb color)
{
    DotWriter(image).write(centre, r, color);
}

DotWriter::DotWriter(QImage &image)
    : m_bits(image.bits()), m_stride(image.bytesPerLine()), m_width(image.width()), m_height(image.height())
{
}

void DotWriter::writeRimmed(QPointF centre, int r, QRgb rim, QRgb color) const
{
    const int cx = qRound(centre.x()), cy = qRound(centre.y());
    if (cx + r < 0 || cx - r >= m_width || cy + r < 0 || cy - r >= m_height)
        return;
    const int inner = r - 1;
    const int yFrom = std::max(-r, -cy), yTo = std::min(r, m_height - 1 - cy);
    for (int dy = yFrom; dy <= yTo; ++dy) {
        // The rows write(centre, r, rim) and then write(centre, r - 1, color) would leave.
        const int half = dy * dy + r * r <= 2 * r * r - r ? r : r - 1;
        const int x0 = std::max(0, cx - half), x1 = std::min(m_width - 1, cx + half);
        auto *line = reinterpret_cast<QRgb *>(m_bits + static_cast<qsizetype>(cy + dy) * m_stride);
        if (std::abs(dy) > inner || inner <= 0) {
            std::fill(line + x0, line + x1 + 1, rim);
            continue;
        }
        const int innerHalf = dy * dy + inner * inner <= 2 * inner * inner - inner ? inner : inner - 1;
        const int i0 = std::max(0, cx - innerHalf), i1 = std::min(m_width - 1, cx + innerHalf);
        if (i0 > i1) {
            std::fill(line + x0, line + x1 + 1, rim);
            continue;
        }
        std::fill(line + x0, line + i0, rim);
        std::fill(line + i0, line + i1 + 1, color);
        std::fill(line + i1 + 1, line + x1 + 1, rim);
    }
}

void DotWriter::write(QPointF centre, int r, QRgb color) const
{
    const int cx = qRound(centre.x()), cy = qRound(centre.y());
    // Wholly outside: nothing to write (most dots a tile's reach adds lie past its edges).
    if (cx + r < 0 || cx - r >= m_width || cy + r < 0 || cy - r >= m_height)
        return;
    const int yFrom = std::max(-r, -cy), yTo = std::min(r, m_height - 1 - cy);
    for (int dy = yFrom; dy <= yTo; ++dy) {
        const int half = dy * dy + r * r <= 2 * r * r - r ? r : r - 1; // round the corners
        const int x0 = std::max(0, cx - half), x1 = std::min(m_width - 1, cx + half);
        auto *line = reinterpret_cast<QRgb *>(m_bits + static_cast<qsizetype>(cy + dy) * m_stride);
        std::fill(line + x0, line + x1 + 1, color);
    }
}

MapExtent ShapeIndex::boundsOf(size_t i) const
{
    if (i < m_shapes.size())
        return m_shapes[i].bounds;
    const QPointF p = m_points[i - m_shapes.size()].point;
    return {p.x(), p.y(), p.x(), p.y()};
}

void ShapeIndex::query(const MapExtent &e, const std::function<void(const Shape &)> &visit) const
{
    if (size() == 0 || !e.intersects(m_bounds))
        return;
    const auto [c0, c1, r0, r1] = cellsOf(e);
    const bool dedupe = m_spansCells && (c0 != c1 || r0 != r1);
    std::vector<char> seen;
    if (dedupe)
        seen.assign(size(), 0);
    Shape point; // a point handed over as a shape without rings
    for (int r = r0; r <= r1; ++r) {
        // The cells of one row are consecutive: one run of entries.
        const auto [from, to] = m_grid.rowRun(r, c0, c1);
        for (int k = from; k < to; ++k) {
            if (!m_entryBounds[k].intersects(e))
                continue;
            const int i = m_grid.entries()[k];
            if (dedupe) {
                if (seen[i])
                    continue;
                seen[i] = 1;
            }
            if (static_cast<size_t>(i) < m_shapes.size()) {
                visit(m_shapes[i]);
            } else {
                const PointShape &ps = m_points[i - m_shapes.size()];
                point.point = ps.point;
                point.bounds = {ps.point.x(), ps.point.y(), ps.point.x(), ps.point.y()};
                point.item = ps.item;
                visit(point);
            }
        }
    }
}

namespace {

// Sutherland-Hodgman: the part of a closed ring inside a rectangle. The edges it adds run along
// the rectangle, which callers place a few pixels outside the tile, where they are not seen.
QPolygonF clipRing(const QPolygonF &ring, const MapExtent &r)
{
    QPolygonF in = ring, out;
    out.reserve(ring.size() + 8);
    auto clipEdge = [&](auto inside, auto intersect) {
        out.clear(); // keeps its capacity
        const qsizetype n = in.size();
        if (n == 0)
            return;
        // Read through a const pointer: a ring has thousands of points, and every non-const
        // access would ask whether the list must detach.
        const QPointF *pts = in.constData();
        bool ia = inside(pts[0]);
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF a = pts[i], b = pts[i + 1 < n ? i + 1 : 0];
            const bool ib = inside(b);
            if (ia)
                out.append(a);
            if (ia != ib)
                out.append(intersect(a, b));
            ia = ib;
        }
        std::swap(in, out);
    };
    auto atX = [](QPointF a, QPointF b, double x) { return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x())); };
    auto atY = [](QPointF a, QPointF b, double y) { return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y); };
    clipEdge([&](QPointF p) { return p.x() >= r.xMin; }, [&](QPointF a, QPointF b) { return atX(a, b, r.xMin); });
    clipEdge([&](QPointF p) { return p.x() <= r.xMax; }, [&](QPointF a, QPointF b) { return atX(a, b, r.xMax); });
    clipEdge([&](QPointF p) { return p.y() >= r.yMin; }, [&](QPointF a, QPointF b) { return atY(a, b, r.yMin); });
    clipEdge([&](QPointF p) { return p.y() <= r.yMax; }, [&](QPointF a, QPointF b) { return atY(a, b, r.yMax); });
    return in;
}

bool inside(const MapExtent &inner, const MapExtent &outer)
{
    return inner.xMin >= outer.xMin && inner.xMax <= outer.xMax && inner.yMin >= outer.yMin && inner.yMax <= outer.yMax;
}

} // namespace

QPainterPath ShapeIndex::pixelPath(const Shape &shape, const TileContext &tile, bool closed)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    // A ring that does not reach the tile changes nothing in it, hole or not: leave it out
    // (a country's hundreds of islands, most of them far away).
    const MapExtent reach = tile.tileExtent.grownBy(4 * tile.mapUnitsPerPixel);
    for (int r = 0; r < shape.rings.size(); ++r) {
        if (!shape.ringBounds[r].intersects(reach))
            continue;
        // A ring that only passes through is cut to the tile first: a country's coastline, and the
        // small far-away rings that a projection far from their zone throws millions of pixels out
        // (drawn whole, one of them cost the rasterizer seconds a tile).
        QPolygonF px = closed && !inside(shape.ringBounds[r], reach) ? clipRing(shape.rings[r], reach)
                                                                      : shape.rings[r];
        if (px.size() < 2)
            continue;
        // Into pixels in place: a cut ring is this function's own; a whole one is copied once here.
        QPointF *pts = px.data();
        for (qsizetype i = 0; i < px.size(); ++i)
            pts[i] = tile.toPixel(pts[i].x(), pts[i].y());
        path.addPolygon(px);
        if (closed)
            path.closeSubpath();
    }
    return path;
}

int ShapeIndex::countUpTo(const MapExtent &e, int limit) const
{
    if (size() == 0 || !e.intersects(m_bounds))
        return 0;
    // Shapes spanning several cells may be counted twice: an upper bound is all this promises
    // to callers that only ask "more than limit?", and it is exact for points.
    const auto [c0, c1, r0, r1] = cellsOf(e);
    int n = 0;
    for (int r = r0; r <= r1; ++r) {
        const auto [from, to] = m_grid.rowRun(r, c0, c1);
        for (int k = from; k < to; ++k)
            if (m_entryBounds[k].intersects(e) && ++n >= limit)
                return n;
    }
    return n;
}

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::sqrt(QPointF::dotProduct(q, q));
}
} // namespace

QList<int> ShapeIndex::itemsAt(QPointF map, double tol, bool closed, const std::function<bool(int)> &keep) const
{
    struct Hit
    {
        int rank; // 0 point, 1 inside an area, 2 near a line
        double score;
        int item;
    };
    QList<Hit> hits;
    const MapExtent around{map.x() - tol, map.y() - tol, map.x() + tol, map.y() + tol};
    query(around, [&](const Shape &s) {
        if (keep && !keep(s.item))
            return;
        if (s.rings.isEmpty()) {
            const double d = QLineF(s.point, map).length();
            if (d <= tol)
                hits.append({0, d, s.item});
            return;
        }
        if (closed) {
            int crossings = 0; // odd-even over every ring, so a hole is not inside
            for (const QPolygonF &ring : s.rings)
                crossings += ring.containsPoint(map, Qt::OddEvenFill) ? 1 : 0;
            if (crossings % 2 == 1) {
                hits.append({1, s.bounds.width() * s.bounds.height(), s.item});
                return;
            }
        }
        double best = tol + 1;
        for (const QPolygonF &ring : s.rings)
            for (int i = 1; i < ring.size(); ++i)
                best = std::min(best, distanceToSegment(map, ring[i - 1], ring[i]));
        if (best <= tol)
            hits.append({2, best, s.item});
    });
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.rank != b.rank ? a.rank < b.rank : a.score < b.score; });
    QList<int> items;
    for (const Hit &h : std::as_const(hits))
        items << h.item;
    return items;
}

QList<QPolygonF> lonLatRings(const Geometry &geometry)
{
    QList<QPolygonF> rings;
    for (const auto &part : geometry.parts) {
        QPolygonF ring;
        ring.reserve(part.size());
        for (const GeoPoint &p : part)
            ring << QPointF(p.lon, p.lat);
        rings << ring;
    }
    return rings;
}

} // namespace sightline::render
