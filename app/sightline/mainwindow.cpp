#include "mainwindow.h"

#include "annotateactions.h"
#include "basemapactions.h"
#include "compareactions.h"
#include "editactions.h"
#include "evidenceactions.h"
#include "fileactions.h"
#include "imageryactions.h"
#include "sceneactions.h"
#include "toolactions.h"
#include "viewactions.h"
#include "workspace.h"

#include "sightline/render/basemaplayer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/store/selectionrelations.h"
#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/captureview.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/cleancopyoffer.h"
#include "sightline/ui/conflictsview.h"
#include "sightline/ui/judgmentpanel.h"
#include "sightline/ui/layerpanel.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/mapreadout.h"
#include "sightline/present/recordwords.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/seriesview.h"
#include "sightline/ui/siteeditor.h"
#include "sightline/ui/sitepanel.h"
#include "sightline/ui/sourcepanel.h"
#include "sightline/ui/timelineview.h"
#include "sightline/ui/tallypanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

using namespace sightline;

MainWindow::MainWindow()
    : m_canvas(new ui::MapCanvas(this)), m_layers(new render::MapModel(this)), m_layerPanel(new ui::LayerPanel(this)),
      m_selection(new ui::SelectionModel(this)), m_readout(new ui::MapReadout(m_canvas, this)),
      m_workspace(new Workspace(this, m_canvas, m_layers, m_selection, m_readout)),
      m_siteEditor(new ui::SiteEditor(m_selection, this)), m_ledger(new ui::ClaimLedger(this)),
      m_sitePanel(new ui::SitePanel(m_selection, m_siteEditor, this)), m_sourcePanel(new ui::SourcePanel(this)),
      m_captureView(new ui::CaptureView(this)), m_conflicts(new ui::ConflictsView(m_selection, this)),
      m_review(new ui::ReviewView(m_selection, this)), m_search(new ui::SearchPanel(m_selection, this)),
      m_judgments(new ui::JudgmentPanel(m_selection, this)), m_timeline(new ui::TimelineView(m_selection, m_layers, this)),
      m_annotationEditor(new ui::AnnotationEditor(m_selection, this)), m_tally(new ui::TallyPanel(m_annotationEditor, this)),
      m_series(new ui::SeriesView(m_selection, this))
{
    setWindowTitle(tr("Sightline"));
    setCentralWidget(m_canvas);
    statusBar()->addPermanentWidget(m_readout, 1);
    addDocks();
    connectPanels();
    connectLayers();
    addMenus();
    setAcceptDrops(true);
    resize(1600, 1000);
    resizeDocks({m_sitesDock}, {250}, Qt::Horizontal);
    resizeDocks({m_captureDock}, {500}, Qt::Horizontal);
    resizeDocks({m_timelineDock, m_docks.value(2)}, {270, 230}, Qt::Vertical);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area, QDockWidget *tabbedWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // the key of its place in the saved window state
    dock->setWidget(widget);
    addDockWidget(area, dock);
    if (tabbedWith)
        tabifyDockWidget(tabbedWith, dock);
    return dock;
}

void MainWindow::addDocks()
{
    // The timeline runs under the map; the evidence lists share the bottom below it as tabs, the
    // ledger first.
    m_timelineDock = addDock(tr("Timeline"), QStringLiteral("timelineDock"), m_timeline, Qt::BottomDockWidgetArea);
    QDockWidget *claims = addDock(tr("Claims"), QStringLiteral("claimsDock"), m_ledger, Qt::BottomDockWidgetArea);
    splitDockWidget(m_timelineDock, claims, Qt::Vertical);
    QDockWidget *conflicts =
        addDock(tr("Conflicts"), QStringLiteral("conflictsDock"), m_conflicts, Qt::BottomDockWidgetArea, claims);
    QDockWidget *review =
        addDock(tr("Needs review"), QStringLiteral("reviewDock"), m_review, Qt::BottomDockWidgetArea, conflicts);
    QDockWidget *judgments =
        addDock(tr("Judgments"), QStringLiteral("judgmentsDock"), m_judgments, Qt::BottomDockWidgetArea, review);
    claims->raise();
    m_sitesDock = addDock(tr("Sites"), QStringLiteral("sitesDock"), m_sitePanel, Qt::LeftDockWidgetArea);
    // Sources and the open capture share the right side as tabs, so the map keeps most of the
    // window; opening a capture brings its tab forward.
    QDockWidget *sources = addDock(tr("Sources"), QStringLiteral("sourcesDock"), m_sourcePanel, Qt::RightDockWidgetArea);
    m_captureDock =
        addDock(tr("Capture"), QStringLiteral("captureDock"), m_captureView, Qt::RightDockWidgetArea, sources);
    sources->raise();
    QDockWidget *layers = addDock(tr("Layers"), QStringLiteral("layersDock"), m_layerPanel, Qt::LeftDockWidgetArea);
    m_searchDock = addDock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::LeftDockWidgetArea, layers);
    layers->raise();
    // Counting and its series share the right side with the sources.
    QDockWidget *tally = addDock(tr("Tally"), QStringLiteral("tallyDock"), m_tally, Qt::RightDockWidgetArea, m_captureDock);
    QDockWidget *series = addDock(tr("Series"), QStringLiteral("seriesDock"), m_series, Qt::RightDockWidgetArea, tally);
    sources->raise();
    m_series->setSource(&AnnotateActions::observedSeries);
    m_docks = {layers,    m_sitesDock,  claims, sources, m_captureDock, conflicts, review, judgments, m_searchDock,
               m_timelineDock, tally, series};
}

void MainWindow::connectPanels()
{
    // Each panel follows the selection itself; the map shows where the selection is.
    m_ledger->followSelection(m_selection);
    m_sourcePanel->followSelection(m_selection);
    connect(m_selection, &ui::SelectionModel::changed, this, &MainWindow::showSelectionOnMap);
    // The ledger shows the claims of the source chosen in the sources panel.
    connect(m_sourcePanel, &ui::SourcePanel::currentSourceChanged, this, [this](const QUuid &id) {
        const auto source = m_doc ? m_doc->project().find<Source>(id) : std::nullopt;
        m_ledger->setSourceFilter(id, source ? present::sourceTitle(*source) : QString());
    });
    connect(m_ledger, &ui::ClaimLedger::showAllRequested, this, [this] { m_sourcePanel->setCurrentSource({}); });
    connect(m_sourcePanel, &ui::SourcePanel::captureActivated, this, &MainWindow::openCapture);
    connect(m_captureView, &ui::CaptureView::captureChanged, this, [this](const QString &name) {
        m_captureDock->setWindowTitle(name.isEmpty() ? tr("Capture") : tr("Capture: %1").arg(name));
    });
    connect(m_captureView, &ui::CaptureView::claimCreated, this,
            [this](const QUuid &id) { m_selection->select({{RecordType::Claim, id}}); });
    // An export from either view shows in the status bar, and in the open capture's custody line.
    connect(m_sourcePanel, &ui::SourcePanel::captureExported, this, [this](const QString &summary) {
        m_readout->showMessage(summary);
        m_captureView->showCustody();
    });
    connect(m_captureView, &ui::CaptureView::captureExported, m_readout, &ui::MapReadout::showMessage);
    connect(m_sitePanel, &ui::SitePanel::zoomRequested, this, [this](const GeoBounds &b) { m_canvas->zoomToLonLat(b, 0.6); });
    m_sitePanel->setPlaceForNewSites(
        [this] { return m_canvas->lonLatAt(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0)); });
}

void MainWindow::connectLayers()
{
    connect(m_layerPanel, &ui::LayerPanel::changed, this, [this] {
        m_layers->applyEntries(m_layerPanel->entries());
        saveLayerStates();
    });
    connect(m_layerPanel, &ui::LayerPanel::removeRequested, this, [this](const QString &id) {
        m_layers->remove(id);
        saveLayerStates();
    });
    connect(m_layerPanel, &ui::LayerPanel::zoomToLayerRequested, this, [this](const QString &id) {
        m_canvas->zoomToLonLat(m_layers->boundsOf(id), 0.05);
    });
    connect(m_layers, &render::MapModel::timeWindowChanged, m_canvas, &ui::MapCanvas::setTimeWindow);
    connect(m_layers, &render::MapModel::layersChanged, this, [this] {
        // New layers, or scenes added or removed: the panel shows the set's entries again.
        const auto panel = m_layerPanel->entries(), set = m_layers->entries();
        const auto sameItems = [&] {
            for (int i = 0; i < set.size(); ++i)
                if (panel[i].items != set[i].items || panel[i].name != set[i].name) // a basemap chosen
                    return false;
            return true;
        };
        if (panel.size() != set.size() || !sameItems())
            m_layerPanel->setEntries(set);
        m_canvas->setLayers(m_layers->visibleLayers());
    });
}

void MainWindow::addMenus()
{
    m_file = new FileActions(*m_workspace, menuBar());
    connect(m_file, &FileActions::openRequested, this, &MainWindow::openProject);
    connect(m_file, &FileActions::referenceLayerRequested, this, &MainWindow::addReferenceLayer);
    new EditActions(*m_workspace, menuBar(), m_siteEditor, m_annotationEditor);
    m_basemaps = new BasemapActions(*m_workspace, menuBar()->addMenu(tr("&Basemap")));
    QMenu *imagery = menuBar()->addMenu(tr("&Imagery"));
    m_imagery = new ImageryActions(*m_workspace, imagery, statusBar());
    m_compare = new CompareActions(*m_workspace, imagery, this, m_sitesDock);
    new EvidenceActions(*m_workspace, menuBar(), m_ledger);
    new ViewActions(*m_workspace, menuBar(), m_docks + QList<QDockWidget *>{m_compare->siteScenesDock()}, m_searchDock,
                    m_search);
    m_tools = new ToolActions(*m_workspace, menuBar(), m_siteEditor);
    // A double click inside a scene's footprint opens its details instead of zooming in.
    connect(m_tools, &ToolActions::sceneActivated, m_imagery->scenes(), &SceneActions::editSceneDetails);
    m_annotate = new AnnotateActions(*m_workspace, this, m_tools, m_annotationEditor);
}

SceneActions *MainWindow::sceneActions() const
{
    return m_imagery->scenes();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

bool MainWindow::addReferenceLayer(const QString &path)
{
    QString why;
    if (m_layers->addReferenceFile(path, &why)) {
        saveLayerStates();
        return true;
    }
    QMessageBox::warning(this, tr("Cannot add layer"), why);
    return false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openDropped(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::openDropped(const QString &path)
{
    // A Sightline project opens; any other file is offered to OGR as a reference layer.
    try {
        Project::open(path, QString(), Project::Access::ReadOnly);
        openProject(path);
    } catch (const StoreError &e) {
        // A refused project is not handed to OGR either: it is offered as a cleaned copy.
        if (e.kind() == StoreError::Kind::Foreign)
            openProject(path);
        else
            addReferenceLayer(path);
    }
}

bool MainWindow::openProject(const QString &path)
{
    try {
        m_doc = std::make_unique<edit::Document>(Project::open(path, qEnvironmentVariable("USER")));
        // The panels follow the document themselves; they are given it first so that they have
        // reloaded when the map follows the selection after an edit.
        edit::Document *doc = m_doc.get();
        m_ledger->setDocument(doc);
        m_conflicts->setDocument(doc);
        m_review->setDocument(doc);
        m_search->setDocument(doc);
        m_sourcePanel->setDocument(doc);
        m_captureView->setDocument(doc);
        m_judgments->setDocument(doc);
        m_timeline->setDocument(doc);
        m_sitePanel->setDocument(doc);
        m_siteEditor->setDocument(doc);
        m_annotationEditor->setDocument(doc);
        m_series->setDocument(doc);
        m_workspace->setDocument(doc);
        connect(doc, &edit::Document::recordsChanged, this, &MainWindow::reloadRecords);
        QStringList problems;
        m_layers->open(doc->project(), render::BasemapLayer::defaultPath(), &problems);
        m_basemaps->applyProjectBasemap(&problems);
        reloadRecords(RecordType::Source); // the window's own lists; the map is new already
        m_layerPanel->setEntries(m_layers->entries());
        m_readout->showMessage(problems.join(QStringLiteral("; ")));
        m_canvas->zoomToLonLat(render::projectBounds(doc->project()), 0.12);
        m_file->rememberRecent(path);
        setWindowTitle(tr("%1 — Sightline").arg(doc->project().title()));
        return true;
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Foreign) {
            const QString cleaned = ui::offerCleanedCopy(this, path, e.message());
            return !cleaned.isEmpty() && openProject(cleaned);
        }
        QMessageBox::warning(this, tr("Cannot open project"), e.message());
        return false;
    }
}

bool MainWindow::zoomToSiteNamed(const QString &name)
{
    const auto site = m_sitePanel->siteNamed(name);
    if (site)
        m_canvas->zoomToLonLat(ui::SitePanel::boundsOf(*site), 0.6);
    return site.has_value();
}

void MainWindow::saveLayerStates()
{
    if (!m_doc)
        return;
    try {
        m_doc->project().setLayerStates(m_layers->states());
    } catch (const StoreError &e) {
        m_readout->showMessage(e.message());
    }
}

void MainWindow::reloadRecords(RecordType type)
{
    m_layers->recordsChanged(m_doc->project(), type); // only the layers that draw this type
    m_readout->showMessage(m_doc->takeError());
    showSelectionOnMap();
}

void MainWindow::showSelectionOnMap()
{
    const auto related = m_doc ? store::relationsOf(m_doc->project(), m_selection->selected()) : store::SelectionRelations{};
    m_canvas->setHighlights(related.places);
    m_canvas->setHighlightedAreas(related.footprints);
}

bool MainWindow::openCapture(const QUuid &captureId)
{
    m_captureDock->show();
    m_captureDock->raise();
    m_sourcePanel->setCurrentCapture(captureId);
    return m_captureView->openCapture(captureId);
}

bool MainWindow::openCaptureNamed(const QString &fileName)
{
    for (const Capture &c : m_doc ? m_doc->project().all<Capture>() : QList<Capture>{})
        if (c.fileName.compare(fileName, Qt::CaseInsensitive) == 0) {
            m_sourcePanel->setCurrentSource(c.sourceId);
            return openCapture(c.meta.id);
        }
    return false;
}

QStringList MainWindow::importImageryFiles(const QStringList &files, QStringList *ungeoreferenced)
{
    return m_imagery->importImageryFiles(files, ungeoreferenced);
}

ui::OverviewBar *MainWindow::overviewBar() const
{
    return m_imagery->scenes()->overviewBar();
}
