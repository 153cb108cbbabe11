#include "mainwindow.h"

#include "sightline/geo/crs.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/ui/claimtablemodel.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/sitelistmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
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
    : m_canvas(new ui::MapCanvas(this)), m_claims(new ui::ClaimTableModel(this)), m_sites(new ui::SiteListModel(this)),
      m_siteView(new QListView(this)), m_position(new QLabel(this)), m_scale(new QLabel(this)), m_crs(new QLabel(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Sightline"));
    setCentralWidget(m_canvas);

    auto *table = new QTableView(this);
    table->setModel(m_claims);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    auto *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ui::ClaimTableModel::SitesColumn, QHeaderView::Interactive);
    header->resizeSection(ui::ClaimTableModel::SitesColumn, 220);
    header->setSectionResizeMode(ui::ClaimTableModel::QuoteColumn, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *claimsDock = new QDockWidget(tr("Claims"), this);
    claimsDock->setObjectName(QStringLiteral("claimsDock"));
    claimsDock->setWidget(table);
    addDockWidget(Qt::BottomDockWidgetArea, claimsDock);

    auto *sitesDock = new QDockWidget(tr("Sites"), this);
    sitesDock->setObjectName(QStringLiteral("sitesDock"));
    m_siteView->setModel(m_sites);
    sitesDock->setWidget(m_siteView);
    addDockWidget(Qt::LeftDockWidgetArea, sitesDock);
    connect(m_siteView, &QListView::activated, this, &MainWindow::zoomToSite);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(sitesDock->toggleViewAction());
    view->addAction(claimsDock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("Zoom to &all sites"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
        if (m_project)
            m_canvas->zoomToLonLat(render::projectBounds(*m_project), 0.12);
    });
    auto *crsMenu = view->addMenu(tr("Map &CRS"));
    crsMenu->addAction(tr("Web Mercator (EPSG:3857)"), this, [this] { chooseCrs(QStringLiteral("EPSG:3857")); });
    crsMenu->addAction(tr("WGS 84 longitude/latitude (EPSG:4326)"), this, [this] { chooseCrs(QStringLiteral("EPSG:4326")); });
    crsMenu->addAction(tr("Local UTM zone"), QKeySequence(Qt::CTRL | Qt::Key_U), this, [this] {
        if (const auto here = m_canvas->lonLatAt(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0)))
            chooseCrs(geo::utmZoneCrs(*here));
    });
    crsMenu->addAction(tr("Other EPSG code…"), this, &MainWindow::askForCrs);

    for (QLabel *l : {m_position, m_scale, m_crs})
        statusBar()->addPermanentWidget(l);
    statusBar()->addWidget(m_message, 1);
    connect(m_canvas, &ui::MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &ui::MapCanvas::viewChanged, this, &MainWindow::showView);
    connect(m_canvas, &ui::MapCanvas::frameRendered, this, [this](const QStringList &problems) {
        m_message->setText(problems.join(QStringLiteral("; ")));
    });
    resize(1600, 1000);
    resizeDocks({sitesDock}, {280}, Qt::Horizontal);
    resizeDocks({claimsDock}, {300}, Qt::Vertical);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    try {
        auto project = Project::open(path, qEnvironmentVariable("USER"));
        m_claims->reload(*project);
        m_sites->reload(*project);
        m_canvas->setLayers(render::projectLayers(*project, render::BasemapLayer::defaultPath()));
        m_canvas->zoomToLonLat(render::projectBounds(*project), 0.12);
        m_project = std::move(project);
        setWindowTitle(tr("%1 — Sightline").arg(m_project->title()));
        return true;
    } catch (const StoreError &e) {
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
    m_position->setText(QStringLiteral("%1, %2   %3 %4")
                            .arg(p.lat, 0, 'f', 5)
                            .arg(p.lon, 0, 'f', 5)
                            .arg(dms(p.lat, u'N', u'S'), dms(p.lon, u'E', u'W')));
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
