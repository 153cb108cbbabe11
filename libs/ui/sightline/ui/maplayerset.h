#pragma once

#include "sightline/render/maprenderer.h"
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
    // The layers to draw, bottom first.
    render::LayerList visibleLayers() const;
    // The records drawn under a pixel of view (device pixels), from the topmost visible layer
    // that has any there, best first.
    QList<RecordRef> recordsAt(const render::MapSettings &view, QPointF pixel, double tolerancePixels) const;
    // Lon/lat bounds of a layer's features, if known without reading files again.
    GeoBounds boundsOf(const QString &id) const;

signals:
    void layersChanged();

private:
    void rebuildSiteLayers();

    QList<Site> m_sites;
    QHash<QString, std::shared_ptr<render::MapLayer>> m_layers; // by id
    QHash<QString, GeoBounds> m_bounds;
    QList<LayerPanel::Entry> m_entries; // bottom first
    int m_referenceCount = 0;
};

} // namespace sightline::ui
