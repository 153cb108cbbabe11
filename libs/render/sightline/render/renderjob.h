#pragma once

#include "sightline/render/maprenderer.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace sightline::render {

// Renders maps in the background for one view (a canvas): start() cancels the frame still
// being drawn and begins a new one on the global thread pool; finished() arrives on the thread
// that owns the job, only for the newest frame. After each frame the worker goes on to draw
// the ring of tiles around it into the cache, until the next start() cancels that. When the
// view is new (another scale or CRS, not a pan) and a layer is slow to draw (imagery), a frame
// at a quarter of the resolution comes first, drawn from coarse overviews, so that the canvas
// shows the place at once and sharpens it when the full frame arrives. Lives on the GUI thread.
class RenderJob : public QObject
{
    Q_OBJECT
public:
    explicit RenderJob(std::shared_ptr<TileCache> cache, QObject *parent = nullptr);
    ~RenderJob() override;

    // Returns the frame's number, which finished() repeats.
    quint64 start(const MapSettings &settings, const LayerList &layers);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    TileCache &cache() const { return *m_cache; }

signals:
    // The frame (a coarse one first, sometimes, with its own settings; then the full one).
    void finished(quint64 frame, const QImage &image, const sightline::render::MapSettings &settings,
                  const QStringList &problems);

private:
    // Whether the job still exists, for the workers: they post their frames to it under the
    // mutex, and the destructor clears the pointer under it, so no post reaches a deleted job.
    struct Alive
    {
        QMutex mutex;
        RenderJob *job;
    };
    std::shared_ptr<Alive> m_alive;
    std::shared_ptr<TileCache> m_cache;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_frame = 0;
    int m_running = 0;
    MapSettings m_last; // of the last frame started, to tell a pan from a new view
};

} // namespace sightline::render
