#include "sightline/ui/annotationtool.h"

#include "sightline/core/annotationlabel.h"
#include "sightline/render/annotationlayer.h"
#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sightline::ui {

namespace {
constexpr double kClickSlopPixels = 3;

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

// A rectangle's four corners, clockwise on screen from its top left (QPolygonF(QRectF) repeats
// the first).
QPolygonF cornersOf(const QRectF &r)
{
    return QPolygonF{r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
}
} // namespace

AnnotationTool::AnnotationTool(MapCanvas *canvas, AnnotationEditor *editor) : MapTool(canvas), m_editor(editor)
{
    connect(editor, &AnnotationEditor::settingsChanged, this, &MapTool::statusChanged);
    connect(editor, &AnnotationEditor::annotationsChanged, this, &MapTool::statusChanged);
    if (SelectionModel *selection = editor->selection())
        connect(selection, &SelectionModel::changed, this, [this] {
            emit statusChanged();
            if (this->canvas()->tool() == this)
                redraw();
        });
}

std::optional<GeoPoint> AnnotationTool::placeAt(QPointF widgetPixel, Qt::KeyboardModifiers modifiers) const
{
    if (!(modifiers & Qt::AltModifier))
        if (const auto v = m_editor->vertexNear(*canvas(), widgetPixel, kSnapWidgetPixels))
            return v;
    return canvas()->lonLatAt(widgetPixel);
}

QPointF AnnotationTool::pixelOf(const GeoPoint &p) const
{
    return canvas()->widgetPixelOf(p);
}

std::optional<QList<GeoPoint>> AnnotationTool::placesOf(const QPolygonF &widgetPixels) const
{
    QList<GeoPoint> out;
    for (const QPointF &px : widgetPixels) {
        const auto at = canvas()->lonLatAt(px);
        if (!at)
            return std::nullopt;
        out << *at;
    }
    return out;
}

QColor AnnotationTool::kindColor() const
{
    return render::objectKindColor(m_editor->kind(), m_editor->vocabulary().isEmpty() ? builtInObjectKinds()
                                                                                       : m_editor->vocabulary());
}

void AnnotationTool::drawShape(QPainter &p, const QPolygonF &px, bool closed) const
{
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    for (const QPen &pen : {QPen(render::annotationHaloColor(), 4.5), QPen(kindColor(), 2, Qt::DashLine)}) {
        p.setPen(pen);
        if (closed)
            p.drawPolygon(px);
        else
            p.drawPolyline(px);
    }
}

// --- Points: counting ---

void PointAnnotationTool::mouseRelease(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (const auto at = placeAt(e->position(), e->modifiers()))
        editor()->add(AnnotationShape::Point, Geometry::point(*at));
}

bool PointAnnotationTool::keyPress(QKeyEvent *e)
{
    if (e->key() != Qt::Key_Backspace)
        return false;
    editor()->removeLastAdded();
    return true;
}

QString PointAnnotationTool::statusText() const
{
    //: %1: the kind being counted, "railcar"
    return tr("Counting (%1): click each one; Backspace takes the last back")
        .arg(editor()->kindName(editor()->kind()).toLower());
}

// --- Boxes ---

QPolygonF BoxAnnotationTool::rotatedBox(QPointF a, QPointF b, QPointF c)
{
    const QPointF edge = b - a;
    const double len = length(edge);
    if (len <= 0)
        return {};
    const QPointF normal(-edge.y() / len, edge.x() / len);
    const double depth = QPointF::dotProduct(c - b, normal);
    const QPointF d = normal * depth;
    return QPolygonF{a, b, b + d, a + d};
}

void BoxAnnotationTool::deactivate()
{
    m_pressAt.reset();
    m_clicks.clear();
    redraw();
}

void BoxAnnotationTool::mousePress(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton)
        m_pressAt = e->position();
}

void BoxAnnotationTool::mouseMove(QMouseEvent *e)
{
    m_cursor = e->position();
    if (m_pressAt || !m_clicks.isEmpty())
        redraw();
}

void BoxAnnotationTool::mouseRelease(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_pressAt)
        return;
    const QPointF from = *m_pressAt;
    m_pressAt.reset();
    QPointF at = e->position();
    if (const auto snapped = placeAt(at, e->modifiers()))
        at = pixelOf(*snapped);
    if (m_clicks.isEmpty() && (e->position() - from).manhattanLength() > kClickSlopPixels) {
        finish(cornersOf(QRectF(from, at).normalized())); // a drag: a box square to the screen
        return;
    }
    m_clicks << at;
    if (m_clicks.size() == 3) {
        const QPolygonF box = rotatedBox(m_clicks[0], m_clicks[1], m_clicks[2]);
        m_clicks.clear();
        finish(box);
        return;
    }
    emit statusChanged();
    redraw();
}

bool BoxAnnotationTool::keyPress(QKeyEvent *e)
{
    if (e->key() != Qt::Key_Escape || (m_clicks.isEmpty() && !m_pressAt))
        return false;
    deactivate();
    emit statusChanged();
    return true;
}

void BoxAnnotationTool::finish(const QPolygonF &corners)
{
    redraw();
    emit statusChanged();
    if (corners.size() != 4 || corners.boundingRect().width() < 2 || corners.boundingRect().height() < 2)
        return; // too small to be meant
    auto ring = placesOf(corners);
    if (!ring)
        return;
    ring->append(ring->first());
    editor()->add(AnnotationShape::Box, Geometry::polygon(*ring));
}

QPolygonF BoxAnnotationTool::preview() const
{
    if (m_pressAt)
        return m_clicks.isEmpty() ? cornersOf(QRectF(*m_pressAt, m_cursor).normalized()) : QPolygonF();
    if (m_clicks.size() == 1)
        return QPolygonF{m_clicks[0], m_cursor};
    if (m_clicks.size() == 2)
        return rotatedBox(m_clicks[0], m_clicks[1], m_cursor);
    return {};
}

void BoxAnnotationTool::drawOverlay(QPainter &p) const
{
    const QPolygonF shape = preview();
    if (shape.size() >= 2)
        drawShape(p, shape, shape.size() > 2);
}

QString BoxAnnotationTool::statusText() const
{
    if (m_clicks.size() == 1)
        return tr("Click the other end of the box's edge; Escape drops it");
    if (m_clicks.size() == 2)
        return tr("Move to the box's depth and click; Escape drops it");
    return tr("Drag a box around %1, or click three times for a rotated box (edge, then depth)")
        .arg(countOfKind(editor()->count(), editor()->kindName(editor()->kind())));
}

// --- Polygons and lines ---

PathAnnotationTool::PathAnnotationTool(MapCanvas *canvas, AnnotationEditor *editor, bool closed)
    : AnnotationTool(canvas, editor), m_closed(closed)
{
}

void PathAnnotationTool::deactivate()
{
    m_points.clear();
    m_cursor.reset();
    redraw();
}

void PathAnnotationTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (const auto at = placeAt(e->position(), e->modifiers())) {
        m_points << *at;
        emit statusChanged();
        redraw();
    }
}

void PathAnnotationTool::mouseMove(QMouseEvent *e)
{
    m_cursor = e->position();
    if (!m_points.isEmpty())
        redraw();
}

void PathAnnotationTool::mouseDoubleClick(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    // The double click's first press added its vertex already; its second one lands here.
    finish();
}

bool PathAnnotationTool::keyPress(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return finish() || !m_points.isEmpty();
    case Qt::Key_Backspace:
        if (m_points.isEmpty())
            return false;
        m_points.removeLast();
        break;
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        m_points.clear();
        break;
    default: return false;
    }
    emit statusChanged();
    redraw();
    return true;
}

bool PathAnnotationTool::finish()
{
    QList<GeoPoint> points = m_points;
    // Repeated vertices (a double click on one place) count once.
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < (m_closed ? 3 : 2))
        return false;
    m_points.clear();
    redraw();
    emit statusChanged();
    if (m_closed) {
        points << points.first();
        return editor()->add(AnnotationShape::Polygon, Geometry::polygon(points));
    }
    return editor()->add(AnnotationShape::Line, Geometry::lineString(points));
}

void PathAnnotationTool::drawOverlay(QPainter &p) const
{
    if (m_points.isEmpty())
        return;
    QPolygonF px;
    for (const GeoPoint &g : m_points)
        px << pixelOf(g);
    if (m_cursor)
        px << *m_cursor;
    drawShape(p, px, m_closed && px.size() > 2);
}

QString PathAnnotationTool::statusText() const
{
    if (m_points.isEmpty())
        return m_closed ? tr("Click the outline's corners around %1; double-click or Enter ends it")
                              .arg(countOfKind(editor()->count(), editor()->kindName(editor()->kind())))
                        : tr("Click the line's points; double-click or Enter ends it");
    return tr("%n point(s); double-click or Enter ends, Backspace takes the last back, Escape drops it", nullptr,
              vertexCount());
}

// --- Callouts ---

CalloutAnnotationTool::CalloutAnnotationTool(MapCanvas *canvas, AnnotationEditor *editor)
    : AnnotationTool(canvas, editor)
{
    m_prompt = [canvas] {
        return QInputDialog::getText(canvas, tr("Callout"), tr("Text of the callout:")).trimmed();
    };
}

void CalloutAnnotationTool::mouseRelease(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const auto at = placeAt(e->position(), e->modifiers());
    if (!at)
        return;
    const QString text = m_prompt();
    if (!text.isEmpty())
        editor()->add(AnnotationShape::Callout, Geometry::point(*at), text);
}

QString CalloutAnnotationTool::statusText() const
{
    return tr("Click where the callout goes, then type its text");
}

} // namespace sightline::ui
