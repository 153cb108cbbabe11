#include "mainwindow.h"

#include "annotateactions.h"
#include "basemapactions.h"
#include "compareactions.h"
#include "editactions.h"
#include "evidenceactions.h"
#include "fileactions.h"
#include "helpactions.h"
#include "imageryactions.h"
#include "mapcontextmenu.h"
#include "projectaccess.h"
#include "sceneactions.h"
#include "toolactions.h"
#include "viewactions.h"
#include "windowplacement.h"
#include "workspace.h"

#include "sightline/render/basemaplayer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/store/projectlock.h"
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
#include "sightline/ui/editsitestool.h"
#include "sightline/ui/measuretool.h"
#include "sightline/ui/pantool.h"
#include "sightline/ui/zoomboxtool.h"
#include "sightline/ui/preferencesdialog.h"
#include "sightline/ui/startpage.h"
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

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcess>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
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
    m_prefs = ui::Preferences::load(&m_settingsProblem);
    setWindowTitle(tr("Sightline"));
    // The start page stands over the map while no project is open; both keep the central
    // widget's size, so the map is ready at its size when a project opens.
    m_central = new QStackedWidget(this);
    static_cast<QStackedLayout *>(m_central->layout())->setStackingMode(QStackedLayout::StackAll);
    m_startPage = new ui::StartPage(m_central);
    m_central->addWidget(m_canvas);
    m_central->addWidget(m_startPage);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_readout, 1);
    addDocks();
    connectPanels();
    connectLayers();
    addMenus();
    addMainToolBar();
    setAcceptDrops(true);
    resize(1600, 1000);
    resizeDocks({m_sitesDock}, {250}, Qt::Horizontal);
    resizeDocks({m_captureDock}, {500}, Qt::Horizontal);
    resizeDocks({m_timelineDock, m_docks.value(2)}, {270, 230}, Qt::Vertical);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    keepOnScreen(this);
    applyPreferences();
    showProjectState();
    if (!m_settingsProblem.isEmpty()) {
        // Said once the window is up, without holding up the start.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings reset"), m_settingsProblem, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("settingsResetMessage"));
        QTimer::singleShot(0, box, [box] { box->open(); });
        m_readout->showMessage(m_settingsProblem);
    }
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
    connect(m_layerPanel, &ui::LayerPanel::choiceRequested, this, [this](const QString &id, int index) {
        if (id == render::MapModel::basemapId())
            m_basemaps->chooseAt(index);
    });
    connect(m_layerPanel, &ui::LayerPanel::zoomToLayerRequested, this, [this](const QString &id) {
        m_canvas->zoomToLonLat(m_layers->boundsOf(id), 0.05);
    });
    connect(m_layers, &render::MapModel::timeWindowChanged, m_canvas, &ui::MapCanvas::setTimeWindow);
    // The ledger lists, and the series veils, by the same window as the map.
    connect(m_layers, &render::MapModel::timeWindowChanged, m_ledger, &ui::ClaimLedger::setTimeWindow);
    connect(m_layers, &render::MapModel::timeWindowChanged, m_series, &ui::SeriesView::setTimeWindow);
    connect(m_layers, &render::MapModel::layersChanged, this, [this] {
        // New layers, or scenes added or removed: the panel shows the set's entries again.
        const auto panel = m_layerPanel->entries(), set = m_layers->entries();
        const auto sameItems = [&] {
            for (int i = 0; i < set.size(); ++i)
                if (panel[i].items != set[i].items || panel[i].name != set[i].name || // a basemap chosen
                    panel[i].choices != set[i].choices || panel[i].chosen != set[i].chosen)
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
    m_file->setPreferences(&m_prefs);
    m_edit = new EditActions(*m_workspace, menuBar(), m_siteEditor, m_annotationEditor);
    connect(m_edit, &EditActions::preferencesRequested, this, &MainWindow::editPreferences);
    m_basemaps = new BasemapActions(*m_workspace, menuBar()->addMenu(tr("&Basemap")));
    QMenu *imagery = menuBar()->addMenu(tr("&Imagery"));
    m_imagery = new ImageryActions(*m_workspace, imagery, statusBar());
    m_compare = new CompareActions(*m_workspace, imagery, this, m_sitesDock);
    // The menus that need a project throughout, each the last one added when it is made.
    const auto lastMenu = [this] { return menuBar()->actions().constLast()->menu(); };
    m_projectMenus << imagery;
    new EvidenceActions(*m_workspace, menuBar(), m_ledger);
    m_projectMenus << lastMenu();
    new ViewActions(*m_workspace, menuBar(), m_docks + QList<QDockWidget *>{m_compare->siteScenesDock()}, m_searchDock,
                    m_search);
    m_tools = new ToolActions(*m_workspace, menuBar(), m_siteEditor);
    m_projectMenus << lastMenu();
    // A double click inside a scene's footprint opens its details instead of zooming in.
    connect(m_tools, &ToolActions::sceneActivated, m_imagery->scenes(), &SceneActions::editSceneDetails);
    m_annotate = new AnnotateActions(*m_workspace, this, m_tools, m_annotationEditor);
    m_projectMenus << lastMenu();
    m_help = new HelpActions(this);
    m_contextMenu = new MapContextMenu(*m_workspace, m_tools, m_siteEditor, this);
    // The start page asks; the window and the File menu do.
    connect(m_startPage, &ui::StartPage::openRequested, this, &MainWindow::openProject);
    connect(m_startPage, &ui::StartPage::openOtherRequested, m_file, &FileActions::askToOpen);
    connect(m_startPage, &ui::StartPage::newProjectRequested, m_file, &FileActions::newProject);
    connect(m_startPage, &ui::StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_file, &FileActions::recentChanged, m_startPage, &ui::StartPage::setRecentProjects);
    m_startPage->setRecentProjects(m_file->recentProjects());
}

void MainWindow::addMainToolBar()
{
    // The actions of the menus, with icons from one SVG set (resources/icons/actions), first of
    // the toolbars.
    const QList<QToolBar *> others = findChildren<QToolBar *>();
    m_toolBar = new QToolBar(tr("Main toolbar"), this);
    if (others.isEmpty())
        QMainWindow::addToolBar(m_toolBar);
    else
        insertToolBar(others.first(), m_toolBar);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // its place in the saved window state
    m_toolBar->setIconSize(QSize(22, 22));
    const auto icon = [](const char *name) {
        return QIcon(QStringLiteral(":/sightline/icons/actions/%1.svg").arg(QLatin1String(name)));
    };
    const auto add = [this, &icon](QAction *a, const char *name, bool needsProject) {
        a->setIcon(icon(name));
        a->setProperty("needsProject", needsProject);
        m_toolBar->addAction(a);
    };
    add(m_file->openAction(), "open", false);
    add(m_edit->undoAction(), "undo", false);
    add(m_edit->redoAction(), "redo", false);
    m_toolBar->addSeparator();
    add(m_tools->actionOf(m_tools->pan()), "pan", true);
    add(m_tools->actionOf(m_tools->zoomBox()), "zoom-box", true);
    add(m_tools->actionOf(m_tools->measureDistance()), "measure-distance", true);
    add(m_tools->actionOf(m_tools->measureArea()), "measure-area", true);
    add(m_tools->actionOf(m_tools->editSites()), "edit-sites", true);
    m_toolBar->addSeparator();
    add(m_imagery->importAction(), "import-imagery", true);
    m_toolBar->addSeparator();
    const std::pair<QString, const char *> panels[] = {{QStringLiteral("layersDock"), "panel-layers"},
                                                       {QStringLiteral("sitesDock"), "panel-sites"},
                                                       {QStringLiteral("sourcesDock"), "panel-sources"},
                                                       {QStringLiteral("claimsDock"), "panel-claims"},
                                                       {QStringLiteral("judgmentsDock"), "panel-judgments"},
                                                       {QStringLiteral("timelineDock"), "panel-timeline"}};
    for (const auto &[dockName, iconName] : panels)
        for (QDockWidget *dock : std::as_const(m_docks))
            if (dock->objectName() == dockName)
                add(dock->toggleViewAction(), iconName, false);
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
    std::unique_ptr<store::ProjectLock> lock;
    bool readOnly = false;
    // This window has it open already (opened again): its lock serves.
    const bool reopening =
        m_doc && QFileInfo(m_doc->project().path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath();
    try {
        if (reopening) {
            readOnly = m_doc->project().isReadOnly();
        } else {
            QString refusal;
            auto access = ProjectAccess::ask(this, path, m_prefs.author(), &refusal);
            if (!access) {
                m_startPage->setMessage(refusal);
                return false;
            }
            lock = std::move(access->lock);
            readOnly = access->readOnly;
        }
        auto project = Project::open(path, m_prefs.author(), readOnly ? Project::Access::ReadOnly : Project::Access::ReadWrite);
        m_doc.reset(); // the old project's file is closed before its lock goes
        if (!reopening)
            m_lock = std::move(lock);
        m_doc = std::make_unique<edit::Document>(std::move(project));
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
        if (readOnly)
            problems.prepend(tr("Opened read-only: changes cannot be saved"));
        m_readout->showMessage(problems.join(QStringLiteral("; ")));
        QString why;
        if (m_canvas->settings().crs != m_prefs.defaultCrs)
            m_canvas->setCrs(m_prefs.defaultCrs, &why);
        m_canvas->zoomToLonLat(render::projectBounds(doc->project()), 0.12);
        // Wide enough for every site's name ("Tumangang–Khasan rail bridge"), within reason.
        if (const int wanted = std::min(m_sitePanel->preferredWidth(), width() / 4); m_sitesDock->width() < wanted)
            resizeDocks({m_sitesDock}, {wanted}, Qt::Horizontal);
        m_file->rememberRecent(path);
        setWindowTitle(readOnly ? tr("%1 (read-only) — Sightline").arg(doc->project().title())
                                : tr("%1 — Sightline").arg(doc->project().title()));
        showProjectState();
        return true;
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Foreign) {
            const QString cleaned = ui::offerCleanedCopy(this, path, e.message());
            return !cleaned.isEmpty() && openProject(cleaned);
        }
        m_startPage->setMessage(e.message());
        QMessageBox::warning(this, tr("Cannot open project"), e.message());
        return false;
    }
}

bool MainWindow::openDemo()
{
    const QString path = demoProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sightline-cli"));
        m_startPage->setMessage(tr("Writing the demo project…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QProcess process;
        process.start(cli, {QStringLiteral("demo"), path});
        const bool finished = process.waitForFinished(180000);
        QApplication::restoreOverrideCursor();
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            const QString why = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
            const QString text = tr("Cannot write the demo project: %1")
                                     .arg(why.isEmpty() ? process.errorString() : why);
            m_startPage->setMessage(text);
            QMessageBox::warning(this, tr("Cannot open the demo"), text);
            return false;
        }
        m_startPage->setMessage(QString());
    }
    return openProject(path);
}

QString MainWindow::demoProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/dprk-russia-munitions.gpkg"));
}

void MainWindow::showProjectState()
{
    const bool open = m_doc != nullptr;
    m_startPage->setVisible(!open);
    m_central->setCurrentWidget(open ? static_cast<QWidget *>(m_canvas) : m_startPage);
    for (QMenu *menu : std::as_const(m_projectMenus))
        menu->menuAction()->setEnabled(open);
    for (QAction *a : m_file->projectActions())
        a->setEnabled(open);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->widget()->setEnabled(open);
    if (m_compare)
        m_compare->siteScenesDock()->widget()->setEnabled(open);
    for (QToolBar *bar : findChildren<QToolBar *>())
        if (bar != m_toolBar)
            bar->setEnabled(open); // the annotation tools
    if (m_toolBar)
        for (QAction *a : m_toolBar->actions())
            if (a->property("needsProject").toBool())
                a->setEnabled(open);
}

void MainWindow::editPreferences()
{
    ui::PreferencesDialog dialog(m_prefs, this);
    if (dialog.exec() == QDialog::Accepted)
        setPreferences(dialog.preferences());
}

void MainWindow::setPreferences(const ui::Preferences &preferences)
{
    const bool tilesChanged = preferences.networkEnabled != m_prefs.networkEnabled ||
                              preferences.tileCacheMegabytes != m_prefs.tileCacheMegabytes;
    m_prefs = preferences;
    m_prefs.save();
    applyPreferences();
    if (tilesChanged && m_doc) {
        // The basemap made again with the new settings, so that switching the network off
        // stops the next tile request, not the one after the next basemap is chosen.
        QStringList problems;
        m_basemaps->applyProjectBasemap(&problems);
        if (!problems.isEmpty())
            m_readout->showMessage(problems.join(QStringLiteral("; ")));
    }
}

void MainWindow::applyPreferences()
{
    m_readout->setCoordinateFormat(m_prefs.coordinateFormat);
    const bool imperial = m_prefs.units == ui::Preferences::Units::Imperial;
    m_tools->measureDistance()->setImperial(imperial);
    m_tools->measureArea()->setImperial(imperial);
    if (!m_doc && m_canvas->settings().crs != m_prefs.defaultCrs) {
        QString why;
        m_canvas->setCrs(m_prefs.defaultCrs, &why);
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
