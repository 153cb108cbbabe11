#include "sightline/ui/zoomboxtool.h"

#include "sightline/ui/mapcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace sightline::ui {

ZoomBoxTool::ZoomBoxTool(MapCanvas *canvas) : MapTool(canvas) {}

void ZoomBoxTool::deactivate()
{
    m_box.reset();
    redraw();
}

void ZoomBoxTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressAt = e->position();
    m_box = QRectF(m_pressAt, QSizeF(0, 0));
}

void ZoomBoxTool::mouseMove(QMouseEvent *e)
{
    if (!m_box)
        return;
    m_box = QRectF(m_pressAt, e->position()).normalized();
    redraw();
}

void ZoomBoxTool::mouseRelease(QMouseEvent *e)
{
    if (!m_box || e->button() != Qt::LeftButton)
        return;
    const QRectF box = QRectF(m_pressAt, e->position()).normalized();
    m_box.reset();
    if (box.width() > 4 && box.height() > 4) {
        const QPointF a = canvas()->mapPointAt(box.topLeft()), b = canvas()->mapPointAt(box.bottomRight());
        canvas()->zoomToExtent(
            {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())});
    }
    redraw();
}

void ZoomBoxTool::drawOverlay(QPainter &p) const
{
    if (!m_box)
        return;
    p.setPen(QPen(QColor(0x1f, 0x66, 0xa8), 1.5, Qt::DashLine));
    p.setBrush(QColor(0x1f, 0x66, 0xa8, 30));
    p.drawRect(*m_box);
}

QString ZoomBoxTool::statusText() const
{
    return tr("Drag a box to zoom to it");
}

} // namespace sightline::ui
