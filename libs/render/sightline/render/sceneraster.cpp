#include "sightline/render/sceneraster.h"

#include "sightline/geo/gdalsession.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace sightline::render {

namespace {

constexpr int kLutSize = 4096;
constexpr int kGrid = 8; // cells of the reprojection grid per tile side

// The datasets and reprojection transformers of one worker thread: GDAL handles must not be
// shared between threads, and opening a file for every tile would cost more than reading it.
class ThreadDatasets
{
public:
    struct Entry
    {
        GDALDatasetH ds = nullptr;
        std::map<QString, void *> transformers; // by map CRS
    };
    ~ThreadDatasets() { clear(); }

    Entry *get(const QString &file)
    {
        auto it = m_open.find(file);
        if (it != m_open.end())
            return &it->second;
        if (m_open.size() >= 32) // bounds open files with many scenes
            clear();
        GDALDatasetH ds = GDALOpenEx(file.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                     nullptr, nullptr);
        if (!ds)
            return nullptr;
        return &m_open.emplace(file, Entry{ds, {}}).first->second;
    }

private:
    void clear()
    {
        for (auto &[file, e] : m_open) {
            for (auto &[crs, t] : e.transformers)
                if (t)
                    GDALDestroyGenImgProjTransformer(t);
            GDALClose(e.ds);
        }
        m_open.clear();
    }
    std::map<QString, Entry> m_open;
};

ThreadDatasets &threadDatasets()
{
    thread_local ThreadDatasets datasets;
    return datasets;
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

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).section(u'\n', 0, 0);
}

} // namespace

SceneRaster::SceneRaster(ImageryScene scene, QString file) : m_scene(std::move(scene)), m_file(std::move(file)) {}

void SceneRaster::fail(const QString &why) const
{
    QMutexLocker lock(&m_failMutex);
    m_failure = why;
}

QString SceneRaster::failure() const
{
    QMutexLocker lock(&m_failMutex);
    return m_failure;
}

bool SceneRaster::load(QString *why)
{
    QMutexLocker lock(&m_loadMutex);
    if (m_loaded) {
        if (why)
            *why = m_loadError;
        return m_loadError.isEmpty();
    }
    m_loaded = true;
    geo::ensureGdal();
    auto failed = [&](const QString &message) {
        m_loadError = m_file + QStringLiteral(": ") + message;
        if (why)
            *why = m_loadError;
        return false;
    };
    CPLErrorReset();
    GDALDatasetH ds = GDALOpenEx(m_file.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr,
                                 nullptr);
    if (!ds)
        return failed(QStringLiteral("cannot be read as an image (%1)").arg(lastGdalError()));
    const auto closer = qScopeGuard([ds] { GDALClose(ds); });
    m_width = GDALGetRasterXSize(ds);
    m_height = GDALGetRasterYSize(ds);
    const int bandCount = GDALGetRasterCount(ds);
    if (bandCount == 0)
        return failed(QStringLiteral("has no raster bands"));
    GDALRasterBandH first = GDALGetRasterBand(ds, 1);
    const GDALDataType type = GDALGetRasterDataType(first);
    if (GDALDataTypeIsComplex(type))
        return failed(QStringLiteral("has complex-valued pixels"));

    // Bands: as the display settings say, else as the file labels them, else 1-2-3 or grey.
    const SceneDisplay &d = m_scene.display;
    if (d.bands != std::array<int, 3>{0, 0, 0}) {
        for (size_t c = 0; c < 3; ++c) {
            const int b = d.bands[c] > 0 ? d.bands[c] : d.bands[0];
            if (b < 1 || b > bandCount)
                return failed(QStringLiteral("has no band %1 (it has %2)").arg(b).arg(bandCount));
            m_bands[c] = b;
        }
    } else {
        int r = 0, g = 0, bl = 0;
        for (int b = 1; b <= bandCount; ++b) {
            switch (GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, b))) {
            case GCI_RedBand: r = r ? r : b; break;
            case GCI_GreenBand: g = g ? g : b; break;
            case GCI_BlueBand: bl = bl ? bl : b; break;
            case GCI_AlphaBand: m_alphaBand = b; break;
            default: break;
            }
        }
        if (r && g && bl)
            m_bands = {r, g, bl};
        else if (bandCount >= 3)
            m_bands = {1, 2, 3};
        else
            m_bands = {1, 1, 1};
    }
    if (std::find(m_bands.begin(), m_bands.end(), m_alphaBand) != m_bands.end())
        m_alphaBand = 0;
    {
        // A file damaged since its import fails here, once, rather than tile by tile: the last
        // block is the one a cut-off copy lacks.
        int bw = 0, bh = 0;
        GDALGetBlockSize(first, &bw, &bh);
        std::vector<uchar> block(static_cast<size_t>(bw) * bh * GDALGetDataTypeSizeBytes(type));
        CPLErrorReset();
        if (GDALReadBlock(first, (m_width - 1) / bw, (m_height - 1) / bh, block.data()) != CE_None ||
            CPLGetLastErrorType() >= CE_Failure)
            return failed(QStringLiteral("is damaged: its pixels cannot be read (%1)").arg(lastGdalError()));
    }
    int hasNoData = 0;
    m_noData = GDALGetRasterNoDataValue(first, &hasNoData);
    m_hasNoData = hasNoData != 0;

    double gt[6];
    m_hasGeoTransform = GDALGetGeoTransform(ds, gt) == CE_None;
    if (m_hasGeoTransform) {
        double inv[6];
        m_hasGeoTransform = GDALInvGeoTransform(gt, inv) != 0;
        std::copy(inv, inv + 6, m_inverse.begin());
    }
    m_ownSrs = GDALGetSpatialRef(ds) || GDALGetGCPSpatialRef(ds);

    m_levels = {{-1, 1.0, m_width, m_height}};
    for (int i = 0; i < GDALGetOverviewCount(first); ++i) {
        GDALRasterBandH o = GDALGetOverview(first, i);
        const int w = GDALGetRasterBandXSize(o), h = GDALGetRasterBandYSize(o);
        if (w > 0 && h > 0)
            m_levels.push_back({i, static_cast<double>(m_width) / w, w, h});
    }
    std::sort(m_levels.begin(), m_levels.end(), [](const Level &a, const Level &b) { return a.factor < b.factor; });

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
            const double shrink = std::max(1.0, std::max(m_width, m_height) / 1024.0);
            const int sw = std::max(1, static_cast<int>(m_width / shrink)), sh = std::max(1, static_cast<int>(m_height / shrink));
            std::vector<float> sample(static_cast<size_t>(sw) * sh);
            CPLErrorReset();
            if (GDALRasterIO(GDALGetRasterBand(ds, m_bands[c]), GF_Read, 0, 0, m_width, m_height, sample.data(), sw, sh,
                             GDT_Float32, 0, 0) != CE_None)
                return failed(QStringLiteral("is damaged: its pixels cannot be read (%1)").arg(lastGdalError()));
            std::vector<float> values;
            values.reserve(sample.size());
            for (float v : sample)
                if (std::isfinite(v) && !(m_hasNoData && v == static_cast<float>(m_noData)))
                    values.push_back(v);
            if (!values.empty()) {
                const double pl = stretch == SceneDisplay::Stretch::MinMax ? 0.0 : d.percentLow / 100.0;
                const double ph = stretch == SceneDisplay::Stretch::MinMax ? 1.0 : d.percentHigh / 100.0;
                const auto at = [&](double p) {
                    auto nth = values.begin() + static_cast<qsizetype>(p * (values.size() - 1));
                    std::nth_element(values.begin(), nth, values.end());
                    return static_cast<double>(*nth);
                };
                lo = at(pl);
                hi = at(ph);
            }
        }
        if (!(hi > lo))
            hi = lo + 1;
        m_low[c] = lo;
        m_scale[c] = (kLutSize - 1) / (hi - lo);
        // Gamma, then contrast around mid-grey and brightness, into 8 bits.
        for (int i = 0; i < kLutSize; ++i) {
            double n = std::pow(static_cast<double>(i) / (kLutSize - 1), 1.0 / d.gamma);
            n = (n - 0.5) * d.contrast + 0.5 + d.brightness;
            m_lut[c][static_cast<size_t>(i)] = static_cast<uchar>(std::lround(std::clamp(n, 0.0, 1.0) * 255));
        }
    }
    m_alpha = static_cast<int>(std::lround(std::clamp(d.opacity, 0.0, 1.0) * 255));
    return true;
}

// The scene pixel (full resolution, fractional) under the centre of every tile pixel: exact at
// the corners of an 8x8 grid, interpolated in between (as GDAL's approximate transformer does).
bool SceneRaster::sourcePixels(const TileContext &tile, const QString &crs, int size, std::vector<double> &sx,
                               std::vector<double> &sy) const
{
    constexpr int n = kGrid + 1;
    const double step = static_cast<double>(size) / kGrid;
    double gx[n * n], gy[n * n];
    int ok[n * n];
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            gx[j * n + i] = tile.tileExtent.xMin + i * step * tile.mapUnitsPerPixel;
            gy[j * n + i] = tile.tileExtent.yMax - j * step * tile.mapUnitsPerPixel;
        }
    const bool direct = m_hasGeoTransform && crs == m_scene.crs;
    void *transformer = nullptr;
    if (direct) {
        const auto &t = m_inverse;
        for (int k = 0; k < n * n; ++k) {
            const double x = gx[k], y = gy[k];
            gx[k] = t[0] + x * t[1] + y * t[2];
            gy[k] = t[3] + x * t[4] + y * t[5];
            ok[k] = 1;
        }
    } else {
        ThreadDatasets::Entry *e = threadDatasets().get(m_file);
        if (!e)
            return false;
        auto it = e->transformers.find(crs);
        if (it == e->transformers.end()) {
            char **options = CSLSetNameValue(nullptr, "DST_SRS", crs.toUtf8().constData());
            if (!m_ownSrs)
                options = CSLSetNameValue(options, "SRC_SRS", m_scene.crs.toUtf8().constData());
            it = e->transformers.emplace(crs, GDALCreateGenImgProjTransformer2(e->ds, nullptr, options)).first;
            CSLDestroy(options);
        }
        transformer = it->second;
        if (!transformer)
            return false;
        double z[n * n] = {};
        GDALGenImgProjTransform(transformer, TRUE, n * n, gx, gy, z, ok);
    }
    const size_t count = static_cast<size_t>(size) * size;
    sx.resize(count);
    sy.resize(count);
    if (std::all_of(ok, ok + n * n, [](int v) { return v != 0; })) {
        for (int y = 0; y < size; ++y) {
            const double fy = (y + 0.5) / step;
            const int j = std::min(static_cast<int>(fy), kGrid - 1);
            const double v = fy - j;
            double rx[n], ry[n];
            for (int i = 0; i < n; ++i) {
                rx[i] = gx[j * n + i] + (gx[(j + 1) * n + i] - gx[j * n + i]) * v;
                ry[i] = gy[j * n + i] + (gy[(j + 1) * n + i] - gy[j * n + i]) * v;
            }
            double *ox = &sx[static_cast<size_t>(y) * size];
            double *oy = &sy[static_cast<size_t>(y) * size];
            for (int x = 0; x < size; ++x) {
                const double fx = (x + 0.5) / step;
                const int i = std::min(static_cast<int>(fx), kGrid - 1);
                const double u = fx - i;
                ox[x] = rx[i] + (rx[i + 1] - rx[i]) * u;
                oy[x] = ry[i] + (ry[i + 1] - ry[i]) * u;
            }
        }
        return true;
    }
    // Part of the tile lies where the transformation fails (beyond the CRS's area): every pixel
    // on its own, those that fail left out.
    if (direct || !transformer)
        return false;
    std::vector<double> z(count, 0.0);
    std::vector<int> good(count, 0);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            sx[static_cast<size_t>(y) * size + x] = tile.tileExtent.xMin + (x + 0.5) * tile.mapUnitsPerPixel;
            sy[static_cast<size_t>(y) * size + x] = tile.tileExtent.yMax - (y + 0.5) * tile.mapUnitsPerPixel;
        }
    GDALGenImgProjTransform(transformer, TRUE, static_cast<int>(count), sx.data(), sy.data(), z.data(), good.data());
    for (size_t k = 0; k < count; ++k)
        if (!good[k])
            sx[k] = sy[k] = -1e30;
    return true;
}

bool SceneRaster::draw(QImage &image, const TileContext &tile, const QString &crs) const
{
    const int size = image.width();
    thread_local std::vector<double> sx, sy;
    if (!sourcePixels(tile, crs, size, sx, sy))
        return false;

    // The scene pixels the tile covers, and how many of them fall on one tile pixel.
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (size_t k = 0; k < sx.size(); ++k) {
        if (sx[k] < -1e29)
            continue;
        x0 = std::min(x0, sx[k]);
        x1 = std::max(x1, sx[k]);
        y0 = std::min(y0, sy[k]);
        y1 = std::max(y1, sy[k]);
    }
    x0 = std::max(x0, 0.0);
    y0 = std::max(y0, 0.0);
    x1 = std::min(x1, static_cast<double>(m_width));
    y1 = std::min(y1, static_cast<double>(m_height));
    if (!(x1 > x0 && y1 > y0))
        return false;
    const size_t last = static_cast<size_t>(size) - 1;
    const double alongX = std::hypot(sx[last] - sx[0], sy[last] - sy[0]) / (size - 1);
    const double alongY = std::hypot(sx[last * size] - sx[0], sy[last * size] - sy[0]) / (size - 1);
    const double scale = std::min(alongX, alongY);
    // The coarsest overview that is still at least as fine as the tile.
    const Level *level = &m_levels.front();
    for (const Level &l : m_levels)
        if (l.factor <= scale * 1.01)
            level = &l;
    const double f = level->factor;
    const int wx0 = std::max(0, static_cast<int>(std::floor(x0 / f)));
    const int wy0 = std::max(0, static_cast<int>(std::floor(y0 / f)));
    const int wx1 = std::min(level->width, static_cast<int>(std::ceil(x1 / f)) + 1);
    const int wy1 = std::min(level->height, static_cast<int>(std::ceil(y1 / f)) + 1);
    const int ww = wx1 - wx0, wh = wy1 - wy0;
    if (ww <= 0 || wh <= 0 || static_cast<qint64>(ww) * wh > 16 * 1024 * 1024)
        return false;

    ThreadDatasets::Entry *e = threadDatasets().get(m_file);
    if (!e) {
        fail(m_file + QStringLiteral(": cannot be opened any more (%1)").arg(lastGdalError()));
        return false;
    }
    // Each band once, even when it shows in several channels (grey).
    int bands[4] = {m_bands[0], m_bands[1], m_bands[2], m_alphaBand};
    thread_local std::vector<float> buffers[4];
    const float *channel[4] = {};
    for (int c = 0; c < 4; ++c) {
        if (bands[c] == 0)
            continue;
        const auto same = std::find(bands, bands + c, bands[c]);
        if (same != bands + c) {
            channel[c] = channel[same - bands];
            continue;
        }
        GDALRasterBandH band = GDALGetRasterBand(e->ds, bands[c]);
        if (level->index >= 0)
            band = GDALGetOverview(band, level->index);
        auto &buffer = buffers[c];
        buffer.resize(static_cast<size_t>(ww) * wh);
        CPLErrorReset();
        if (!band || GDALRasterIO(band, GF_Read, wx0, wy0, ww, wh, buffer.data(), ww, wh, GDT_Float32, 0, 0) != CE_None) {
            fail(m_file + QStringLiteral(": is damaged, its pixels cannot be read (%1)").arg(lastGdalError()));
            return false;
        }
        channel[c] = buffer.data();
    }

    const float noData = static_cast<float>(m_noData);
    bool drew = false;
    for (int y = 0; y < size; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const double *px = &sx[static_cast<size_t>(y) * size];
        const double *py = &sy[static_cast<size_t>(y) * size];
        for (int x = 0; x < size; ++x) {
            const double X = px[x], Y = py[x];
            if (X < 0 || Y < 0 || X >= m_width || Y >= m_height) {
                line[x] = 0;
                continue;
            }
            const int ix = std::min(static_cast<int>(X / f), level->width - 1) - wx0;
            const int iy = std::min(static_cast<int>(Y / f), level->height - 1) - wy0;
            if (ix < 0 || iy < 0 || ix >= ww || iy >= wh) {
                line[x] = 0;
                continue;
            }
            const size_t k = static_cast<size_t>(iy) * ww + ix;
            if (m_hasNoData && channel[0][k] == noData) {
                line[x] = 0;
                continue;
            }
            int rgb[3];
            for (int c = 0; c < 3; ++c) {
                const double v = (channel[c][k] - m_low[c]) * m_scale[c];
                const int i = v <= 0 ? 0 : v >= kLutSize - 1 ? kLutSize - 1 : static_cast<int>(v);
                rgb[c] = m_lut[c][static_cast<size_t>(i)];
            }
            int a = m_alpha;
            if (channel[3])
                a = a * std::clamp(static_cast<int>(channel[3][k]), 0, 255) / 255;
            line[x] = qRgba(rgb[0] * a / 255, rgb[1] * a / 255, rgb[2] * a / 255, a);
            drew |= a > 0;
        }
    }
    return drew;
}

} // namespace sightline::render
