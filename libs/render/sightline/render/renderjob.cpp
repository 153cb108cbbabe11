#include "sightline/render/renderjob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace sightline::render {
namespace {

QThreadPool &jobPool()
{
    // Not Qt's global pool: Qt 6.4 splits large image conversions and scaling into tasks on
    // the global pool and waits for them, also from our tile workers. A job that held a
    // global thread while waiting for its tiles could then wait forever on itself.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2); // the newest job and one cancelled job finishing its tile
        // A job still drawing when the application ends (its view deleted, so cancelled) is
        // waited for while Qt is whole: Qt's statics are destroyed after this routine, and a
        // worker still in them then crashed the exit.
        qAddPostRoutine([] { jobPool().waitForDone(); });
        return p;
    }();
    return *pool;
}

} // namespace

RenderJob::RenderJob(std::shared_ptr<TileCache> cache, QObject *parent)
    : QObject(parent), m_alive(std::make_shared<Alive>()), m_cache(std::move(cache))
{
    m_alive->job = this;
    qRegisterMetaType<sightline::render::MapSettings>();
}

RenderJob::~RenderJob()
{
    {
        QMutexLocker lock(&m_alive->mutex);
        m_alive->job = nullptr;
    }
    cancel();
}

quint64 RenderJob::start(const MapSettings &settings, const LayerList &layers)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 frame = ++m_frame;
    const bool newView = frame == 1 || settings.crs != m_last.crs || settings.mapUnitsPerPixel != m_last.mapUnitsPerPixel ||
                         settings.outputSize != m_last.outputSize;
    const bool preview = newView && std::any_of(layers.begin(), layers.end(), [](const auto &l) { return l->slowToDraw(); });
    m_last = settings;
    ++m_running;
    QPointer<RenderJob> self(this);
    auto cancelFlag = m_cancel;
    auto cache = m_cache;
    auto alive = m_alive;
    // Posts to the job if it still exists (checked again on its thread, by self).
    const auto post = [alive](auto fn) {
        QMutexLocker lock(&alive->mutex);
        if (alive->job)
            QMetaObject::invokeMethod(alive->job, fn, Qt::QueuedConnection);
        return alive->job != nullptr;
    };
    jobPool().start([=] {
        if (preview) {
            constexpr int kFactor = 4;
            MapSettings coarse = settings;
            coarse.outputSize = QSize(std::max(1, settings.outputSize.width() / kFactor),
                                      std::max(1, settings.outputSize.height() / kFactor));
            coarse.mapUnitsPerPixel = settings.mapUnitsPerPixel * kFactor;
            coarse.dpi = settings.dpi / kFactor;
            coarse.decorations = false;
            RenderStats coarseStats;
            const QImage image = MapRenderer::render(coarse, layers, cache.get(), cancelFlag.get(), &coarseStats);
            if (!image.isNull())
                post([=] {
                    if (self && frame == self->m_frame)
                        emit self->finished(frame, image, coarse, coarseStats.problems);
                });
        }
        RenderStats stats;
        const QImage image = MapRenderer::render(settings, layers, cache.get(), cancelFlag.get(), &stats);
        const bool posted = post([=] {
            if (!self)
                return;
            --self->m_running;
            if (frame == self->m_frame && !image.isNull())
                emit self->finished(frame, image, settings, stats.problems);
        });
        if (!posted)
            return; // the view is gone
        // The frame is on its way; until a newer view cancels it, draw the ring of tiles around
        // it, so that the next pan is mostly copies.
        if (!image.isNull())
            MapRenderer::prefetch(settings, layers, cache.get(), cancelFlag.get());
    });
    return frame;
}

void RenderJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace sightline::render
