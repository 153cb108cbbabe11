#pragma once

#include "sightline/core/scene.h"

#include <QObject>

#include <optional>

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class Workspace;

namespace sightline::ui {
class ComparisonView;
class SiteScenesPanel;
} // namespace sightline::ui

// Comparing scenes of the same place: flicker between two scenes on the map (the status bar
// says which is shown), maps side by side with linked views in a window of their own, and the
// dock listing the scenes that cover the selected site (tabbed with the sites dock).
// GUI thread only.
class CompareActions : public QObject
{
    Q_OBJECT
public:
    CompareActions(Workspace &workspace, QMenu *imagery, QMainWindow *window, QDockWidget *besideDock);
    // The "Scenes of this site" dock (the View menu lists it with the others).
    QDockWidget *siteScenesDock() const { return m_siteScenesDock; }
    void flicker();
    void endFlicker();
    // Opens the side-by-side window on this scene (or the selected one) and the one before it.
    void openComparison(const QUuid &scene);

private:
    Workspace &m_workspace;
    QLabel *m_flickerLabel;
    std::optional<std::pair<sightline::ImageryScene, sightline::ImageryScene>> m_pair; // older, newer
    bool m_showingOlder = false;
    QWidget *m_window = nullptr; // the comparison window, made when first opened
    sightline::ui::ComparisonView *m_view = nullptr;
    sightline::ui::SiteScenesPanel *m_siteScenes;
    QDockWidget *m_siteScenesDock = nullptr;
};
