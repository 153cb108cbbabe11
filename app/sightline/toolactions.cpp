#include "toolactions.h"

#include "workspace.h"

#include "sightline/ui/editsitestool.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/measuretool.h"
#include "sightline/ui/pantool.h"
#include "sightline/ui/zoomboxtool.h"

#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

using namespace sightline;

ToolActions::ToolActions(Workspace &workspace, QMenuBar *menuBar, ui::SiteEditor *siteEditor)
    : QObject(menuBar), m_workspace(workspace)
{
    ui::MapCanvas *canvas = workspace.canvas();
    m_pan = new ui::PanTool(canvas, workspace.selection());
    m_distance = new ui::MeasureTool(canvas, ui::MeasureTool::Mode::Distance);
    m_area = new ui::MeasureTool(canvas, ui::MeasureTool::Mode::Area);
    m_zoomBox = new ui::ZoomBoxTool(canvas);
    m_editSites = new ui::EditSitesTool(canvas, siteEditor);
    connect(m_pan, &ui::PanTool::sceneActivated, this, &ToolActions::sceneActivated);

    auto *menu = menuBar->addMenu(tr("&Tools"));
    m_group = new QActionGroup(this);
    const struct
    {
        QString label;
        QKeySequence key;
        ui::MapTool *tool;
    } tools[] = {{tr("&Pan and identify"), QKeySequence(Qt::CTRL | Qt::Key_1), m_pan},
                 {tr("&Zoom to a box"), QKeySequence(Qt::CTRL | Qt::Key_2), m_zoomBox},
                 {tr("Measure &distance"), QKeySequence(Qt::CTRL | Qt::Key_M), m_distance},
                 {tr("Measure &area"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), m_area},
                 {tr("Add, edit and move &sites"), QKeySequence(Qt::CTRL | Qt::Key_E), m_editSites}};
    for (const auto &t : tools)
        addTool(t.tool, t.label, t.key, menu);
    use(m_pan);
}

QAction *ToolActions::addTool(ui::MapTool *tool, const QString &label, const QKeySequence &key, QMenu *menu)
{
    QAction *a = menu->addAction(label, key, this, [this, tool] { use(tool); });
    a->setCheckable(true);
    m_group->addAction(a);
    m_actions.insert(tool, a);
    return a;
}

void ToolActions::use(ui::MapTool *tool)
{
    m_workspace.canvas()->setTool(tool);
    if (QAction *a = m_actions.value(tool))
        a->setChecked(true);
}
