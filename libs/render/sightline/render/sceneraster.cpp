#include "sightline/render/sceneraster.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/render/decodedblocks.h"
#include "sightline/render/scenedatasets.h"
#include "sightline/render/transformcache.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>

#include <QScopeGuard>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <type_traits>

namespace sightline::render {

namespace {
constexpr int kGrid = 8; // cells of the reprojection grid per tile side
}

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

int SceneRaster::overviewCount() const
{
    return std::max(0, static_cast<int>(m_levels.size()) - 1);
}

void SceneRaster::reopenFiles()
{
    ThreadDatasets::reopenAll();
}

int SceneRaster::statisticsComputed()
{
    return SceneTone::statisticsComputed();
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

    m_levels = {{-1, 1.0, m_width, m_height}};
    for (int i = 0; i < GDALGetOverviewCount(first); ++i) {
        GDALRasterBandH o = GDALGetOverview(first, i);
        const int w = GDALGetRasterBandXSize(o), h = GDALGetRasterBandYSize(o);
        if (w > 0 && h > 0)
            m_levels.push_back({i, static_cast<double>(m_width) / w, w, h});
    }
    std::sort(m_levels.begin(), m_levels.end(), [](const Level &a, const Level &b) { return a.factor < b.factor; });

    // The stretch and colour tables; statistics are read from a small version of the image.
    m_tone.hasNoData = m_hasNoData;
    m_tone.noData = m_noData;
    QString toneError;
    if (!m_tone.build(ds, type, d, m_scene.sha256.isEmpty() ? m_file : QString::fromLatin1(m_scene.sha256), m_bands,
                      m_width, m_height, &toneError))
        return failed(toneError);
    return true;
}

// Where the tile's pixels fall in the scene: full-resolution pixel positions at the corners of
// an 8x8 grid over the tile (exact, or interpolated from the tile's corners where the
// transformation is plane over the tile), interpolated in between as GDAL's approximate
// transformer does. Fails where the transformation fails at a grid point (beyond the CRS's area).
bool SceneRaster::sourceGrid(const TileContext &tile, const QString &crs, int size, Grid &g) const
{
    constexpr int n = kGrid + 1;
    const double step = static_cast<double>(size) / kGrid;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            g.x[j * n + i] = tile.tileExtent.xMin + i * step * tile.mapUnitsPerPixel;
            g.y[j * n + i] = tile.tileExtent.yMax - j * step * tile.mapUnitsPerPixel;
        }
    g.axisAligned = false;
    // Map units of the scene's CRS to its pixels, in place.
    const auto inverseGeoTransform = [this](double *x, double *y, int count) {
        const auto &t = m_inverse;
        for (int k = 0; k < count; ++k) {
            const double mx = x[k], my = y[k];
            x[k] = t[0] + mx * t[1] + my * t[2];
            y[k] = t[3] + mx * t[4] + my * t[5];
        }
    };
    if (m_hasGeoTransform && crs == m_scene.crs) {
        inverseGeoTransform(g.x, g.y, n * n);
        g.axisAligned = m_inverse[2] == 0 && m_inverse[4] == 0;
        return true;
    }
    // Map coordinates to scene pixels. With a geotransform: PROJ into the scene's CRS (the
    // transformation made once a process), then the inverse geotransform; else (ground control
    // points) GDAL's transformer, made once a thread.
    std::function<void(double *, double *, int, int *)> toPixels;
    if (m_hasGeoTransform) {
        const geo::CoordinateTransform *t = cachedTransform(crs, m_scene.crs, nullptr);
        if (!t)
            return false;
        toPixels = [t, &inverseGeoTransform](double *x, double *y, int count, int *ok) {
            t->forward(x, y, count);
            for (int k = 0; k < count; ++k)
                ok[k] = std::isfinite(x[k]) && std::isfinite(y[k]);
            inverseGeoTransform(x, y, count);
        };
    } else {
        ThreadDatasets::Entry *e = threadDatasets().get(m_file);
        if (!e)
            return false;
        auto it = e->transformers.find(crs);
        if (it == e->transformers.end()) {
            char **options = CSLSetNameValue(nullptr, "DST_SRS", crs.toUtf8().constData());
            if (!GDALGetSpatialRef(e->ds) && !GDALGetGCPSpatialRef(e->ds))
                options = CSLSetNameValue(options, "SRC_SRS", m_scene.crs.toUtf8().constData());
            it = e->transformers.emplace(crs, GDALCreateGenImgProjTransformer2(e->ds, nullptr, options)).first;
            CSLDestroy(options);
        }
        if (!it->second)
            return false;
        toPixels = [transformer = it->second](double *x, double *y, int count, int *ok) {
            std::vector<double> z(static_cast<size_t>(count));
            GDALGenImgProjTransform(transformer, TRUE, count, x, y, z.data(), ok);
        };
    }
    // Over a tile the transformation is nearly always plane: the corners, the middles of the
    // sides and the centre first, and when the corners alone predict the other five within a
    // twentieth of a pixel, the grid between them is interpolated instead of transformed.
    constexpr int h = kGrid / 2;
    constexpr int probe[9] = {0, h, kGrid, h * n, h * n + h, h * n + kGrid, kGrid * n, kGrid * n + h, kGrid * n + kGrid};
    double px[9], py[9];
    int pok[9] = {};
    for (int k = 0; k < 9; ++k) {
        px[k] = g.x[probe[k]];
        py[k] = g.y[probe[k]];
    }
    toPixels(px, py, 9, pok);
    if (std::all_of(pok, pok + 9, [](int v) { return v != 0; })) {
        const auto corners = [&](double u, double v, const double *c) {
            return (c[0] * (1 - u) + c[2] * u) * (1 - v) + (c[6] * (1 - u) + c[8] * u) * v;
        };
        double worst = 0;
        for (int k : {1, 3, 4, 5, 7}) {
            const double u = (k % 3) / 2.0, v = (k / 3) / 2.0;
            worst = std::max({worst, std::abs(corners(u, v, px) - px[k]), std::abs(corners(u, v, py) - py[k])});
        }
        if (worst < 0.05) {
            for (int j = 0; j < n; ++j)
                for (int i = 0; i < n; ++i) {
                    const double u = static_cast<double>(i) / kGrid, v = static_cast<double>(j) / kGrid;
                    g.x[j * n + i] = corners(u, v, px);
                    g.y[j * n + i] = corners(u, v, py);
                }
            return true;
        }
    }
    int ok[n * n] = {};
    toPixels(g.x, g.y, n * n, ok);
    return std::all_of(ok, ok + n * n, [](int v) { return v != 0; });
}

bool SceneRaster::draw(QImage &image, const TileContext &tile, const QString &crs) const
{
    const int size = image.width();
    constexpr int n = kGrid + 1;
    Grid g;
    if (!sourceGrid(tile, crs, size, g))
        return false;

    const QRect needed = tile.neededIn(size);
    const double step = static_cast<double>(size) / kGrid;
    const double alongX = std::hypot(g.x[kGrid] - g.x[0], g.y[kGrid] - g.y[0]) / size;
    const double alongY = std::hypot(g.x[kGrid * n] - g.x[0], g.y[kGrid * n] - g.y[0]) / size;
    const double scale = std::min(alongX, alongY);
    // The coarsest overview that is still at least as fine as the tile.
    const Level *level = &m_levels.front();
    for (const Level &l : m_levels)
        if (l.factor <= scale * 1.01)
            level = &l;
    const double f = level->factor;

    // The scene pixels the needed part of the tile samples. North-up, exactly the first and
    // last pixel centres (so that a tile on the image's block grid reads its own blocks only);
    // else the grid cells over it, a pixel wider for the interpolation between grid points.
    double x0, x1, y0, y1;
    int margin = 0;
    if (g.axisAligned) {
        const double dsx = (g.x[kGrid] - g.x[0]) / size, dsy = (g.y[kGrid * n] - g.y[0]) / size;
        std::tie(x0, x1) = std::minmax(g.x[0] + (needed.left() + 0.5) * dsx, g.x[0] + (needed.right() + 0.5) * dsx);
        std::tie(y0, y1) = std::minmax(g.y[0] + (needed.top() + 0.5) * dsy, g.y[0] + (needed.bottom() + 0.5) * dsy);
        x1 = std::floor(x1 / f) * f + f; // the last pixel sampled, whole
        y1 = std::floor(y1 / f) * f + f;
    } else {
        const int i0 = static_cast<int>(needed.left() / step), i1 = static_cast<int>(needed.right() / step) + 1;
        const int j0 = static_cast<int>(needed.top() / step), j1 = static_cast<int>(needed.bottom() / step) + 1;
        x0 = y0 = 1e300;
        x1 = y1 = -1e300;
        for (int j = j0; j <= j1; ++j)
            for (int i = i0; i <= i1; ++i) {
                x0 = std::min(x0, g.x[j * n + i]);
                x1 = std::max(x1, g.x[j * n + i]);
                y0 = std::min(y0, g.y[j * n + i]);
                y1 = std::max(y1, g.y[j * n + i]);
            }
        margin = 1;
    }
    x0 = std::max(x0, 0.0);
    y0 = std::max(y0, 0.0);
    x1 = std::min(x1, static_cast<double>(m_width));
    y1 = std::min(y1, static_cast<double>(m_height));
    if (!(x1 > x0 && y1 > y0))
        return false;
    const int wx0 = std::max(0, static_cast<int>(std::floor(x0 / f)) - margin);
    const int wy0 = std::max(0, static_cast<int>(std::floor(y0 / f)) - margin);
    const int wx1 = std::min(level->width, static_cast<int>(std::ceil(x1 / f)) + margin);
    const int wy1 = std::min(level->height, static_cast<int>(std::ceil(y1 / f)) + margin);
    const int ww = wx1 - wx0, wh = wy1 - wy0;
    if (ww <= 0 || wh <= 0 || static_cast<qint64>(ww) * wh > 16 * 1024 * 1024)
        return false;

    ThreadDatasets::Entry *e = threadDatasets().get(m_file);
    if (!e) {
        fail(m_file + QStringLiteral(": cannot be opened any more (%1)").arg(lastGdalError()));
        return false;
    }
    // Each band once, even when it shows in several channels (grey); 8- and 16-bit values as
    // they are, others as floating point.
    const bool integer = !m_tone.raw[0].empty();
    const bool eightBit = integer && m_tone.raw[0].size() == 256;
    const GDALDataType readAs = eightBit ? GDT_Byte : integer ? GDT_UInt16 : GDT_Float32;
    const int bytes = eightBit ? 1 : integer ? 2 : 4;
    const int bands[4] = {m_bands[0], m_bands[1], m_bands[2], m_alphaBand};
    int plane[4] = {-1, -1, -1, -1}; // which decoded plane each channel shows
    QList<int> unique;
    for (int c = 0; c < 4; ++c) {
        if (bands[c] == 0)
            continue;
        const auto at = unique.indexOf(bands[c]);
        plane[c] = at >= 0 ? static_cast<int>(at) : static_cast<int>(unique.size());
        if (at < 0)
            unique << bands[c];
    }

    // The window, assembled from decoded blocks that every worker shares.
    GDALRasterBandH levelBand = GDALGetRasterBand(e->ds, 1);
    if (levelBand && level->index >= 0)
        levelBand = GDALGetOverview(levelBand, level->index);
    if (!levelBand)
        return false;
    int bw = 256, bh = 256;
    GDALGetBlockSize(levelBand, &bw, &bh);
    if (bw > 1024 || bh > 1024 || bw <= 0 || bh <= 0) // strips: read in squares all the same
        bw = bh = 256;
    const QString blockFile = m_file + QStringLiteral("|%1,%2,%3,%4").arg(bands[0]).arg(bands[1]).arg(bands[2]).arg(bands[3]);
    // North-up, 8-bit and opaque (the usual scene in its own CRS), pixels are toned straight
    // from the decoded blocks; otherwise the window is assembled from them first.
    const bool plainNorthUp = g.axisAligned && eightBit && !m_tone.hasNoData && !m_alphaBand && m_tone.alpha == 255;
    const int bx0 = wx0 / bw, by0 = wy0 / bh, nbx = (wx1 - 1) / bw - bx0 + 1;
    thread_local std::vector<std::shared_ptr<const DecodedBlocks::Block>> blocks;
    blocks.assign(static_cast<size_t>(nbx) * ((wy1 - 1) / bh - by0 + 1), nullptr);
    thread_local std::vector<uchar> buffers[4];
    if (!plainNorthUp)
        for (int k = 0; k < unique.size(); ++k)
            buffers[k].resize(static_cast<size_t>(ww) * wh * bytes);
    for (int by = wy0 / bh; by <= (wy1 - 1) / bh; ++by)
        for (int bx = wx0 / bw; bx <= (wx1 - 1) / bw; ++bx) {
            const auto block = DecodedBlocks::instance().get({blockFile, level->index, bx, by}, [&] {
                auto b = std::make_shared<DecodedBlocks::Block>();
                b->width = std::min(bw, level->width - bx * bw);
                b->height = std::min(bh, level->height - by * bh);
                for (int band : std::as_const(unique)) {
                    GDALRasterBandH h = GDALGetRasterBand(e->ds, band);
                    if (h && level->index >= 0)
                        h = GDALGetOverview(h, level->index);
                    b->planeBytes = static_cast<size_t>(b->width) * b->height * bytes;
                    std::unique_ptr<uchar[]> samples(new uchar[b->planeBytes]);
                    CPLErrorReset();
                    if (!h || GDALRasterIO(h, GF_Read, bx * bw, by * bh, b->width, b->height, samples.get(), b->width,
                                           b->height, readAs, 0, 0) != CE_None)
                        return std::shared_ptr<const DecodedBlocks::Block>();
                    b->planes.push_back(std::move(samples));
                }
                return std::shared_ptr<const DecodedBlocks::Block>(b);
            });
            if (!block) {
                fail(m_file + QStringLiteral(": is damaged, its pixels cannot be read (%1)").arg(lastGdalError()));
                return false;
            }
            if (plainNorthUp) {
                blocks[static_cast<size_t>(by - by0) * nbx + (bx - bx0)] = block;
                continue;
            }
            // The part of the block inside the window.
            const int x0b = std::max(wx0, bx * bw), x1b = std::min(wx1, bx * bw + block->width);
            const int y0b = std::max(wy0, by * bh), y1b = std::min(wy1, by * bh + block->height);
            if (x1b <= x0b || y1b <= y0b)
                continue;
            const size_t rowBytes = static_cast<size_t>(x1b - x0b) * bytes;
            for (int k = 0; k < unique.size(); ++k)
                for (int y = y0b; y < y1b; ++y)
                    std::memcpy(&buffers[k][(static_cast<size_t>(y - wy0) * ww + (x0b - wx0)) * bytes],
                                &block->planes[static_cast<size_t>(k)].get()[(static_cast<size_t>(y - by * bh) * block->width +
                                                                              (x0b - bx * bw)) * bytes],
                                rowBytes);
        }
    const void *channel[4] = {};
    for (int c = 0; c < 4; ++c)
        if (plane[c] >= 0)
            channel[c] = buffers[plane[c]].data();

    const SceneTone::Toner toner = m_tone.toner();
    bool drew = false;

    // North-up, a tile column samples one level column and a tile row one level row: the level
    // column under each pixel of the needed part (less `origin`; -1 off the image), and the level
    // row under a tile row (-1 off the image), for both ways of filling below.
    const auto levelColumns = [&](int origin) -> const std::vector<int> & {
        thread_local std::vector<int> cols;
        const int left = needed.left(), width = needed.width();
        cols.resize(static_cast<size_t>(width));
        const double sx0 = g.x[0], dsx = (g.x[kGrid] - g.x[0]) / size;
        for (int x = 0; x < width; ++x) {
            const double X = sx0 + (left + x + 0.5) * dsx;
            cols[static_cast<size_t>(x)] =
                X < 0 || X >= m_width ? -1 : std::min(static_cast<int>(X / f), level->width - 1) - origin;
        }
        return cols;
    };
    const double sy0 = g.y[0], dsy = (g.y[kGrid * n] - g.y[0]) / size;
    const auto levelRow = [&](int y) {
        const double Y = sy0 + (y + 0.5) * dsy;
        return Y < 0 || Y >= m_height ? -1 : std::min(static_cast<int>(Y / f), level->height - 1);
    };

    if (plainNorthUp) {
        // Each row of the tile from the row of blocks under it, a run of columns a block.
        const int left = needed.left(), width = needed.width();
        const std::vector<int> &cols = levelColumns(0);
        const uchar *lr = m_tone.raw[0].data(), *lg = m_tone.raw[1].data(), *lb = m_tone.raw[2].data();
        for (int y = needed.top(); y <= needed.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y)) + left;
            const int row = levelRow(y);
            if (row < 0) {
                std::fill(line, line + width, 0);
                continue;
            }
            drew = true;
            const int by = row / bh;
            const size_t inBlock = static_cast<size_t>(row - by * bh);
            const auto *blockRow = &blocks[static_cast<size_t>(by - by0) * nbx];
            for (int x = 0; x < width;) {
                const int c = cols[static_cast<size_t>(x)];
                if (c < 0) {
                    line[x++] = 0;
                    continue;
                }
                const int bx = c / bw;
                const DecodedBlocks::Block &b = *blockRow[bx - bx0];
                const size_t offset = inBlock * static_cast<size_t>(b.width);
                const uchar *r = b.planes[static_cast<size_t>(plane[0])].get() + offset;
                const uchar *gr = b.planes[static_cast<size_t>(plane[1])].get() + offset;
                const uchar *bl = b.planes[static_cast<size_t>(plane[2])].get() + offset;
                const int from = bx * bw, to = from + b.width;
                for (int k; x < width && (k = cols[static_cast<size_t>(x)]) >= from && k < to; ++x)
                    line[x] = 0xff000000u | uint(lr[r[k - from]]) << 16 | uint(lg[gr[k - from]]) << 8 | lb[bl[k - from]];
            }
        }
        blocks.clear(); // the cache decides how long blocks live
        return drew;
    }

    const auto fill = [&](const auto *const *ch) {
        if (g.axisAligned) {
            // North-up in the scene's own CRS: a column maps to a column, a row to a row.
            const int left = needed.left(), width = needed.width();
            const std::vector<int> &cols = levelColumns(wx0);
            for (int y = needed.top(); y <= needed.bottom(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y)) + left;
                const int row = levelRow(y);
                if (row < 0) {
                    std::fill(line, line + width, 0);
                    continue;
                }
                const size_t rowBase = static_cast<size_t>(row - wy0) * ww;
                drew = true;
                using T = std::remove_cv_t<std::remove_pointer_t<std::remove_cv_t<std::remove_pointer_t<decltype(ch)>>>>;
                if constexpr (std::is_same_v<T, uchar>) {
                    // The common case, 8-bit and opaque: three lookups a pixel, nothing else.
                    if (!toner.hasNoData && !ch[3] && toner.alpha == 255) {
                        const uchar *lr = m_tone.raw[0].data(), *lg = m_tone.raw[1].data(), *lb = m_tone.raw[2].data();
                        const uchar *r = ch[0] + rowBase, *gr = ch[1] + rowBase, *b = ch[2] + rowBase;
                        const int *cp = cols.data();
                        for (int x = 0; x < width; ++x) {
                            const int c = cp[x];
                            line[x] = c < 0 ? 0u : 0xff000000u | uint(lr[r[c]]) << 16 | uint(lg[gr[c]]) << 8 | lb[b[c]];
                        }
                        continue;
                    }
                }
                for (int x = 0; x < width; ++x) {
                    const int c = cols[static_cast<size_t>(x)];
                    line[x] = c < 0 ? 0 : toner(ch, rowBase + static_cast<size_t>(c));
                }
            }
            return;
        }
        // Reprojected: the grid interpolated along each row, stepping across its cells, in the
        // level's own pixels (one division a cell, not one a pixel).
        using T = std::remove_cv_t<std::remove_pointer_t<std::remove_cv_t<std::remove_pointer_t<decltype(ch)>>>>;
        [[maybe_unused]] bool plain = false; // 8-bit and opaque: three lookups a pixel
        if constexpr (std::is_same_v<T, uchar>)
            plain = !toner.hasNoData && !ch[3] && toner.alpha == 255;
        [[maybe_unused]] const uchar *lr = m_tone.raw[0].empty() ? nullptr : m_tone.raw[0].data();
        [[maybe_unused]] const uchar *lg = m_tone.raw[1].empty() ? nullptr : m_tone.raw[1].data();
        [[maybe_unused]] const uchar *lb = m_tone.raw[2].empty() ? nullptr : m_tone.raw[2].data();
        const double xEnd = m_width / f, yEnd = m_height / f; // the image's edges, in level pixels
        const int lastX = level->width - 1, lastY = level->height - 1;
        const int cell = size / kGrid;
        for (int y = needed.top(); y <= needed.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            const double fy = (y + 0.5) / step;
            const int j = std::min(static_cast<int>(fy), kGrid - 1);
            const double v = fy - j;
            double rx[n], ry[n];
            for (int i = 0; i < n; ++i) {
                rx[i] = (g.x[j * n + i] + (g.x[(j + 1) * n + i] - g.x[j * n + i]) * v) / f;
                ry[i] = (g.y[j * n + i] + (g.y[(j + 1) * n + i] - g.y[j * n + i]) * v) / f;
            }
            for (int i = 0; i < kGrid; ++i) {
                // Stepped from the cell's start even where the needed part begins later, so
                // that a part of a tile has the very pixels of the whole tile.
                const int from = std::max(i * cell, needed.left()), to = std::min((i + 1) * cell, needed.right() + 1);
                if (from >= to)
                    continue;
                const double dx = (rx[i + 1] - rx[i]) / cell, dy = (ry[i + 1] - ry[i]) / cell;
                double X = rx[i] + (from - i * cell + 0.5) * dx, Y = ry[i] + (from - i * cell + 0.5) * dy;
                for (int x = from; x < to; ++x, X += dx, Y += dy) {
                    if (!(X >= 0 && Y >= 0 && X < xEnd && Y < yEnd)) {
                        line[x] = 0;
                        continue;
                    }
                    const int ix = std::min(static_cast<int>(X), lastX) - wx0;
                    const int iy = std::min(static_cast<int>(Y), lastY) - wy0;
                    if (ix < 0 || iy < 0 || ix >= ww || iy >= wh) {
                        line[x] = 0;
                        continue;
                    }
                    const size_t k = static_cast<size_t>(iy) * ww + ix;
                    if constexpr (std::is_same_v<T, uchar>) {
                        if (plain) {
                            line[x] = 0xff000000u | uint(lr[ch[0][k]]) << 16 | uint(lg[ch[1][k]]) << 8 | lb[ch[2][k]];
                            drew = true;
                            continue;
                        }
                    }
                    line[x] = toner(ch, k);
                    drew = true;
                }
            }
        }
    };
    if (eightBit) {
        const uchar *ch[4];
        for (int c = 0; c < 4; ++c)
            ch[c] = static_cast<const uchar *>(channel[c]);
        fill(ch);
    } else if (integer) {
        const quint16 *ch[4];
        for (int c = 0; c < 4; ++c)
            ch[c] = static_cast<const quint16 *>(channel[c]);
        fill(ch);
    } else {
        const float *ch[4];
        for (int c = 0; c < 4; ++c)
            ch[c] = static_cast<const float *>(channel[c]);
        fill(ch);
    }
    return drew;
}

} // namespace sightline::render
