#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QMenu;
class QMenuBar;
class Workspace;

namespace sightline::ui {
class SearchPanel;
}

// The View menu: show or hide each dock, find, zoom to all sites or to the selection, the
// project's bookmarks (adding one is an undoable edit) and the map's CRS. GUI thread only.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    ViewActions(Workspace &workspace, QMenuBar *menuBar, const QList<QDockWidget *> &docks, QDockWidget *searchDock,
                sightline::ui::SearchPanel *search);
    // Changes the map's CRS; an unknown one is explained in a message box.
    void chooseCrs(const QString &crs);

private:
    void fillBookmarksMenu();
    void addBookmark();
    void askForCrs();
    void zoomToSelection();

    Workspace &m_workspace;
    QMenu *m_bookmarks;
};
