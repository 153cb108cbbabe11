#pragma once

#include "sightline/core/link.h"
#include "sightline/render/mapsettings.h"

#include <QMutex>
#include <QPainter>
#include <QString>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>

namespace sightline::render {

class LabelPlacer;

// What a layer needs to draw one tile: where the tile is and how map units become its pixels.
struct TileContext
{
    MapExtent tileExtent;          // map units
    double mapUnitsPerPixel;
    double symbolScale;            // dpi / 96
    double metersPerPixel;         // ground resolution at the view centre, for scale ranges
    TimeWindow window;             // the map's time window (TimeWindow::shows decides)
    const std::atomic_bool *cancel; // checked inside loops: a newer view makes this render moot
    // The tile pixels that will be shown, when a frame shows only part of the tile (at its
    // edges) and the layer draws parts (PreparedLayer::drawsPartOfTile); null: all of them.
    // The rest may be left unwritten.
    QRect needed;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    QRect neededIn(int size) const { return needed.isNull() ? QRect(0, 0, size, size) : needed; }
    // Map units to tile pixels (y down).
    QPointF toPixel(double x, double y) const
    {
        return {(x - tileExtent.xMin) / mapUnitsPerPixel, (tileExtent.yMax - y) / mapUnitsPerPixel};
    }
    QTransform transform() const;
};

// A layer's content projected into one CRS, ready to draw. Immutable, shared between threads.
class PreparedLayer
{
public:
    virtual ~PreparedLayer() = default;
    // Draws what meets the tile; called on worker threads, possibly several at once. Returns
    // whether it drew anything (an empty tile is neither stored as pixels nor composed).
    virtual bool renderTile(QPainter &painter, const TileContext &tile) const = 0;
    // True when renderTile, whenever it returns true, has written every needed pixel of the
    // tile (as a raster does): the tile is then not cleared before it is drawn.
    virtual bool paintsEveryPixel() const { return false; }
    // True when renderTile draws only the tile's needed pixels when told (TileContext::needed),
    // as imagery does; other layers are given whole tiles to draw.
    virtual bool drawsPartOfTile() const { return false; }
    // False when the layer certainly draws nothing in the tile (a quick look, before a tile is
    // cleared for it): the tile is then neither cleared nor drawn.
    virtual bool drawsIn(const TileContext &) const { return true; }
    // The key of what this tile shows of the time window (layerKey: the layer's own,
    // MapLayer::timeKey). A layer whose tiles depend only on the items that reach them keys a
    // tile by those alone, so that a window step that takes an item elsewhere in or out keeps
    // the tile: imagery, whose scenes are few and far apart and costly to draw again.
    virtual quint64 tileTimeKey(const TileContext &, quint64 layerKey) const { return layerKey; }
    // Offers labels for the whole frame; placed afterwards so that none collide.
    virtual void addLabels(LabelPlacer &, const MapSettings &, double /*metersPerPixel*/) const {}
};

// One layer of the map: a snapshot of its data and style, made on the GUI thread and then
// only read. To change what a layer shows, make a new layer (with a new revision): tiles of the
// old one are then no longer used.
class MapLayer
{
public:
    MapLayer(QString id, QString name);
    virtual ~MapLayer() = default;

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    quint64 revision() const { return m_revision; }
    // Read by render threads while the GUI may set it, hence atomic.
    double opacity() const { return m_opacity.load(std::memory_order_relaxed); }
    void setOpacity(double o) { m_opacity.store(std::clamp(o, 0.0, 1.0), std::memory_order_relaxed); }
    // Why the layer shows nothing (a missing file), or empty.
    virtual QString problem() const { return {}; }
    // Whom the map credits for what this layer draws (a basemap's "© OpenStreetMap
    // contributors"), or empty: drawn on the map and carried into exports with the imagery credits.
    virtual QString attribution() const { return {}; }
    // Whether a new view of this layer takes long enough to be worth a coarse frame first
    // (imagery, decoded from its files).
    virtual bool slowToDraw() const { return false; }
    // Whether what the layer draws depends on the map's time window. Only such layers' tiles are
    // keyed by the window, so moving it never redraws the others (basemap, sites, areas).
    virtual bool dependsOnTime() const { return false; }
    // What of the window the layer's tiles depend on: two windows with the same key draw the same
    // tiles. 0 for a layer that does not depend on time. Layers of records key by the records the
    // window shows, so a step that shows the same scenes redraws no imagery. Any thread.
    virtual quint64 timeKey(const TimeWindow &window) const;

    // The records this layer draws under a pixel of a view, best first; empty for layers that
    // draw no project records. GUI thread (prepares the layer in the view's CRS if need be).
    virtual QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const;

    // The layer in crs, built once per CRS and shared; thread-safe. Null with *error set when the
    // layer cannot be drawn in that CRS.
    std::shared_ptr<const PreparedLayer> prepared(const QString &crs, QString *error) const;
    // Whether prepared(crs) would return at once (built before, and built well).
    bool isPrepared(const QString &crs) const;

protected:
    virtual std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const = 0;

private:
    QString m_id;
    QString m_name;
    quint64 m_revision;
    std::atomic<double> m_opacity{1.0};
    mutable QMutex m_mutex;
    mutable std::map<QString, std::shared_ptr<const PreparedLayer>> m_prepared;
};

} // namespace sightline::render
