#include "sightline/ui/selectannotationstool.h"

#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace sightline::ui {

namespace {
constexpr double kClickSlopPixels = 3;
const QColor kSelectionColor(0x00, 0xe5, 0xff);

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

// Vertices of a geometry that can be dragged: a closed ring's repeated last point is its first.
bool isBox(const Annotation &a)
{
    return a.shape == AnnotationShape::Box && a.geometry.parts.size() == 1 && a.geometry.parts[0].size() == 5;
}

int movableCount(const Annotation &a, int part)
{
    const int n = static_cast<int>(a.geometry.parts[part].size());
    return a.geometry.type == Geometry::Type::Polygon && n > 1 ? n - 1 : n;
}
} // namespace

void SelectAnnotationsTool::deactivate()
{
    m_drag = Drag::None;
    redraw();
}

QList<Annotation> SelectAnnotationsTool::selected() const
{
    QList<Annotation> out;
    for (const QUuid &id : editor()->selectedIds())
        if (const auto a = editor()->annotation(id))
            out << *a;
    return out;
}

QPolygonF SelectAnnotationsTool::pixelRing(const QList<GeoPoint> &ring) const
{
    QPolygonF out;
    for (const GeoPoint &g : ring)
        out << pixelOf(g);
    return out;
}

void SelectAnnotationsTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressAt = m_cursor = e->position();
    m_moved = false;
    // The turning handle of a selected box.
    for (const Annotation &a : selected())
        if (isBox(a) && length(rotateHandle(pixelRing(a.geometry.parts[0].mid(0, 4))) - e->position()) <= kSnapWidgetPixels) {
            m_drag = Drag::Rotate;
            m_vertexOf = a.meta.id;
            return;
        }
    // A vertex of a selected annotation: reshape.
    for (const Annotation &a : selected()) {
        if (a.shape == AnnotationShape::Point || a.shape == AnnotationShape::Callout)
            continue;
        for (int part = 0; part < a.geometry.parts.size(); ++part)
            for (int i = 0; i < movableCount(a, part); ++i)
                if (length(pixelOf(a.geometry.parts[part][i]) - e->position()) <= kSnapWidgetPixels) {
                    m_drag = Drag::Vertex;
                    m_vertexOf = a.meta.id;
                    m_vertexPart = part;
                    m_vertexIndex = i;
                    return;
                }
    }
    const QList<QUuid> hits = editor()->annotationsAt(*canvas(), e->position());
    SelectionModel *selection = editor()->selection();
    if (hits.isEmpty() || !selection) {
        m_drag = Drag::Band;
        return;
    }
    const RecordRef hit{RecordType::Annotation, hits.first()};
    QList<RecordRef> now = selection->selected();
    now.removeIf([](const RecordRef &r) { return r.type != RecordType::Annotation; });
    if (!now.contains(hit)) {
        if (!(e->modifiers() & Qt::ShiftModifier))
            now.clear();
        now << hit;
        selection->select(now);
    } else if (e->modifiers() & Qt::ShiftModifier) {
        now.removeAll(hit); // Shift-click on a selected one takes it out
        selection->select(now);
        m_drag = Drag::None;
        redraw();
        return;
    }
    m_drag = Drag::Move;
    redraw();
}

void SelectAnnotationsTool::mouseMove(QMouseEvent *e)
{
    m_cursor = e->position();
    if (m_drag == Drag::None)
        return;
    if ((m_cursor - m_pressAt).manhattanLength() > kClickSlopPixels)
        m_moved = true;
    redraw();
}

Annotation SelectAnnotationsTool::dragged(const Annotation &a, QPointF to) const
{
    Annotation out = a;
    if (m_drag == Drag::Move) {
        const auto from = canvas()->lonLatAt(m_pressAt), at = canvas()->lonLatAt(to);
        if (!from || !at)
            return a;
        const double dLon = at->lon - from->lon, dLat = at->lat - from->lat;
        for (auto &part : out.geometry.parts)
            for (GeoPoint &g : part) {
                g.lon += dLon;
                g.lat += dLat;
            }
        return out;
    }
    if (a.meta.id != m_vertexOf)
        return a;
    if (m_drag == Drag::Rotate && isBox(a)) {
        auto &ring = out.geometry.parts[0];
        const QPolygonF box = rotatedBox(pixelRing(ring.mid(0, 4)), m_pressAt, to);
        for (int i = 0; i < 4; ++i)
            if (const auto g = canvas()->lonLatAt(box[i]))
                ring[i] = *g;
        ring[4] = ring[0];
        return out;
    }
    if (m_drag != Drag::Vertex)
        return a;
    auto &ring = out.geometry.parts[m_vertexPart];
    if (a.shape == AnnotationShape::Box && ring.size() == 5) {
        const QPolygonF box = reshapedBox(pixelRing(ring.mid(0, 4)), m_vertexIndex, to);
        for (int i = 0; i < 4; ++i)
            if (const auto g = canvas()->lonLatAt(box[i]))
                ring[i] = *g;
        ring[4] = ring[0];
        return out;
    }
    // Snapping to its own other vertices would fold the shape: only to other annotations'.
    const auto snapped = editor()->vertexNear(*canvas(), to, kSnapWidgetPixels, a.meta.id);
    const auto g = snapped ? snapped : canvas()->lonLatAt(to);
    if (!g)
        return a;
    ring[m_vertexIndex] = *g;
    if (a.geometry.type == Geometry::Type::Polygon && m_vertexIndex == 0)
        ring.last() = *g;
    return out;
}

QPolygonF SelectAnnotationsTool::reshapedBox(const QPolygonF &c, int k, QPointF to)
{
    if (c.size() != 4)
        return c;
    const QPointF o = c[(k + 2) % 4]; // the opposite corner stays
    auto unit = [](QPointF v) {
        const double l = std::hypot(v.x(), v.y());
        return l > 0 ? v / l : QPointF();
    };
    const QPointF e1 = unit(c[(k + 1) % 4] - o), e3 = unit(c[(k + 3) % 4] - o);
    QPolygonF out = c;
    out[k] = to;
    out[(k + 1) % 4] = o + e1 * QPointF::dotProduct(to - o, e1);
    out[(k + 3) % 4] = o + e3 * QPointF::dotProduct(to - o, e3);
    return out;
}

QPointF SelectAnnotationsTool::rotateHandle(const QPolygonF &c)
{
    if (c.size() != 4)
        return {};
    const QPointF centre = (c[0] + c[1] + c[2] + c[3]) / 4, middle = (c[0] + c[1]) / 2;
    const QPointF out = middle - centre;
    const double l = length(out);
    constexpr double kHandleOffsetPixels = 22;
    return l > 0 ? middle + out / l * kHandleOffsetPixels : middle + QPointF(0, -kHandleOffsetPixels);
}

QPolygonF SelectAnnotationsTool::rotatedBox(const QPolygonF &c, QPointF from, QPointF to)
{
    if (c.size() != 4)
        return c;
    const QPointF centre = (c[0] + c[1] + c[2] + c[3]) / 4;
    const QPointF a = from - centre, b = to - centre;
    if (length(a) < 1 || length(b) < 1)
        return c;
    const double turn = std::atan2(b.y(), b.x()) - std::atan2(a.y(), a.x());
    const double cs = std::cos(turn), sn = std::sin(turn);
    QPolygonF out;
    for (const QPointF &p : c) {
        const QPointF d = p - centre;
        out << centre + QPointF(d.x() * cs - d.y() * sn, d.x() * sn + d.y() * cs);
    }
    return out;
}

void SelectAnnotationsTool::mouseDoubleClick(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    const QList<QUuid> hits = editor()->annotationsAt(*canvas(), e->position());
    if (!hits.isEmpty())
        editor()->editDetails(hits.first());
}

void SelectAnnotationsTool::mouseRelease(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || m_drag == Drag::None)
        return;
    const Drag drag = m_drag;
    const QPointF to = e->position();
    SelectionModel *selection = editor()->selection();
    if (drag == Drag::Band && selection) {
        QList<RecordRef> now;
        if (e->modifiers() & Qt::ShiftModifier) {
            now = selection->selected();
            now.removeIf([](const RecordRef &r) { return r.type != RecordType::Annotation; });
        }
        if (m_moved) {
            const QRectF band = QRectF(m_pressAt, to).normalized();
            for (const Annotation &a : editor()->annotations()) {
                if (a.geometry.isEmpty())
                    continue;
                bool inside = true;
                for (const auto &part : a.geometry.parts)
                    for (const GeoPoint &g : part)
                        inside = inside && band.contains(pixelOf(g));
                const RecordRef ref{RecordType::Annotation, a.meta.id};
                if (inside && !now.contains(ref))
                    now << ref;
            }
        }
        selection->select(now);
    } else if (m_moved && drag == Drag::Move) {
        QList<Annotation> moved;
        for (const Annotation &a : selected())
            moved << dragged(a, to);
        m_drag = Drag::None;
        editor()->changeMany(moved, tr("Move %n annotation(s)", nullptr, int(moved.size())));
    } else if (m_moved && (drag == Drag::Vertex || drag == Drag::Rotate)) {
        if (const auto a = editor()->annotation(m_vertexOf)) {
            m_drag = drag;
            const Annotation reshaped = dragged(*a, to);
            m_drag = Drag::None;
            editor()->change(reshaped);
        }
    }
    m_drag = Drag::None;
    m_moved = false;
    redraw();
    emit statusChanged();
}

bool SelectAnnotationsTool::keyPress(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Delete || e->key() == Qt::Key_Backspace) {
        editor()->removeSelected();
        return true;
    }
    if (e->key() == Qt::Key_Escape && editor()->selection() && !editor()->selectedIds().isEmpty()) {
        editor()->selection()->clear();
        redraw();
        return true;
    }
    return false;
}

void SelectAnnotationsTool::drawOverlay(QPainter &p) const
{
    p.setRenderHint(QPainter::Antialiasing, true);
    const bool dragging = m_moved && (m_drag == Drag::Move || m_drag == Drag::Vertex || m_drag == Drag::Rotate);
    for (const Annotation &original : selected()) {
        const Annotation a = dragging ? dragged(original, m_cursor) : original;
        for (const auto &part : a.geometry.parts) {
            const QPolygonF px = pixelRing(part);
            for (const QPen &pen : {QPen(QColor(0, 0, 0, 200), 5), QPen(kSelectionColor, 2.5)}) {
                p.setPen(pen);
                p.setBrush(Qt::NoBrush);
                if (px.size() == 1)
                    p.drawEllipse(px.first(), 7, 7);
                else if (a.geometry.type == Geometry::Type::Polygon)
                    p.drawPolygon(px);
                else
                    p.drawPolyline(px);
            }
            if (px.size() > 1) { // handles
                p.setPen(QPen(Qt::black, 1));
                p.setBrush(kSelectionColor);
                for (const QPointF &v : px)
                    p.drawRect(QRectF(v.x() - 3.5, v.y() - 3.5, 7, 7));
            }
            if (isBox(a)) { // the turning handle, on a stalk from the first side
                const QPolygonF corners = px.mid(0, 4);
                const QPointF handle = rotateHandle(corners);
                p.setPen(QPen(kSelectionColor, 1.5));
                p.drawLine((corners[0] + corners[1]) / 2, handle);
                p.setPen(QPen(Qt::black, 1));
                p.setBrush(kSelectionColor);
                p.drawEllipse(handle, 5, 5);
            }
        }
    }
    if (m_drag == Drag::Band && m_moved) {
        p.setPen(QPen(kSelectionColor, 1.5, Qt::DashLine));
        p.setBrush(QColor(0x00, 0xe5, 0xff, 30));
        p.drawRect(QRectF(m_pressAt, m_cursor).normalized());
    }
}

QCursor SelectAnnotationsTool::cursor() const
{
    return m_drag == Drag::Move && m_moved ? Qt::ClosedHandCursor : Qt::ArrowCursor;
}

QString SelectAnnotationsTool::statusText() const
{
    const int n = static_cast<int>(editor()->selectedIds().size());
    if (n == 0)
        return tr("Click an annotation to select it, or drag a band around several (Shift adds)");
    return tr("%n annotation(s) selected: drag to move, drag a corner to reshape or the round handle to turn, "
              "double-click for details, Delete removes",
              nullptr, n);
}

} // namespace sightline::ui
