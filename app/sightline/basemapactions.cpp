#include "basemapactions.h"

#include "workspace.h"

#include "sightline/edit/basemapcommands.h"
#include "sightline/geo/transform.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/basemapsourcedialog.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/offlineareadialog.h"
#include "sightline/ui/preferences.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include <cmath>

using namespace sightline;

namespace {
const QString kNaturalEarth = QStringLiteral("natural-earth");
}

BasemapActions::BasemapActions(Workspace &workspace, QMenu *menu)
    : QObject(menu), m_workspace(workspace), m_menu(menu)
{
    connect(menu, &QMenu::aboutToShow, this, &BasemapActions::fillMenu);
    fillMenu();
    connect(&m_workspace, &Workspace::documentChanged, this, [this](edit::Document *doc) {
        if (doc)
            connect(doc, &edit::Document::basemapSourcesChanged, this, &BasemapActions::followSources,
                    Qt::UniqueConnection);
    });
}

geo::TileServiceSettings BasemapActions::tileSettings()
{
    // The preferences' values, read afresh: the analyst may have changed them since the start.
    const ui::Preferences preferences = ui::Preferences::load();
    geo::TileServiceSettings s;
    s.networkEnabled = preferences.networkEnabled;
    s.cacheMaxBytes = qint64(preferences.tileCacheMegabytes) * 1024 * 1024;
    s.cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
    return s;
}

void BasemapActions::applyProjectBasemap(QStringList *problems)
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    m_workspace.layers()->setBasemapLayer(render::projectBasemapLayer(
        doc->project(), tileSettings(), render::BasemapLayer::defaultPath(), problems));
    const BasemapSources sources = doc->project().basemapSources();
    QStringList choices{tr("Natural Earth (offline)")};
    int chosen = 0;
    for (const BasemapSource &s : sources.sources) {
        if (s.name == sources.active && m_workspace.layers()->hasOwnBasemap())
            chosen = static_cast<int>(choices.size());
        choices << s.name;
    }
    m_workspace.layers()->setBasemapChoices(choices, chosen);
}

void BasemapActions::followSources()
{
    QStringList problems;
    applyProjectBasemap(&problems);
    if (!problems.isEmpty())
        m_workspace.showMessage(problems.join(QStringLiteral("; ")));
}

void BasemapActions::chooseAt(int index)
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    const BasemapSources sources = doc->project().basemapSources();
    if (index == 0)
        choose(QString());
    else if (index > 0 && index <= sources.sources.size())
        choose(sources.sources[index - 1].name);
}

void BasemapActions::fillMenu()
{
    m_menu->clear();
    edit::Document *doc = m_workspace.document();
    const BasemapSources sources = doc ? doc->project().basemapSources() : BasemapSources{};
    auto *group = new QActionGroup(m_menu);
    auto addChoice = [&](const QString &label, const QString &name, bool current) {
        QAction *a = m_menu->addAction(label, this, [this, name] { choose(name); });
        a->setCheckable(true);
        a->setChecked(current);
        a->setEnabled(doc != nullptr);
        group->addAction(a);
    };
    addChoice(tr("Natural Earth (offline)"), kNaturalEarth, sources.active.isEmpty());
    for (const BasemapSource &s : sources.sources)
        addChoice(s.name, s.name, s.name == sources.active);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Add basemap source…"), this, &BasemapActions::addSource)
        ->setEnabled(doc != nullptr);
    QAction *remove = m_menu->addAction(tr("&Remove this source"), this, &BasemapActions::removeCurrent);
    remove->setEnabled(doc && !sources.active.isEmpty());
    const BasemapSource *active = sources.named(sources.active);
    QAction *offline =
        m_menu->addAction(tr("Make this area available &offline…"), this, &BasemapActions::makeAreaOffline);
    offline->setEnabled(active && active->isService() && tileSettings().networkEnabled);
    const qint64 bytes = geo::tileCacheBytes(tileSettings().cacheRoot);
    m_menu
        ->addAction(tr("&Clear tile cache (%1 MiB)").arg(bytes / 1048576.0, 0, 'f', 1), this,
                    &BasemapActions::clearCache)
        ->setEnabled(bytes > 0);
}

void BasemapActions::choose(const QString &name)
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    const QString active = name == kNaturalEarth ? QString() : name;
    const BasemapSources sources = doc->project().basemapSources();
    if (sources.active == active) return;
    if (const BasemapSource *s = sources.named(active)) {
        QString why;
        if (!render::makeBasemapLayer(*s, tileSettings(), render::BasemapLayer::defaultPath(), &why)) {
            QMessageBox::warning(m_workspace.window(), tr("Cannot use this basemap"), why);
            return;
        }
    }
    m_workspace.runEdit(edit::SaveBasemapSourcesCommand::choosing(
        *doc, active, active.isEmpty() ? tr("Show Natural Earth") : tr("Show basemap %1").arg(active)));
}

void BasemapActions::addSource()
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    ui::BasemapSourceDialog dialog(m_workspace.window());
    if (dialog.exec() != QDialog::Accepted) return;
    const BasemapSource source = dialog.source();
    BasemapSources sources = doc->project().basemapSources();
    if (sources.named(source.name)) {
        QMessageBox::warning(m_workspace.window(), tr("Cannot add the source"),
                             tr("A basemap source is already named %1.").arg(source.name));
        return;
    }
    QString why;
    if (!render::makeBasemapLayer(source, tileSettings(), render::BasemapLayer::defaultPath(), &why)) {
        QMessageBox::warning(m_workspace.window(), tr("Cannot add the source"), why);
        return;
    }
    sources.sources << source;
    sources.active = source.name; // added to be shown
    m_workspace.runEdit(new edit::SaveBasemapSourcesCommand(*doc, sources, tr("Add basemap %1").arg(source.name)));
}

void BasemapActions::removeCurrent()
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    BasemapSources sources = doc->project().basemapSources();
    const QString name = sources.active;
    sources.sources.removeIf([&](const BasemapSource &s) { return s.name == name; });
    sources.active.clear();
    m_workspace.runEdit(new edit::SaveBasemapSourcesCommand(*doc, sources, tr("Remove basemap %1").arg(name)));
}

void BasemapActions::makeAreaOffline()
{
    edit::Document *doc = m_workspace.document();
    if (!doc) return;
    const BasemapSources sources = doc->project().basemapSources();
    const BasemapSource *active = sources.named(sources.active);
    if (!active) return;
    // The view's corners in lon/lat.
    const render::MapSettings &view = m_workspace.canvas()->settings();
    const render::MapExtent e = view.extent();
    GeoBounds area;
    if (auto t = geo::CoordinateTransform::create(view.crs, QStringLiteral("EPSG:4326"))) {
        double x[4] = {e.xMin, e.xMax, e.xMin, e.xMax}, y[4] = {e.yMin, e.yMin, e.yMax, e.yMax};
        if (t->forward(x, y, 4) == 4)
            for (int i = 0; i < 4; ++i)
                area.include({x[i], y[i]});
    }
    if (area.isEmpty()) return;
    // The zoom whose tiles match the view's resolution.
    const double metersPerPixel = render::MapRenderer::groundResolution(view);
    const int zoom =
        metersPerPixel > 0
            ? static_cast<int>(std::lround(std::log2(
                  156543.03 * std::cos((area.minLat + area.maxLat) / 2 * M_PI / 180) / metersPerPixel)))
            : 12;
    const geo::TileServiceSettings settings = tileSettings();
    auto *dialog = new ui::OfflineAreaDialog(*active, area, zoom, settings, m_workspace.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::OfflineAreaDialog::downloadFinished, this, [this, dialog](bool ok) {
        m_workspace.showMessage(ok ? tr("%1 tiles kept for offline use").arg(dialog->tilesDone())
                                   : dialog->failure());
    });
    dialog->open();
}

void BasemapActions::clearCache()
{
    QString why;
    if (!geo::clearTileCache(tileSettings().cacheRoot, &why))
        QMessageBox::warning(m_workspace.window(), tr("Cannot clear the tile cache"), why);
    else
        m_workspace.showMessage(tr("Tile cache cleared"));
}
