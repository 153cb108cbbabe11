#pragma once

#include "sightline/ui/maptool.h"

#include <QRectF>

#include <optional>

namespace sightline::ui {

// Zoom to a box: drag a rectangle and the view shows it; a box smaller than a few pixels is
// ignored. Also what the pan tool does on Shift+drag. GUI thread only.
class ZoomBoxTool : public MapTool
{
    Q_OBJECT
public:
    explicit ZoomBoxTool(MapCanvas *canvas);
    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    QString statusText() const override;
    bool isDragging() const { return m_box.has_value(); }

private:
    QPointF m_pressAt;
    std::optional<QRectF> m_box; // widget pixels
};

} // namespace sightline::ui
