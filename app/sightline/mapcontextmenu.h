#pragma once

#include "sightline/core/geometry.h"

#include <QObject>
#include <QPointF>

class QMenu;
class ToolActions;
class Workspace;

namespace sightline::ui {
class SiteEditor;
}

// The map's context menu (a right click with the pan tool, or the menu key): identify what is
// there, measure from there, add a site there, and copy the position in decimal degrees,
// degrees-minutes-seconds or MGRS. The measuring tools keep the right click for themselves.
// GUI thread only.
class MapContextMenu : public QObject
{
    Q_OBJECT
public:
    MapContextMenu(Workspace &workspace, ToolActions *tools, sightline::ui::SiteEditor *siteEditor, QObject *parent);
    // The menu for this point of the map (widget pixels), built afresh; null where the map has
    // no position. The caller owns it.
    QMenu *menuAt(QPointF widgetPixel);

private:
    Workspace &m_workspace;
    ToolActions *m_tools;
    sightline::ui::SiteEditor *m_siteEditor;
};
