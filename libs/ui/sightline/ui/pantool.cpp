#include "sightline/ui/pantool.h"

#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/zoomboxtool.h"

#include <QMouseEvent>

namespace sightline::ui {

namespace {
constexpr double kClickSlopPixels = 3; // a press that moves less than this is a click
constexpr double kPickToleranceWidgetPixels = 6;
} // namespace

PanTool::PanTool(MapCanvas *canvas, SelectionModel *selection)
    : MapTool(canvas), m_selection(selection), m_box(new ZoomBoxTool(canvas))
{
    connect(m_box, &MapTool::statusChanged, this, &MapTool::statusChanged);
}

void PanTool::deactivate()
{
    m_dragFrom.reset();
    m_boxing = false;
    m_box->deactivate();
}

void PanTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressAt = e->position();
    m_dragged = false;
    m_boxing = e->modifiers() & Qt::ShiftModifier;
    if (m_boxing)
        m_box->mousePress(e);
    else
        m_dragFrom = e->position();
    redraw();
}

void PanTool::mouseMove(QMouseEvent *e)
{
    m_dragged |= (e->position() - m_pressAt).manhattanLength() > kClickSlopPixels;
    if (m_boxing) {
        m_box->mouseMove(e);
    } else if (m_dragFrom) {
        canvas()->panByWidgetPixels(e->position() - *m_dragFrom);
        m_dragFrom = e->position();
        redraw(); // the closed hand
    }
}

void PanTool::mouseRelease(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (m_boxing) {
        m_box->mouseRelease(e);
        m_boxing = false;
    } else if (m_dragFrom && !m_dragged) {
        emit clicked(e->position());
        identifyAt(e->position());
    }
    m_dragFrom.reset();
    redraw();
}

void PanTool::identifyAt(QPointF widgetPixel)
{
    if (!m_selection)
        return;
    const QList<RecordRef> hits = canvas()->recordsAt(widgetPixel, kPickToleranceWidgetPixels);
    m_selection->select(hits.isEmpty() ? QList<RecordRef>{} : QList<RecordRef>{hits.first()});
}

void PanTool::mouseDoubleClick(QMouseEvent *e)
{
    if (m_selection) {
        const QList<RecordRef> hits = canvas()->recordsAt(e->position(), kPickToleranceWidgetPixels);
        if (!hits.isEmpty() && hits.first().type == RecordType::Scene) {
            m_selection->select({hits.first()});
            emit sceneActivated(hits.first().id);
            return;
        }
    }
    canvas()->zoomBy(2.0, e->position());
}

void PanTool::drawOverlay(QPainter &p) const
{
    m_box->drawOverlay(p);
}

QCursor PanTool::cursor() const
{
    return m_dragFrom && m_dragged ? Qt::ClosedHandCursor : Qt::ArrowCursor;
}

QString PanTool::statusText() const
{
    return {};
}

} // namespace sightline::ui
