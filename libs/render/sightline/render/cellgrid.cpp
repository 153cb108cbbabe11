#include "sightline/render/cellgrid.h"

namespace sightline::render {

void CellGrid::build(int cols, int rows, const std::vector<Range> &ranges)
{
    m_cols = cols;
    m_rows = rows;
    // Count each cell's entries, take running sums into where each cell begins, then fill.
    std::vector<int> counts(static_cast<size_t>(cols) * rows + 1, 0);
    for (const Range &c : ranges)
        for (int r = c.r0; r <= c.r1; ++r)
            for (int col = c.c0; col <= c.c1; ++col)
                ++counts[static_cast<size_t>(r) * cols + col + 1];
    for (size_t k = 1; k < counts.size(); ++k)
        counts[k] += counts[k - 1];
    m_cellStart = counts;
    m_entries.assign(static_cast<size_t>(counts.back()), 0);
    for (size_t item = 0; item < ranges.size(); ++item) {
        const Range &c = ranges[item];
        for (int r = c.r0; r <= c.r1; ++r)
            for (int col = c.c0; col <= c.c1; ++col)
                m_entries[static_cast<size_t>(counts[static_cast<size_t>(r) * cols + col]++)] = static_cast<int>(item);
    }
}

} // namespace sightline::render
