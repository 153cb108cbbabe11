#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QKeySequence;
class QMenu;
class QMenuBar;
class Workspace;

namespace sightline::ui {
class EditSitesTool;
class MapTool;
class MeasureTool;
class PanTool;
class SiteEditor;
class ZoomBoxTool;
} // namespace sightline::ui

// The Tools menu and the map tools it switches between: pan and identify (selects what is
// clicked), measure distance, measure area, zoom to a box, and add, edit and move sites.
// The tools belong to the window's canvas. GUI thread only.
class ToolActions : public QObject
{
    Q_OBJECT
public:
    ToolActions(Workspace &workspace, QMenuBar *menuBar, sightline::ui::SiteEditor *siteEditor);
    // Makes this tool (one of the below, or one added) the canvas's, and checks its entry.
    void use(sightline::ui::MapTool *tool);
    // Adds another tool (the annotation tools) to menu, exclusive with these: its action.
    QAction *addTool(sightline::ui::MapTool *tool, const QString &label, const QKeySequence &key, QMenu *menu);

    // The menu entry that makes this tool the canvas's (for the toolbar); null for another tool.
    QAction *actionOf(sightline::ui::MapTool *tool) const { return m_actions.value(tool); }
    sightline::ui::PanTool *pan() const { return m_pan; }
    sightline::ui::MeasureTool *measureDistance() const { return m_distance; }
    sightline::ui::MeasureTool *measureArea() const { return m_area; }
    sightline::ui::ZoomBoxTool *zoomBox() const { return m_zoomBox; }
    sightline::ui::EditSitesTool *editSites() const { return m_editSites; }

signals:
    // A double click inside a scene's footprint with the pan tool (the scene is selected).
    void sceneActivated(const QUuid &sceneId);

private:
    Workspace &m_workspace;
    sightline::ui::PanTool *m_pan;
    sightline::ui::MeasureTool *m_distance;
    sightline::ui::MeasureTool *m_area;
    sightline::ui::ZoomBoxTool *m_zoomBox;
    sightline::ui::EditSitesTool *m_editSites;
    QHash<sightline::ui::MapTool *, QAction *> m_actions;
    QActionGroup *m_group;
};
