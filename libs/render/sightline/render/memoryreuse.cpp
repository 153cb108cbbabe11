#include "sightline/render/memoryreuse.h"

#include <QMutex>

#include <cstdlib>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sightline::render {

namespace {

constexpr size_t kPooledBytes = 64 * 1024 * 1024;

// Freed tile buffers by size in bytes. Never destroyed: images in static caches may be
// dropped at exit after it would have been.
struct TilePool
{
    QMutex mutex;
    size_t bytes = 0;
    std::vector<std::pair<size_t, uchar *>> free;
};

TilePool &freedTiles()
{
    static auto *pool = new TilePool;
    return *pool;
}

struct Buffer
{
    size_t bytes;
    uchar *data;
};

void giveBack(void *info)
{
    auto *b = static_cast<Buffer *>(info);
    TilePool &p = freedTiles();
    {
        QMutexLocker lock(&p.mutex);
        if (p.bytes + b->bytes <= kPooledBytes) {
            p.free.emplace_back(b->bytes, b->data);
            p.bytes += b->bytes;
            b->data = nullptr;
        }
    }
    std::free(b->data);
    delete b;
}

} // namespace

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Blocks below 32 MiB (glibc's largest) come from the heap rather than their own mapping,
    // and up to 1 GiB of free heap stays with the process (the caches bound what is used). The
    // heaps grow 64 MiB at a time: a new map reads and projects a few hundred MB of features
    // on several threads, and each step of a heap is a system call (in a thread's heap a change
    // of protection, which the other threads wait for).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

QImage newTileImage(int size)
{
    const size_t bytes = static_cast<size_t>(size) * size * 4;
    uchar *data = nullptr;
    {
        TilePool &p = freedTiles();
        QMutexLocker lock(&p.mutex);
        for (auto it = p.free.begin(); it != p.free.end(); ++it)
            if (it->first == bytes) {
                data = it->second;
                p.bytes -= bytes;
                *it = p.free.back();
                p.free.pop_back();
                break;
            }
    }
    if (!data)
        data = static_cast<uchar *>(std::malloc(bytes));
    if (!data)
        return QImage(size, size, QImage::Format_ARGB32_Premultiplied); // null if memory is short
    return QImage(data, size, size, size * 4, QImage::Format_ARGB32_Premultiplied, giveBack, new Buffer{bytes, data});
}

} // namespace sightline::render
