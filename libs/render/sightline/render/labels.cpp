#include "sightline/render/labels.h"

#include "sightline/render/preparedshapes.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace sightline::render {

LabelPlacer::LabelPlacer(QRectF frame, double symbolScale) : m_frame(frame), m_scale(symbolScale) {}

void LabelPlacer::add(const QString &text, QPointF anchor, double symbolRadius, int priority, bool emphasised)
{
    if (!text.isEmpty() && m_frame.contains(anchor))
        m_candidates.append({text, anchor, symbolRadius, priority, emphasised});
}

void LabelPlacer::addArea(const QPolygonF &pixels)
{
    if (pixels.size() >= 3 && pixels.boundingRect().intersects(m_frame))
        m_areas.append(pixels);
}

namespace {

double polygonArea(const QPolygonF &p)
{
    double twice = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF &a = p[i], &b = p[(i + 1) % p.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

// Rectangles already taken, bucketed in a coarse grid so that a new label is tested only
// against its neighbours.
class Occupancy
{
public:
    explicit Occupancy(QRectF frame) : m_cols(std::max(1, int(frame.width() / kCell) + 1)), m_rows(std::max(1, int(frame.height() / kCell) + 1))
    {
        m_cells.resize(static_cast<size_t>(m_cols) * m_rows);
    }
    bool isFree(const QRectF &r, int ignore) const
    {
        bool free = true;
        visit(m_cells, m_cols, m_rows, r, [&](const std::vector<Entry> &cell) {
            for (const Entry &e : cell)
                if (e.owner != ignore && e.rect.intersects(r))
                    free = false;
        });
        return free;
    }
    void take(const QRectF &r, int owner)
    {
        visit(m_cells, m_cols, m_rows, r, [&](std::vector<Entry> &cell) { cell.push_back({r, owner}); });
    }

private:
    static constexpr double kCell = 64;
    struct Entry
    {
        QRectF rect;
        int owner;
    };
    // Calls f for every cell r touches; Cells is the vector itself, const or not.
    template <typename Cells, typename F> static void visit(Cells &cells, int cols, int rows, const QRectF &r, F f)
    {
        const int c0 = std::clamp(int(r.left() / kCell), 0, cols - 1), c1 = std::clamp(int(r.right() / kCell), 0, cols - 1);
        const int r0 = std::clamp(int(r.top() / kCell), 0, rows - 1), r1 = std::clamp(int(r.bottom() / kCell), 0, rows - 1);
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x)
                f(cells[static_cast<size_t>(y) * cols + x]);
    }
    int m_cols, m_rows;
    std::vector<std::vector<Entry>> m_cells;
};

} // namespace

void LabelPlacer::loadFonts()
{
    QImage image(96, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    LabelPlacer labels(QRectF(0, 0, image.width(), image.height()), 1.0);
    labels.add(QStringLiteral("Rajin"), QPointF(4, 16), 0, 0);
    labels.add(QStringLiteral("Dunai"), QPointF(92, 16), 0, 0, true);
    labels.draw(painter);
}

void LabelPlacer::draw(QPainter &painter)
{
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.priority > b.priority; });
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(11 * m_scale));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF plainMetrics(font), boldMetrics(bold);
    Occupancy taken(m_frame);
    // Symbols are obstacles too: no label covers another site's symbol.
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates[i];
        taken.take(QRectF(c.anchor.x() - c.radius, c.anchor.y() - c.radius, 2 * c.radius, 2 * c.radius), i);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int ci = 0; ci < m_candidates.size(); ++ci) {
        const Candidate &c = m_candidates[ci];
        const QFont &f = c.emphasised ? bold : font;
        const QFontMetricsF &fm = c.emphasised ? boldMetrics : plainMetrics;
        const QSizeF size(fm.horizontalAdvance(c.text) + 2, fm.height());
        const double gap = c.radius + 2 * m_scale;
        const double w = size.width(), h = size.height();
        const QPointF places[] = {{c.anchor.x() + gap, c.anchor.y() - gap - h / 2},
                                  {c.anchor.x() + gap, c.anchor.y() + gap - h / 2},
                                  {c.anchor.x() - gap - w, c.anchor.y() - gap - h / 2},
                                  {c.anchor.x() - gap - w, c.anchor.y() + gap - h / 2},
                                  {c.anchor.x() + gap, c.anchor.y() - h / 2},
                                  {c.anchor.x() - gap - w, c.anchor.y() - h / 2},
                                  {c.anchor.x() - w / 2, c.anchor.y() - gap - h},
                                  {c.anchor.x() - w / 2, c.anchor.y() + gap}};
        // How much of the areas a place covers (pixels); 0 when it keeps off them all.
        const auto onAreas = [&](const QRectF &r) {
            double covered = 0;
            for (const QPolygonF &area : std::as_const(m_areas))
                if (area.boundingRect().intersects(r))
                    covered += polygonArea(area.intersected(QPolygonF(r)));
            return covered;
        };
        std::optional<QRectF> chosen;
        double least = 0;
        for (const QPointF &topLeft : places) {
            const QRectF r(topLeft, size);
            if (!m_frame.contains(r) || !taken.isFree(r, ci))
                continue;
            const double covered = m_areas.isEmpty() ? 0 : onAreas(r);
            if (covered < 0.5) { // off every area
                chosen = r;
                break;
            }
            if (c.priority >= kAreaYieldBelow && (!chosen || covered < least)) {
                chosen = r;
                least = covered;
            }
        }
        if (!chosen)
            continue;
        const QPointF topLeft = chosen->topLeft();
        taken.take(*chosen, -1);
        ++m_placed;
        QPainterPath path;
        path.addText(topLeft.x() + 1, topLeft.y() + fm.ascent(), f, c.text);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (drawsVectors(painter)) { // a PDF: the label stays text a reader can select and search
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.setFont(f);
            painter.drawText(QPointF(topLeft.x() + 1, topLeft.y() + fm.ascent()), c.text);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x22, 0x22, 0x22));
            painter.drawPath(path);
        }
    }
    painter.restore();
}

} // namespace sightline::render
