#include "sightline/render/basemaplayer.h"

#include "sightline/geo/crs.h"
#include "sightline/geo/vectorfile.h"
#include "sightline/render/labels.h"
#include "sightline/render/ondemandshapes.h"
#include "sightline/render/preparedshapes.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <map>

namespace sightline::render {
namespace {

// The file's features, read once per process: they never change while Sightline runs.
struct BasemapData
{
    geo::VectorLayerData countries, provinces, disputed;
    QString error;
};

std::shared_ptr<const BasemapData> loadBasemap(const QString &path)
{
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const BasemapData>> loaded;
    QMutexLocker lock(&mutex);
    if (auto it = loaded.find(path); it != loaded.end())
        return it->second;
    auto data = std::make_shared<BasemapData>();
    if (!QFileInfo::exists(path)) {
        data->error = QStringLiteral("%1: not found; install Debian's qgis-common package for the Natural Earth "
                                     "basemap (drawing a plain background)")
                          .arg(path);
    } else {
        QList<geo::VectorLayerData> read;
        if (geo::readVectorLayers(path,
                                  {{QStringLiteral("countries"), false, {QStringLiteral("NAME")}},
                                   {QStringLiteral("states_provinces"), true, {}},
                                   {QStringLiteral("disputed_borders"), true, {}}},
                                  &read, &data->error)) {
            data->countries = std::move(read[0]);
            data->provinces = std::move(read[1]);
            data->disputed = std::move(read[2]);
        }
    }
    loaded.emplace(path, data);
    return data;
}

class PreparedBasemap : public PreparedLayer
{
public:
    // Projected as tiles reach them: a new map draws its view at once, not after the world.
    OnDemandShapes countries, provinces, disputed;
    QStringList countryNames;

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        const double k = tile.symbolScale;
        // Land first, then provinces, then the borders over both, so that every border shows
        // whole whichever country was drawn last.
        thread_local std::vector<QPainterPath> land;
        land.clear();
        countries.query(tile.tileExtent.grownBy(2 * tile.mapUnitsPerPixel),
                        [&](const ShapeIndex::Shape &s) { land.push_back(ShapeIndex::pixelPath(s, tile, true)); });
        bool drew = !land.empty();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf4, 0xf2, 0xec));
        for (const QPainterPath &path : land)
            p.drawPath(path);
        if (tile.cancelled())
            return drew;
        p.setBrush(Qt::NoBrush);
        if (tile.metersPerPixel > 0 && tile.metersPerPixel < 2500) {
            p.setPen(QPen(QColor(0xd2, 0xcd, 0xc3), 0.6 * k));
            provinces.query(tile.tileExtent, [&](const ShapeIndex::Shape &s) {
                p.drawPath(ShapeIndex::pixelPath(s, tile, true));
                drew = true;
            });
        }
        p.setPen(QPen(QColor(0xa3, 0x9e, 0x94), 0.8 * k));
        for (const QPainterPath &path : land)
            p.drawPath(path);
        p.setPen(QPen(QColor(0x8c, 0x86, 0x7c), 1.0 * k, Qt::DashLine));
        disputed.query(tile.tileExtent, [&](const ShapeIndex::Shape &s) {
            p.drawPath(ShapeIndex::pixelPath(s, tile, false));
            drew = true;
        });
        return drew;
    }

    void addLabels(LabelPlacer &labels, const MapSettings &settings, double metersPerPixel) const override
    {
        if (metersPerPixel < 300) // zoomed in: sites and places matter, not country names
            return;
        // A name stands in the middle of its country's largest part (the middle of all of
        // France, overseas regions included, is in the Sahara), when that part is in the view
        // and wide enough to hold it; in the file's order.
        QList<QPair<int, QPointF>> named;
        countries.query(settings.extent(), [&](const ShapeIndex::Shape &s) {
            const MapExtent *largest = nullptr;
            for (const MapExtent &ring : s.ringBounds)
                if (!largest || ring.width() * ring.height() > largest->width() * largest->height())
                    largest = &ring;
            if (largest && largest->width() / settings.mapUnitsPerPixel >= 60)
                named.append({s.item, settings.toPixel(largest->center())});
        });
        std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[item, anchor] : std::as_const(named))
            labels.add(countryNames.value(item), anchor, 0, -100);
    }
};

std::atomic<int> g_preparations{0};

} // namespace

QString BasemapLayer::defaultPath()
{
    return QStringLiteral("/usr/share/qgis/resources/data/world_map.gpkg");
}

BasemapLayer::BasemapLayer(const QString &path) : MapLayer(QStringLiteral("basemap"), QStringLiteral("Basemap")), m_path(path)
{
    // The file is read in the background from the moment a map has a basemap, while the
    // project and the other layers are read: the first frame then finds it read, or waits less.
    startLoading(path);
}

void BasemapLayer::startLoading(const QString &path)
{
    static QMutex mutex;
    static QSet<QString> started;
    QMutexLocker lock(&mutex);
    if (!started.contains(path) && QFileInfo::exists(path)) {
        started.insert(path);
        QThreadPool::globalInstance()->start([path] { loadBasemap(path); });
    }
}

QString BasemapLayer::problem() const
{
    return QFileInfo::exists(m_path) ? QString() : loadBasemap(m_path)->error;
}

std::shared_ptr<const PreparedLayer> BasemapLayer::prepare(const QString &crs, QString *error) const
{
    // Projecting Natural Earth takes a while: once per file and CRS, shared by every basemap layer
    // of that file (each map model, each window) for as long as one of them holds it.
    static QMutex mutex;
    static std::map<std::pair<QString, QString>, std::weak_ptr<const PreparedLayer>> shared;
    QMutexLocker lock(&mutex);
    auto &slot = shared[{m_path, crs}];
    if (auto p = slot.lock())
        return p;
    auto p = prepareFor(m_path, crs, error);
    if (p)
        slot = p;
    return p;
}

int BasemapLayer::preparations()
{
    return g_preparations.load();
}

std::shared_ptr<const PreparedLayer> BasemapLayer::prepareFor(const QString &path, const QString &crs, QString *error)
{
    g_preparations.fetch_add(1);
    const auto data = loadBasemap(path);
    auto prepared = std::make_shared<PreparedBasemap>();
    // Far outside a CRS's area of use (a UTM zone, say) coordinates are meaningless: leave
    // those features out rather than draw them smeared across the map.
    GeoBounds area;
    if (const auto info = geo::crsInfo(crs); info && !info->areaOfUse.isEmpty() &&
                                             info->areaOfUse.maxLon - info->areaOfUse.minLon < 300) {
        const GeoBounds a = info->areaOfUse;
        area = {a.minLon - 25, std::max(-90.0, a.minLat - 20), a.maxLon + 25, std::min(90.0, a.maxLat + 20)};
    }
    for (const auto &f : data->countries.features)
        prepared->countryNames << f.attributes.value(QStringLiteral("NAME")).toString();
    // The layers of the file, held as long as the prepared layer is.
    const auto part = [&](const geo::VectorLayerData &layer) {
        return std::shared_ptr<const geo::VectorLayerData>(data, &layer);
    };
    const bool ok = prepared->countries.build(crs, part(data->countries), area, error) &&
                    prepared->provinces.build(crs, part(data->provinces), area, error) &&
                    prepared->disputed.build(crs, part(data->disputed), area, error);
    return ok ? prepared : nullptr;
}

} // namespace sightline::render
