#include "sightline/render/memoryreuse.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sightline::render {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Blocks below 64 MiB come from the heap rather than their own mapping, and up to 1 GiB
    // of free heap stays with the process (the tile cache and GDAL's cache bound what is used).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
}

} // namespace sightline::render
