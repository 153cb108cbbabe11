#include "sightline/render/tilecache.h"

#include <algorithm>
#include <bit>

namespace sightline::render {

size_t qHash(const TileKey &k, size_t seed)
{
    return qHashMulti(seed, k.layerId, k.revision, k.crs, std::bit_cast<quint64>(k.mapUnitsPerPixel),
                      std::bit_cast<quint64>(k.symbolScale),
                      std::bit_cast<quint64>(k.symbolGrowth), k.tx, k.ty, k.timeKey);
}

namespace {
// An empty tile is stored as a null image; it still costs its bookkeeping.
qint64 costOf(const QImage &image)
{
    return std::max<qint64>(image.sizeInBytes(), 256);
}
} // namespace

qint64 TileCache::defaultCapBytes()
{
    bool ok = false;
    const qint64 mb = qEnvironmentVariable("SIGHTLINE_TILE_CACHE_MB").toLongLong(&ok);
    return (ok && mb > 0 ? mb : 512) * 1024 * 1024;
}

TileCache::TileCache(qint64 capBytes) : m_cap(capBytes) {}

bool TileCache::find(const TileKey &key, QImage *out)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return false;
    m_order.splice(m_order.begin(), m_order, it->position);
    *out = it->image;
    return true;
}

void TileCache::insert(const TileKey &key, const QImage &tile)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        m_bytes -= costOf(it->image);
        m_order.erase(it->position);
        m_entries.erase(it);
    }
    m_order.push_front(key);
    m_entries.insert(key, Entry{tile, m_order.begin()});
    m_bytes += costOf(tile);
    evictLocked();
    m_peak = std::max(m_peak, m_bytes);
}

void TileCache::evictLocked()
{
    while (m_bytes > m_cap && !m_order.empty()) {
        auto it = m_entries.find(m_order.back());
        m_bytes -= costOf(it->image);
        m_entries.erase(it);
        m_order.pop_back();
    }
}

void TileCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_order.clear();
    m_bytes = 0;
}

qint64 TileCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

qint64 TileCache::peakBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_peak;
}

int TileCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_entries.size());
}

} // namespace sightline::render
