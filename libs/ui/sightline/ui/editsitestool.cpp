#include "sightline/ui/editsitestool.h"

#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/siteeditor.h"

#include <QMouseEvent>
#include <QPainter>

namespace sightline::ui {

namespace {
constexpr double kClickSlopPixels = 3;
}

EditSitesTool::EditSitesTool(MapCanvas *canvas, SiteEditor *editor) : MapTool(canvas), m_editor(editor) {}

void EditSitesTool::deactivate()
{
    m_pressAt.reset();
    m_dragTo.reset();
    redraw();
}

void EditSitesTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressAt = e->position();
    const auto site = m_editor->siteNear(*canvas(), e->position());
    m_pressedSite = site ? site->meta.id : QUuid();
    m_dragTo.reset();
}

void EditSitesTool::mouseMove(QMouseEvent *e)
{
    if (!m_pressAt || m_pressedSite.isNull())
        return;
    if (m_dragTo || (e->position() - *m_pressAt).manhattanLength() > kClickSlopPixels) {
        m_dragTo = e->position();
        redraw();
    }
}

void EditSitesTool::mouseRelease(QMouseEvent *e)
{
    if (!m_pressAt || e->button() != Qt::LeftButton)
        return;
    const bool dragged = (e->position() - *m_pressAt).manhattanLength() > kClickSlopPixels;
    const QUuid site = m_pressedSite;
    m_pressAt.reset();
    m_dragTo.reset();
    m_pressedSite = {};
    redraw();
    const auto at = canvas()->lonLatAt(e->position());
    if (!at)
        return;
    if (dragged) {
        if (!site.isNull())
            m_editor->moveSite(site, *at);
    } else if (!site.isNull()) {
        m_editor->editSite(site);
    } else {
        m_editor->addSiteAt(*at);
    }
}

void EditSitesTool::drawOverlay(QPainter &p) const
{
    if (!m_dragTo || !m_pressAt)
        return;
    p.setPen(QPen(QColor(0x1f, 0x66, 0xa8), 1.5, Qt::DashLine));
    p.drawLine(*m_pressAt, *m_dragTo);
    p.setPen(QPen(Qt::white, 4));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(*m_dragTo, 8, 8);
    p.setPen(QPen(QColor(0x1f, 0x66, 0xa8), 2));
    p.drawEllipse(*m_dragTo, 8, 8);
}

QCursor EditSitesTool::cursor() const
{
    return m_dragTo ? Qt::ClosedHandCursor : Qt::CrossCursor;
}

QString EditSitesTool::statusText() const
{
    return tr("Click to add a site or edit the one under the cursor; drag a site to move it");
}

} // namespace sightline::ui
