#pragma once

#include "sightline/core/timestep.h"
#include "sightline/present/timelinepainter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollBar;
class QTimer;
class QToolButton;

namespace sightline::edit {
class Document;
}
namespace sightline::render {
class MapModel;
}

namespace sightline::ui {

class DocumentFollower;
class EventDialog;
class SelectionModel;
class TimelineCanvas;

// The Timeline dock: the project's events, claims, observations, scenes and judgments' periods on
// one time axis (drawn by present::TimelinePainter), and the map's time window on it.
//
// - The wheel zooms smoothly around the pointer, from decades to hours; dragging the lanes pans;
//   a click in the overview strip centres the view there; the lanes scroll under the axis (the
//   scroll bar, or Shift with the wheel).
// - A click on an item selects it in the shared selection (map and evidence views follow); what
//   others select is outlined here.
// - The window: drag its edges, or its body in the axis; dragging elsewhere in the axis (or
//   shift-dragging in the lanes) draws a new one; From/To fields take a date as the command line does (a bad one is refused, saying the
//   accepted forms); step back and forward by the chosen step, play and pause. The window is the
//   map model's (MapModel::setTimeWindow), so the map and every view of it follow.
// - New event… opens the event form; a double click on an event edits it; dragging an event moves
//   it at its own precision (a day by days, a month by months), one undoable step a drag.
// - Shortcuts while the dock has focus: Left/Right step, Space plays or pauses, Home shows all,
//   +/- zoom, Esc clears the window.
// GUI thread only.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(SelectionModel *selection, render::MapModel *map, QWidget *parent = nullptr);
    ~TimelineView() override;
    void setDocument(edit::Document *document);
    void reload();

    present::TimelinePainter &painter() { return m_painter; }
    TimelineCanvas *canvas() const { return m_canvas; }
    const TimeStep &step() const { return m_step; }
    void setStep(const TimeStep &step);
    bool isPlaying() const;

    // Zoom by a factor (above 1: in) around a moment; the view stays between an hour and a
    // century wide.
    void zoomBy(double factor, qint64 aroundMs);
    void setView(qint64 fromMs, qint64 toMs);
    void showAll();
    // The view fitted to the window with a margin (to every item when the window is open).
    void frameWindow();
    // Moves the map's window by n steps; an open window first becomes one step from the view's start.
    void stepWindow(int n);
    void setPlaying(bool playing);
    // The window from the From and To fields; false (and the reason shown) for a bad date.
    bool applyWindowText(const QString &from, const QString &to);
    QString message() const;
    void selectItem(qsizetype index);
    // Opens the event form (window-modal, not blocking) for a new event (its time the window's
    // start, else the middle of the view) or for the event with this id; accepting it pushes one
    // undoable command. Returns the form so that it can be driven; null without a document.
    EventDialog *openEventEditor(const QUuid &eventId = {});
    // The item at index activated (a double click): an event opens its form.
    void activateItem(qsizetype index);

signals:
    void viewChanged();

private:
    void followWindow();
    void followSelection();
    void setWindow(const TimeWindow &window);
    void showMessage(const QString &text, bool error);
    void updateScrollRange();

    SelectionModel *m_selection;
    render::MapModel *m_map;
    DocumentFollower *m_follower;
    present::TimelinePainter m_painter;
    std::shared_ptr<present::Timeline> m_timeline;
    TimelineCanvas *m_canvas;
    QScrollBar *m_scroll;
    QComboBox *m_lanes;
    QComboBox *m_stepChoice;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_message;
    QTimer *m_timer;
    TimeStep m_step{1, TimeStep::Unit::Week};
    bool m_viewSet = false;
    friend class TimelineCanvas;
};

// The drawing surface of the timeline dock: paints through the view's painter and turns the
// mouse into zoom, pan, selection and window edits. GUI thread only.
class TimelineCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineCanvas(TimelineView *view);
    QRectF drawingRect() const { return QRectF(rect()); }
    QSize sizeHint() const override { return {900, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    TimelineView *m_view;
    present::TimelinePainter::Part m_drag = present::TimelinePainter::Part::Nothing;
    QPointF m_pressAt;
    qint64 m_pressViewFrom = 0, m_pressViewTo = 0;
    TimeWindow m_pressWindow;
    QUuid m_draggedEvent;     // an event being moved, from the time it had when pressed
    TimeSpan m_pressEventTime;
    int m_stretch = 0; // -1: stretching the event's start, 1: its end, 0: moving it whole
    TimeSpan m_lastEventTime;
    bool m_moved = false;
    bool m_newWindow = false;
};

} // namespace sightline::ui
