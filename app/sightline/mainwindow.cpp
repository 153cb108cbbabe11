#include "mainwindow.h"

#include "sightline/ui/claimtablemodel.h"
#include "sightline/ui/sitelistmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

using namespace sightline;

MainWindow::MainWindow()
    : m_claims(new ui::ClaimTableModel(this)), m_sites(new ui::SiteListModel(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Sightline"));
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
    setCentralWidget(table);

    auto *sitesDock = new QDockWidget(tr("Sites"), this);
    sitesDock->setObjectName(QStringLiteral("sitesDock"));
    auto *siteView = new QListView(sitesDock);
    siteView->setModel(m_sites);
    sitesDock->setWidget(siteView);
    addDockWidget(Qt::LeftDockWidgetArea, sitesDock);
    resizeDocks({sitesDock}, {280}, Qt::Horizontal);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(sitesDock->toggleViewAction());
    statusBar()->addWidget(m_status);
    resize(1600, 960);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    try {
        auto project = Project::open(path, qEnvironmentVariable("USER"));
        m_claims->reload(*project);
        m_sites->reload(*project);
        m_project = std::move(project);
        setWindowTitle(tr("%1 — Sightline").arg(m_project->title()));
        m_status->setText(tr("%1 · %2 sites · %3 sources · %4 claims")
                              .arg(path)
                              .arg(m_project->count(RecordType::Site))
                              .arg(m_project->count(RecordType::Source))
                              .arg(m_project->count(RecordType::Claim)));
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
