#include "sightline/render/maprenderer.h"

#include "sightline/geo/geodesy.h"
#include "sightline/geo/transform.h"
#include "sightline/render/decorations.h"
#include "sightline/render/labels.h"
#include "sightline/render/transformcache.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

namespace sightline::render {
namespace {

QThreadPool &tilePool()
{
    // Separate from the global pool, where render jobs themselves run, so that a job waiting
    // for its tiles never starves them of threads.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return *pool;
}

struct TileJob
{
    qint64 tx, ty;
    QImage image;
    bool cached = false;
};

} // namespace

double MapRenderer::groundResolution(const MapSettings &s)
{
    const auto *toLonLat = cachedTransform(s.crs, QStringLiteral("EPSG:4326"));
    if (!toLonLat)
        return 0;
    const QPointF c = s.center;
    const auto a = toLonLat->forward(c);
    const auto b = toLonLat->forward(QPointF(c.x() + s.mapUnitsPerPixel, c.y()));
    if (!a || !b)
        return 0;
    return geo::geodesicDistanceMeters({a->x(), a->y()}, {b->x(), b->y()});
}

QImage MapRenderer::render(const MapSettings &settings, const LayerList &layers, TileCache *cache,
                           const std::atomic_bool *cancel, RenderStats *stats)
{
    RenderStats local;
    RenderStats &st = stats ? *stats : local;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    QImage frame(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    frame.setDotsPerMeterX(qRound(settings.dpi / 0.0254));
    frame.setDotsPerMeterY(qRound(settings.dpi / 0.0254));
    frame.fill(settings.background);
    QPainter painter(&frame);

    const double r = settings.mapUnitsPerPixel;
    const MapExtent extent = settings.extent();
    st.metersPerPixel = groundResolution(settings);
    const double tileSpan = kTileSize * r;
    const qint64 tx0 = static_cast<qint64>(std::floor(extent.xMin / tileSpan));
    const qint64 tx1 = static_cast<qint64>(std::floor(extent.xMax / tileSpan));
    const qint64 ty0 = static_cast<qint64>(std::floor(extent.yMin / tileSpan));
    const qint64 ty1 = static_cast<qint64>(std::floor(extent.yMax / tileSpan));
    // One rounding for the whole grid, so that tiles meet without seams.
    const double ox = std::round(-extent.xMin / r);
    const double oy = std::round(extent.yMax / r);
    const qint64 timeKey = settings.timeUtc.isValid() ? settings.timeUtc.toMSecsSinceEpoch() : 0;

    for (const auto &layer : layers) {
        QString error;
        const auto prepared = layer->prepared(settings.crs, &error);
        if (!prepared) {
            st.problems << layer->name() + QStringLiteral(": ") + error;
            continue;
        }
        if (!layer->problem().isEmpty())
            st.problems << layer->name() + QStringLiteral(": ") + layer->problem();

        QList<TileJob> tiles;
        for (qint64 ty = ty0; ty <= ty1; ++ty)
            for (qint64 tx = tx0; tx <= tx1; ++tx)
                tiles.append({tx, ty, {}, false});
        auto keyOf = [&](const TileJob &t) {
            return TileKey{layer->id(), layer->revision(), settings.crs, r, settings.symbolScale(), t.tx, t.ty, timeKey};
        };
        QList<TileJob *> missing;
        for (TileJob &t : tiles) {
            if (cache && cache->find(keyOf(t), &t.image))
                t.cached = true;
            else
                missing.append(&t);
        }
        const auto renderOne = [&](TileJob *t) {
            if (cancelled())
                return;
            TileContext ctx{{t->tx * tileSpan, t->ty * tileSpan, (t->tx + 1) * tileSpan, (t->ty + 1) * tileSpan},
                            r, settings.symbolScale(), st.metersPerPixel, settings.timeUtc, cancel};
            QImage img(kTileSize, kTileSize, QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::transparent);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            prepared->renderTile(p, ctx);
            p.end();
            t->image = img;
        };
        if (missing.size() > 1)
            QtConcurrent::blockingMap(&tilePool(), missing, renderOne);
        else if (!missing.isEmpty())
            renderOne(missing.first());
        if (cancelled())
            return {};
        painter.setOpacity(layer->opacity());
        for (const TileJob &t : tiles) {
            if (!t.cached && cache)
                cache->insert(keyOf(t), t.image);
            painter.drawImage(QPointF(t.tx * kTileSize + ox, oy - (t.ty + 1) * kTileSize), t.image);
        }
        st.tilesRendered += static_cast<int>(missing.size());
        st.tilesFromCache += static_cast<int>(tiles.size() - missing.size());
    }
    painter.setOpacity(1.0);

    LabelPlacer labels(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)), settings.symbolScale());
    for (const auto &layer : layers)
        if (const auto prepared = layer->prepared(settings.crs, nullptr))
            prepared->addLabels(labels, settings, st.metersPerPixel);
    labels.draw(painter);
    if (cancelled())
        return {};
    if (settings.decorations)
        drawDecorations(painter, settings, st.metersPerPixel);
    return frame;
}

} // namespace sightline::render
