#include "mainwindow.h"

#include "sightline/geo/crs.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/render/transformcache.h"
#include "sightline/ui/captureview.h"
#include "sightline/ui/claimledger.h"
#include "sightline/ui/claimtablemodel.h"
#include "sightline/ui/cleancopyoffer.h"
#include "sightline/ui/conflictsview.h"
#include "sightline/ui/judgmentpanel.h"
#include "sightline/ui/layerpanel.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/overviewbar.h"
#include "sightline/ui/maplayerset.h"
#include "sightline/ui/recordtitle.h"
#include "sightline/ui/reviewview.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/sitedialog.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/edit/schemecommands.h"
#include "sightline/geo/mgrs.h"
#include "sightline/ui/sitelistmodel.h"
#include "sightline/ui/sourcepanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QItemSelectionModel>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>
#include <QUndoGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include <cmath>

using namespace sightline;

namespace {
QString dms(double value, QChar positive, QChar negative)
{
    const QChar hemisphere = value < 0 ? negative : positive;
    value = std::abs(value);
    int d = static_cast<int>(value);
    int m = static_cast<int>((value - d) * 60);
    double s = ((value - d) * 60 - m) * 60;
    if (s >= 59.95) { // rounding would print 60.0"
        s = 0;
        if (++m == 60) {
            m = 0;
            ++d;
        }
    }
    return QStringLiteral("%1°%2′%3″%4").arg(d).arg(m, 2, 10, QChar(u'0')).arg(s, 4, 'f', 1, QChar(u'0')).arg(hemisphere);
}
} // namespace

MainWindow::MainWindow()
    : m_canvas(new ui::MapCanvas(this)), m_layers(new ui::MapLayerSet(this)), m_layerPanel(new ui::LayerPanel(this)),
      m_recentMenu(nullptr), m_undoGroup(new QUndoGroup(this)), m_bookmarksMenu(nullptr), m_ledger(new ui::ClaimLedger(this)), m_sites(new ui::SiteListModel(this)),
      m_siteView(new QListView(this)), m_sourcePanel(new ui::SourcePanel(this)), m_captureView(new ui::CaptureView(this)),
      m_captureDock(new QDockWidget(tr("Capture"), this)), m_selection(new ui::SelectionModel(this)),
      m_conflicts(new ui::ConflictsView(m_selection, this)), m_review(new ui::ReviewView(m_selection, this)),
      m_search(new ui::SearchPanel(m_selection, this)),
      m_measure(new QLabel(this)), m_position(new QLabel(this)), m_scale(new QLabel(this)), m_crs(new QLabel(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Sightline"));
    setCentralWidget(m_canvas);

    auto *claimsDock = new QDockWidget(tr("Claims"), this);
    claimsDock->setObjectName(QStringLiteral("claimsDock"));
    claimsDock->setWidget(m_ledger);
    addDockWidget(Qt::BottomDockWidgetArea, claimsDock);
    // Conflicting claims and the needs-review list share the bottom with the ledger, as tabs.
    auto *conflictsDock = new QDockWidget(tr("Conflicts"), this);
    conflictsDock->setObjectName(QStringLiteral("conflictsDock"));
    conflictsDock->setWidget(m_conflicts);
    addDockWidget(Qt::BottomDockWidgetArea, conflictsDock);
    tabifyDockWidget(claimsDock, conflictsDock);
    auto *reviewDock = new QDockWidget(tr("Needs review"), this);
    reviewDock->setObjectName(QStringLiteral("reviewDock"));
    reviewDock->setWidget(m_review);
    addDockWidget(Qt::BottomDockWidgetArea, reviewDock);
    tabifyDockWidget(conflictsDock, reviewDock);
    addJudgmentsDock();
    claimsDock->raise();

    auto *sitesDock = new QDockWidget(tr("Sites"), this);
    sitesDock->setObjectName(QStringLiteral("sitesDock"));
    m_siteView->setModel(m_sites);
    m_siteView->setTextElideMode(Qt::ElideMiddle); // a long name keeps its kind in view
    m_siteView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sitesDock->setWidget(m_siteView);
    addDockWidget(Qt::LeftDockWidgetArea, sitesDock);
    connect(m_siteView, &QListView::activated, this, &MainWindow::zoomToSite);

    // Sources and the open capture share the right side as tabs, so the map keeps most of the
    // window; opening a capture brings its tab forward.
    auto *sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    sourcesDock->setWidget(m_sourcePanel);
    addDockWidget(Qt::RightDockWidgetArea, sourcesDock);
    m_captureDock->setObjectName(QStringLiteral("captureDock"));
    m_captureDock->setWidget(m_captureView);
    addDockWidget(Qt::RightDockWidgetArea, m_captureDock);
    tabifyDockWidget(sourcesDock, m_captureDock);
    sourcesDock->raise();
    connect(m_sourcePanel, &ui::SourcePanel::currentSourceChanged, this, [this](const QUuid &id) {
        const auto source = m_doc ? m_doc->project().find<Source>(id) : std::nullopt;
        m_ledger->setSourceFilter(id, source ? ui::sourceTitle(*source) : QString());
        if (!m_following && source)
            m_selection->select({{RecordType::Source, id}});
    });
    connect(m_ledger, &ui::ClaimLedger::showAllRequested, this, [this] { m_sourcePanel->setCurrentSource({}); });
    connect(m_sourcePanel, &ui::SourcePanel::captureActivated, this, &MainWindow::openCapture);
    connect(m_captureView, &ui::CaptureView::captureChanged, this, [this](const QString &name) {
        m_captureDock->setWindowTitle(name.isEmpty() ? tr("Capture") : tr("Capture: %1").arg(name));
    });
    connect(m_captureView, &ui::CaptureView::claimCreated, this,
            [this](const QUuid &id) { m_selection->select({{RecordType::Claim, id}}); });
    connectEvidenceViews();

    auto *layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(m_layerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    tabifyDockWidget(layersDock, searchDock);
    layersDock->raise();
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
    connect(m_layers, &ui::MapLayerSet::layersChanged, this, [this] {
        // New layers, or scenes added or removed: the panel shows the set's entries again.
        const auto panel = m_layerPanel->entries(), set = m_layers->entries();
        const auto sameItems = [&] {
            for (int i = 0; i < set.size(); ++i)
                if (panel[i].items != set[i].items)
                    return false;
            return true;
        };
        if (panel.size() != set.size() || !sameItems())
            m_layerPanel->setEntries(set);
        m_canvas->setLayers(m_layers->visibleLayers());
    });
    setAcceptDrops(true);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    file->addAction(tr("Save a &copy as…"), QKeySequence::SaveAs, this, [this] {
        if (!m_doc)
            return;
        const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy of the project"), QString(),
                                                            tr("Sightline projects (*.gpkg)"));
        if (target.isEmpty())
            return;
        try {
            m_doc->project().saveCopyAs(target);
            m_message->setText(tr("Saved a copy as %1").arg(target));
        } catch (const StoreError &e) {
            QMessageBox::warning(this, tr("Cannot save a copy"), e.message());
        }
    });
    file->addAction(tr("Add &vector layer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this,
                    &MainWindow::chooseReferenceLayer);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(tr("&Delete selected site"), QKeySequence::Delete, this, &MainWindow::deleteSelectedSite);
    // The project's grading scheme: switching is an undoable edit the project may refuse.
    QMenu *schemeMenu = editMenu->addMenu(tr("&Grading scheme"));
    m_schemes = new QActionGroup(this);
    for (const GradingScheme *scheme : GradingScheme::all()) {
        QAction *a = schemeMenu->addAction(scheme->name());
        a->setCheckable(true);
        a->setData(scheme->key());
        m_schemes->addAction(a);
        connect(a, &QAction::triggered, this, [this, scheme] {
            if (!m_doc || &m_doc->project().gradingScheme() == scheme)
                return;
            const QString why = m_doc->push(
                new edit::SetGradingSchemeCommand(*m_doc, *scheme, tr("Grading scheme: %1").arg(scheme->name())));
            if (!why.isEmpty())
                QMessageBox::warning(this, tr("Grading scheme"), why);
            showGradingScheme();
        });
    }
    addImageryMenu();
    addLinkActions();
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(layersDock->toggleViewAction());
    view->addAction(sitesDock->toggleViewAction());
    view->addAction(claimsDock->toggleViewAction());
    view->addAction(sourcesDock->toggleViewAction());
    view->addAction(m_captureDock->toggleViewAction());
    view->addAction(conflictsDock->toggleViewAction());
    view->addAction(reviewDock->toggleViewAction());
    view->addAction(searchDock->toggleViewAction());
    view->addAction(tr("&Find…"), QKeySequence::Find, this, [this, searchDock] {
        searchDock->show();
        searchDock->raise();
        m_search->field()->setFocus();
        m_search->field()->selectAll();
    });
    view->addSeparator();
    view->addAction(tr("Zoom to &all sites"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
        if (m_doc)
            m_canvas->zoomToLonLat(render::projectBounds(m_doc->project()), 0.12);
    });
    view->addAction(tr("Zoom to &selection"), QKeySequence(Qt::CTRL | Qt::Key_J), this, [this] {
        // The selected sites, and the sites of the selected claims.
        GeoBounds b;
        for (const GeoPoint &p : m_highlighted)
            b.include(p);
        if (!b.isEmpty())
            m_canvas->zoomToLonLat(b, 0.6);
    });
    m_bookmarksMenu = view->addMenu(tr("&Bookmarks"));
    connect(m_bookmarksMenu, &QMenu::aboutToShow, this, &MainWindow::fillBookmarksMenu);
    fillBookmarksMenu();
    auto *crsMenu = view->addMenu(tr("Map &CRS"));
    crsMenu->addAction(tr("Web Mercator (EPSG:3857)"), this, [this] { chooseCrs(QStringLiteral("EPSG:3857")); });
    crsMenu->addAction(tr("WGS 84 longitude/latitude (EPSG:4326)"), this, [this] { chooseCrs(QStringLiteral("EPSG:4326")); });
    crsMenu->addAction(tr("Local UTM zone"), QKeySequence(Qt::CTRL | Qt::Key_U), this, [this] {
        if (const auto here = m_canvas->lonLatAt(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0)))
            chooseCrs(geo::utmZoneCrs(*here));
    });
    crsMenu->addAction(tr("Other EPSG code…"), this, &MainWindow::askForCrs);

    auto *tools = menuBar()->addMenu(tr("&Tools"));
    auto *toolGroup = new QActionGroup(this);
    const struct
    {
        QString label;
        QKeySequence key;
        ui::MapCanvas::Tool tool;
    } toolActions[] = {{tr("&Pan and identify"), QKeySequence(Qt::CTRL | Qt::Key_1), ui::MapCanvas::Tool::Pan},
                       {tr("Measure &distance"), QKeySequence(Qt::CTRL | Qt::Key_M), ui::MapCanvas::Tool::MeasureDistance},
                       {tr("Measure &area"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), ui::MapCanvas::Tool::MeasureArea},
                       {tr("Add, edit and move &sites"), QKeySequence(Qt::CTRL | Qt::Key_E), ui::MapCanvas::Tool::EditSites}};
    for (const auto &t : toolActions) {
        QAction *a = tools->addAction(t.label, t.key, this, [this, tool = t.tool] { m_canvas->setTool(tool); });
        a->setCheckable(true);
        a->setChecked(t.tool == ui::MapCanvas::Tool::Pan);
        toolGroup->addAction(a);
    }
    connect(m_canvas, &ui::MapCanvas::measurementChanged, this, &MainWindow::showMeasurement);
    connect(m_canvas, &ui::MapCanvas::clicked, this, &MainWindow::identifyAt);
    connect(m_canvas, &ui::MapCanvas::editClicked, this, &MainWindow::editSiteAt);
    connect(m_canvas, &ui::MapCanvas::editDragged, this, &MainWindow::moveSiteFrom);
    connect(m_selection, &ui::SelectionModel::changed, this, &MainWindow::followSelection);
    connect(m_siteView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (const Site *site = m_sites->siteAt(index.row()); site && !m_following)
            m_selection->select({{RecordType::Site, site->meta.id}});
    });
    connect(m_ledger, &ui::ClaimLedger::claimsSelected, this, [this](const QList<QUuid> &claims) {
        if (m_following)
            return;
        QList<RecordRef> refs;
        for (const QUuid &id : claims)
            refs << RecordRef{RecordType::Claim, id};
        m_selection->select(refs);
    });

    for (QLabel *l : {m_measure, m_position, m_scale, m_crs})
        statusBar()->addPermanentWidget(l);
    statusBar()->addWidget(m_message, 1);
    connect(m_canvas, &ui::MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &ui::MapCanvas::viewChanged, this, &MainWindow::showView);
    connect(m_canvas, &ui::MapCanvas::frameRendered, this, [this](const QStringList &problems) {
        m_message->setText(problems.join(QStringLiteral("; ")));
    });
    resize(1600, 1000);
    resizeDocks({sitesDock}, {250}, Qt::Horizontal);
    resizeDocks({sourcesDock}, {500}, Qt::Horizontal);
    resizeDocks({claimsDock}, {260}, Qt::Vertical);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, 10));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseReferenceLayer()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add vector layer"), QString(),
        tr("Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)"));
    if (!path.isEmpty())
        addReferenceLayer(path);
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

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    try {
        auto doc = std::make_unique<edit::Document>(Project::open(path, qEnvironmentVariable("USER")));
        if (m_doc)
            m_undoGroup->removeStack(&m_doc->undoStack());
        m_doc = std::move(doc);
        m_undoGroup->addStack(&m_doc->undoStack());
        m_undoGroup->setActiveStack(&m_doc->undoStack());
        // The evidence views follow the document themselves; they are given it first so that
        // they have reloaded when the window follows the selection after an edit.
        setEvidenceDocument(m_doc.get());
        // What the last project's imagery tools held does not carry over.
        m_overviews->withdrawOffer();
        endFlicker();
        connect(m_doc.get(), &edit::Document::recordsChanged, this, &MainWindow::reloadRecords);
        m_judgments->setDocument(m_doc.get());
        reloadRecords();
        QStringList problems;
        m_layers->restore(m_doc->project().layerStates(), &problems);
        m_layerPanel->setEntries(m_layers->entries());
        m_message->setText(problems.join(QStringLiteral("; ")));
        m_canvas->zoomToLonLat(render::projectBounds(m_doc->project()), 0.12);
        rememberRecent(path);
        setWindowTitle(tr("%1 — Sightline").arg(m_doc->project().title()));
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

void MainWindow::chooseProject()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("Sightline projects (*.gpkg)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseCrs(const QString &crs)
{
    QString why;
    if (!m_canvas->setCrs(crs, &why))
        QMessageBox::warning(this, tr("Cannot use this CRS"), why);
}

void MainWindow::askForCrs()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Map CRS"), tr("EPSG code (for example 32652):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !code.trimmed().isEmpty())
        chooseCrs(code.contains(u':') ? code.trimmed() : QStringLiteral("EPSG:") + code.trimmed());
}

bool MainWindow::zoomToSiteNamed(const QString &name)
{
    for (int row = 0; row < m_sites->rowCount(); ++row) {
        const Site *site = m_sites->siteAt(row);
        if (site->name.compare(name, Qt::CaseInsensitive) == 0 || site->aliases.contains(name, Qt::CaseInsensitive)) {
            zoomToSite(m_sites->index(row));
            return true;
        }
    }
    return false;
}

void MainWindow::zoomToSite(const QModelIndex &index)
{
    if (const Site *site = m_sites->siteAt(index.row())) {
        GeoBounds b;
        b.include(site->location);
        const GeoBounds aoi = site->aoi.bounds();
        if (!aoi.isEmpty()) {
            b.include({aoi.minLon, aoi.minLat});
            b.include({aoi.maxLon, aoi.maxLat});
        }
        m_canvas->zoomToLonLat(b, 0.6);
    }
}

void MainWindow::showCursor(const GeoPoint &p)
{
    m_position->setText(QStringLiteral("%1, %2   %3 %4   %5")
                            .arg(p.lat, 0, 'f', 5)
                            .arg(p.lon, 0, 'f', 5)
                            .arg(dms(p.lat, u'N', u'S'), dms(p.lon, u'E', u'W'), geo::mgrs(p)));
}

void MainWindow::showMeasurement(double meters, double squareMeters, int points)
{
    if (points < 2) {
        m_measure->clear();
        return;
    }
    QString text = tr("%1 m · %2 km · %3 nmi")
                       .arg(meters, 0, 'f', 1)
                       .arg(meters / 1000, 0, 'f', 3)
                       .arg(meters / 1852, 0, 'f', 3);
    if (m_canvas->tool() == ui::MapCanvas::Tool::MeasureArea && points >= 3)
        text = tr("area %1 km² (%2 ha), perimeter ").arg(squareMeters / 1e6, 0, 'f', 3).arg(squareMeters / 1e4, 0, 'f', 1) + text;
    m_measure->setText(text);
}

const Site *MainWindow::siteAtPixel(QPointF pixel) const
{
    // The site whose symbol is under the pixel, if any: the nearest within 10 pixels.
    const Site *hit = nullptr;
    double best = 10.0;
    const auto *t = render::cachedTransform(QStringLiteral("EPSG:4326"), m_canvas->settings().crs);
    for (int row = 0; t && row < m_sites->rowCount(); ++row) {
        const Site *s = m_sites->siteAt(row);
        const auto map = t->forward(QPointF(s->location.lon, s->location.lat));
        if (!map)
            continue;
        const double d = QLineF(m_canvas->settings().toPixel(*map) / m_canvas->devicePixelRatioF(), pixel).length();
        if (d < best) {
            best = d;
            hit = s;
        }
    }
    return hit;
}

void MainWindow::identifyAt(QPointF pixel)
{
    // The topmost thing drawn there: a site, a claim, an event, an annotation or a footprint.
    const double dpr = m_canvas->devicePixelRatioF();
    const QList<RecordRef> hits = m_layers->recordsAt(m_canvas->settings(), pixel * dpr, 6 * dpr);
    m_selection->select(hits.isEmpty() ? QList<RecordRef>{} : QList<RecordRef>{hits.first()});
}

void MainWindow::runEdit(edit::RecordCommandBase *command)
{
    if (const QString why = m_doc->push(command); !why.isEmpty())
        QMessageBox::warning(this, tr("Cannot make this change"), why);
}

void MainWindow::editSiteAt(QPointF pixel, const GeoPoint &lonLat)
{
    if (!m_doc)
        return;
    const Site *hit = siteAtPixel(pixel);
    Site site = hit ? *hit : Site{};
    if (!hit) {
        site.location = lonLat;
        site.locationNote = tr("placed on the map by %1").arg(m_doc->project().author());
    }
    ui::SiteDialog dialog(site, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runEdit(new edit::SaveRecordCommand<Site>(*m_doc, dialog.site(), hit ? tr("Edit site %1").arg(site.name)
                                                                          : tr("Add site %1").arg(dialog.site().name)));
}

void MainWindow::moveSiteFrom(QPointF pixel, const GeoPoint &to)
{
    const Site *hit = m_doc ? siteAtPixel(pixel) : nullptr;
    if (!hit)
        return;
    Site moved = *hit;
    moved.location = to;
    runEdit(new edit::SaveRecordCommand<Site>(*m_doc, moved, tr("Move site %1").arg(moved.name), edit::MoveRecord));
}

void MainWindow::deleteSelectedSite()
{
    const QList<QUuid> sites = m_selection->selectedOfType(RecordType::Site);
    if (!m_doc || sites.size() != 1)
        return;
    const auto site = m_doc->project().find<Site>(sites.first());
    if (!site)
        return;
    m_selection->clear();
    runEdit(new edit::DeleteRecordCommand<Site>(*m_doc, site->meta.id, tr("Delete site %1").arg(site->name)));
}

void MainWindow::saveLayerStates()
{
    if (!m_doc)
        return;
    try {
        m_doc->project().setLayerStates(m_layers->states());
    } catch (const StoreError &e) {
        m_message->setText(e.message());
    }
}

void MainWindow::fillBookmarksMenu()
{
    m_bookmarksMenu->clear();
    m_bookmarksMenu->addAction(tr("&Add bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_B), this, &MainWindow::addBookmark)
        ->setEnabled(m_doc != nullptr);
    if (!m_doc)
        return;
    m_bookmarksMenu->addSeparator();
    for (const Bookmark &b : m_doc->project().all<Bookmark>()) {
        m_bookmarksMenu->addAction(b.name, this, [this, b] {
            QString why;
            if (!m_canvas->setView(b.crs, QPointF(b.centerX, b.centerY), b.mapUnitsPerPixel, &why))
                QMessageBox::warning(this, tr("Cannot show bookmark"), why);
        });
    }
}

void MainWindow::addBookmark()
{
    if (!m_doc)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add bookmark"), tr("Name of this view:"), QLineEdit::Normal,
                                               QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Bookmark b;
    b.name = name;
    b.crs = m_canvas->settings().crs;
    b.centerX = m_canvas->settings().center.x();
    b.centerY = m_canvas->settings().center.y();
    b.mapUnitsPerPixel = m_canvas->settings().mapUnitsPerPixel;
    runEdit(new edit::SaveRecordCommand<Bookmark>(*m_doc, b, tr("Add bookmark %1").arg(name)));
}

void MainWindow::reloadRecords()
{
    const Project &project = m_doc->project();
    m_sites->reload(project);
    m_layers->setProject(project, render::BasemapLayer::defaultPath());
    m_message->setText(m_doc->takeError());
    showGradingScheme();
    followSelection();
}

void MainWindow::showGradingScheme()
{
    const QString key = m_doc ? m_doc->project().gradingScheme().key() : QString();
    for (QAction *a : m_schemes->actions())
        a->setChecked(a->data().toString() == key);
}

void MainWindow::followSelection()
{
    m_following = true;
    const QList<QUuid> sites = m_selection->selectedOfType(RecordType::Site);
    const QList<QUuid> claims = m_selection->selectedOfType(RecordType::Claim);
    QSet<QUuid> highlighted(sites.begin(), sites.end());
    // A selected site selects its claims in the ledger (showing all sources' claims), as a
    // selected scene selects the claims linked to it; a selected claim highlights its sites.
    QSet<QUuid> rows(claims.begin(), claims.end());
    rows.unite(claimsOfSelectedScenes());
    for (int row = 0; row < m_ledger->model()->rowCount(); ++row) {
        const Claim &c = *m_ledger->model()->claimAt(row);
        if (claims.contains(c.meta.id))
            highlighted.unite(QSet<QUuid>(c.siteIds.begin(), c.siteIds.end()));
        if (std::any_of(c.siteIds.begin(), c.siteIds.end(), [&](const QUuid &id) { return sites.contains(id); }))
            rows.insert(c.meta.id);
    }
    // The ledger shows one source's claims while that source is chosen; choosing a site shows all.
    if (const QList<QUuid> sources = m_selection->selectedOfType(RecordType::Source); sources.size() == 1)
        m_sourcePanel->setCurrentSource(sources.first());
    else if (!sites.isEmpty())
        m_sourcePanel->setCurrentSource({});
    if (!rows.isEmpty() || !sites.isEmpty())
        m_ledger->selectClaims(rows);
    QList<GeoPoint> points;
    for (int row = 0; row < m_sites->rowCount(); ++row) {
        const Site *s = m_sites->siteAt(row);
        if (highlighted.contains(s->meta.id))
            points << s->location;
        if (sites.size() == 1 && s->meta.id == sites.first())
            m_siteView->setCurrentIndex(m_sites->index(row));
    }
    if (sites.isEmpty())
        m_siteView->clearSelection();
    if (m_doc)
        points += ui::placesOf(m_doc->project(), m_selection->selected());
    m_highlighted = points;
    m_canvas->setHighlights(points);
    m_canvas->setHighlightedAreas(footprintsOfSelection());
    m_following = false;
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

void MainWindow::showView()
{
    const double groundPerPixel = render::MapRenderer::groundResolution(m_canvas->settings());
    // A screen pixel is taken as 0.2646 mm (96 dpi).
    if (groundPerPixel > 0)
        m_scale->setText(tr("1:%L1").arg(static_cast<qlonglong>(std::round(groundPerPixel / 0.0254 * 96.0))));
    const auto info = geo::crsInfo(m_canvas->settings().crs);
    m_crs->setText(info ? QStringLiteral("%1 (%2)").arg(m_canvas->settings().crs, info->name) : m_canvas->settings().crs);
}
