#pragma once

#include "sightline/core/scene.h"

#include <QColor>
#include <QString>

#include <algorithm>
#include <array>
#include <type_traits>
#include <vector>

namespace sightline::render {

// How one scene's pixel values become premultiplied colours: the stretch from the display
// settings (for the statistical ones, from the image's own values, computed once per file
// hash, band and stretch however often the layer is rebuilt), then gamma, contrast and
// brightness, opacity and the no-data value. Built once when the scene loads, then read by any
// number of workers at once.
struct SceneTone
{
    static constexpr int kLutSize = 4096;

    // Builds the tables for these bands (1-based) of an open dataset (a GDALDatasetH) whose
    // pixels are of this GDALDataType. statisticsKey names the file's content (its hash, else
    // its path). False, with why the pixels cannot be read, for a damaged file.
    bool build(void *dataset, int gdalType, const SceneDisplay &display, const QString &statisticsKey,
               const std::array<int, 3> &bands, int width, int height, QString *why);

    // What a drawing loop reads: pointers to the tables and copies of the values, local to the
    // loop, so that the compiler keeps them in registers while pixels are written.
    struct Toner
    {
        const std::array<std::vector<uchar>, 3> *raw = nullptr;
        const std::array<std::array<uchar, kLutSize>, 3> *lut = nullptr;
        std::array<double, 3> low{}, scale{};
        int alpha = 255;
        bool hasNoData = false;
        double noData = 0;
        // The colour of pixel k, from the red, green, blue and (when not null) alpha channels.
        template <typename T> QRgb operator()(const T *const *channel, size_t k) const;
    };
    Toner toner() const { return {&raw, &lut, low, scale, alpha, hasNoData, noData}; }

    // How many times a band's statistics were computed from its pixels.
    static int statisticsComputed();

    std::array<std::vector<uchar>, 3> raw; // by value, for 8- and 16-bit pixels (empty for others)
    std::array<std::array<uchar, kLutSize>, 3> lut{};
    std::array<double, 3> low{}, scale{};
    int alpha = 255;
    bool hasNoData = false;
    double noData = 0;
};

template <typename T> QRgb SceneTone::Toner::operator()(const T *const *channel, size_t k) const
{
    if (hasNoData && channel[0][k] == static_cast<T>(noData))
        return 0;
    int rgb[3];
    for (size_t c = 0; c < 3; ++c) {
        if constexpr (std::is_integral_v<T>) {
            rgb[c] = (*raw)[c][channel[c][k]];
        } else {
            const double v = (channel[c][k] - low[c]) * scale[c];
            rgb[c] = (*lut)[c][v <= 0 ? 0 : v >= kLutSize - 1 ? kLutSize - 1 : static_cast<size_t>(v)];
        }
    }
    int a = alpha;
    if (channel[3])
        a = a * std::clamp(static_cast<int>(channel[3][k]), 0, 255) / 255;
    if (a == 255)
        return qRgb(rgb[0], rgb[1], rgb[2]);
    return qRgba(rgb[0] * a / 255, rgb[1] * a / 255, rgb[2] * a / 255, a);
}

} // namespace sightline::render
