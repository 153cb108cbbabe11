#pragma once

#include "sightline/core/scene.h"
#include "sightline/render/timefilter.h"
#include "sightline/store/project.h"

#include <QList>

#include <memory>

namespace sightline::render {

class SceneRaster;

// The pixels of imagery scenes, drawn under the footprints and above the basemap, oldest scene
// at the bottom. Each map tile is read from the scene's file on the worker drawing it (one GDAL
// dataset per worker thread: GDAL handles are not thread-safe), from the overview whose
// resolution is just finer than the tile's, reprojected on the fly when the map's CRS is not the
// scene's, stretched and toned by the scene's display settings, and kept in the renderer's tile
// cache like every other layer's tiles. A scene shows when the map's time window shows its
// acquisition time; its tiles are keyed by the scenes the window shows, so a window that moves
// without taking a scene in or out redraws nothing here. A scene whose file is missing or damaged draws nothing: problem() names
// its file, and its footprint is labelled "file missing".
class RasterLayer : public TimedLayer
{
public:
    // One scene and the file GDAL reads it from (empty when missing; why says so).
    struct Source
    {
        ImageryScene scene;
        QString file;
        QString why;
    };
    // Drawn oldest first, so newer scenes cover older ones; the scene onTop (one an analyst
    // chose) is drawn last, over all of them.
    explicit RasterLayer(QList<Source> sources, const QUuid &onTop = {});
    ~RasterLayer() override;

    // The project's scenes with their files resolved (embedded ones extracted). GUI thread.
    static QList<Source> sourcesOf(const Project &project);

    QString problem() const override;
    bool slowToDraw() const override { return !m_scenes.isEmpty(); }
    int sceneCount() const;
    // Overviews of the scene's file as this layer reads it; -1 when the scene is not drawn.
    int overviewCount(const QUuid &sceneId) const;
    // The scenes whose pixels a frame with these settings shows: file readable, footprint in
    // the frame, acquired in the frame's time window. For the custody log of exports.
    QList<ImageryScene> scenesShown(const MapSettings &settings) const;
    // How a map credits a scene it shows: "Imagery: Maxar, 2024-05-10. Licence: ..." (the
    // file's name when the provider is unknown; no licence part when there is none).
    static QString creditOf(const ImageryScene &scene);

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<std::shared_ptr<SceneRaster>> m_scenes; // drawing order: oldest first
    QStringList m_missing;                        // messages for scenes without a file
};

} // namespace sightline::render
