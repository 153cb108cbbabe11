#pragma once

#include "sightline/core/annotation.h"
#include "sightline/ui/annotationtool.h"

#include <QUuid>

namespace sightline::ui {

// Select, move, reshape and delete annotations. A click selects the annotation under it (Shift
// adds it to the selection, or takes it out); a drag from empty map selects those inside the band
// (Shift adds them); a drag from a selected annotation moves the whole selection, and a drag from
// a vertex of a selected one moves that vertex (a box stays a box: its opposite corner and its
// angle stay), and a drag of a selected box's round handle turns it about its centre. A double
// click opens an annotation's details. Delete or Backspace removes the selection. Each move is
// one undoable step. Selected annotations are drawn highlighted, with their vertices. GUI thread only.
class SelectAnnotationsTool : public AnnotationTool
{
    Q_OBJECT
public:
    using AnnotationTool::AnnotationTool;
    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    void mouseDoubleClick(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QCursor cursor() const override;
    QString statusText() const override;

    // The box after its corner `corner` (0..3) is dragged to `to`, all in widget pixels.
    static QPolygonF reshapedBox(const QPolygonF &corners, int corner, QPointF to);
    // Where a box's turning handle is drawn: beyond the middle of its first side, away from its
    // centre. And the box turned about its centre by the angle from `from` to `to` seen from there.
    static QPointF rotateHandle(const QPolygonF &corners);
    static QPolygonF rotatedBox(const QPolygonF &corners, QPointF from, QPointF to);

private:
    enum class Drag { None, Band, Move, Vertex, Rotate };
    QList<Annotation> selected() const;
    // The annotation moved (or reshaped) by the current drag, in lon/lat.
    Annotation dragged(const Annotation &a, QPointF to) const;
    QPolygonF pixelRing(const QList<GeoPoint> &ring) const;

    Drag m_drag = Drag::None;
    QPointF m_pressAt;
    QPointF m_cursor;
    bool m_moved = false;
    QUuid m_vertexOf; // the annotation whose vertex is dragged (or which is turned)
    int m_vertexPart = 0;
    int m_vertexIndex = 0;
};

} // namespace sightline::ui
