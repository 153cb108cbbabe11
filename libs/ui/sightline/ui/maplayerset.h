#pragma once

#include "sightline/render/maprenderer.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/core/layerstate.h"
#include "sightline/store/project.h"
#include "sightline/ui/layerpanel.h"

#include <QObject>

namespace sightline::ui {

// The layers of the map window: the project's own (basemap, areas of interest, claims, events,
// sites) and reference layers from files, with their order, visibility, opacity and kind
// filters. Turns that state into the list of layers the canvas draws. GUI thread only.
class MapLayerSet : public QObject
{
    Q_OBJECT
public:
    explicit MapLayerSet(QObject *parent = nullptr);

    // Takes a snapshot of the project's records; keeps reference layers and panel state.
    void setProject(const Project &project, const QString &basemapPath);
    // Adds every layer of a vector file OGR reads. False, with one line naming the file and the
    // problem in *error, when it cannot be read; the map is then unchanged.
    bool addReferenceFile(const QString &path, QString *error);
    void remove(const QString &id);

    QList<LayerPanel::Entry> entries() const { return m_entries; }
    // The state to save in the project, and back: order, visibility, opacity, hidden kinds, and
    // the reference files (re-read when restored; a file that is gone is named in *problems).
    QList<LayerState> states() const;
    void restore(const QList<LayerState> &states, QStringList *problems);
    void applyEntries(const QList<LayerPanel::Entry> &entries);
    // The layers to draw, bottom first. With a scene set by showOnlyScene (flicker), the imagery
    // shows that scene alone.
    render::LayerList visibleLayers() const;
    // The layers to draw with the imagery restricted to one scene, shown even when the imagery
    // entry is hidden (a comparison view locked to the scene). Each scene's layer is kept while
    // its record is unchanged, so its tiles stay in the cache: going back to a scene is instant.
    // A null scene gives the layers with all imagery, whatever showOnlyScene says.
    render::LayerList visibleLayersWith(const QUuid &scene) const;
    void showOnlyScene(const QUuid &scene);
    const QUuid &onlyScene() const { return m_onlyScene; }
    // The records drawn under a pixel of view (device pixels), from the topmost visible layer
    // that has any there, best first.
    QList<RecordRef> recordsAt(const render::MapSettings &view, QPointF pixel, double tolerancePixels) const;
    // Lon/lat bounds of a layer's features, if known without reading files again.
    GeoBounds boundsOf(const QString &id) const;

signals:
    void layersChanged();

private:
    void rebuildSiteLayers();
    void rebuildFootprints();
    std::shared_ptr<render::MapLayer> sceneLayer(const QUuid &scene) const;

    QList<Site> m_sites;
    QHash<QString, std::shared_ptr<render::MapLayer>> m_layers; // by id
    QHash<QString, GeoBounds> m_bounds;
    QList<LayerPanel::Entry> m_entries; // bottom first
    int m_referenceCount = 0;
    QList<ImageryScene> m_scenes;
    QList<render::RasterLayer::Source> m_sources;
    QSet<QUuid> m_scenesWithPixels; // scenes whose file can be read: their footprints are outlines only
    QUuid m_onlyScene;
    struct SceneLayer
    {
        render::RasterLayer::Source source; // what the layer was made from
        std::shared_ptr<render::RasterLayer> layer;
    };
    mutable QHash<QUuid, SceneLayer> m_sceneLayers;
};

} // namespace sightline::ui
