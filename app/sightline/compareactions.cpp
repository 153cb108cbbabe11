#include "compareactions.h"

#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/ui/comparisonview.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/scenechoice.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitescenespanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace sightline;

CompareActions::CompareActions(Workspace &workspace, QMenu *imagery, QMainWindow *window, QDockWidget *besideDock)
    : QObject(imagery), m_workspace(workspace), m_flickerLabel(new QLabel(window)),
      m_siteScenes(new ui::SiteScenesPanel(workspace.selection(), window))
{
    m_flickerLabel->setObjectName(QStringLiteral("flickerStatus"));
    m_flickerLabel->setMinimumWidth(1); // cut before the map's readout beside it is
    window->statusBar()->addWidget(m_flickerLabel);

    imagery->addSeparator();
    imagery->addAction(tr("&Flicker between the selected scene and the one before it"), QKeySequence(Qt::Key_F), this,
                       &CompareActions::flicker);
    imagery->addAction(tr("&End flicker"), QKeySequence(Qt::SHIFT | Qt::Key_F), this, &CompareActions::endFlicker);
    imagery->addAction(tr("&Compare side by side…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                       [this] { openComparison({}); });

    // The scenes of the selected site, beside the site list.
    auto *dock = new QDockWidget(tr("Scenes of this site"), window);
    dock->setObjectName(QStringLiteral("siteScenesDock"));
    dock->setWidget(m_siteScenes);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    window->tabifyDockWidget(besideDock, dock);
    besideDock->raise();
    imagery->addAction(dock->toggleViewAction());
    m_siteScenesDock = dock;
    connect(m_siteScenes, &ui::SiteScenesPanel::sceneChosen, this, [this](const QUuid &id) {
        const edit::Document *doc = m_workspace.document();
        if (const auto scene = doc ? doc->project().find<ImageryScene>(id) : std::nullopt) {
            m_workspace.layers()->raiseScene(id); // an older scene chosen is seen, not covered by newer ones
            m_workspace.canvas()->zoomToLonLat(scene->footprint.bounds(), 0.1);
        }
    });
    connect(m_siteScenes, &ui::SiteScenesPanel::sceneActivated, this, &CompareActions::openComparison);
    // The scene lists follow the project (layersChanged comes with every reload of its records).
    connect(workspace.layers(), &render::MapModel::layersChanged, this, [this] {
        const edit::Document *doc = m_workspace.document();
        if (!doc)
            return;
        m_siteScenes->reload(doc->project());
        if (m_view)
            m_view->setScenes(doc->project().all<ImageryScene>());
    });
    connect(&workspace, &Workspace::documentChanged, this, &CompareActions::endFlicker);
}

void CompareActions::flicker()
{
    const edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    const QList<ImageryScene> scenes = doc->project().all<ImageryScene>();
    const QList<QUuid> selected = m_workspace.selection()->selectedOfType(RecordType::Scene);
    const auto pair = ui::flickerPair(scenes, selected.value(0), m_workspace.canvas()->viewBounds());
    if (!pair) {
        m_flickerLabel->setText(
            tr("Flicker needs two scenes of one place: select a scene that has an earlier one, or show two scenes"));
        return;
    }
    const bool same =
        m_pair && m_pair->first.meta.id == pair->first.meta.id && m_pair->second.meta.id == pair->second.meta.id;
    // A new pair starts on the older scene: the map already showed the newer one on top.
    m_showingOlder = same ? !m_showingOlder : true;
    m_pair = pair;
    const ImageryScene &shown = m_showingOlder ? pair->first : pair->second;
    m_workspace.layers()->showOnlyScene(shown.meta.id);
    m_flickerLabel->setText(tr("Flicker: %1 (%2)   F swaps, Shift+F ends")
                                .arg(ui::sceneLabel(shown), m_showingOlder ? tr("before") : tr("after")));
}

void CompareActions::endFlicker()
{
    m_pair.reset();
    m_workspace.layers()->showOnlyScene({});
    m_flickerLabel->clear();
}

void CompareActions::openComparison(const QUuid &scene)
{
    const edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    if (!m_window) {
        m_window = new QWidget(m_workspace.window(), Qt::Window);
        m_window->setObjectName(QStringLiteral("comparisonWindow"));
        m_window->setWindowTitle(tr("Compare scenes — Sightline"));
        m_view = new ui::ComparisonView(m_workspace.layers(), m_window);
        auto *layout = new QVBoxLayout(m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        m_window->resize(1400, 760);
    }
    const QList<ImageryScene> scenes = doc->project().all<ImageryScene>();
    m_view->setScenes(scenes);
    // The scene asked for (or the selected one) and the one before it, else the two newest in view.
    const ui::MapCanvas *canvas = m_workspace.canvas();
    const QUuid wanted = !scene.isNull() ? scene : m_workspace.selection()->selectedOfType(RecordType::Scene).value(0);
    const auto pair = ui::flickerPair(scenes, wanted, canvas->viewBounds());
    if (pair) {
        m_view->lockToScene(0, pair->first.meta.id);
        m_view->lockToScene(1, pair->second.meta.id);
    }
    // The main map's view, unless the scenes are not in it.
    const auto &s = canvas->settings();
    m_view->setView(s.crs, s.center, canvas->mapUnitsPerWidgetPixel());
    if (pair && !pair->second.footprint.bounds().intersects(canvas->viewBounds()))
        m_view->canvas(0)->zoomToLonLat(pair->second.footprint.bounds(), 0.1);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
