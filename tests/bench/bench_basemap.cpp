// sightline-bench-basemap: panning a tile basemap served from the disk cache.
//   An XYZ service of map-like 256-pixel PNG tiles (lines and text, different in every tile) is
//   served from a local folder, its disk cache filled by "make this area available offline" at
//   zoom 15, and the service stopped. Then a 1600x1000 view pans east 40 pixels a frame over it
//   with the network off, twice: as the canvas pans (its render job draws the ring of tiles
//   around each frame into the tile cache afterwards, untimed) and with no ring (every tile that
//   enters the view read from the disk cache within the frame). Median, mean and p95 ms a frame,
//   and a cold frame (every tile read from the disk cache). Target: 4 ms a frame. Exits 1 when
//   nothing was timed (no tile drawn from the disk cache).
#include "support/tileservers.h"

#include "sightline/geo/tileservice.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/maprenderer.h"

#include <gdal.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace sightline;
using namespace sightline::render;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Tiles that cost what map tiles cost to decode: roads, blocks and a label on a land colour.
int writeMapTiles(const QString &folder, int z, int x0, int x1, int y0, int y1)
{
    QRandomGenerator rng(3);
    int n = 0;
    for (int x = x0; x <= x1; ++x)
        for (int y = y0; y <= y1; ++y) {
            QImage tile(256, 256, QImage::Format_RGB32);
            tile.fill(QColor(0xf2, 0xef, 0xe9));
            QPainter p(&tile);
            p.setRenderHint(QPainter::Antialiasing);
            for (int i = 0; i < 30; ++i) {
                p.setPen(QPen(QColor(0xd9, 0xd0, 0xc9), 1));
                p.setBrush(QColor(0xe0, 0xd8, 0xd0));
                p.drawRect(rng.bounded(256), rng.bounded(256), 4 + rng.bounded(20), 4 + rng.bounded(20));
            }
            for (int i = 0; i < 6; ++i) {
                p.setPen(QPen(i % 2 ? QColor(0xf7, 0xd9, 0xa0) : Qt::white, 2 + rng.bounded(5)));
                p.drawLine(rng.bounded(256), rng.bounded(256), rng.bounded(256), rng.bounded(256));
            }
            p.setPen(QColor(0x55, 0x55, 0x55));
            p.drawText(20, 128, QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y));
            p.end();
            const QString dir = QStringLiteral("%1/%2/%3").arg(folder).arg(z).arg(x);
            QDir().mkpath(dir);
            n += tile.save(QStringLiteral("%1/%2.png").arg(dir).arg(y), "PNG") ? 1 : 0;
        }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("frames"), QStringLiteral("Pan frames timed."), QStringLiteral("N"),
                 QStringLiteral("120")});
    p.process(app);
    const int frames = std::max(10, p.value(QStringLiteral("frames")).toInt());

    // Around the Tumangang crossing, zoom 15 (4.8 m a pixel).
    constexpr int z = 15;
    const double lon = 130.6411, lat = 42.4153;
    const int cx = test::tileX(lon, z), cy = test::tileY(lat, z);
    const QSize view(1600, 1000);
    const int panPixels = 40;
    const int tilesEast = (view.width() + frames * panPixels) / 256 + 2;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("tiles"));
    const int written = writeMapTiles(folder, z, cx - 5, cx + tilesEast, cy - 4, cy + 4);
    print(QStringLiteral("%1 tiles of zoom %2 written").arg(written).arg(z));

    BasemapSource source;
    source.name = QStringLiteral("bench");
    source.kind = BasemapSource::Kind::Xyz;
    source.attribution = QStringLiteral("bench");
    source.maxZoom = z;
    geo::TileServiceSettings online;
    online.cacheRoot = dir.filePath(QStringLiteral("cache"));
    {
        test::LocalHttpServer server(folder);
        if (!server.ready()) {
            print(QStringLiteral("FAIL: the local tile server did not start"));
            return 1;
        }
        source.location = server.url(QStringLiteral("{z}/{x}/{y}.png"));
        // The area the pan covers, as "make this area available offline" would fetch it.
        const double n = std::ldexp(1.0, z);
        auto lonOf = [&](int x) { return x / n * 360.0 - 180.0; };
        auto latOf = [&](int y) { return std::atan(std::sinh(M_PI * (1 - 2 * y / n))) * 180.0 / M_PI; };
        const GeoBounds area{lonOf(cx - 5) + 1e-6, latOf(cy + 5) + 1e-6, lonOf(cx + tilesEast + 1) - 1e-6,
                             latOf(cy - 4) - 1e-6};
        geo::CacheFillResult filled;
        QString why;
        QElapsedTimer t;
        t.start();
        if (!geo::fillTileCache(serviceDescription(source, online), source.name, area, z, z, 50, online,
                                100000, {}, &filled, &why)) {
            print(QStringLiteral("FAIL: ") + why);
            return 1;
        }
        print(QStringLiteral("disk cache filled: %1 tiles, %2 KiB, in %3 s (50 requests a second)")
                  .arg(filled.done)
                  .arg(geo::tileCacheBytes(online.cacheRoot) / 1024)
                  .arg(t.elapsed() / 1000.0, 0, 'f', 1));
    } // the service is gone from here on

    geo::TileServiceSettings offline = online;
    offline.networkEnabled = false;
    QString why;
    const auto layer = makeBasemapLayer(source, offline, {}, &why);
    if (!layer) {
        print(QStringLiteral("FAIL: ") + why);
        return 1;
    }
    const LayerList layers{layer};
    MapSettings s;
    s.crs = QStringLiteral("EPSG:3857");
    s.outputSize = view;
    s.mapUnitsPerPixel = 2 * 20037508.342789244 / (256 * std::ldexp(1.0, z));
    // Left edge of the view on the tile grid's column cx - 4.
    s.center = QPointF(-20037508.342789244 + (cx - 4) * 256 * s.mapUnitsPerPixel +
                           view.width() / 2.0 * s.mapUnitsPerPixel,
                       20037508.342789244 - (cy + 0.5) * 256 * s.mapUnitsPerPixel);

    // A cold frame: every tile read from the disk cache.
    TileCache cache(256LL * 1024 * 1024);
    RenderStats cold;
    QElapsedTimer t;
    t.start();
    QImage image = MapRenderer::render(s, layers, &cache, nullptr, &cold);
    const double coldMs = t.nsecsElapsed() / 1e6;
    if (image.isNull() || cold.tilesRendered == 0 || !cold.problems.isEmpty()) {
        print(QStringLiteral("FAIL: the cold frame drew nothing from the cache %1")
                  .arg(cold.problems.join(u' ')));
        return 1;
    }

    // Two pans over the same ground: as the canvas pans (after each frame its render job draws
    // the ring of tiles around the view into the cache, untimed: the frame is already shown),
    // and with no ring drawn (every tile entering the view read from the disk cache in the frame).
    struct Pan
    {
        QList<double> ms;
        int tilesDrawn = 0; // in timed frames
        int prefetched = 0; // in the untimed ring
    };
    const MapSettings start = s;
    auto pan = [&](bool ring, Pan &out) -> bool {
        // Tiles decoded before stay out of it: GDAL's block cache emptied, each tile read from disk.
        const GIntBig blockCache = GDALGetCacheMax64();
        GDALSetCacheMax64(0);
        GDALSetCacheMax64(blockCache);
        TileCache panCache(256LL * 1024 * 1024);
        MapSettings v = start;
        RenderStats first;
        MapRenderer::render(v, layers, &panCache, nullptr, &first);
        if (ring) {
            RenderStats st;
            MapRenderer::prefetch(v, layers, &panCache, nullptr, &st);
            out.prefetched += st.tilesRendered;
        }
        for (int i = 0; i < frames; ++i) {
            v.center.rx() += panPixels * v.mapUnitsPerPixel;
            RenderStats st;
            t.restart();
            const QImage frame = MapRenderer::render(v, layers, &panCache, nullptr, &st);
            out.ms << t.nsecsElapsed() / 1e6;
            out.tilesDrawn += st.tilesRendered;
            if (frame.isNull() || !st.problems.isEmpty()) {
                print(QStringLiteral("FAIL: ") + st.problems.join(u' '));
                return false;
            }
            if (ring) {
                RenderStats pre;
                MapRenderer::prefetch(v, layers, &panCache, nullptr, &pre);
                out.prefetched += pre.tilesRendered;
            }
        }
        return true;
    };
    Pan withRing, withoutRing;
    if (!pan(true, withRing) || !pan(false, withoutRing)) return 1;
    // Nothing timed when no tile came from the disk cache while panning.
    if (withRing.prefetched + withRing.tilesDrawn == 0 || withoutRing.tilesDrawn == 0) {
        print(QStringLiteral("FAIL: the pan drew no tile from the disk cache: nothing was timed"));
        return 1;
    }
    print(QStringLiteral("cold frame %1x%2 from the disk cache: %3 ms (%4 tiles)")
              .arg(view.width())
              .arg(view.height())
              .arg(coldMs, 0, 'f', 1)
              .arg(cold.tilesRendered));
    auto report = [&](const QString &what, Pan &run, const QString &tiles) {
        std::sort(run.ms.begin(), run.ms.end());
        const double median = run.ms[run.ms.size() / 2];
        const double p95 =
            run.ms[std::min<qsizetype>(run.ms.size() - 1, static_cast<qsizetype>(0.95 * run.ms.size()))];
        double mean = 0;
        for (double frameMs : run.ms)
            mean += frameMs;
        mean /= run.ms.size();
        print(QStringLiteral(
                  "%1, %2 px a frame, %3 frames, %4: median %5 ms, mean %6 ms, p95 %7 ms (target: 4 ms) %8")
                  .arg(what)
                  .arg(panPixels)
                  .arg(frames)
                  .arg(tiles)
                  .arg(median, 0, 'f', 2)
                  .arg(mean, 0, 'f', 2)
                  .arg(p95, 0, 'f', 2)
                  .arg(median <= 4.0 ? QStringLiteral("PASS") : QStringLiteral("OVER TARGET")));
        return median;
    };
    report(QStringLiteral("pan as the canvas does (ring drawn after each frame)"), withRing,
           QStringLiteral("%1 tiles read in the ring, %2 in frames")
               .arg(withRing.prefetched)
               .arg(withRing.tilesDrawn));
    report(QStringLiteral("pan with no ring"), withoutRing,
           QStringLiteral("%1 tiles read in frames").arg(withoutRing.tilesDrawn));
    return 0;
}
