#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <future>
#include <list>
#include <memory>
#include <vector>

namespace sightline::render {

// Decoded blocks of image files (one block of every band a scene shows, as plain samples),
// shared by every render worker. Each worker reads files through a GDAL dataset of its own,
// and GDAL caches blocks per dataset; without this, two workers drawing neighbouring map tiles
// would each decode the blocks the tiles share. A block being decoded by one worker is waited
// for by the others rather than decoded twice. Least recently used blocks go first beyond the
// cap. Thread-safe.
class DecodedBlocks
{
public:
    struct Key
    {
        QString file;
        int level; // -1: full resolution, else the overview index
        int bx, by;
        friend bool operator==(const Key &, const Key &) = default;
    };
    struct Block
    {
        int width = 0, height = 0; // the block's valid samples (smaller at the image's edges)
        size_t planeBytes = 0;
        // One per requested band, samples row by row; not zero-filled, GDAL writes every byte.
        std::vector<std::unique_ptr<unsigned char[]>> planes;
    };
    using Loader = std::function<std::shared_ptr<const Block>()>;

    static DecodedBlocks &instance();
    explicit DecodedBlocks(qint64 capBytes);

    // The block, decoded by load on this thread when no worker has it; null when load fails.
    std::shared_ptr<const Block> get(const Key &key, const Loader &load);
    qint64 bytes() const;

private:
    struct Entry
    {
        std::shared_future<std::shared_ptr<const Block>> block;
        std::list<Key>::iterator position;
        qint64 cost = 0;
    };
    void evictLocked();

    mutable QMutex m_mutex;
    qint64 m_cap;
    qint64 m_bytes = 0;
    std::list<Key> m_order; // front: most recently used
    QHash<Key, Entry> m_entries;
};

size_t qHash(const DecodedBlocks::Key &k, size_t seed = 0);

} // namespace sightline::render
