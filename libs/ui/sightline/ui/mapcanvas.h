#pragma once

#include "sightline/core/geometry.h"
#include "sightline/render/renderjob.h"

#include <QImage>
#include <QWidget>

namespace sightline::ui {

// The map view: shows the newest rendered frame, and while a new one is being drawn shows the
// old one moved and scaled to where the view now is, so panning and zooming never wait for the
// renderer. Drag or arrow keys pan; the wheel zooms toward the cursor; + and - zoom.
// GUI thread only.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    // Pan: drag to pan, click to identify, Shift+drag to zoom to a box. Measure: clicks add
    // points, a right click or double click ends the line, Escape clears it.
    // EditSites: a click asks to add or edit a site there, a drag asks to move what is under
    // the press (whoever owns the sites decides; the canvas knows no records).
    enum class Tool { Pan, MeasureDistance, MeasureArea, EditSites };

    explicit MapCanvas(QWidget *parent = nullptr);

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    const QList<GeoPoint> &measurePoints() const { return m_measure; }
    void clearMeasurement();
    // Positions drawn with a selection ring (the selected sites).
    void setHighlights(const QList<GeoPoint> &lonLat);
    // Areas outlined in the selection colour (the footprints of selected or linked scenes).
    void setHighlightedAreas(const QList<Geometry> &areas);
    const QList<Geometry> &highlightedAreas() const { return m_highlightedAreas; }

    // Swipe: the map without imagery left of a vertical line, with it on the right; the line
    // is dragged with the mouse (in any tool). fraction: where the line is, 0 (left edge) to 1.
    void setSwipe(bool on);
    bool swipe() const { return m_swipe; }
    void setSwipeFraction(double fraction);
    double swipeFraction() const { return m_swipeFraction; }

    // A cross drawn at this place (the cursor of a linked view); none when empty.
    void setCursorMark(const std::optional<GeoPoint> &lonLat);
    // The map's time window: what shows of time-dependent layers (open: everything).
    void setTimeWindow(const TimeWindow &window);

    void setLayers(const render::LayerList &layers);
    const render::LayerList &layers() const { return m_layers; }
    const render::MapSettings &settings() const { return m_settings; }
    // Changes the CRS, keeping the same place in the middle and about the same ground scale.
    bool setCrs(const QString &crs, QString *error = nullptr);
    void zoomToExtent(const render::MapExtent &extent);
    // Shows exactly this view (a bookmark). False, with the reason, for an unknown CRS.
    bool setView(const QString &crs, QPointF center, double mapUnitsPerPixel, QString *error = nullptr);
    void zoomToLonLat(const GeoBounds &bounds, double marginFraction = 0.1);
    void zoomBy(double factor, QPointF aroundPixel);
    void panByPixels(QPointF delta);
    // Lon/lat under a pixel of the widget, if the CRS can say.
    std::optional<GeoPoint> lonLatAt(QPointF pixel) const;
    // The last frame on screen, as drawn (for tests and screenshots).
    const QImage &frame() const { return m_frame; }
    bool isRendering() const { return m_job->isRunning() || m_swipeJob->isRunning(); }
    render::TileCache &tileCache() const { return m_job->cache(); }

signals:
    void cursorMoved(const sightline::GeoPoint &lonLat);
    void cursorLeft();
    // A click without a drag, in widget pixels (for identifying what is there).
    void clicked(QPointF pixel);
    // Geodesic length of the measured path (with the cursor while measuring) and, for an area,
    // the enclosed area; both in metres.
    void measurementChanged(double meters, double squareMeters, int points);
    void editClicked(QPointF pixel, const sightline::GeoPoint &lonLat);
    void editDragged(QPointF fromPixel, const sightline::GeoPoint &toLonLat);
    void viewChanged();
    void frameRendered(const QStringList &problems);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void leaveEvent(QEvent *) override;

private:
    void refresh();
    void onFinished(quint64 frame, const QImage &image, const render::MapSettings &settings, const QStringList &problems);

    render::MapSettings m_settings;
    render::LayerList m_layers;
    render::RenderJob *m_job;
    QImage m_frame;
    render::MapSettings m_frameSettings; // where m_frame was drawn
    render::RenderJob *m_swipeJob;       // the map without imagery, while swiping
    QImage m_swipeFrame;
    render::MapSettings m_swipeFrameSettings;
    bool m_swipe = false;
    double m_swipeFraction = 0.5;
    bool m_swipeDrag = false;
    void drawFrameInPlace(QPainter &p, const QImage &frame, const render::MapSettings &drawn) const;
    double swipeX() const { return m_swipeFraction * width(); }
    QPointF widgetPixelOf(const GeoPoint &p) const;
    void reportMeasurement();
    void drawOverlay(QPainter &p);

    std::optional<QPointF> m_dragFrom;
    QPointF m_pressAt;
    bool m_dragged = false;
    std::optional<QRectF> m_zoomBox; // widget pixels
    Tool m_tool = Tool::Pan;
    QList<GeoPoint> m_measure;
    std::optional<GeoPoint> m_measureCursor; // follows the mouse until the line is finished
    bool m_measureDone = false;
    QList<GeoPoint> m_highlights;
    std::optional<GeoPoint> m_cursorMark;
    QList<Geometry> m_highlightedAreas;
};

} // namespace sightline::ui
