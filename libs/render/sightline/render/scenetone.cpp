#include "sightline/render/scenetone.h"

#include "sightline/render/scenedatasets.h"

#include <cpl_error.h>
#include <gdal.h>

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <future>
#include <optional>
#include <tuple>

namespace sightline::render {

namespace {

constexpr int kLutSize = SceneTone::kLutSize;
std::atomic<int> g_statisticsComputed{0};

// Stretch limits already computed, by file hash, band, stretch and percentiles: the layer is
// rebuilt after every edit of the project, and reading an overview for them again each time
// would put that cost on every unrelated edit.
// Scenes load on several render workers at once: a computation under way is waited for, not
// repeated. A failure is not kept.
using Limits = std::optional<std::pair<double, double>>;
QMutex g_statsMutex;
QHash<QString, std::shared_future<Limits>> g_stats;

Limits cachedLimits(const QString &key, const std::function<Limits()> &compute)
{
    std::promise<Limits> promise;
    {
        QMutexLocker lock(&g_statsMutex);
        if (const auto it = g_stats.constFind(key); it != g_stats.cend()) {
            const std::shared_future<Limits> known = *it;
            lock.unlock();
            return known.get();
        }
        g_stats.insert(key, promise.get_future().share());
    }
    const Limits limits = compute();
    promise.set_value(limits);
    if (!limits) {
        QMutexLocker lock(&g_statsMutex);
        g_stats.remove(key);
    }
    return limits;
}

// The range a pixel type can hold, for the "none" stretch.
std::pair<double, double> typeRange(GDALDataType t)
{
    switch (t) {
    case GDT_Byte: return {0, 255};
    case GDT_UInt16: return {0, 65535};
    case GDT_Int16: return {-32768, 32767};
    case GDT_UInt32: return {0, 4294967295.0};
    case GDT_Int32: return {-2147483648.0, 2147483647.0};
    default: return {0, 1};
    }
}

} // namespace

int SceneTone::statisticsComputed()
{
    return g_statisticsComputed.load();
}

bool SceneTone::build(void *dataset, int gdalType, const SceneDisplay &d, const QString &statisticsKey,
                      const std::array<int, 3> &bands, int width, int height, QString *why)
{
    const auto type = static_cast<GDALDataType>(gdalType);
    const auto failed = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    // The stretch: values from the image's statistics where the settings ask for them, read
    // from a small version of it (GDAL takes the nearest overview).
    SceneDisplay::Stretch stretch = d.stretch;
    if (stretch == SceneDisplay::Stretch::Auto)
        stretch = type == GDT_Byte ? SceneDisplay::Stretch::None : SceneDisplay::Stretch::Percentile;
    if (stretch == SceneDisplay::Stretch::None && GDALDataTypeIsFloating(type))
        stretch = SceneDisplay::Stretch::MinMax;
    for (size_t c = 0; c < 3; ++c) {
        double lo = 0, hi = 255;
        if (stretch == SceneDisplay::Stretch::None) {
            std::tie(lo, hi) = typeRange(type);
        } else if (stretch == SceneDisplay::Stretch::Manual) {
            lo = d.minimum[c];
            hi = d.maximum[c];
        } else {
            const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                    .arg(statisticsKey)
                                    .arg(bands[c])
                                    .arg(toKey(stretch))
                                    .arg(d.percentLow)
                                    .arg(d.percentHigh);
            QString readError;
            const Limits limits = cachedLimits(key, [&]() -> Limits {
                g_statisticsComputed.fetch_add(1);
                const double shrink = std::max(1.0, std::max(width, height) / 1024.0);
                const int sw = std::max(1, static_cast<int>(width / shrink));
                const int sh = std::max(1, static_cast<int>(height / shrink));
                std::vector<float> sample(static_cast<size_t>(sw) * sh);
                CPLErrorReset();
                if (GDALRasterIO(GDALGetRasterBand(static_cast<GDALDatasetH>(dataset), bands[c]), GF_Read, 0, 0, width, height, sample.data(), sw,
                                 sh, GDT_Float32, 0, 0) != CE_None) {
                    readError = lastGdalError();
                    return std::nullopt;
                }
                std::vector<float> values;
                values.reserve(sample.size());
                for (float v : sample)
                    if (std::isfinite(v) && !(hasNoData && v == static_cast<float>(noData)))
                        values.push_back(v);
                if (values.empty())
                    return std::pair(0.0, 255.0);
                const double pl = stretch == SceneDisplay::Stretch::MinMax ? 0.0 : d.percentLow / 100.0;
                const double ph = stretch == SceneDisplay::Stretch::MinMax ? 1.0 : d.percentHigh / 100.0;
                const auto at = [&](double p) {
                    auto nth = values.begin() + static_cast<qsizetype>(p * (values.size() - 1));
                    std::nth_element(values.begin(), nth, values.end());
                    return static_cast<double>(*nth);
                };
                const double first = at(pl);
                return std::pair(first, at(ph));
            });
            if (!limits)
                return failed(readError.isEmpty() ? QStringLiteral("is damaged: its pixels cannot be read")
                                                  : QStringLiteral("is damaged: its pixels cannot be read (%1)").arg(readError));
            std::tie(lo, hi) = *limits;
        }
        if (!(hi > lo))
            hi = lo + 1;
        low[c] = lo;
        scale[c] = (kLutSize - 1) / (hi - lo);
        // Gamma, then contrast around mid-grey and brightness, into 8 bits.
        for (int i = 0; i < kLutSize; ++i) {
            double n = std::pow(static_cast<double>(i) / (kLutSize - 1), 1.0 / d.gamma);
            n = (n - 0.5) * d.contrast + 0.5 + d.brightness;
            lut[c][static_cast<size_t>(i)] = static_cast<uchar>(std::lround(std::clamp(n, 0.0, 1.0) * 255));
        }
    }
    // 8- and 16-bit pixels go through one table from value to colour.
    if (type == GDT_Byte || type == GDT_UInt16)
        for (size_t c = 0; c < 3; ++c) {
            raw[c].resize(type == GDT_Byte ? 256 : 65536);
            for (size_t v = 0; v < raw[c].size(); ++v) {
                const double t = (static_cast<double>(v) - low[c]) * scale[c];
                raw[c][v] = lut[c][t <= 0 ? 0 : t >= kLutSize - 1 ? kLutSize - 1 : static_cast<size_t>(t)];
            }
        }
    alpha = static_cast<int>(std::lround(std::clamp(d.opacity, 0.0, 1.0) * 255));
    return true;
}

} // namespace sightline::render
