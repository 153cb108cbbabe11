#include "basemapchoice.h"

#include "sightline/geo/vectorfile.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/basemapsourcelayer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sightline::cli {

namespace {

// Natural Earth's world_map.gpkg (or a copy): the layers the default basemap reads.
bool isNaturalEarthFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) return false;
    QString why;
    const QStringList names = geo::vectorLayerNames(path, &why);
    return names.contains(QStringLiteral("countries")) && names.contains(QStringLiteral("disputed_borders"));
}

} // namespace

void addBasemapOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("basemap"),
         QStringLiteral(
             "Basemap: a saved source's name, an XYZ template or WMTS/WMS URL, an MBTiles or GeoPackage "
             "tile package, any raster, an OSM extract or vector file, or Natural Earth's world_map.gpkg."),
         QStringLiteral("SOURCE")});
    p.addOption({QStringLiteral("attribution"),
                 QStringLiteral("Attribution of a --basemap URL (required for services)."),
                 QStringLiteral("TEXT")});
    addTileOptions(p);
}

void addTileOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("tile-cache"),
                 QStringLiteral("Folder of fetched tiles (default: the window's)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("offline"),
                 QStringLiteral("Make no network request: tiles come from the cache only.")});
}

geo::TileServiceSettings tileSettingsFrom(const QCommandLineParser &p)
{
    geo::TileServiceSettings s;
    // The window's QStandardPaths::CacheLocation ("Sightline/Sightline" under the cache folder) + "/tiles".
    s.cacheRoot = p.isSet(QStringLiteral("tile-cache"))
                      ? QDir(p.value(QStringLiteral("tile-cache"))).absolutePath()
                      : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                            QStringLiteral("/Sightline/Sightline/tiles");
    s.networkEnabled = !p.isSet(QStringLiteral("offline"));
    s.userAgent = QStringLiteral("Sightline/%1 (sightline-cli)").arg(QStringLiteral(SIGHTLINE_VERSION));
    return s;
}

namespace {
// A .gpkg that is not there stands for a Natural Earth file that is missing, as --basemap always
// meant: the map is drawn on a plain background, with a warning naming the file.
bool isMissingNaturalEarth(const QString &value)
{
    return value.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) &&
           !value.contains(QLatin1String("://")) && !QFileInfo::exists(value);
}
} // namespace

QString naturalEarthPathFrom(const QCommandLineParser &p)
{
    const QString value = p.value(QStringLiteral("basemap"));
    return p.isSet(QStringLiteral("basemap")) && (isNaturalEarthFile(value) || isMissingNaturalEarth(value))
               ? value
               : render::BasemapLayer::defaultPath();
}

bool applyBasemap(const QCommandLineParser &p, const Project &project, render::MapModel &model,
                  QStringList *warnings, QString *error)
{
    const geo::TileServiceSettings settings = tileSettingsFrom(p);
    const QString naturalEarth = naturalEarthPathFrom(p);
    if (!p.isSet(QStringLiteral("basemap"))) {
        model.setBasemapLayer(render::projectBasemapLayer(project, settings, naturalEarth, warnings));
        return true;
    }
    const QString value = p.value(QStringLiteral("basemap"));
    const BasemapSources saved = project.basemapSources(warnings);
    if (!saved.named(value) && (isNaturalEarthFile(value) || isMissingNaturalEarth(value) ||
                                value.compare(QLatin1String("natural-earth"), Qt::CaseInsensitive) == 0)) {
        model.setBasemapLayer(nullptr);
        return true;
    }
    BasemapSource source;
    if (const BasemapSource *named = saved.named(value))
        source = *named;
    else if (!value.contains(QLatin1String("://")) && !QFileInfo::exists(value)) {
        QStringList names{QStringLiteral("natural-earth")};
        for (const BasemapSource &s : saved.sources)
            names << s.name;
        if (error)
            *error =
                QStringLiteral("%1: no such file, and no saved basemap source of that name (sources: %2)")
                    .arg(value, names.join(QStringLiteral(", ")));
        return false;
    } else
        source = basemapSourceFromText(value, p.value(QStringLiteral("attribution")));
    auto layer = render::makeBasemapLayer(source, settings, naturalEarth, error);
    if (!layer) return false;
    model.setBasemapLayer(layer);
    return true;
}

} // namespace sightline::cli
