#include "viewactions.h"

#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/edit/recordcommands.h"
#include "sightline/geo/crs.h"
#include "sightline/render/projectlayers.h"
#include "sightline/store/selectionrelations.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/searchpanel.h"
#include "sightline/ui/selectionmodel.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>

using namespace sightline;

ViewActions::ViewActions(Workspace &workspace, QMenuBar *menuBar, const QList<QDockWidget *> &docks,
                         QDockWidget *searchDock, ui::SearchPanel *search)
    : QObject(menuBar), m_workspace(workspace)
{
    ui::MapCanvas *canvas = workspace.canvas();
    auto *view = menuBar->addMenu(tr("&View"));
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addAction(tr("&Find…"), QKeySequence::Find, this, [searchDock, search] {
        searchDock->show();
        searchDock->raise();
        search->field()->setFocus();
        search->field()->selectAll();
    });
    view->addSeparator();
    view->addAction(tr("Zoom to &all sites"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this, canvas] {
        if (const edit::Document *doc = m_workspace.document())
            canvas->zoomToLonLat(render::projectBounds(doc->project()), 0.12);
    });
    view->addAction(tr("Zoom to &selection"), QKeySequence(Qt::CTRL | Qt::Key_J), this, &ViewActions::zoomToSelection);
    m_bookmarks = view->addMenu(tr("&Bookmarks"));
    connect(m_bookmarks, &QMenu::aboutToShow, this, &ViewActions::fillBookmarksMenu);
    fillBookmarksMenu();
    auto *crsMenu = view->addMenu(tr("Map &CRS"));
    crsMenu->addAction(tr("Web Mercator (EPSG:3857)"), this, [this] { chooseCrs(QStringLiteral("EPSG:3857")); });
    crsMenu->addAction(tr("WGS 84 longitude/latitude (EPSG:4326)"), this, [this] { chooseCrs(QStringLiteral("EPSG:4326")); });
    crsMenu->addAction(tr("Local UTM zone"), QKeySequence(Qt::CTRL | Qt::Key_U), this, [this, canvas] {
        if (const auto here = canvas->lonLatAt(QPointF(canvas->width() / 2.0, canvas->height() / 2.0)))
            chooseCrs(geo::utmZoneCrs(*here));
    });
    crsMenu->addAction(tr("Other EPSG code…"), this, &ViewActions::askForCrs);
}

void ViewActions::zoomToSelection()
{
    // The selected sites, the sites of the selected claims, and where other selected records are.
    const edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    GeoBounds b;
    for (const GeoPoint &p : store::relationsOf(doc->project(), m_workspace.selection()->selected()).places)
        b.include(p);
    if (!b.isEmpty())
        m_workspace.canvas()->zoomToLonLat(b, 0.6);
}

void ViewActions::chooseCrs(const QString &crs)
{
    QString why;
    if (!m_workspace.canvas()->setCrs(crs, &why))
        QMessageBox::warning(m_workspace.window(), tr("Cannot use this CRS"), why);
}

void ViewActions::askForCrs()
{
    bool ok = false;
    const QString code = QInputDialog::getText(m_workspace.window(), tr("Map CRS"), tr("EPSG code (for example 32652):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !code.trimmed().isEmpty())
        chooseCrs(code.contains(u':') ? code.trimmed() : QStringLiteral("EPSG:") + code.trimmed());
}

void ViewActions::fillBookmarksMenu()
{
    m_bookmarks->clear();
    const edit::Document *doc = m_workspace.document();
    m_bookmarks->addAction(tr("&Add bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_B), this, &ViewActions::addBookmark)
        ->setEnabled(doc != nullptr);
    if (!doc)
        return;
    m_bookmarks->addSeparator();
    for (const Bookmark &b : doc->project().all<Bookmark>()) {
        m_bookmarks->addAction(b.name, this, [this, b] {
            QString why;
            if (!m_workspace.canvas()->setView(b.crs, QPointF(b.centerX, b.centerY), b.mapUnitsPerPixel, &why))
                QMessageBox::warning(m_workspace.window(), tr("Cannot show bookmark"), why);
        });
    }
}

void ViewActions::addBookmark()
{
    edit::Document *doc = m_workspace.document();
    if (!doc)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_workspace.window(), tr("Add bookmark"), tr("Name of this view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const auto &s = m_workspace.canvas()->settings();
    Bookmark b;
    b.name = name;
    b.crs = s.crs;
    b.centerX = s.center.x();
    b.centerY = s.center.y();
    b.mapUnitsPerPixel = m_workspace.canvas()->mapUnitsPerWidgetPixel(); // the same ground on any screen
    m_workspace.runEdit(new edit::SaveRecordCommand<Bookmark>(*doc, b, tr("Add bookmark %1").arg(name)));
}
