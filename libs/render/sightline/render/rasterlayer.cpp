#include "sightline/render/rasterlayer.h"

#include "sightline/render/labels.h"
#include "sightline/render/sceneraster.h"
#include "sightline/render/transformcache.h"
#include "sightline/store/scenefiles.h"

#include <QFileInfo>
#include <QPainter>

#include <algorithm>

namespace sightline::render {

namespace {

// Where the scene lies in the map's CRS: the bounding box of its footprint.
std::optional<MapExtent> extentOf(const ImageryScene &scene, const QString &crs)
{
    const auto *t = cachedTransform(QStringLiteral("EPSG:4326"), crs);
    if (!t || scene.footprint.isEmpty())
        return std::nullopt;
    MapExtent e{1e300, 1e300, -1e300, -1e300};
    int converted = 0;
    for (const auto &ring : scene.footprint.parts)
        for (const GeoPoint &p : ring) {
            const auto m = t->forward(QPointF(p.lon, p.lat));
            if (!m || !std::isfinite(m->x()) || !std::isfinite(m->y()))
                continue;
            e = {std::min(e.xMin, m->x()), std::min(e.yMin, m->y()), std::max(e.xMax, m->x()), std::max(e.yMax, m->y())};
            ++converted;
        }
    return converted >= 3 ? std::optional(e) : std::nullopt;
}

class PreparedRaster : public PreparedLayer
{
public:
    struct Item
    {
        std::shared_ptr<SceneRaster> raster;
        MapExtent extent;
        int scene; // index in the layer's scenes (and its time filter)
    };
    struct MissingLabel
    {
        QPointF corner; // map units: the footprint's top-left
        QString text;
        int scene;
    };
    QString crs;
    QList<Item> items;
    QList<MissingLabel> missing;
    TimeFilter times;

    bool visibleAt(int scene, const TimeWindow &w) const { return times.shows(scene, w); }

    bool renderTile(QPainter &painter, const TileContext &tile) const override
    {
        // The first scene writes straight into the (transparent) tile, later ones are composed
        // over it: most tiles show one scene, and a 256-pixel copy per tile adds up.
        QImage *direct = painter.device()->devType() == QInternal::Image ? static_cast<QImage *>(painter.device()) : nullptr;
        bool drew = false;
        thread_local QImage scratch;
        for (const Item &item : items) {
            if (tile.cancelled())
                return drew;
            if (!item.extent.intersects(tile.tileExtent) || !visibleAt(item.scene, tile.window))
                continue;
            if (!drew && direct && direct->format() == QImage::Format_ARGB32_Premultiplied) {
                drew = item.raster->draw(*direct, tile, crs);
                continue;
            }
            if (scratch.width() != painter.device()->width() || scratch.height() != painter.device()->height())
                scratch = QImage(painter.device()->width(), painter.device()->height(), QImage::Format_ARGB32_Premultiplied);
            if (!item.raster->draw(scratch, tile, crs))
                continue;
            const QRect area = tile.neededIn(scratch.width());
            painter.drawImage(area.topLeft(), scratch, area); // newer scenes over older ones
            drew = true;
        }
        return drew;
    }

    // The scenes the window shows among those that reach the tile, as TimeFilter::keyOf does
    // for the whole layer.
    quint64 tileTimeKey(const TileContext &tile, quint64 layerKey) const override
    {
        if (layerKey == 0)
            return 0;
        quint64 h = 0xcbf29ce484222325ULL;
        quint64 shown = 0;
        for (const Item &item : items)
            if (item.extent.intersects(tile.tileExtent) && visibleAt(item.scene, tile.window)) {
                h = (h ^ static_cast<quint64>(item.scene)) * 0x100000001b3ULL;
                ++shown;
            }
        return ((h ^ shown) * 0x100000001b3ULL) | 1;
    }

    // The first scene drawn writes every needed pixel (transparent outside the image).
    bool paintsEveryPixel() const override { return true; }
    // Decoding and toning are paid per pixel: a frame's edge tiles are drawn as far as shown.
    bool drawsPartOfTile() const override { return true; }

    void addLabels(LabelPlacer &placer, const MapSettings &settings, double) const override
    {
        for (const MissingLabel &m : missing)
            if (visibleAt(m.scene, settings.timeWindow))
                placer.add(m.text, settings.toPixel(m.corner), 2 * settings.symbolScale(), 3);
    }
};

} // namespace

RasterLayer::RasterLayer(QList<Source> sources, const QUuid &onTop)
    : TimedLayer(QStringLiteral("imagery"), QStringLiteral("Imagery"), {})
{
    // Oldest at the bottom; scenes of unknown date below every dated one.
    std::stable_sort(sources.begin(), sources.end(),
                     [](const Source &a, const Source &b) { return acquiredBefore(a.scene, b.scene); });
    if (!onTop.isNull())
        std::stable_partition(sources.begin(), sources.end(),
                              [&onTop](const Source &s) { return s.scene.meta.id != onTop; });
    QList<TimeSpan> times;
    for (const Source &s : std::as_const(sources))
        times << s.scene.acquired;
    setTimes(times);
    for (Source &s : sources) {
        if (s.file.isEmpty())
            m_missing << (s.why.isEmpty() ? s.scene.filePath + QStringLiteral(": file missing") : s.why);
        m_scenes << std::make_shared<SceneRaster>(std::move(s.scene), s.file);
    }
}

RasterLayer::~RasterLayer() = default;

QList<RasterLayer::Source> RasterLayer::sourcesOf(const Project &project)
{
    QList<Source> out;
    for (const ImageryScene &scene : project.all<ImageryScene>()) {
        Source s{scene, {}, {}};
        s.file = store::sceneFilePath(project, scene, &s.why);
        out << s;
    }
    return out;
}

int RasterLayer::sceneCount() const
{
    return static_cast<int>(m_scenes.size());
}

int RasterLayer::overviewCount(const QUuid &sceneId) const
{
    for (const auto &s : m_scenes)
        if (s->scene().meta.id == sceneId)
            return !s->file().isEmpty() && s->load(nullptr) ? s->overviewCount() : -1;
    return -1;
}

QList<ImageryScene> RasterLayer::scenesShown(const MapSettings &settings) const
{
    // What the frame draws: the layer as prepared for its CRS (scenes with readable files, and
    // where they lie), as the tiles had it.
    const auto prepared = std::static_pointer_cast<const PreparedRaster>(this->prepared(settings.crs, nullptr));
    QList<ImageryScene> shown;
    if (!prepared)
        return shown;
    const MapExtent frame = settings.extent();
    for (const PreparedRaster::Item &item : prepared->items)
        if (item.extent.intersects(frame) && prepared->visibleAt(item.scene, settings.timeWindow))
            shown << item.raster->scene();
    return shown;
}

QString RasterLayer::creditOf(const ImageryScene &scene)
{
    QString credit = QStringLiteral("Imagery: ") +
                     (scene.provider.trimmed().isEmpty() ? QFileInfo(scene.filePath).fileName() : scene.provider.trimmed());
    if (const QDateTime t = scene.acquired.reading(); t.isValid())
        credit += QStringLiteral(", ") + t.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    credit += u'.';
    if (!scene.licence.trimmed().isEmpty())
        credit += QStringLiteral(" Licence: ") + scene.licence.simplified();
    return credit;
}

QString RasterLayer::problem() const
{
    QStringList all = m_missing;
    for (const auto &s : m_scenes)
        if (!s->file().isEmpty()) {
            QString why;
            if (!s->load(&why))
                all << why;
            else if (!s->failure().isEmpty())
                all << s->failure();
        }
    return all.join(QStringLiteral("; "));
}

std::shared_ptr<const PreparedLayer> RasterLayer::prepare(const QString &crs, QString *) const
{
    auto prepared = std::make_shared<PreparedRaster>();
    prepared->crs = crs;
    prepared->times = times();
    for (int i = 0; i < m_scenes.size(); ++i) {
        const auto &s = m_scenes[i];
        const auto extent = extentOf(s->scene(), crs);
        if (!extent)
            continue; // outside what this CRS shows
        if (s->file().isEmpty()) {
            prepared->missing.append({QPointF(extent->xMin, extent->yMax),
                                      QFileInfo(s->scene().filePath).fileName() + QStringLiteral(": file missing"), i});
            continue;
        }
        if (!s->load(nullptr))
            continue; // named by problem()
        prepared->items.append({s, *extent, i});
    }
    return prepared;
}

} // namespace sightline::render
