#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/link.h"
#include "sightline/render/renderjob.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

namespace sightline::ui {

class MapTool;
class PanTool;

// The map view: shows the newest rendered frame, and while a new one is being drawn shows the
// old one moved and scaled to where the view now is, so panning and zooming never wait for the
// renderer. The wheel zooms toward the cursor, arrow keys pan, + and - zoom, whatever the tool;
// everything else a mouse or key does is the active tool's (MapTool), which also draws over
// the map. Without a tool set, the canvas's own pan tool is active.
//
// Every pixel in this API is a widget pixel (what QMouseEvent::position() gives); device
// pixels appear only in settings() (the rendered image: outputSize, toPixel, toMap) and stay
// inside the canvas. GUI thread only.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    // The tool that gets the mouse and keys (not owned; the tool's parent is this canvas); null
    // returns to panTool().
    void setTool(MapTool *tool);
    MapTool *tool() const;
    // The default tool: drag pans, click reports (PanTool::clicked), Shift+drag zooms to a box.
    PanTool *panTool() const { return m_panTool; }

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
    // What the renderer is given (device pixels: outputSize is the widget's size times its
    // device pixel ratio; physicalDpi is the screen's measured density in device pixels).
    const render::MapSettings &settings() const { return m_settings; }
    // The scale at the centre of the view as 1:N on this screen; 0 when unknown.
    double scaleDenominator() const;
    // Changes the CRS, keeping the same place in the middle and about the same ground scale.
    bool setCrs(const QString &crs, QString *error = nullptr);
    void zoomToExtent(const render::MapExtent &extent);
    // Shows exactly this view (a bookmark). False, with the reason, for an unknown CRS.
    bool setView(const QString &crs, QPointF center, double mapUnitsPerWidgetPixel, QString *error = nullptr);
    // The resolution in map units per widget pixel (settings().mapUnitsPerPixel counts device pixels).
    double mapUnitsPerWidgetPixel() const { return m_settings.mapUnitsPerPixel * devicePixelRatioF(); }
    void zoomToLonLat(const GeoBounds &bounds, double marginFraction = 0.1);
    void zoomBy(double factor, QPointF aroundWidgetPixel);
    void panByWidgetPixels(QPointF delta);
    // Lon/lat under a widget pixel, if the CRS can say.
    std::optional<GeoPoint> lonLatAt(QPointF widgetPixel) const;
    // The map point (map units of the CRS) under a widget pixel.
    QPointF mapPointAt(QPointF widgetPixel) const;
    // Where a lon/lat position is drawn, in widget pixels (far outside when the CRS cannot say).
    QPointF widgetPixelOf(const GeoPoint &lonLat) const;
    // The lon/lat bounds of what the view shows (its four corners).
    GeoBounds viewBounds() const;
    // The records drawn within toleranceWidgetPixels of a widget pixel, topmost layer first.
    QList<RecordRef> recordsAt(QPointF widgetPixel, double toleranceWidgetPixels = 6) const;
    // The last frame on screen, as drawn (for tests and screenshots).
    const QImage &frame() const { return m_frame; }
    bool isRendering() const { return m_job->isRunning() || m_swipeJob->isRunning(); }
    render::TileCache &tileCache() const { return m_job->cache(); }

signals:
    void cursorMoved(const sightline::GeoPoint &lonLat);
    void cursorLeft();
    void viewChanged();
    void frameRendered(const QStringList &problems);
    // The active tool changed, or its status line did (MapTool::statusText).
    void toolStatusChanged(const QString &text);

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
    void drawFrameInPlace(QPainter &p, const QImage &frame, const render::MapSettings &drawn) const;
    double swipeX() const { return m_swipeFraction * width(); }
    double dpr() const { return devicePixelRatioF(); }
    void drawSelection(QPainter &p) const;

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

    PanTool *m_panTool;
    QPointer<MapTool> m_tool; // null: m_panTool
    QMetaObject::Connection m_toolStatus;
    QList<GeoPoint> m_highlights;
    std::optional<GeoPoint> m_cursorMark;
    QList<Geometry> m_highlightedAreas;
};

} // namespace sightline::ui
