#include "sightline/render/maprenderer.h"

#include "sightline/geo/geodesy.h"
#include "sightline/geo/transform.h"
#include "sightline/render/decorations.h"
#include "sightline/render/labels.h"
#include "sightline/render/memoryreuse.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/render/symbols.h"
#include "sightline/render/transformcache.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace sightline::render {
namespace {

QThreadPool &tilePool()
{
    // Separate from the pool render jobs run in (renderjob.cpp), so that a job waiting for its
    // tiles never starves them of threads, and from Qt's global pool, which Qt's own image
    // code uses from inside our workers.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return *pool;
}

// Whether every pixel of the image inside area is fully opaque; stops at the first row that is not.
bool isOpaque(const QImage &img, const QRect &area)
{
    if (img.format() != QImage::Format_ARGB32_Premultiplied)
        return !img.hasAlphaChannel();
    // A row at a time, every pixel's bits and-ed together (which the compiler vectorises): the
    // alpha of the result is 255 only when every pixel's is.
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        QRgb all = 0xffffffffu;
        for (int x = area.left(); x <= area.right(); ++x)
            all &= line[x];
        if (qAlpha(all) != 255)
            return false;
    }
    return true;
}

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

double MapRenderer::scaleDenominator(const MapSettings &s)
{
    const double pixelsPerInch = s.physicalDpi > 0 ? s.physicalDpi : s.dpi;
    const double metersPerPixel = groundResolution(s);
    if (!(pixelsPerInch > 0) || !(metersPerPixel > 0))
        return 0;
    constexpr double kMetersPerInch = 0.0254;
    return metersPerPixel * pixelsPerInch / kMetersPerInch;
}

QImage MapRenderer::render(const MapSettings &settings, const LayerList &layers, TileCache *cache,
                           const std::atomic_bool *cancel, RenderStats *stats)
{
    return renderFrame(settings, layers, cache, cancel, stats, true);
}

void MapRenderer::prefetch(const MapSettings &settings, const LayerList &layers, TileCache *cache,
                           const std::atomic_bool *cancel, RenderStats *stats)
{
    if (!cache)
        return;
    // The ring of tiles around the view: a larger view with the same centre has the same grid.
    MapSettings around = settings;
    around.outputSize += QSize(2 * kTileSize, 2 * kTileSize);
    renderFrame(around, layers, cache, cancel, stats, false);
}

QImage MapRenderer::renderFrame(const MapSettings &settings, const LayerList &layers, TileCache *cache,
                                const std::atomic_bool *cancel, RenderStats *stats, bool compose)
{
    RenderStats local;
    RenderStats &st = stats ? *stats : local;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

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

    // Layers that can be drawn, and a fingerprint of them for the composed tiles. Only layers
    // that depend on time have their tiles keyed by (what they show of) the time window.
    struct Ready
    {
        const MapLayer *layer;
        std::shared_ptr<const PreparedLayer> prepared;
        quint64 timeKey;
    };
    QList<Ready> ready;
    size_t fingerprint = 0;
    // A new map (or CRS) prepares its layers first: reading files and projecting everything, a
    // layer at a time on one thread left the other core idle. They are prepared side by side;
    // the loop below then finds them ready (and reports problems in the layers' order).
    QList<const MapLayer *> unprepared;
    for (const auto &layer : layers)
        if (!layer->isPrepared(settings.crs))
            unprepared << layer.get();
    if (unprepared.size() > 1)
        QtConcurrent::blockingMap(&tilePool(), unprepared, [&](const MapLayer *layer) { layer->prepared(settings.crs, nullptr); });
    for (const auto &layer : layers) {
        QString error;
        auto prepared = layer->prepared(settings.crs, &error);
        if (!prepared) {
            st.problems << layer->name() + QStringLiteral(": ") + error;
            continue;
        }
        if (!layer->problem().isEmpty())
            st.problems << layer->name() + QStringLiteral(": ") + layer->problem();
        const quint64 timeKey = layer->timeKey(settings.timeWindow);
        ready.append({layer.get(), prepared, timeKey});
        fingerprint = qHashMulti(fingerprint, layer->id(), layer->revision(), qRound(layer->opacity() * 1000), timeKey);
    }
    fingerprint = qHashMulti(fingerprint, settings.background.rgba()); // frame tiles are opaque
    // A frame shows only part of the tiles along its edges. When a frame that has most of its
    // tiles to draw is wanted now, layers that can (imagery, which then decodes fewer blocks)
    // draw those tiles only as far as the frame shows them. Such parts are kept apart from
    // whole tiles, for the same view shown again (a flicker); drawing the ring around the
    // view ahead makes them whole. A pan, with a column or two to draw, draws them whole.
    const QRect frameRect(QPoint(0, 0), settings.outputSize);
    auto cellOrigin = [&](qint64 tx, qint64 ty) {
        return QPoint(static_cast<int>(tx * kTileSize + ox), static_cast<int>(oy - (ty + 1) * kTileSize));
    };
    auto neededOf = [&](qint64 tx, qint64 ty) {
        const QRect shown = QRect(cellOrigin(tx, ty), QSize(kTileSize, kTileSize)).intersected(frameRect);
        return compose && shown.size() != QSize(kTileSize, kTileSize) ? shown.translated(-cellOrigin(tx, ty)) : QRect();
    };
    const double growth = siteSymbolGrowth(st.metersPerPixel * settings.symbolScale());
    auto keyOf = [&](const QString &id, quint64 revision, quint64 timeKey, qint64 tx, qint64 ty, const QRect &part) {
        const QString partId = part.isNull() ? id
                                             : id + QStringLiteral("|part %1,%2 %3x%4")
                                                        .arg(part.x())
                                                        .arg(part.y())
                                                        .arg(part.width())
                                                        .arg(part.height());
        return TileKey{partId, revision, settings.crs, r, settings.symbolScale(), growth, tx, ty, timeKey};
    };
    // A whole tile, else the part drawn for a frame like this one.
    auto findTile = [&](const QString &id, quint64 revision, quint64 timeKey, qint64 tx, qint64 ty, const QRect &part,
                        QImage *out) {
        return cache && (cache->find(keyOf(id, revision, timeKey, tx, ty, {}), out) ||
                         (!part.isNull() && cache->find(keyOf(id, revision, timeKey, tx, ty, part), out)));
    };

    // A frame is made of composed tiles (all layers in one image); a pan reuses them whole.
    struct Cell
    {
        qint64 tx, ty;
        QRect needed; // null: the whole tile
        QImage composite;
        QList<QImage> layerTiles;
        bool drawn = false; // by the workers, which copied it into the frame
    };
    QList<Cell> cells;
    for (qint64 ty = ty0; ty <= ty1; ++ty)
        for (qint64 tx = tx0; tx <= tx1; ++tx)
            cells.append({tx, ty, neededOf(tx, ty), {}, {}});
    QList<Cell *> missing;
    for (Cell &c : cells) {
        if (findTile(QStringLiteral("#frame"), fingerprint, 0, c.tx, c.ty, c.needed, &c.composite))
            ++st.tilesFromCache;
        else
            missing.append(&c);
    }
    if (missing.size() * 2 <= cells.size())
        for (Cell *c : std::as_const(missing))
            c->needed = QRect();
    // Neighbouring tiles share image blocks (the tile grid does not follow an image's), and a
    // worker that needs a block another is decoding waits for it. Taken every other column of
    // every other row first, tiles drawn at the same time are two apart and share none; the
    // tiles between then find their blocks decoded.
    std::stable_sort(missing.begin(), missing.end(), [](const Cell *a, const Cell *b) {
        return std::pair(a->ty & 1, a->tx & 1) < std::pair(b->ty & 1, b->tx & 1);
    });

    // The frame is written by the workers, each cell into its own part of it, as soon as the
    // cell is ready: one pass over the frame's memory, shared by both cores. Its memory is the
    // one of the last two frames' when the caller has let go of it (a window holds the frame it
    // shows while the next is drawn): allocating (and page-faulting) 8 MB for every 1080p frame
    // costs more than drawing a pan.
    thread_local std::array<QImage, 2> spares;
    QImage frame;
    uchar *frameBits = nullptr;
    if (compose) {
        for (QImage &spare : spares)
            if (spare.size() == settings.outputSize && spare.isDetached()) {
                frame = spare;
                spare = QImage();
                break;
            }
        if (frame.isNull())
            frame = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        frameBits = frame.bits(); // detached here, before the workers write
    }
    const QRgb background = qPremultiply(settings.background.rgba());
    const auto blit = [&](const Cell &c) {
        if (!frameBits)
            return;
        const QPoint o = cellOrigin(c.tx, c.ty);
        const QRect dst = QRect(o, QSize(kTileSize, kTileSize)).intersected(frameRect);
        if (dst.isEmpty())
            return;
        const qsizetype stride = frame.bytesPerLine();
        for (int y = dst.top(); y <= dst.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(frameBits + y * stride) + dst.left();
            if (c.composite.isNull())
                std::fill(line, line + dst.width(), background);
            else
                std::memcpy(line, reinterpret_cast<const QRgb *>(c.composite.constScanLine(y - o.y())) + (dst.left() - o.x()),
                            static_cast<size_t>(dst.width()) * sizeof(QRgb));
        }
    };

    // Each missing frame tile, on the workers: its layer tiles (from the cache or drawn), then
    // the layers composed onto the background, then copied into the frame.
    std::atomic<int> rendered{0};
    std::vector<std::atomic<int>> renderedOf(ready.size());
    const auto makeCell = [&](Cell *c) {
        c->layerTiles.resize(ready.size());
        TileContext ctx{{c->tx * tileSpan, c->ty * tileSpan, (c->tx + 1) * tileSpan, (c->ty + 1) * tileSpan},
                        r, settings.symbolScale(), st.metersPerPixel, settings.timeWindow, cancel, {}};
        bool any = false;
        const bool anyPart = !c->needed.isNull() && std::any_of(ready.cbegin(), ready.cend(), [](const Ready &l) {
            return l.prepared->drawsPartOfTile();
        });
        const QRect part = anyPart ? c->needed : QRect();
        const QRect area = part.isNull() ? QRect(0, 0, kTileSize, kTileSize) : part;
        // From the top layer down: nothing under the topmost opaque layer tile at full opacity
        // shows (imagery over the basemap), so the layers under it are not drawn at all, unless
        // the time window can hide it. Composing starts from it, and when nothing is above it,
        // it is the frame tile. A frame tile made from part of a layer tile is part of a tile
        // itself.
        int base = -1, top = -1;
        for (int i = static_cast<int>(ready.size()) - 1; i >= 0; --i) {
            if (cancelled())
                return;
            const QString &id = ready[i].layer->id();
            const quint64 revision = ready[i].layer->revision();
            ctx.needed = ready[i].prepared->drawsPartOfTile() ? c->needed : QRect();
            const quint64 timeKey = ready[i].prepared->tileTimeKey(ctx, ready[i].timeKey);
            if (!findTile(id, revision, timeKey, c->tx, c->ty, ctx.needed, &c->layerTiles[i])) {
                // Drawn (and kept) as an empty tile without clearing one when the layer has
                // nothing there: most layers of a project have nothing in most tiles.
                QImage img;
                bool drew = false;
                if (ready[i].prepared->drawsIn(ctx)) {
                    img = newTileImage(kTileSize);
                    if (!ready[i].prepared->paintsEveryPixel())
                        img.fill(Qt::transparent);
                    QPainter p(&img);
                    p.setRenderHint(QPainter::Antialiasing);
                    drew = ready[i].prepared->renderTile(p, ctx);
                }
                c->layerTiles[i] = drew ? img : QImage();
                rendered.fetch_add(1, std::memory_order_relaxed);
                renderedOf[i].fetch_add(1, std::memory_order_relaxed);
                if (cache && !cancelled())
                    cache->insert(keyOf(id, revision, timeKey, c->tx, c->ty, ctx.needed), c->layerTiles[i]);
            }
            if (c->layerTiles[i].isNull())
                continue;
            any = true;
            if (top < 0)
                top = i;
            if (base < 0 && ready[i].layer->opacity() >= 1.0 && isOpaque(c->layerTiles[i], area)) {
                base = i;
                // Under a layer the time window can hide (dated imagery), the layers are drawn
                // all the same, so that a step of the window that hides it finds them ready.
                if (!ready[i].layer->dependsOnTime())
                    break;
            }
        }
        if (base >= 0 && base == top) {
            c->composite = c->layerTiles[base];
        } else if (any) {
            // Opaque (on the background), so that the frame is made of plain copies.
            // (Layer tiles are all made here, alike.)
            c->composite = newTileImage(kTileSize);
            if (base >= 0)
                std::memcpy(c->composite.bits(), c->layerTiles[base].constBits(), c->composite.sizeInBytes());
            else
                c->composite.fill(settings.background);
            QPainter p(&c->composite);
            for (int i = base + 1; i < ready.size(); ++i) {
                if (c->layerTiles[i].isNull())
                    continue;
                p.setOpacity(ready[i].layer->opacity());
                p.drawImage(0, 0, c->layerTiles[i]);
            }
        }
        if (cache && !cancelled())
            cache->insert(keyOf(QStringLiteral("#frame"), fingerprint, 0, c->tx, c->ty, part), c->composite);
        if (c->composite.format() != QImage::Format_ARGB32_Premultiplied && !c->composite.isNull())
            c->composite = c->composite.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        blit(*c);
        c->drawn = true;
    };
    if (missing.size() > 1)
        QtConcurrent::blockingMap(&tilePool(), missing, makeCell);
    else if (!missing.isEmpty())
        makeCell(missing.first());
    if (cancelled())
        return {};
    st.tilesRendered += rendered.load();
    for (int i = 0; i < ready.size(); ++i)
        if (const int n = renderedOf[i].load())
            st.tilesRenderedByLayer[ready[i].layer->id()] += n;
    if (!compose)
        return {};

    // The frame tiles found in the cache (a pan): plain copies.
    for (const Cell &c : std::as_const(cells))
        if (!c.drawn) {
            if (c.composite.format() != QImage::Format_ARGB32_Premultiplied && !c.composite.isNull())
                blit({c.tx, c.ty, c.needed, c.composite.convertToFormat(QImage::Format_ARGB32_Premultiplied), {}, true});
            else
                blit(c);
        }
    frame.setDotsPerMeterX(qRound(settings.dpi / 0.0254));
    frame.setDotsPerMeterY(qRound(settings.dpi / 0.0254));
    QPainter painter(&frame);

    painter.setOpacity(1.0);

    LabelPlacer labels(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)), settings.symbolScale());
    for (const Ready &l : std::as_const(ready))
        l.prepared->addLabels(labels, settings, st.metersPerPixel);
    labels.draw(painter);
    if (cancelled())
        return {};
    // The licence of the imagery shown travels with every picture of it.
    for (const Ready &l : std::as_const(ready))
        if (const auto *raster = dynamic_cast<const RasterLayer *>(l.layer))
            st.scenes << raster->scenesShown(settings);
    for (const ImageryScene &scene : std::as_const(st.scenes))
        if (const QString credit = RasterLayer::creditOf(scene); !st.credits.contains(credit))
            st.credits << credit;
    // A layer that failed while drawing (a tile service that did not answer) says so too.
    for (const Ready &l : std::as_const(ready))
        if (const QString problem = l.layer->problem(); !problem.isEmpty())
            if (const QString line = l.layer->name() + QStringLiteral(": ") + problem; !st.problems.contains(line))
                st.problems << line;
    for (const Ready &l : std::as_const(ready))
        if (const QString a = l.layer->attribution(); !a.isEmpty())
            if (const QString credit = QStringLiteral("Basemap: ") + a; !st.credits.contains(credit))
                st.credits.prepend(credit); // first: never cut off by a long list of scenes
    if (settings.decorations) {
        drawDecorations(painter, settings, st.metersPerPixel);
        drawCredits(painter, settings, st.credits);
    }
    painter.end();
    // Kept in a free slot, else in place of one the caller still holds, shared with the
    // caller until it drops its copy.
    QImage *slot = &spares[1];
    if (spares[0].isNull() || (!spares[1].isNull() && !spares[0].isDetached()))
        slot = &spares[0];
    *slot = frame;
    return frame;
}

namespace {

// What a layer made of pixels draws over the frame, tile by tile on the renderer's grid (the
// layer draws square tiles), into one image of the frame's size; null when it drew nothing.
QImage pixelLayerFrame(const PreparedLayer &layer, const MapSettings &settings, double metersPerPixel)
{
    const int tileSize = MapRenderer::kTileSize;
    const double r = settings.mapUnitsPerPixel;
    const MapExtent extent = settings.extent();
    const double tileSpan = tileSize * r;
    const qint64 tx0 = static_cast<qint64>(std::floor(extent.xMin / tileSpan));
    const qint64 tx1 = static_cast<qint64>(std::floor(extent.xMax / tileSpan));
    const qint64 ty0 = static_cast<qint64>(std::floor(extent.yMin / tileSpan));
    const qint64 ty1 = static_cast<qint64>(std::floor(extent.yMax / tileSpan));
    const double ox = std::round(-extent.xMin / r);
    const double oy = std::round(extent.yMax / r);
    QImage frame(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    QPainter fp(&frame);
    bool any = false;
    QImage tile(tileSize, tileSize, QImage::Format_ARGB32_Premultiplied);
    for (qint64 ty = ty0; ty <= ty1; ++ty)
        for (qint64 tx = tx0; tx <= tx1; ++tx) {
            const TileContext ctx{{tx * tileSpan, ty * tileSpan, (tx + 1) * tileSpan, (ty + 1) * tileSpan},
                                  r, settings.symbolScale(), metersPerPixel, settings.timeWindow, nullptr, {}};
            tile.fill(Qt::transparent);
            QPainter tp(&tile);
            tp.setRenderHint(QPainter::Antialiasing);
            const bool drew = layer.renderTile(tp, ctx);
            tp.end();
            if (!drew)
                continue;
            fp.drawImage(QPoint(static_cast<int>(tx * tileSize + ox), static_cast<int>(oy - (ty + 1) * tileSize)), tile);
            any = true;
        }
    fp.end();
    return any ? frame : QImage();
}

// The part of an image that is not transparent (null when all of it is).
QRect coveredPart(const QImage &img)
{
    int left = img.width(), right = -1, top = img.height(), bottom = -1;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            if (qAlpha(line[x]) != 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

RenderStats MapRenderer::shown(const MapSettings &settings, const LayerList &layers)
{
    RenderStats st;
    st.metersPerPixel = groundResolution(settings);
    for (const auto &layer : layers) {
        QString error;
        if (!layer->prepared(settings.crs, &error)) {
            st.problems << layer->name() + QStringLiteral(": ") + error;
            continue;
        }
        if (!layer->problem().isEmpty())
            st.problems << layer->name() + QStringLiteral(": ") + layer->problem();
        if (const auto *raster = dynamic_cast<const RasterLayer *>(layer.get()))
            st.scenes << raster->scenesShown(settings);
    }
    for (const ImageryScene &scene : std::as_const(st.scenes))
        if (const QString credit = RasterLayer::creditOf(scene); !st.credits.contains(credit))
            st.credits << credit;
    return st;
}

void MapRenderer::paint(QPainter &painter, const MapSettings &settings, const LayerList &layers, RenderStats *stats)
{
    RenderStats local;
    RenderStats &st = stats ? *stats : local;
    st = shown(settings, layers);
    const QRectF frame(QPointF(0, 0), QSizeF(settings.outputSize));
    const TileContext whole{settings.extent(), settings.mapUnitsPerPixel, settings.symbolScale(), st.metersPerPixel,
                            settings.timeWindow, nullptr, {}};
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip);
    painter.fillRect(frame, settings.background);
    QList<std::shared_ptr<const PreparedLayer>> prepared;
    for (const auto &layer : layers) {
        QString error;
        auto p = layer->prepared(settings.crs, &error);
        if (!p)
            continue;
        prepared << p;
        painter.setOpacity(layer->opacity());
        if (p->paintsEveryPixel()) {
            // Imagery: an image at the frame's resolution, only as large as what it covers, opaque
            // where it can be (so that a PDF stores it as JPEG alone, without a mask).
            const QImage img = pixelLayerFrame(*p, settings, st.metersPerPixel);
            const QRect part = img.isNull() ? QRect() : coveredPart(img);
            if (!part.isNull()) {
                QImage cropped = img.copy(part);
                if (isOpaque(cropped, cropped.rect()))
                    cropped = cropped.convertToFormat(QImage::Format_RGB888);
                painter.drawImage(QRectF(part), cropped);
            }
        } else {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            p->renderTile(painter, whole);
            painter.restore();
        }
    }
    painter.setOpacity(1.0);
    LabelPlacer labels(frame, settings.symbolScale());
    for (const auto &p : std::as_const(prepared))
        p->addLabels(labels, settings, st.metersPerPixel);
    labels.draw(painter);
    if (settings.decorations) {
        drawDecorations(painter, settings, st.metersPerPixel);
        drawCredits(painter, settings, st.credits);
    }
    painter.restore();
}

} // namespace sightline::render
