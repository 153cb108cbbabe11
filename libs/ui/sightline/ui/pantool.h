#pragma once

#include "sightline/core/link.h"
#include "sightline/ui/maptool.h"

#include <QPointer>

#include <optional>

namespace sightline::ui {

class SelectionModel;
class ZoomBoxTool;

// Pan and identify: a drag pans, a click reports where it was and, given a selection model,
// selects the topmost record drawn there (nothing there: clears the selection); Shift+drag
// zooms to a box; a double click zooms in, except inside a scene's footprint when a selection
// model is given, where it selects the scene and reports it (to open its details).
// GUI thread only.
class PanTool : public MapTool
{
    Q_OBJECT
public:
    explicit PanTool(MapCanvas *canvas, SelectionModel *selection = nullptr);
    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    void mouseDoubleClick(QMouseEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QCursor cursor() const override;
    QString statusText() const override;
    // Selects the topmost record drawn at this point (nothing there: clears the selection), as a
    // click does; the map's context menu identifies through it too.
    void identifyAt(QPointF widgetPixel);

signals:
    // A click without a drag, in widget pixels.
    void clicked(QPointF widgetPixel);
    // A double click inside this scene's footprint (only with a selection model).
    void sceneActivated(const QUuid &sceneId);

private:
    QPointer<SelectionModel> m_selection;
    ZoomBoxTool *m_box; // Shift+drag
    std::optional<QPointF> m_dragFrom;
    QPointF m_pressAt;
    bool m_dragged = false;
    bool m_boxing = false;
};

} // namespace sightline::ui
