#include "sightline/render/decodedblocks.h"

namespace sightline::render {

size_t qHash(const DecodedBlocks::Key &k, size_t seed)
{
    return qHashMulti(seed, k.file, k.level, k.bx, k.by);
}

DecodedBlocks &DecodedBlocks::instance()
{
    // 48 MiB: a 1920x1080 view of a 3-band image at full resolution needs about 12, and the
    // blocks only feed tiles, which the tile cache keeps. A small cap is reached soon, after
    // which new blocks reuse the memory of evicted ones instead of faulting in fresh pages.
    static DecodedBlocks blocks(48LL * 1024 * 1024);
    return blocks;
}

DecodedBlocks::DecodedBlocks(qint64 capBytes) : m_cap(capBytes) {}

std::shared_ptr<const DecodedBlocks::Block> DecodedBlocks::get(const Key &key, const Loader &load)
{
    std::promise<std::shared_ptr<const Block>> promise;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_entries.find(key);
        if (it != m_entries.end()) {
            m_order.splice(m_order.begin(), m_order, it->position);
            auto future = it->block;
            lock.unlock();
            return future.get(); // waits while another worker decodes it
        }
        m_order.push_front(key);
        m_entries.insert(key, Entry{promise.get_future().share(), m_order.begin(), 0});
    }
    std::shared_ptr<const Block> block;
    try {
        block = load();
    } catch (...) {
    }
    promise.set_value(block);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return block;
    if (!block) { // not kept: the next frame tries again (and reports the failure)
        m_order.erase(it->position);
        m_entries.erase(it);
        return block;
    }
    const qint64 cost = 256 + static_cast<qint64>(block->planeBytes * block->planes.size());
    it->cost = cost;
    m_bytes += cost;
    evictLocked();
    return block;
}

void DecodedBlocks::evictLocked()
{
    while (m_bytes > m_cap && m_order.size() > 1) {
        auto it = m_entries.find(m_order.back());
        m_bytes -= it->cost;
        m_entries.erase(it);
        m_order.pop_back();
    }
}

qint64 DecodedBlocks::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

} // namespace sightline::render
