#pragma once

#include "sightline/edit/document.h"
#include "sightline/store/project.h"

#include <QMainWindow>

#include <memory>

namespace sightline::render {
class MapModel;
}
namespace sightline::ui {
class CaptureView;
class ClaimLedger;
class ConflictsView;
class LayerPanel;
class MapCanvas;
class OverviewBar;
class JudgmentPanel;
class ReviewView;
class SearchPanel;
class SelectionModel;
class SiteListModel;
class SourcePanel;
} // namespace sightline::ui

class QActionGroup;
class QLabel;
class QMenu;
class QUndoGroup;
class QListView;

// Composes the map and the evidence views around one open project; owns no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;
    // Opens path; on failure shows the reason and keeps the current project.
    bool openProject(const QString &path);
    sightline::ui::MapCanvas *canvas() const { return m_canvas; }
    sightline::ui::SelectionModel *selection() const { return m_selection; }
    sightline::ui::SourcePanel *sourcePanel() const { return m_sourcePanel; }
    sightline::ui::CaptureView *captureView() const { return m_captureView; }
    sightline::ui::ClaimLedger *claimLedger() const { return m_ledger; }
    sightline::ui::ConflictsView *conflictsView() const { return m_conflicts; }
    sightline::ui::ReviewView *reviewView() const { return m_review; }
    sightline::ui::SearchPanel *searchPanel() const { return m_search; }
    sightline::ui::JudgmentPanel *judgmentPanel() const { return m_judgments; }
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
    // Imports image files as scenes (one undoable step), embedded when Imagery > Embed imported
    // files is checked, and offers overviews for those without. Returns the refused files' messages;
    // those refused for lack of georeferencing are added to *ungeoreferenced.
    QStringList importImageryFiles(const QStringList &files, QStringList *ungeoreferenced = nullptr);
    // The status bar's overview offer and progress.
    sightline::ui::OverviewBar *overviewBar() const { return m_overviews; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseProject();
    void chooseReferenceLayer();
    void openDropped(const QString &path);
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void chooseCrs(const QString &crs);
    void askForCrs();
    void zoomToSite(const QModelIndex &index);
    void showCursor(const sightline::GeoPoint &p);
    void showMeasurement(double meters, double squareMeters, int points);
    void identifyAt(QPointF pixel);
    void followSelection();
    void reloadRecords(sightline::RecordType type);
    void showGradingScheme();
    void fillBookmarksMenu();
    void addBookmark();
    void saveLayerStates();
    void editSiteAt(QPointF pixel, const sightline::GeoPoint &lonLat);
    void moveSiteFrom(QPointF pixel, const sightline::GeoPoint &to);
    void deleteSelectedSite();
    const sightline::Site *siteAtPixel(QPointF pixel) const;
    void runEdit(sightline::edit::RecordCommandBase *command);
    void showView();
    // Imagery (mainwindow_imagery.cpp).
    void addImageryMenu();
    void importImagery();
    void editSceneDisplay();
    void findMovedImagery();
    // Georeferencing (mainwindow_georef.cpp).
    void georeferenceImage(const QString &file = QString());
    void reportRefusedImages(const QStringList &reasons, const QStringList &ungeoreferenced);
    // Scenes (mainwindow_scenes.cpp).
    void addSceneActions(QMenu *imagery);
    std::optional<sightline::ImageryScene> selectedScene();
    void editSceneDetails();
    void embedSelectedScene();
    void buildSelectedOverviews();
    void offerOverviews(const QList<sightline::ImageryScene> &scenes);
    void reopenImagery();
    sightline::ui::OverviewBar *m_overviews = nullptr;
    class QAction *m_embedOnImport = nullptr;
    // Comparing scenes (mainwindow_compare.cpp).
    void addCompareMenu(QMenu *imagery);
    void flicker();
    void endFlicker();
    void openComparison(const QUuid &scene);
    class CompareState *m_compare = nullptr;
    // Evidence (mainwindow_evidence.cpp).
    void connectEvidenceViews();
    void setEvidenceDocument(sightline::edit::Document *document);
    // Claims linked to the selected scenes.
    QSet<QUuid> claimsOfSelectedScenes() const;
    // Footprints of the selected scenes and of the scenes linked to the selected claims.
    QList<sightline::Geometry> footprintsOfSelection() const;
    // Judgments (mainwindow_judgments.cpp).
    void addJudgmentsDock();
    // Linking claims (mainwindow_links.cpp).
    void addLinkActions();
    void linkSelectedClaims();
    class QAction *m_linkClaims = nullptr;

    std::unique_ptr<sightline::edit::Document> m_doc;
    sightline::ui::MapCanvas *m_canvas;
    sightline::render::MapModel *m_layers;
    sightline::ui::LayerPanel *m_layerPanel;
    QMenu *m_recentMenu;
    QUndoGroup *m_undoGroup;
    QMenu *m_bookmarksMenu;
    QActionGroup *m_schemes = nullptr; // Edit > Grading scheme, one checkable action per scheme
    sightline::ui::ClaimLedger *m_ledger;
    sightline::ui::SiteListModel *m_sites;
    QListView *m_siteView;
    sightline::ui::SourcePanel *m_sourcePanel;
    sightline::ui::CaptureView *m_captureView;
    class QDockWidget *m_captureDock;
    sightline::ui::SelectionModel *m_selection;
    sightline::ui::ConflictsView *m_conflicts;
    sightline::ui::ReviewView *m_review;
    sightline::ui::SearchPanel *m_search;
    sightline::ui::JudgmentPanel *m_judgments = nullptr;
    QLabel *m_measure;
    bool m_following = false; // views being updated from the selection
    QList<sightline::GeoPoint> m_highlighted; // where the selection is on the map
    QLabel *m_position;
    QLabel *m_scale;
    QLabel *m_crs;
    QLabel *m_message;
};
