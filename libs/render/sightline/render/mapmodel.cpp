#include "sightline/render/mapmodel.h"

#include "sightline/geo/vectorfile.h"
#include "sightline/render/annotationlayer.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/footprintlayer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/vectorfilelayer.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sightline::render {

namespace {
const QString kBasemap = QStringLiteral("basemap");
const QString kImagery = QStringLiteral("imagery");
const QString kFootprints = QStringLiteral("footprints");
const QString kAois = QStringLiteral("aois");
const QString kAnnotations = QStringLiteral("annotations");
const QString kClaims = QStringLiteral("claims");
const QString kEvents = QStringLiteral("events");
const QString kSites = QStringLiteral("sites");

template <typename T>
GeoBounds boundsOfAll(const QList<T> &records, Geometry T::*where)
{
    GeoBounds all;
    for (const T &r : records)
        all.unite((r.*where).bounds());
    return all;
}
} // namespace

MapModel::MapModel(QObject *parent) : QObject(parent)
{
    makeDefaultEntries();
}

MapModel::~MapModel() = default;

void MapModel::makeDefaultEntries()
{
    QStringList kinds, labels;
    for (const QString &k : allKeys<SiteKind>()) {
        kinds << k;
        labels << toLabel(*fromKey<SiteKind>(k));
    }
    m_entries = {{kBasemap, tr("Basemap (Natural Earth)"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kImagery, tr("Imagery"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kFootprints, tr("Imagery footprints"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kAois, tr("Areas of interest"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kAnnotations, tr("Annotations"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kClaims, tr("Claims"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kEvents, tr("Events"), true, 1.0, {}, {}, {}, false, {}, {}, -1},
                 {kSites, tr("Sites"), true, 1.0, kinds, labels, {}, false, {}, {}, -1}};
}

void MapModel::open(const Project &project, const QString &basemapPath, QStringList *problems)
{
    // Nothing of the map of another project carries over: its reference layers, its entries, the
    // scene shown alone.
    for (const LayerEntry &e : std::as_const(m_entries))
        if (e.removable) {
            m_layers.remove(e.id);
            m_bounds.remove(e.id);
        }
    m_referenceCount = 0;
    m_onlyScene = {};
    if (m_ownBasemap) { // another project's chosen basemap: back to Natural Earth until told
        m_ownBasemap = false;
        m_layers.remove(kBasemap);
    }
    m_sceneLayers.clear();
    makeDefaultEntries();
    setProject(project, basemapPath);
    restore(project.layerStates(), problems);
}

QStringList MapModel::layersDrawing(RecordType type)
{
    switch (type) {
    case RecordType::Site: return {kSites, kAois};
    case RecordType::Scene: return {kImagery, kFootprints};
    case RecordType::Annotation: return {kAnnotations};
    case RecordType::Claim: return {kClaims};
    case RecordType::Event: return {kEvents};
    case RecordType::Source:
    case RecordType::Capture:
    case RecordType::Observation:
    case RecordType::Link:
    case RecordType::Bookmark:
    case RecordType::Judgment: return {};
    }
    return {};
}

void MapModel::setProject(const Project &project, const QString &basemapPath)
{
    // The basemap does not change with the project: the same layer (and so its tiles) for the
    // same file.
    if (!m_layers.contains(kBasemap) || (basemapPath != m_basemapPath && !m_ownBasemap)) {
        m_basemapPath = basemapPath;
        m_layers.insert(kBasemap, std::make_shared<BasemapLayer>(basemapPath));
    }
    m_basemapPath = basemapPath;
    for (RecordType type : {RecordType::Site, RecordType::Scene, RecordType::Annotation, RecordType::Claim, RecordType::Event})
        rebuild(project, type);
    emit layersChanged();
}

bool MapModel::recordsChanged(const Project &project, RecordType type)
{
    if (!rebuild(project, type))
        return false;
    emit layersChanged();
    return true;
}

bool MapModel::rebuild(const Project &project, RecordType type)
{
    switch (type) {
    case RecordType::Site: rebuildSites(project); break;
    case RecordType::Scene: rebuildScenes(project); break;
    case RecordType::Annotation: {
        m_annotations = project.all<Annotation>();
        m_objectKinds = objectKindVocabulary(project.objectKinds());
        m_sceneAnnotations.clear();
        m_layers.insert(kAnnotations, std::make_shared<AnnotationLayer>(m_annotations, m_objectKinds));
        m_bounds.insert(kAnnotations, boundsOfAll(m_annotations, &Annotation::geometry));
        break;
    }
    case RecordType::Claim: {
        const QList<Claim> all = project.all<Claim>();
        m_layers.insert(kClaims, std::make_shared<ClaimLayer>(all));
        m_bounds.insert(kClaims, boundsOfAll(all, &Claim::location));
        break;
    }
    case RecordType::Event: {
        const QList<Event> all = project.all<Event>();
        m_layers.insert(kEvents, std::make_shared<EventLayer>(all));
        m_bounds.insert(kEvents, boundsOfAll(all, &Event::location));
        break;
    }
    default: return false; // drawn by no layer
    }
    // A new layer starts as its entry says.
    for (const QString &id : layersDrawing(type))
        for (const LayerEntry &e : std::as_const(m_entries))
            if (e.id == id)
                if (const auto layer = m_layers.value(id))
                    layer->setOpacity(e.opacity);
    return true;
}

void MapModel::rebuildSites(const Project &project)
{
    m_sites = project.all<Site>();
    const GeoBounds b = projectBounds(project);
    m_bounds.insert(kSites, b);
    m_bounds.insert(kAois, b);
    applySiteFilter();
}

void MapModel::applySiteFilter()
{
    QStringList hidden;
    for (const auto &e : std::as_const(m_entries))
        if (e.id == kSites)
            hidden = e.hiddenKinds;
    QList<Site> shown;
    for (const Site &s : std::as_const(m_sites))
        if (!hidden.contains(toKey(s.kind)))
            shown << s;
    m_layers.insert(kSites, std::make_shared<SiteLayer>(shown));
    m_shownSites = shown;
    rebuildAois();
}

QList<Geometry> MapModel::footprintsWithPixels() const
{
    QList<Geometry> out;
    for (const auto &source : std::as_const(m_sources))
        if (!source.file.isEmpty())
            out << source.scene.footprint;
    return out;
}

void MapModel::rebuildAois()
{
    // Over scenes with pixels, areas of interest are outlined, not tinted.
    m_aoiImagery = footprintsWithPixels();
    m_layers.insert(kAois, std::make_shared<AoiLayer>(m_shownSites, m_aoiImagery));
}

void MapModel::rebuildScenes(const Project &project)
{
    m_sources = RasterLayer::sourcesOf(project);
    m_sources.removeIf([this](const RasterLayer::Source &s) { return m_withheld.contains(s.scene.meta.id); });
    m_scenes = project.all<ImageryScene>();
    m_layers.insert(kImagery, std::make_shared<RasterLayer>(m_sources, m_raised));
    m_scenesWithPixels.clear();
    QHash<QUuid, SceneLayer> kept;
    for (const auto &s : std::as_const(m_sources)) {
        if (!s.file.isEmpty())
            m_scenesWithPixels.insert(s.scene.meta.id);
        // A scene's own layer (and so its cached tiles) lives on while its record is unchanged.
        if (const auto it = m_sceneLayers.constFind(s.scene.meta.id);
            it != m_sceneLayers.cend() && it->source.scene == s.scene && it->source.file == s.file)
            kept.insert(s.scene.meta.id, *it);
    }
    m_sceneLayers = kept;
    // The areas of interest are outlined over scenes with pixels: redrawn only when those change,
    // so that an edit of a scene's details keeps their tiles.
    if (footprintsWithPixels() != m_aoiImagery || !m_layers.contains(kAois))
        rebuildAois();
    m_bounds.insert(kFootprints, boundsOfAll(m_scenes, &ImageryScene::footprint));
    m_bounds.insert(kImagery, m_bounds.value(kFootprints));
    // The footprints entry lists the scenes, oldest first, with their dates.
    QStringList items;
    for (const ImageryScene &scene : sortedByDate(m_scenes))
        items << sceneLabel(scene);
    for (auto &e : m_entries)
        if (e.id == kFootprints)
            e.items = items;
    rebuildFootprints();
}

void MapModel::rebuildFootprints()
{
    // Where the map draws a scene's pixels its footprint is an outline only, so that the imagery
    // keeps its own colours; scenes shown as nothing (no file, imagery hidden) keep a faint fill.
    bool imageryShown = false;
    for (const auto &e : std::as_const(m_entries))
        if (e.id == kImagery)
            imageryShown = e.visible && e.opacity > 0;
    auto layer = std::make_shared<FootprintLayer>(m_scenes, imageryShown ? m_scenesWithPixels : QSet<QUuid>{});
    if (const auto old = m_layers.value(kFootprints))
        layer->setOpacity(old->opacity());
    m_layers.insert(kFootprints, layer);
}

void MapModel::setBasemapLayer(std::shared_ptr<MapLayer> layer)
{
    m_ownBasemap = layer != nullptr;
    if (!layer)
        layer = std::make_shared<BasemapLayer>(m_basemapPath);
    for (auto &e : m_entries)
        if (e.id == kBasemap) {
            e.name = m_ownBasemap ? tr("Basemap (%1)").arg(layer->name()) : tr("Basemap (Natural Earth)");
            layer->setOpacity(e.opacity);
        }
    m_layers.insert(kBasemap, layer);
    emit layersChanged();
}

QString MapModel::basemapId()
{
    return kBasemap;
}

void MapModel::setBasemapChoices(const QStringList &choices, int chosen)
{
    for (auto &e : m_entries)
        if (e.id == kBasemap) {
            e.choices = choices;
            e.chosen = chosen;
        }
    emit layersChanged();
}


namespace {

// A reference file's layers, read (geometry only: what the map draws) so that a broken file is
// refused before it is added rather than drawn as nothing. Any thread.
struct ReadReference
{
    QStringList names;
    QList<std::shared_ptr<const geo::VectorLayerData>> layers;
    QList<std::shared_ptr<const VectorFileLayer::Projected>> projected; // into the CRS named ahead, if any
    QString error;
};

ReadReference readReference(const QString &path, const QString &crs)
{
    ReadReference out;
    QList<geo::VectorLayerData> read;
    if (!geo::readVectorLayers(path, {}, &read, &out.error))
        return out;
    for (geo::VectorLayerData &layer : read) {
        auto data = std::make_shared<geo::VectorLayerData>(std::move(layer));
        out.names << data->layer;
        out.projected << (crs.isEmpty() ? nullptr : VectorFileLayer::project(*data, crs));
        out.layers << std::move(data);
    }
    return out;
}

} // namespace

class MapModel::ReferenceReading
{
public:
    QStringList paths;
    QList<QFuture<ReadReference>> reads;
};

bool MapModel::addReferenceFile(const QString &path, QString *error)
{
    const QString why = addReferenceFiles({path}).value(0);
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

std::shared_ptr<MapModel::ReferenceReading> MapModel::startReadingReferenceFiles(const QStringList &paths,
                                                                               const QString &crs)
{
    auto reading = std::make_shared<ReferenceReading>();
    reading->paths = paths;
    for (const QString &path : paths)
        reading->reads << QtConcurrent::run(readReference, path, crs);
    return reading;
}

QStringList MapModel::addReferenceFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    if (paths.size() == 1) { // no worker to wait for
        ReferenceReading here;
        here.paths = paths;
        here.reads << QtFuture::makeReadyFuture(readReference(paths.first(), QString()));
        return addReferenceFiles(here);
    }
    return addReferenceFiles(*startReadingReferenceFiles(paths));
}

QStringList MapModel::addReferenceFiles(const ReferenceReading &reading)
{
    // The shapes read are handed to the layers, which then do not read the files again when
    // first drawn.
    const QStringList &paths = reading.paths;
    QStringList problems;
    bool added = false;
    for (qsizetype k = 0; k < paths.size(); ++k) {
        const ReadReference r = reading.reads[k].result();
        problems << (r.names.isEmpty() ? r.error : QString());
        for (qsizetype i = 0; i < r.names.size(); ++i) {
            const auto &data = r.layers[i];
            auto layer = std::make_shared<VectorFileLayer>(paths[k], r.names.size() > 1 ? r.names[i] : QString(),
                                                           VectorFileLayer::paletteColor(m_referenceCount++), data,
                                                           r.projected.value(i));
            GeoBounds b;
            for (const auto &f : data->features) {
                b.include({f.bounds.left(), f.bounds.top()});
                b.include({f.bounds.right(), f.bounds.bottom()});
            }
            m_layers.insert(layer->id(), layer);
            m_bounds.insert(layer->id(), b);
            // Above the basemap, below the project's own layers.
            const int at = m_entries.isEmpty() ? 0 : 1;
            m_entries.insert(at, {layer->id(), layer->name(), true, 1.0, {}, {}, {}, true, {}, {}, -1});
            added = true;
        }
    }
    if (added)
        emit layersChanged();
    return problems;
}

void MapModel::remove(const QString &id)
{
    const bool removable = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [&](const LayerEntry &e) { return e.id == id && e.removable; });
    if (!removable)
        return;
    m_layers.remove(id);
    m_bounds.remove(id);
    m_entries.removeIf([&](const LayerEntry &e) { return e.id == id; });
    emit layersChanged();
}

void MapModel::applyEntries(const QList<LayerEntry> &entries)
{
    QStringList hiddenBefore, hiddenAfter;
    bool imageryBefore = false, imageryAfter = false;
    for (const auto &e : std::as_const(m_entries)) {
        if (e.id == kSites)
            hiddenBefore = e.hiddenKinds;
        if (e.id == kImagery)
            imageryBefore = e.visible && e.opacity > 0;
    }
    m_entries = entries;
    for (const auto &e : std::as_const(m_entries)) {
        if (e.id == kSites)
            hiddenAfter = e.hiddenKinds;
        if (e.id == kImagery)
            imageryAfter = e.visible && e.opacity > 0;
        if (auto layer = m_layers.value(e.id))
            layer->setOpacity(e.opacity);
    }
    if (hiddenBefore != hiddenAfter)
        applySiteFilter();
    if (imageryBefore != imageryAfter)
        rebuildFootprints();
    for (const auto &e : std::as_const(m_entries)) // the rebuilt layers start as their entries say
        if (e.id == kSites || e.id == kAois || e.id == kFootprints)
            if (auto layer = m_layers.value(e.id))
                layer->setOpacity(e.opacity);
    emit layersChanged();
}

LayerList MapModel::visibleLayers() const
{
    LayerList out;
    for (const auto &e : m_entries)
        if (e.visible) {
            std::shared_ptr<MapLayer> layer = m_layers.value(e.id);
            if (!m_onlyScene.isNull() && e.id == kImagery)
                layer = sceneLayer(m_onlyScene);
            else if (!m_onlyScene.isNull() && e.id == kAnnotations)
                layer = sceneAnnotationLayer(m_onlyScene);
            if (layer)
                out << layer;
        }
    return out;
}

LayerList MapModel::visibleLayersWith(const QUuid &scene) const
{
    LayerList out;
    for (const auto &e : m_entries)
        if (e.id == kImagery && !scene.isNull()) {
            if (auto layer = sceneLayer(scene))
                out << layer;
        } else if (e.visible) {
            if (auto layer = e.id == kAnnotations && !scene.isNull() ? sceneAnnotationLayer(scene) : m_layers.value(e.id))
                out << layer;
        }
    return out;
}

std::shared_ptr<MapLayer> MapModel::sceneAnnotationLayer(const QUuid &scene) const
{
    std::shared_ptr<MapLayer> layer = m_sceneAnnotations.value(scene);
    if (!layer) {
        QList<Annotation> onScene;
        for (const Annotation &a : m_annotations)
            if (a.sceneId == scene)
                onScene << a;
        layer = std::make_shared<AnnotationLayer>(onScene, m_objectKinds);
        m_sceneAnnotations.insert(scene, layer);
    }
    // Drawn as the annotations entry is: the same opacity.
    if (const auto all = m_layers.value(kAnnotations))
        layer->setOpacity(all->opacity());
    return layer;
}

void MapModel::showOnlyScene(const QUuid &scene)
{
    if (scene == m_onlyScene)
        return;
    m_onlyScene = scene;
    emit layersChanged();
}

void MapModel::raiseScene(const QUuid &scene)
{
    if (scene == m_raised)
        return;
    m_raised = scene;
    m_layers.insert(kImagery, std::make_shared<RasterLayer>(m_sources, m_raised));
    emit layersChanged();
}

void MapModel::setTimeWindow(const TimeWindow &window)
{
    if (window == m_window)
        return;
    m_window = window;
    emit timeWindowChanged(m_window);
}

std::shared_ptr<MapLayer> MapModel::sceneLayer(const QUuid &scene) const
{
    std::shared_ptr<RasterLayer> layer = m_sceneLayers.value(scene).layer;
    if (!layer) {
        for (const auto &s : m_sources)
            if (s.scene.meta.id == scene) {
                layer = std::make_shared<RasterLayer>(QList<RasterLayer::Source>{s});
                m_sceneLayers.insert(scene, {s, layer});
            }
        if (!layer)
            return nullptr;
    }
    // Drawn as the imagery entry is: the same opacity.
    if (const auto imagery = m_layers.value(kImagery))
        layer->setOpacity(imagery->opacity());
    return layer;
}

QList<LayerState> MapModel::states() const
{
    QList<LayerState> out;
    for (int i = 0; i < m_entries.size(); ++i) {
        const auto &e = m_entries[i];
        out << LayerState{e.id, i, e.visible, e.opacity, e.hiddenKinds};
    }
    return out;
}

void MapModel::restore(const QList<LayerState> &states, QStringList *problems)
{
    // Reference files first, so that their entries exist to be ordered.
    QSet<QString> files;
    QStringList toRead;
    for (const LayerState &s : states) {
        if (!s.layerId.startsWith(QLatin1String("ref:")) || m_layers.contains(s.layerId))
            continue;
        const QString file = s.layerId.mid(4).section(u'#', 0, 0);
        if (files.contains(file))
            continue;
        files.insert(file);
        toRead << file;
    }
    for (const QString &why : addReferenceFiles(toRead))
        if (!why.isEmpty() && problems)
            *problems << why;
    QList<LayerEntry> ordered;
    QList<LayerEntry> rest = m_entries;
    QList<LayerState> sorted = states;
    std::sort(sorted.begin(), sorted.end(), [](const LayerState &a, const LayerState &b) { return a.position < b.position; });
    for (const LayerState &s : std::as_const(sorted)) {
        for (int i = 0; i < rest.size(); ++i) {
            if (rest[i].id != s.layerId)
                continue;
            LayerEntry e = rest.takeAt(i);
            e.visible = s.visible;
            e.opacity = s.opacity;
            e.hiddenKinds = s.hiddenKinds;
            ordered << e;
            break;
        }
    }
    // Layers the saved state did not know (added to Sightline since) go where they stand by
    // default: just above the nearest layer that comes before them in the default order.
    for (const LayerEntry &e : std::as_const(rest)) {
        int own = 0;
        while (own < m_entries.size() && m_entries[own].id != e.id)
            ++own;
        int at = 0;
        for (int d = own - 1; d >= 0 && at == 0; --d)
            for (int i = 0; i < ordered.size(); ++i)
                if (ordered[i].id == m_entries[d].id)
                    at = i + 1;
        ordered.insert(at, e);
    }
    applyEntries(ordered);
}

QList<RecordRef> MapModel::recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const
{
    const LayerList layers = visibleLayers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it)
        if (const QList<RecordRef> hits = (*it)->recordsAt(view, pixel, tolerancePixels); !hits.isEmpty())
            return hits;
    return {};
}

} // namespace sightline::render
