#pragma once

#include <QImage>

namespace sightline::render {

// Keeps memory the process frees for its own reuse. Map tiles and decoded image blocks are a
// few hundred KiB each; glibc hands blocks that size back to the system when they are freed,
// and the next frame faults them in again page by page, which costs more than drawing them.
// Call once at start-up (the application, sightline-cli, benchmarks). Any thread.
void keepFreedMemoryForReuse();

// A size x size premultiplied ARGB image, not cleared, whose memory comes from tiles dropped
// earlier (by the tile cache, or a frame done with) when there are any. The allocator does not
// keep such blocks reliably: a cold frame of fresh tiles spent half its time faulting their
// pages in. Up to 64 MiB of dropped tiles wait for reuse. Any thread.
QImage newTileImage(int size);

} // namespace sightline::render
