#pragma once

#include <QCursor>
#include <QObject>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace sightline::ui {

class MapCanvas;

// One way of working on the map (pan, measure, zoom to a box, edit sites, and later annotate
// or pick times). The canvas forwards its mouse and key events to the active tool and lets it
// draw over the map, so a new tool needs no change to the canvas. Every position a tool sees
// is in widget pixels (event->position()); the canvas converts them (lonLatAt, mapPointAt,
// widgetPixelOf). A tool is made for one canvas, which it may move (panByWidgetPixels,
// zoomBy). GUI thread only.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);
    MapCanvas *canvas() const { return m_canvas; }

    // The canvas makes the tool active or inactive; what a tool was doing ends with it.
    virtual void activate() {}
    virtual void deactivate() {}

    virtual void mousePress(QMouseEvent *) {}
    virtual void mouseMove(QMouseEvent *) {}
    virtual void mouseRelease(QMouseEvent *) {}
    virtual void mouseDoubleClick(QMouseEvent *) {}
    // True when the tool used the key; the canvas handles the others (arrows pan, +/- zoom).
    virtual bool keyPress(QKeyEvent *) { return false; }

    // Draws what the tool shows over the map (a path, a box), in widget pixels.
    virtual void drawOverlay(QPainter &) const {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    // One line for the status bar: what the tool measured or what to do next; may be empty.
    virtual QString statusText() const { return {}; }

signals:
    // statusText() has changed.
    void statusChanged();

protected:
    // Redraws the overlay (and applies cursor()), without drawing the map again.
    void redraw();

private:
    MapCanvas *m_canvas;
};

} // namespace sightline::ui
