// sightline-bench-imagery: imagery through the map renderer, against GDAL's own decode.
//   A 16384 x 16384 RGB GeoTIFF (JPEG in 256-pixel tiles, YCbCr, overviews down to 1/64; UTM
//   52N, 0.5 m a pixel) is made once in the temporary folder and kept for the next run. Then,
//   for 1920 x 1080 windows in different parts of the scene (so that no cache of any kind has
//   seen them): GDAL reading the window on one thread, our cold frame at native resolution, the
//   same frame reprojected to Web Mercator, a pan of 100 m, and the tile cache's peak while
//   panning across the whole scene. With --file, the windows are taken from that file's own size,
//   CRS and extent; every timed frame is checked to show imagery, and an empty one stops the run.
#include "bigscene.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/memoryreuse.h"
#include "sightline/render/rasterlayer.h"
#include "sightline/render/transformcache.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace sightline;
using namespace sightline::render;
using namespace sightline::bench;

namespace {


double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("file"), QStringLiteral("The scene (made when missing)."), QStringLiteral("FILE"),
                 QDir::temp().filePath(QStringLiteral("sightline-bench-16k-jpeg.tif"))});
    p.addOption({QStringLiteral("windows"), QStringLiteral("Distinct windows timed for each cold figure (at most 8)."),
                 QStringLiteral("N"), QStringLiteral("8")});
    p.addOption({QStringLiteral("cold-only"), QStringLiteral("Time the cold frames only (for profiling them).")});
    p.process(app);
    geo::ensureGdal();
    keepFreedMemoryForReuse();
    const QString file = p.value(QStringLiteral("file"));
    if (!QFileInfo::exists(file) && !makeScene(file)) {
        print(QStringLiteral("cannot make %1: %2").arg(file, QString::fromUtf8(CPLGetLastErrorMsg())));
        return 1;
    }
    const QSize view(1920, 1080);

    QString why;
    const auto described = benchScene(file, &why);
    if (!described) {
        print(QStringLiteral("cannot use %1: %2").arg(file, why));
        return 1;
    }
    const ImageryScene scene = described->first;
    // Where the file lies, in its own CRS: the windows below are parts of it.
    const double originX = described->second.geoTransform[0], originY = described->second.geoTransform[3];
    const double pixel = described->second.geoTransform[1];
    const int width = described->second.width, height = described->second.height;
    print(QStringLiteral("%1: %2 x %3 pixels, %4, %5 m a pixel").arg(file).arg(width).arg(height).arg(scene.crs).arg(pixel));
    const LayerList layers{std::make_shared<RasterLayer>(QList<RasterLayer::Source>{{scene, file, {}}})};

    // Window w: a 1920 x 1080 pixel area of the scene on a grid with a free window between
    // any two used ones, so that no read (a frame's tiles reach past its view) touches the
    // next; none is read twice (32 windows in the 16k scene). A smaller file times fewer.
    const int columns = width < 1920 ? 0 : (width - 1920) / (2 * 2048) + 1;
    const int rows = height < 1080 ? 0 : (height - 1080) / (2 * 1092) + 1;
    const int available = columns * rows;
    const int windows = std::min(std::clamp(p.value(QStringLiteral("windows")).toInt(), 3, 8), (available - 7) / 3);
    if (windows < 3) {
        print(QStringLiteral("%1 is too small: the benchmark times frames on at least 16 distinct 1920 x 1080 windows "
                             "with a free window between them (%2 fit in %3 x %4 pixels)")
                  .arg(file)
                  .arg(std::max(0, available))
                  .arg(width)
                  .arg(height));
        return 1;
    }
    auto windowOrigin = [&](int w) { return QPoint((w % columns) * 2 * 2048, (w / columns) * 2 * 1092); };
    const int flickerWindow = 6 + 3 * windows; // after the last one the cold frames read
    auto utmCentre = [&](QPoint o) {
        return QPointF(originX + (o.x() + view.width() / 2.0) * pixel, originY - (o.y() + view.height() / 2.0) * pixel);
    };
    // A timed frame must show the scene: the benchmark stops rather than time empty frames.
    auto requireImagery = [&](const QImage &frame, const RenderStats &stats, const MapSettings &s, const char *what) {
        int shown = 0;
        for (int y = 1; y <= 3; ++y)
            for (int x = 1; x <= 3; ++x)
                shown += frame.pixelColor(frame.width() * x / 4, frame.height() * y / 4) != s.background;
        if (stats.scenes.isEmpty() || shown < 9) {
            print(QStringLiteral("ERROR: a timed %1 showed no imagery of %2 (%3 of 9 sample pixels drawn, %4 scenes in the "
                                 "frame): the figures would not measure imagery; stopping")
                      .arg(QLatin1String(what), file)
                      .arg(shown)
                      .arg(stats.scenes.size()));
            std::exit(2);
        }
    };
    auto settingsFor = [&](QPointF utm, const QString &crs) {
        MapSettings s;
        s.crs = crs;
        s.outputSize = view;
        s.decorations = false;
        s.mapUnitsPerPixel = pixel;
        s.center = utm;
        if (crs != scene.crs) {
            const auto *toMap = cachedTransform(scene.crs, crs);
            s.center = *toMap->forward(utm);
            // The same ground size of a pixel: measured across one scene pixel.
            const QPointF a = *toMap->forward(utm), b = *toMap->forward(utm + QPointF(pixel, 0));
            s.mapUnitsPerPixel = std::hypot(b.x() - a.x(), b.y() - a.y());
        }
        return s;
    };
    auto ourFrame = [&](int w, const QString &crs) {
        TileCache cache;
        const MapSettings s = settingsFor(utmCentre(windowOrigin(w)), crs);
        RenderStats stats;
        QElapsedTimer t;
        t.start();
        const QImage frame = MapRenderer::render(s, layers, &cache, nullptr, &stats);
        const double ms = t.nsecsElapsed() / 1e6;
        requireImagery(frame, stats, s, "cold frame");
        return ms;
    };
    std::vector<uchar> buf(static_cast<size_t>(view.width()) * view.height() * 3);
    auto gdalRead = [&](int w) -> double {
        const QPoint o = windowOrigin(w);
        QElapsedTimer t;
        t.start();
        GDALDatasetH ds = GDALOpen(file.toUtf8().constData(), GA_ReadOnly);
        const CPLErr e = GDALDatasetRasterIO(ds, GF_Read, o.x(), o.y(), view.width(), view.height(), buf.data(),
                                             view.width(), view.height(), GDT_Byte, 3, nullptr, 3,
                                             static_cast<GSpacing>(view.width()) * 3, 1);
        GDALClose(ds);
        return e == CE_None ? t.nsecsElapsed() / 1e6 : -1;
    };

    // 3. Pans of 100 m, as the canvas does them: after each frame the ring around the view is
    // drawn while idle; and without that help.
    auto pans = [&](bool prefetch, int row, qint64 *peak, qint64 *cap) {
        TileCache cache;
        QList<double> ms;
        // A row across the scene, kept 1200 pixels from its sides.
        MapSettings s = settingsFor(QPointF(originX + 2400 * pixel, originY - height * (row + 1) / 7.0 * pixel), scene.crs);
        MapRenderer::render(s, layers, &cache);
        while (s.center.x() < originX + (width - 2400) * pixel) {
            if (prefetch)
                MapRenderer::prefetch(s, layers, &cache);
            s.center += QPointF(200 * pixel, 0);
            RenderStats stats;
            QElapsedTimer t;
            t.start();
            const QImage frame = MapRenderer::render(s, layers, &cache, nullptr, &stats);
            ms << t.nsecsElapsed() / 1e6;
            requireImagery(frame, stats, s, "pan frame");
        }
        if (ms.isEmpty()) {
            print(QStringLiteral("%1 is too narrow to pan across").arg(file));
            std::exit(1);
        }
        if (peak)
            *peak = cache.peakBytes();
        if (cap)
            *cap = cache.capBytes();
        std::sort(ms.begin(), ms.end());
        return std::pair(ms[ms.size() / 2], ms[std::min<qsizetype>(ms.size() - 1, static_cast<qsizetype>(0.95 * ms.size()))]);
    };
    // Warm up to the state of a map window in use: the file open on every worker, GDAL's block
    // cache and the decoded-block cache full (of blocks no timed frame reads: these frames are
    // at half resolution and read an overview), the allocator holding memory for reuse. Then
    // two windows of their own for each kind of read.
    for (int k = 0; k < 12; ++k) {
        MapSettings s = settingsFor(utmCentre(QPoint((k % 4) * (width / 4) + width / 16, (k / 4) * (height / 3) + height / 30)),
                                    k % 3 == 2 ? QStringLiteral("EPSG:3857") : scene.crs);
        s.mapUnitsPerPixel *= 2;
        TileCache cache;
        MapRenderer::render(s, layers, &cache);
    }
    for (int w = 0; w < 2; ++w) {
        ourFrame(w, scene.crs);
        ourFrame(w + 2, QStringLiteral("EPSG:3857"));
        gdalRead(w + 4);
    }

    // 1, 2 and 4 measured in turns, each on a window nothing has read yet, so that the load of
    // the shared machine weighs on all three alike.
    QList<double> gdalMs, coldMs, warpedMs;
    for (int i = 0; i < windows; ++i) {
        const double g = gdalRead(6 + 3 * i);
        if (g < 0) {
            print(QStringLiteral("GDAL cannot read %1: %2").arg(file, QString::fromUtf8(CPLGetLastErrorMsg())));
            return 1;
        }
        gdalMs << g;
        // Whichever frame follows GDAL's read pays for the memory GDAL just gave back: the two
        // kinds take turns.
        if (i % 2) {
            warpedMs << ourFrame(8 + 3 * i, QStringLiteral("EPSG:3857"));
            coldMs << ourFrame(7 + 3 * i, scene.crs);
        } else {
            coldMs << ourFrame(7 + 3 * i, scene.crs);
            warpedMs << ourFrame(8 + 3 * i, QStringLiteral("EPSG:3857"));
        }
    }
    const double gdal = median(gdalMs), cold = median(coldMs), warped = median(warpedMs);
    print(QStringLiteral("GDAL decode of a 1920x1080 window, one thread (median of %1): %2 ms").arg(windows).arg(gdal, 0, 'f', 1));
    print(QStringLiteral("cold frame, native resolution, 1920x1080 (median of %1): %2 ms = %3 x GDAL (target <= 1.2 x)")
              .arg(windows)
              .arg(cold, 0, 'f', 1)
              .arg(cold / gdal, 0, 'f', 2));
    print(QStringLiteral("cold frame reprojected to EPSG:3857 (median of %1): %2 ms = %3 x GDAL (target <= 2 x)")
              .arg(windows)
              .arg(warped, 0, 'f', 1)
              .arg(warped / gdal, 0, 'f', 2));

    // 3. Pans, after the cold frames: they read across the whole scene.
    qint64 peak = 0, cap = 0;
    const bool panning = !p.isSet(QStringLiteral("cold-only"));
    const auto [panMedian, panP95] = panning ? pans(true, 3, &peak, &cap) : std::pair(0.0, 0.0);
    print(QStringLiteral("pan frame, 100 m (200 px), ring drawn ahead while idle, across the scene: median %1 ms, p95 %2 ms "
                         "(target <= 4 ms)")
              .arg(panMedian, 0, 'f', 2)
              .arg(panP95, 0, 'f', 2));
    const auto [rawMedian, rawP95] = panning ? pans(false, 5, nullptr, nullptr) : std::pair(0.0, 0.0);
    print(QStringLiteral("pan frame, 100 m, nothing drawn ahead: median %1 ms, p95 %2 ms").arg(rawMedian, 0, 'f', 2).arg(rawP95, 0, 'f', 2));


    // 6. Flicker: two scenes of one place, each a layer of its own (as the map window makes them);
    // once each has been shown, a swap is a frame whose tiles all come from the cache.
    {
        TileCache cache;
        const LayerList before{std::make_shared<RasterLayer>(QList<RasterLayer::Source>{{scene, file, {}}})};
        const LayerList after{std::make_shared<RasterLayer>(QList<RasterLayer::Source>{{scene, file, {}}})};
        const MapSettings s = settingsFor(utmCentre(windowOrigin(flickerWindow)), scene.crs);
        QElapsedTimer t;
        t.start();
        MapRenderer::render(s, before, &cache);
        MapRenderer::render(s, after, &cache);
        const double firstTwo = t.nsecsElapsed() / 1e6;
        QList<double> swaps;
        RenderStats stats;
        for (int i = 0; i < 20; ++i) {
            t.restart();
            const QImage frame = MapRenderer::render(s, i % 2 ? after : before, &cache, nullptr, &stats);
            swaps << t.nsecsElapsed() / 1e6;
            requireImagery(frame, stats, s, "flicker frame");
        }
        std::sort(swaps.begin(), swaps.end());
        print(QStringLiteral("flicker between two scenes, 1920x1080: first two frames %1 ms, then a swap median %2 ms, "
                             "max %3 ms, %4 tiles drawn")
                  .arg(firstTwo, 0, 'f', 1)
                  .arg(swaps[swaps.size() / 2], 0, 'f', 2)
                  .arg(swaps.last(), 0, 'f', 2)
                  .arg(stats.tilesRendered));
    }

    // 5. Memory.
    print(QStringLiteral("tile cache while panning across the scene: peak %1 MiB of a %2 MiB cap (%3); GDAL block cache %4 MiB")
              .arg(peak / 1048576.0, 0, 'f', 1)
              .arg(cap / 1048576.0, 0, 'f', 0)
              .arg(peak <= cap ? QStringLiteral("under the cap") : QStringLiteral("OVER THE CAP"))
              .arg(GDALGetCacheUsed64() / 1048576.0, 0, 'f', 1));
    return 0;
}
