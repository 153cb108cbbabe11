#pragma once

#include "sightline/edit/document.h"
#include "sightline/store/project.h"
#include "sightline/ui/preferences.h"

#include <QMainWindow>

#include <memory>

namespace sightline::render {
class MapModel;
}
namespace sightline::store {
class ProjectLock;
}
namespace sightline::ui {
class AnnotationEditor;
class CaptureView;
class ClaimLedger;
class ConflictsView;
class JudgmentPanel;
class LayerPanel;
class MapCanvas;
class MapReadout;
class OverviewBar;
class ReviewView;
class SearchPanel;
class SelectionModel;
class SiteEditor;
class SitePanel;
class SourcePanel;
class StartPage;
class TimelineView;
class SeriesView;
class TallyPanel;
} // namespace sightline::ui

class AnnotateActions;
class BasemapActions;
class CompareActions;
class SceneActions;
class EditActions;
class FileActions;
class HelpActions;
class ImageryActions;
class MapContextMenu;
class QStackedWidget;
class QToolBar;
class QDockWidget;
class ToolActions;
class Workspace;

// Composes the map, the panels and the action classes around one open project, and holds the
// project: the panels follow the document and the shared selection themselves, the menus are
// action classes (FileActions, EditActions, ImageryActions, ...), the map tools are classes of
// their own (ToolActions). What is left here is opening a project, the map's layers, and
// wiring. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;
    // Opens path; on failure shows the reason and keeps the current project. A project another
    // process has open is offered read-only (saying who has it and since when); one in a folder
    // that cannot be written opens read-only, saying so.
    bool openProject(const QString &path);
    // Opens the demo case, writing it first (with sightline-cli demo) when it is not there yet.
    bool openDemo();
    // The analyst's preferences as the window uses them; setting them saves and applies them
    // (the language at the next start).
    const sightline::ui::Preferences &preferences() const { return m_prefs; }
    void setPreferences(const sightline::ui::Preferences &preferences);
    // Why the settings were reset to defaults at start (a corrupt settings file), or nothing.
    QString settingsProblem() const { return m_settingsProblem; }
    sightline::ui::StartPage *startPage() const { return m_startPage; }
    HelpActions *help() const { return m_help; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    MapContextMenu *mapContextMenu() const { return m_contextMenu; }
    // Where the demo project is written (in the user's data folder).
    static QString demoProjectPath();
    sightline::ui::MapCanvas *canvas() const { return m_canvas; }
    sightline::ui::SelectionModel *selection() const { return m_selection; }
    sightline::ui::SourcePanel *sourcePanel() const { return m_sourcePanel; }
    sightline::ui::SitePanel *sitePanel() const { return m_sitePanel; }
    sightline::ui::CaptureView *captureView() const { return m_captureView; }
    sightline::ui::ClaimLedger *claimLedger() const { return m_ledger; }
    sightline::ui::ConflictsView *conflictsView() const { return m_conflicts; }
    sightline::ui::ReviewView *reviewView() const { return m_review; }
    sightline::ui::SearchPanel *searchPanel() const { return m_search; }
    sightline::ui::JudgmentPanel *judgmentPanel() const { return m_judgments; }
    sightline::ui::TimelineView *timelineView() const { return m_timeline; }
    sightline::render::MapModel *mapModel() const { return m_layers; }
    sightline::ui::MapReadout *readout() const { return m_readout; }
    sightline::ui::SiteEditor *siteEditor() const { return m_siteEditor; }
    ToolActions *tools() const { return m_tools; }
    AnnotateActions *annotate() const { return m_annotate; }
    SceneActions *sceneActions() const;
    sightline::ui::AnnotationEditor *annotationEditor() const { return m_annotationEditor; }
    sightline::ui::TallyPanel *tallyPanel() const { return m_tally; }
    sightline::ui::SeriesView *seriesView() const { return m_series; }
    // Opens a capture in the viewer and shows its dock; false when it cannot be shown.
    bool openCapture(const QUuid &captureId);
    // Chooses the source of the capture with this file name and opens it; false when there is none.
    bool openCaptureNamed(const QString &fileName);
    // The open project and its history; null before one is open.
    sightline::edit::Document *document() const { return m_doc.get(); }
    // Zooms the map to the site with this name or alias; false when there is none.
    bool zoomToSiteNamed(const QString &name);
    // Adds a vector file as a reference layer; on failure shows the reason.
    bool addReferenceLayer(const QString &path);
    // Imports image files as scenes (ImageryActions::importImageryFiles).
    QStringList importImageryFiles(const QStringList &files, QStringList *ungeoreferenced = nullptr);
    // The status bar's overview offer and progress.
    sightline::ui::OverviewBar *overviewBar() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area,
                         QDockWidget *tabbedWith = nullptr);
    void addDocks();
    void connectPanels();
    void connectLayers();
    void addMenus();
    void openDropped(const QString &path);
    void reloadRecords(sightline::RecordType type);
    void showSelectionOnMap();
    void saveLayerStates();
    void addMainToolBar();
    void editPreferences();
    void applyPreferences();
    // Enables what needs a project, and shows the start page or the map.
    void showProjectState();

    sightline::ui::Preferences m_prefs;
    QString m_settingsProblem;
    std::unique_ptr<sightline::store::ProjectLock> m_lock; // released after m_doc closes the file
    std::unique_ptr<sightline::edit::Document> m_doc;
    QStackedWidget *m_central = nullptr;
    sightline::ui::StartPage *m_startPage = nullptr;
    sightline::ui::MapCanvas *m_canvas;
    sightline::render::MapModel *m_layers;
    sightline::ui::LayerPanel *m_layerPanel;
    sightline::ui::SelectionModel *m_selection;
    sightline::ui::MapReadout *m_readout;
    Workspace *m_workspace;
    sightline::ui::SiteEditor *m_siteEditor;
    sightline::ui::ClaimLedger *m_ledger;
    sightline::ui::SitePanel *m_sitePanel;
    sightline::ui::SourcePanel *m_sourcePanel;
    sightline::ui::CaptureView *m_captureView;
    sightline::ui::ConflictsView *m_conflicts;
    sightline::ui::ReviewView *m_review;
    sightline::ui::SearchPanel *m_search;
    sightline::ui::JudgmentPanel *m_judgments;
    sightline::ui::TimelineView *m_timeline;
    sightline::ui::AnnotationEditor *m_annotationEditor;
    sightline::ui::TallyPanel *m_tally;
    sightline::ui::SeriesView *m_series;
    AnnotateActions *m_annotate = nullptr;
    QList<QDockWidget *> m_docks; // in the order the View menu lists them
    QDockWidget *m_captureDock = nullptr;
    QDockWidget *m_sitesDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    FileActions *m_file = nullptr;
    ToolActions *m_tools = nullptr;
    ImageryActions *m_imagery = nullptr;
    BasemapActions *m_basemaps = nullptr;
    CompareActions *m_compare = nullptr;
    HelpActions *m_help = nullptr;
    EditActions *m_edit = nullptr;
    QToolBar *m_toolBar = nullptr;
    MapContextMenu *m_contextMenu = nullptr;
    QList<QMenu *> m_projectMenus; // menus that need a project throughout
};
