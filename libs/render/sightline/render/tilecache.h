#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

#include <list>

namespace sightline::render {

// Identifies one rendered tile: which layer (and which revision of it), in which CRS, at which
// resolution, where in the tile grid.
struct TileKey
{
    QString layerId;
    quint64 revision = 0;
    QString crs;
    double mapUnitsPerPixel = 0;
    double symbolScale = 1;
    double symbolGrowth = 1; // siteSymbolGrowth of the view: site symbols drawn larger when detailed
    qint64 tx = 0;
    qint64 ty = 0;
    quint64 timeKey = 0; // what the layer showed of the time window (MapLayer::timeKey); 0: not time-dependent
    friend bool operator==(const TileKey &, const TileKey &) = default;
};
size_t qHash(const TileKey &k, size_t seed = 0);

// Rendered tiles, least recently used dropped first, never more than a memory cap.
// Thread-safe: render workers insert and look up concurrently.
class TileCache
{
public:
    // 512 MiB, or SIGHTLINE_TILE_CACHE_MB from the environment: imagery tiles are 256 KiB each.
    static qint64 defaultCapBytes();
    explicit TileCache(qint64 capBytes = defaultCapBytes());
    bool find(const TileKey &key, QImage *out);
    void insert(const TileKey &key, const QImage &tile);
    void clear();
    qint64 bytes() const;
    qint64 peakBytes() const;
    qint64 capBytes() const { return m_cap; }
    int count() const;

private:
    using Order = std::list<TileKey>;
    struct Entry
    {
        QImage image;
        Order::iterator position;
    };
    void evictLocked();

    mutable QMutex m_mutex;
    qint64 m_cap;
    qint64 m_bytes = 0;
    qint64 m_peak = 0;
    Order m_order; // front: most recently used
    QHash<TileKey, Entry> m_entries;
};

} // namespace sightline::render
