#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace sightline::render {

// Items filed under the cells of a grid that their bounds cover, in compressed rows: one array of
// entries (item numbers), each cell's in the items' order, and where each cell's begin. A query
// over a block of cells reads each row's run of entries in memory order. The grid's geometry
// (which cells a box covers) is its owner's: map units for ShapeIndex, degrees for OnDemandShapes.
class CellGrid
{
public:
    struct Range
    {
        int c0, c1, r0, r1; // columns and rows, inclusive; c0 > c1 or r0 > r1 for no cell
    };

    // ranges[i]: the cells item i covers.
    void build(int cols, int rows, const std::vector<Range> &ranges);

    int cols() const { return m_cols; }
    int rows() const { return m_rows; }
    // The entries of row r from column c0 to c1: [first, last) into entries().
    std::pair<int, int> rowRun(int r, int c0, int c1) const
    {
        const std::size_t at = static_cast<std::size_t>(r) * m_cols;
        return {m_cellStart[at + c0], m_cellStart[at + c1 + 1]};
    }
    const std::vector<int> &entries() const { return m_entries; }

private:
    int m_cols = 0, m_rows = 0;
    std::vector<int> m_cellStart; // cols * rows + 1
    std::vector<int> m_entries;
};

} // namespace sightline::render
