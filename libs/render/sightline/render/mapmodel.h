#pragma once

#include "sightline/core/layerstate.h"
#include "sightline/core/timespan.h"
#include "sightline/render/layerentry.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/store/project.h"

#include <QObject>
#include <QSet>

namespace sightline::render {

// The map of a project, one definition for every picture of it: the window's canvas,
// `sightline-cli render` and printed figures. Holds the layers (basemap, imagery, footprints,
// areas of interest, annotations, claims, events, sites, and reference layers read from files),
// their state as the project saves it (order, visibility, opacity, hidden kinds) and the time
// window, and hands out the list of layers a renderer draws, bottom first.
//
// An edit rebuilds only the layers that draw the record type it changed; every other layer stays
// the same object (same revision), so its tiles in a cache stay valid. The basemap is made once
// per file (and prepared once per file and CRS, shared between models).
//
// GUI thread (or a command's one thread) only; the layers it hands out are immutable snapshots
// that any thread may draw.
class MapModel : public QObject
{
    Q_OBJECT
public:
    explicit MapModel(QObject *parent = nullptr);
    ~MapModel() override;

    // A project's map as it was left: its records, then its saved layer states (reference files
    // read again; each that cannot be read is one line in *problems, and the map goes on without it).
    // Nothing of a project opened before carries over but the basemap.
    void open(const Project &project, const QString &basemapPath, QStringList *problems);
    // Scenes whose pixels the map never draws (their footprints stay, as outlines of imagery the
    // map does not show): a brief leaves out imagery its licence keeps from republication. Takes
    // effect when the scenes are next read (open, setProject, a change of scenes).
    void withholdScenes(const QSet<QUuid> &scenes) { m_withheld = scenes; }
    // Makes every layer from the project's records; keeps the entries' state, the reference
    // layers and (for the same file) the basemap.
    void setProject(const Project &project, const QString &basemapPath);
    // Records of this type changed: rebuilds the layers that draw them, and only those. Returns
    // whether any did (layersChanged was emitted).
    bool recordsChanged(const Project &project, RecordType type);
    // The ids of the layers that draw records of a type (none for sources, links, judgments).
    static QStringList layersDrawing(RecordType type);
    // The basemap entry's id.
    static QString basemapId();

    // Draws this layer as the basemap (a tile service, tile package or OSM extract; see
    // basemapsourcelayer.h) instead of Natural Earth; null goes back to Natural Earth. The
    // basemap entry keeps its place, visibility and opacity and is named after the source.
    void setBasemapLayer(std::shared_ptr<MapLayer> layer);
    bool hasOwnBasemap() const { return m_ownBasemap; }
    // What the basemap entry offers to switch to (Natural Earth and the project's sources, as
    // the layer list shows them) and which one it shows.
    void setBasemapChoices(const QStringList &choices, int chosen);

    // Adds every layer of a vector file OGR reads, above the basemap. False, with one line naming
    // the file and the problem in *error, when it cannot be read; the map is then unchanged.
    bool addReferenceFile(const QString &path, QString *error);
    // addReferenceFile for several files, read side by side and added in the order given. For
    // each path, why it was refused, or an empty string.
    QStringList addReferenceFiles(const QStringList &paths);
    // Reference files being read on worker threads, each file on its own, for a caller that knows
    // them before it has its map (the CLI, from its arguments: while the project opens). With
    // the map's CRS named, each worker also projects and indexes what it read for it, so that
    // the first frame finds those layers prepared.
    class ReferenceReading;
    static std::shared_ptr<ReferenceReading> startReadingReferenceFiles(const QStringList &paths,
                                                                        const QString &crs = {});
    // addReferenceFiles with files started before: waits for them and adds them in their order.
    QStringList addReferenceFiles(const ReferenceReading &reading);
    void remove(const QString &id);

    QList<LayerEntry> entries() const { return m_entries; }
    void applyEntries(const QList<LayerEntry> &entries);
    // The state to save in the project, and back: order, visibility, opacity, hidden kinds, and
    // the reference files (re-read when restored; a file that is gone is named in *problems).
    QList<LayerState> states() const;
    void restore(const QList<LayerState> &states, QStringList *problems);

    // The layers to draw, bottom first. With a scene set by showOnlyScene (flicker), the imagery
    // shows that scene alone, and the annotations only those drawn on it.
    LayerList visibleLayers() const;
    // The layers to draw with the imagery restricted to one scene, shown even when the imagery
    // entry is hidden (a comparison view locked to the scene), and the annotations drawn on that
    // scene alone. Each scene's layers are kept while their records are unchanged, so their tiles
    // stay in the cache. A null scene gives all imagery and all annotations.
    LayerList visibleLayersWith(const QUuid &scene) const;
    void showOnlyScene(const QUuid &scene);
    // Draws this scene over the others (a null id: newer over older again); it stays on top
    // until another is raised.
    void raiseScene(const QUuid &scene);
    const QUuid &raisedScene() const { return m_raised; }
    const QUuid &onlyScene() const { return m_onlyScene; }
    // A layer by id (null when there is none), visible or not.
    std::shared_ptr<const MapLayer> layer(const QString &id) const { return m_layers.value(id); }

    // The time window every view of this map shows (open by default: everything).
    const TimeWindow &timeWindow() const { return m_window; }
    void setTimeWindow(const TimeWindow &window);
    // A view of this map: the settings with the model's time window.
    MapSettings viewOf(MapSettings view) const
    {
        view.timeWindow = m_window;
        return view;
    }

    // The records drawn under a pixel of view (device pixels), from the topmost visible layer
    // that has any there, best first.
    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const;
    // Lon/lat bounds of a layer's features, if known without reading files again.
    GeoBounds boundsOf(const QString &id) const { return m_bounds.value(id); }

signals:
    void layersChanged();
    void timeWindowChanged(const sightline::TimeWindow &window);

private:
    void makeDefaultEntries();
    bool rebuild(const Project &project, RecordType type);
    void rebuildSites(const Project &project);
    void rebuildScenes(const Project &project);
    void rebuildFootprints();
    void applySiteFilter();
    void rebuildAois();
    QList<Geometry> footprintsWithPixels() const;
    std::shared_ptr<MapLayer> sceneLayer(const QUuid &scene) const;
    std::shared_ptr<MapLayer> sceneAnnotationLayer(const QUuid &scene) const;

    QString m_basemapPath;
    bool m_ownBasemap = false; // the basemap is a chosen source, not Natural Earth
    QList<Site> m_sites;
    QList<Site> m_shownSites;      // of those, the kinds not hidden
    QList<Geometry> m_aoiImagery;  // the footprints the areas of interest are outlined over
    QList<ImageryScene> m_scenes;
    QList<RasterLayer::Source> m_sources;
    QSet<QUuid> m_scenesWithPixels; // scenes whose file can be read: their footprints are outlines only
    QHash<QString, std::shared_ptr<MapLayer>> m_layers; // by id
    QHash<QString, GeoBounds> m_bounds;
    QList<LayerEntry> m_entries; // bottom first
    int m_referenceCount = 0;
    QUuid m_onlyScene;
    QUuid m_raised;
    QSet<QUuid> m_withheld;
    TimeWindow m_window;
    struct SceneLayer
    {
        RasterLayer::Source source; // what the layer was made from
        std::shared_ptr<RasterLayer> layer;
    };
    mutable QHash<QUuid, SceneLayer> m_sceneLayers;
    QList<Annotation> m_annotations;
    QList<ObjectKind> m_objectKinds; // the project's vocabulary
    mutable QHash<QUuid, std::shared_ptr<MapLayer>> m_sceneAnnotations; // made when first shown
};

} // namespace sightline::render
