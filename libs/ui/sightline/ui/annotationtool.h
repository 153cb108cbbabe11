#pragma once

#include "sightline/core/geometry.h"
#include "sightline/ui/maptool.h"

#include <QPolygonF>

#include <functional>

namespace sightline::ui {

class AnnotationEditor;

// What the annotation tools share: the editor that makes their edits, snapping to the vertices
// of existing annotations (within a few pixels; hold Alt to place freely), and drawing in the
// colour of the kind being drawn over a dark halo. GUI thread only.
class AnnotationTool : public MapTool
{
    Q_OBJECT
public:
    AnnotationTool(MapCanvas *canvas, AnnotationEditor *editor);
    AnnotationEditor *editor() const { return m_editor; }
    QCursor cursor() const override { return Qt::CrossCursor; }

    static constexpr double kSnapWidgetPixels = 8;

protected:
    // The place under a widget pixel, moved to a vertex of an existing annotation within
    // kSnapWidgetPixels unless snapping is off (Alt held); nothing where the CRS cannot say.
    std::optional<GeoPoint> placeAt(QPointF widgetPixel, Qt::KeyboardModifiers modifiers) const;
    // The widget pixel a place is drawn at.
    QPointF pixelOf(const GeoPoint &p) const;
    // Places of widget pixels; nothing when any cannot be placed.
    std::optional<QList<GeoPoint>> placesOf(const QPolygonF &widgetPixels) const;
    // Draws an outline (closed or not) in the current kind's colour over a dark halo.
    void drawShape(QPainter &p, const QPolygonF &widgetPixels, bool closed) const;
    QColor kindColor() const;

private:
    AnnotationEditor *m_editor;
};

// Marks one object a click: the counting tool. Each click adds a point of the current kind
// (one undoable step, shown at once in the tally); Backspace takes the last one away again.
class PointAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    using AnnotationTool::AnnotationTool;
    void mouseRelease(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    QString statusText() const override;
};

// Draws a box around what it holds, stored as its polygon with the current count. A drag draws a
// box square to the screen; three clicks draw a rotated one (one edge, then its depth).
class BoxAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    using AnnotationTool::AnnotationTool;
    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QString statusText() const override;
    // The box's corners in widget pixels for an edge a→b and a point c giving its depth.
    static QPolygonF rotatedBox(QPointF a, QPointF b, QPointF c);

private:
    QPolygonF preview() const;
    void finish(const QPolygonF &corners);

    std::optional<QPointF> m_pressAt; // a drag in progress
    QList<QPointF> m_clicks;          // the rotated box's clicks so far (widget pixels)
    QPointF m_cursor;
};

// Draws a polygon (an outline holding a count) or a line (a track, a length): a click a vertex,
// a double click or Enter ends it, Backspace takes the last vertex back, Escape drops it.
class PathAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    PathAnnotationTool(MapCanvas *canvas, AnnotationEditor *editor, bool closed);
    bool closed() const { return m_closed; }
    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseDoubleClick(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QString statusText() const override;
    int vertexCount() const { return static_cast<int>(m_points.size()); }

private:
    bool finish();

    bool m_closed;
    QList<GeoPoint> m_points;
    std::optional<QPointF> m_cursor;
};

// Places a text callout: a click asks for the text (through the prompt, a dialog by default).
class CalloutAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    CalloutAnnotationTool(MapCanvas *canvas, AnnotationEditor *editor);
    // Asks for a callout's text; empty cancels.
    void setPrompt(std::function<QString()> prompt) { m_prompt = std::move(prompt); }
    void mouseRelease(QMouseEvent *e) override;
    QString statusText() const override;

private:
    std::function<QString()> m_prompt;
};

} // namespace sightline::ui
