// Comparing scenes of the same place: flicker between two scenes on the map, maps side by side
// with linked views, and the list of the scenes that cover the selected site.
#include "mainwindow.h"

#include "sightline/ui/comparisonview.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/scenechoice.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitescenespanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace sightline;

// What the comparison tools hold between key presses.
class CompareState : public QObject
{
public:
    using QObject::QObject;
    QLabel *flickerLabel = nullptr;
    std::optional<std::pair<ImageryScene, ImageryScene>> pair; // older, newer
    bool showingOlder = false;
    QWidget *window = nullptr; // the comparison window, made when first opened
    ui::ComparisonView *view = nullptr;
    ui::SiteScenesPanel *siteScenes = nullptr;
};

void MainWindow::addCompareMenu(QMenu *imagery)
{
    m_compare = new CompareState(this);
    m_compare->flickerLabel = new QLabel(this);
    m_compare->flickerLabel->setObjectName(QStringLiteral("flickerStatus"));
    statusBar()->addWidget(m_compare->flickerLabel);

    imagery->addSeparator();
    imagery->addAction(tr("&Flicker between the selected scene and the one before it"), QKeySequence(Qt::Key_F), this,
                       &MainWindow::flicker);
    imagery->addAction(tr("&End flicker"), QKeySequence(Qt::SHIFT | Qt::Key_F), this, &MainWindow::endFlicker);
    imagery->addAction(tr("&Compare side by side…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                       [this] { openComparison({}); });

    // The scenes of the selected site, beside the site list.
    m_compare->siteScenes = new ui::SiteScenesPanel(m_selection, this);
    auto *dock = new QDockWidget(tr("Scenes of this site"), this);
    dock->setObjectName(QStringLiteral("siteScenesDock"));
    dock->setWidget(m_compare->siteScenes);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (auto *sites = findChild<QDockWidget *>(QStringLiteral("sitesDock")))
        tabifyDockWidget(sites, dock);
    if (auto *sites = findChild<QDockWidget *>(QStringLiteral("sitesDock")))
        sites->raise();
    imagery->addAction(dock->toggleViewAction());
    connect(m_compare->siteScenes, &ui::SiteScenesPanel::sceneChosen, this, [this](const QUuid &id) {
        if (const auto scene = m_doc ? m_doc->project().find<ImageryScene>(id) : std::nullopt)
            m_canvas->zoomToLonLat(scene->footprint.bounds(), 0.1);
    });
    connect(m_compare->siteScenes, &ui::SiteScenesPanel::sceneActivated, this, &MainWindow::openComparison);
    // The scene lists follow the project (layersChanged comes with every reload of its records).
    connect(m_layers, &render::MapModel::layersChanged, this, [this] {
        if (!m_doc)
            return;
        m_compare->siteScenes->reload(m_doc->project());
        if (m_compare->view)
            m_compare->view->setScenes(m_doc->project().all<ImageryScene>());
    });
}

static GeoBounds viewBounds(const ui::MapCanvas &canvas)
{
    GeoBounds b;
    for (const QPointF corner : {QPointF(0, 0), QPointF(canvas.width(), 0), QPointF(0, canvas.height()),
                                 QPointF(canvas.width(), canvas.height())})
        if (const auto p = canvas.lonLatAt(corner * canvas.devicePixelRatioF()))
            b.include(*p);
    return b;
}

void MainWindow::flicker()
{
    if (!m_doc)
        return;
    const QList<ImageryScene> scenes = m_doc->project().all<ImageryScene>();
    const QList<QUuid> selected = m_selection->selectedOfType(RecordType::Scene);
    const auto pair = ui::flickerPair(scenes, selected.value(0), viewBounds(*m_canvas));
    if (!pair) {
        m_compare->flickerLabel->setText(
            tr("Flicker needs two scenes of one place: select a scene that has an earlier one, or show two scenes"));
        return;
    }
    const bool same = m_compare->pair && m_compare->pair->first.meta.id == pair->first.meta.id
                      && m_compare->pair->second.meta.id == pair->second.meta.id;
    // A new pair starts on the older scene: the map already showed the newer one on top.
    m_compare->showingOlder = same ? !m_compare->showingOlder : true;
    m_compare->pair = pair;
    const ImageryScene &shown = m_compare->showingOlder ? pair->first : pair->second;
    m_layers->showOnlyScene(shown.meta.id);
    m_compare->flickerLabel->setText(tr("Flicker: %1 (%2)   F swaps, Shift+F ends")
                                         .arg(ui::sceneLabel(shown),
                                              m_compare->showingOlder ? tr("before") : tr("after")));
}

void MainWindow::endFlicker()
{
    m_compare->pair.reset();
    m_layers->showOnlyScene({});
    m_compare->flickerLabel->clear();
}

void MainWindow::openComparison(const QUuid &scene)
{
    if (!m_doc)
        return;
    if (!m_compare->window) {
        m_compare->window = new QWidget(this, Qt::Window);
        m_compare->window->setObjectName(QStringLiteral("comparisonWindow"));
        m_compare->window->setWindowTitle(tr("Compare scenes — Sightline"));
        m_compare->view = new ui::ComparisonView(m_layers, m_compare->window);
        auto *layout = new QVBoxLayout(m_compare->window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_compare->view);
        m_compare->window->resize(1400, 760);
    }
    const QList<ImageryScene> scenes = m_doc->project().all<ImageryScene>();
    m_compare->view->setScenes(scenes);
    // The scene asked for (or the selected one) and the one before it, else the two newest in view.
    const QUuid wanted = !scene.isNull() ? scene : m_selection->selectedOfType(RecordType::Scene).value(0);
    const auto pair = ui::flickerPair(scenes, wanted, viewBounds(*m_canvas));
    if (pair) {
        m_compare->view->lockToScene(0, pair->first.meta.id);
        m_compare->view->lockToScene(1, pair->second.meta.id);
    }
    // The main map's view, unless the scenes are not in it.
    const auto &s = m_canvas->settings();
    m_compare->view->setView(s.crs, s.center, s.mapUnitsPerPixel);
    if (pair && !pair->second.footprint.bounds().intersects(viewBounds(*m_canvas)))
        m_compare->view->canvas(0)->zoomToLonLat(pair->second.footprint.bounds(), 0.1);
    m_compare->window->show();
    m_compare->window->raise();
    m_compare->window->activateWindow();
}
