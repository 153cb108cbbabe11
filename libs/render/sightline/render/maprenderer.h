#pragma once

#include "sightline/core/scene.h"
#include "sightline/render/maplayer.h"
#include "sightline/render/tilecache.h"

#include <QHash>
#include <QImage>

class QPainter;
#include <QList>
#include <QStringList>

#include <memory>

namespace sightline::render {

using LayerList = QList<std::shared_ptr<const MapLayer>>;

struct RenderStats
{
    int tilesRendered = 0;  // layer tiles drawn for this frame
    int tilesFromCache = 0; // frame tiles (all layers composed) reused whole
    QHash<QString, int> tilesRenderedByLayer; // layer id → layer tiles drawn (none: not listed)
    double metersPerPixel = 0;
    QStringList problems; // layers that could not be drawn, and why
    QList<ImageryScene> scenes; // the imagery the frame shows
    QStringList credits;        // and how it is credited, with its licence (RasterLayer::creditOf)
};

// Draws a map: each layer in 256-pixel tiles on a grid anchored at the CRS origin, rendered in
// parallel; the layers of a tile composed into one frame tile; both kept in a TileCache, so a
// pan reuses every frame tile still in view and a change to one layer redraws only that layer.
// Then labels for the whole frame, then scale bar and north arrow. The canvas, sightline-cli render
// and PDF figures all draw through here, so they show the same map.
//
// Thread-safe: call from any thread, with layers that are not changed meanwhile.
class MapRenderer
{
public:
    static constexpr int kTileSize = 256;

    // Returns a null image when cancel became true before the frame was finished.
    static QImage render(const MapSettings &settings, const LayerList &layers, TileCache *cache = nullptr,
                         const std::atomic_bool *cancel = nullptr, RenderStats *stats = nullptr);

    // Draws the frame into painter, whose coordinates are the frame's pixels (settings.outputSize)
    // whatever its device: for a PDF, vectors stay vectors (areas, sites, annotations, footprints
    // as paths, labels, scale bar and north arrow as paths and text) and only what is made of
    // pixels (imagery) is drawn as an image of the frame's resolution, cropped to what it covers.
    // Each layer is drawn once over the whole frame, in order, without tiles or cache. Thread:
    // the painter's.
    static void paint(QPainter &painter, const MapSettings &settings, const LayerList &layers,
                      RenderStats *stats = nullptr);
    // What a frame of these layers shows, without drawing it: the problems of layers that cannot
    // be drawn, the imagery shown with its credits, the ground resolution. Thread-safe.
    static RenderStats shown(const MapSettings &settings, const LayerList &layers);
    // Draws into the cache the tiles of a one-tile ring around the view, so that the next pan
    // finds them ready; composes no frame. Called when a view is idle; cancellable like render.
    static void prefetch(const MapSettings &settings, const LayerList &layers, TileCache *cache,
                         const std::atomic_bool *cancel = nullptr, RenderStats *stats = nullptr);

    // Ground metres per pixel at the centre of the view (geodesic), or 0 when unknown.
    static double groundResolution(const MapSettings &settings);
    // The map's scale as 1:N at the centre of the view: ground metres per metre on the device,
    // from the ground resolution and the output's physical pixel density. 0 when unknown.
    static double scaleDenominator(const MapSettings &settings);

private:
    static QImage renderFrame(const MapSettings &settings, const LayerList &layers, TileCache *cache,
                              const std::atomic_bool *cancel, RenderStats *stats, bool compose);
};

} // namespace sightline::render
