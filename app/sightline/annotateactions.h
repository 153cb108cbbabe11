#pragma once

#include "sightline/core/series.h"

#include <QObject>

class QAction;
class QComboBox;
class QMainWindow;
class QSpinBox;
class QToolBar;
class ToolActions;
class Workspace;

namespace sightline {
class Project;
}

namespace sightline::ui {
class AnnotationEditor;
class BoxAnnotationTool;
class CalloutAnnotationTool;
class PathAnnotationTool;
class PointAnnotationTool;
class SelectAnnotationsTool;
} // namespace sightline::ui

// The Annotate menu and toolbar: the annotation tools (select, count points, box, polygon,
// line, callout) with their shortcuts, the object kind, count and confidence a new annotation
// gets, an annotation's details, the project's object kinds, and copy and paste of annotations
// between scenes of a site. The scene annotations are
// drawn on follows the selected scene, or the scene flicker shows. GUI thread only.
class AnnotateActions : public QObject
{
    Q_OBJECT
public:
    AnnotateActions(Workspace &workspace, QMainWindow *window, ToolActions *tools, sightline::ui::AnnotationEditor *editor);

    sightline::ui::SelectAnnotationsTool *selectTool() const { return m_select; }
    sightline::ui::PointAnnotationTool *pointTool() const { return m_point; }
    sightline::ui::BoxAnnotationTool *boxTool() const { return m_box; }
    sightline::ui::PathAnnotationTool *polygonTool() const { return m_polygon; }
    sightline::ui::PathAnnotationTool *lineTool() const { return m_line; }
    sightline::ui::CalloutAnnotationTool *calloutTool() const { return m_callout; }
    QToolBar *toolBar() const { return m_toolBar; }

    // The series of a kind at a site as the project's observations give it, oldest first.
    static sightline::CountSeries observedSeries(const sightline::Project &project, const QUuid &siteId,
                                                 const QString &objectKind);

private:
    void followSelection();
    void reloadKinds();

    Workspace &m_workspace;
    sightline::ui::AnnotationEditor *m_editor;
    sightline::ui::SelectAnnotationsTool *m_select;
    sightline::ui::PointAnnotationTool *m_point;
    sightline::ui::BoxAnnotationTool *m_box;
    sightline::ui::PathAnnotationTool *m_polygon;
    sightline::ui::PathAnnotationTool *m_line;
    sightline::ui::CalloutAnnotationTool *m_callout;
    QToolBar *m_toolBar;
    QAction *m_details;
    QAction *m_kinds;
    QComboBox *m_kind;
    QSpinBox *m_count;
    QComboBox *m_confidence;
};
