#pragma once

#include "sightline/core/geometry.h"
#include "sightline/ui/maptool.h"

#include <QUuid>

#include <optional>

namespace sightline::ui {

class SiteEditor;

// Edit sites on the map: a click on a site opens its form, a click elsewhere opens the form of
// a new site there, and a drag that starts on a site moves it (drawn where it would go while
// dragging). The map does not pan. The edits themselves are the site editor's (undoable
// commands). GUI thread only.
class EditSitesTool : public MapTool
{
    Q_OBJECT
public:
    EditSitesTool(MapCanvas *canvas, SiteEditor *editor);
    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QCursor cursor() const override;
    QString statusText() const override;

private:
    SiteEditor *m_editor;
    std::optional<QPointF> m_pressAt; // widget pixels
    QUuid m_pressedSite;              // the site under the press, if any
    std::optional<QPointF> m_dragTo;  // while a site is dragged
};

} // namespace sightline::ui
