#include "sightline/render/basemapsourcelayer.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/geo/vectorfile.h"
#include "sightline/geo/wmtscapabilities.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/tilebasemaplayer.h"
#include "sightline/render/vectorbasemaplayer.h"

#include <gdal.h>

#include <QFileInfo>

namespace sightline::render {

namespace {

// The attribution a tile package carries in its own metadata (MBTiles has the key), if any.
QString packageAttribution(const QString &path)
{
    geo::ensureGdal();
    geo::DatasetPtr ds(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) return {};
    const char *a = GDALGetMetadataItem(ds.get(), "attribution", nullptr);
    return a ? QString::fromUtf8(a).left(500) : QString();
}

// A local file in a format whose content can point GDAL at the network (a WMS or WMTS
// description, a VRT naming /vsicurl/ sources, a WFS connection): refused as a file source, so
// that a project using only local sources never makes a request. Empty when the format is safe.
QString networkDriverOf(const QString &path)
{
    geo::ensureGdal();
    GDALDriverH driver =
        GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_VECTOR, nullptr, nullptr);
    if (!driver) return {};
    static const QStringList reaching{
        QStringLiteral("WMS"),    QStringLiteral("WMTS"),    QStringLiteral("WCS"),
        QStringLiteral("VRT"),    QStringLiteral("OGR_VRT"), QStringLiteral("WFS"),
        QStringLiteral("OAPIF"),  QStringLiteral("OGCAPI"),  QStringLiteral("CSW"),
        QStringLiteral("STACIT"), QStringLiteral("STACTA"),  QStringLiteral("PLMOSAIC"),
        QStringLiteral("DAAS"),   QStringLiteral("EEDA"),    QStringLiteral("EEDAI"),
        QStringLiteral("NGW"),    QStringLiteral("ESRIC"),   QStringLiteral("Elasticsearch"),
        QStringLiteral("CARTO"),  QStringLiteral("HTTP"),    QStringLiteral("GNMFile")};
    const QString name = QString::fromUtf8(GDALGetDriverShortName(driver));
    return reaching.contains(name, Qt::CaseInsensitive) ? name : QString();
}

bool isOsmFile(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".osm")) || lower.endsWith(QLatin1String(".pbf"));
}

QString networkOff()
{
    return QStringLiteral("the network is switched off in the preferences");
}

// A WMTS service opens from the capabilities document kept in the disk cache. With the network
// on, the first tile drawn (on a worker: the window never waits) asks the service for its
// capabilities afresh and keeps them; when it does not answer, the kept copy opens with the
// cache alone to draw from. With the network off the kept copy must be there and sound, or the
// source is refused here, naming it.
std::shared_ptr<MapLayer> wmtsLayer(const BasemapSource &source, const geo::TileServiceSettings &settings,
                                    QString *error)
{
    const QString description = serviceDescription(source, settings);
    if (settings.cacheRoot.isEmpty()) { // nowhere to keep the capabilities: GDAL asks the service
        if (settings.networkEnabled)
            return std::make_shared<TileBasemapLayer>(description, source.name, source.attribution);
        if (error)
            *error = QStringLiteral("%1: %2 and there is no disk cache to keep a WMTS service's capabilities")
                         .arg(source.name, networkOff());
        return nullptr;
    }
    const QString kept = geo::keptWmtsCapabilitiesPath(settings.cacheRoot, source.location);
    if (!settings.networkEnabled) {
        if (const QString why = geo::keptWmtsCapabilitiesProblem(kept); !why.isEmpty()) {
            if (error) *error = QStringLiteral("%1: %2, and %3").arg(source.name, networkOff(), why);
            return nullptr;
        }
        // Checked again when opened: the cache may have been cleared or damaged since.
        return std::make_shared<TileBasemapLayer>(
            description, source.name, source.attribution, networkOff(), [=](QString *notice) {
                if (const QString why = geo::keptWmtsCapabilitiesProblem(kept); !why.isEmpty()) {
                    *notice = why;
                    return TileBasemapLayer::Opening{};
                }
                return TileBasemapLayer::Opening{description, networkOff()};
            });
    }
    geo::TileServiceSettings cacheOnly = settings;
    cacheOnly.networkEnabled = false;
    const QString fromCache = serviceDescription(source, cacheOnly);
    return std::make_shared<TileBasemapLayer>(
        description, source.name, source.attribution, QString(), [=, url = source.location](QString *notice) {
            QString unanswered;
            if (geo::keepWmtsCapabilities(url, settings, &unanswered))
                return TileBasemapLayer::Opening{description, {}};
            if (const QString why = geo::keptWmtsCapabilitiesProblem(kept); !why.isEmpty()) {
                *notice = unanswered + QStringLiteral(", and ") + why;
                return TileBasemapLayer::Opening{};
            }
            *notice = unanswered + QStringLiteral("; the map shows what the disk cache holds");
            return TileBasemapLayer::Opening{fromCache,
                                             QStringLiteral("the service did not answer as a WMTS")};
        });
}

} // namespace

QString serviceDescription(const BasemapSource &source, const geo::TileServiceSettings &settings)
{
    switch (source.kind) {
    case BasemapSource::Kind::Xyz:
        return geo::xyzServiceXml(source.location, source.maxZoom, settings);
    case BasemapSource::Kind::Wmts:
        return geo::wmtsServiceXml(source.location, settings);
    case BasemapSource::Kind::Wms:
        return geo::wmsServiceXml(source.location, source.maxZoom, settings);
    case BasemapSource::Kind::File:
        return {};
    }
    return {};
}

bool downloadServiceArea(const BasemapSource &source, const geo::TileServiceSettings &settings,
                         const GeoBounds &area, int minZoom, int maxZoom, qint64 maxTiles,
                         const std::function<bool(qint64, qint64)> &progress, geo::CacheFillResult *result,
                         QString *error)
{
    auto refuse = [&](const QString &why) {
        if (error) *error = why;
        if (result) *result = {};
        return false;
    };
    if (!source.isService())
        return refuse(
            QStringLiteral("%1: only a tile service can be downloaded for offline use").arg(source.name));
    if (!settings.networkEnabled)
        return refuse(QStringLiteral("%1: %2; nothing was downloaded").arg(source.name, networkOff()));
    if (settings.cacheRoot.isEmpty())
        return refuse(QStringLiteral("%1: there is no disk cache to keep tiles in").arg(source.name));
    if (source.kind == BasemapSource::Kind::Wmts) {
        // The map opens a WMTS service from the capabilities kept in the cache: keep them as the
        // service answers them now, so that the tiles fetched are the ones those name.
        QString why;
        if (!geo::keepWmtsCapabilities(source.location, settings, &why))
            return refuse(QStringLiteral("%1: %2; nothing was downloaded").arg(source.name, why));
    }
    return geo::fillTileCache(serviceDescription(source, settings), source.name, area, minZoom,
                              std::min(maxZoom, source.maxZoom), source.requestsPerSecond, settings, maxTiles,
                              progress, result, error);
}

std::shared_ptr<MapLayer> makeBasemapLayer(const BasemapSource &source,
                                           const geo::TileServiceSettings &settings,
                                           const QString &naturalEarthPath, QString *error)
{
    auto refuse = [&](const QString &why) -> std::shared_ptr<MapLayer> {
        if (error) *error = why;
        return nullptr;
    };
    if (const QString why = basemapSourceProblem(source); !why.isEmpty()) return refuse(why);
    if (source.kind == BasemapSource::Kind::Wmts) return wmtsLayer(source, settings, error);
    if (source.isService())
        return std::make_shared<TileBasemapLayer>(serviceDescription(source, settings), source.name,
                                                  source.attribution,
                                                  settings.networkEnabled ? QString() : networkOff());
    const QString path = source.location;
    if (const QString why = geo::unreadableFileReason(path); !why.isEmpty())
        return refuse(QStringLiteral("%1: %2").arg(path, why));
    if (const QString driver = networkDriverOf(path); !driver.isEmpty())
        return refuse(QStringLiteral(
                          "%1: a %2 file can make GDAL reach the network; add the service by its URL instead")
                          .arg(path, driver));
    if (!isOsmFile(path) && TileBasemapLayer::isRasterFile(path)) {
        const QString attribution =
            source.attribution.isEmpty() ? packageAttribution(path) : source.attribution;
        return std::make_shared<TileBasemapLayer>(path, source.name, attribution);
    }
    QString why;
    if (geo::vectorLayerNames(path, &why).isEmpty())
        return refuse(why.isEmpty()
                          ? QStringLiteral("%1: neither a raster nor vector data GDAL reads").arg(path)
                          : why);
    QString attribution = source.attribution;
    if (attribution.isEmpty() && isOsmFile(path))
        attribution = QStringLiteral("© OpenStreetMap contributors (ODbL)");
    return std::make_shared<VectorBasemapLayer>(path, source.name, attribution,
                                                std::make_shared<BasemapLayer>(naturalEarthPath));
}

std::shared_ptr<MapLayer> projectBasemapLayer(const Project &project,
                                              const geo::TileServiceSettings &settings,
                                              const QString &naturalEarthPath, QStringList *problems)
{
    const BasemapSources sources = project.basemapSources(problems);
    const BasemapSource *active = sources.named(sources.active);
    if (!active) return nullptr;
    QString why;
    auto layer = makeBasemapLayer(*active, settings, naturalEarthPath, &why);
    if (!layer && problems) *problems << why + QStringLiteral("; showing Natural Earth");
    return layer;
}

} // namespace sightline::render
