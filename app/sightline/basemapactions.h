#pragma once

#include "sightline/geo/tileservice.h"

#include <QObject>

class QMenu;
class Workspace;

// The Basemap menu: which source the map draws under the evidence (Natural Earth, or one of the
// project's saved sources: tile services, tile packages, OSM extracts), adding a source (its
// attribution required), "Make this area available offline" for a tile service, and clearing
// the tile cache. Choosing, adding and removing a source are undoable edits saved with the project
// (the sources, never their tiles); the layer list's basemap row offers the same choice. Reads the preferences (network/enabled, tiles/cacheMegabytes) here and
// hands them to the core as plain values. GUI thread only.
class BasemapActions : public QObject
{
    Q_OBJECT
  public:
    BasemapActions(Workspace &workspace, QMenu *menu);
    // The open project's basemap onto the map (after the map was opened); a source that cannot
    // be used is a line in *problems, and Natural Earth is drawn instead.
    void applyProjectBasemap(QStringList *problems);
    // What the preferences say, as the core takes it.
    static sightline::geo::TileServiceSettings tileSettings();
    // Shows the source named (empty: Natural Earth), as an undoable edit; a source that cannot
    // be used is refused with its reason and nothing changes.
    void choose(const QString &name);
    // The layer list's choice: 0 Natural Earth, then the project's sources in order.
    void chooseAt(int index);

  private:
    void fillMenu();
    // The document's sources changed (an edit, an undo, a redo): the map and layer list follow.
    void followSources();
    void addSource();
    void removeCurrent();
    void makeAreaOffline();
    void clearCache();

    Workspace &m_workspace;
    QMenu *m_menu;
};
