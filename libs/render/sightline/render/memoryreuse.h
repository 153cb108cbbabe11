#pragma once

namespace sightline::render {

// Keeps memory the process frees for its own reuse. Map tiles and decoded image blocks are a
// few hundred KiB each; glibc hands blocks that size back to the system when they are freed,
// and the next frame faults them in again page by page, which costs more than drawing them.
// Call once at start-up (the application, sightline-cli, benchmarks). Any thread.
void keepFreedMemoryForReuse();

} // namespace sightline::render
