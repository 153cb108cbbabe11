// sightline-bench-render: the map renderer on heavy layers.
//   100,000 site points and 10,000 AOI polygons in a 1920x1080 view (Web Mercator):
//   a cold frame (empty tile cache, layers already prepared) and a pan frame (the view moved
//   by 10 %, tiles still in view come from the cache), median and p95 over many frames.
#include "sightline/render/basemaplayer.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/transformcache.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace sightline;
using namespace sightline::render;

namespace {

struct Stats
{
    double median, p95;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min<qsizetype>(ms.size() - 1, static_cast<qsizetype>(0.95 * ms.size()))]};
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("points"), QStringLiteral("Site points."), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("polygons"), QStringLiteral("AOI polygons."), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("frames"), QStringLiteral("Frames timed for each figure."), QStringLiteral("N"), QStringLiteral("30")});
    p.addOption({QStringLiteral("basemap"), QStringLiteral("Also draw the Natural Earth basemap.")});
    p.process(app);
    const int nPoints = p.value(QStringLiteral("points")).toInt();
    const int nPolygons = p.value(QStringLiteral("polygons")).toInt();
    const int frames = std::max(3, p.value(QStringLiteral("frames")).toInt());

    // The Tumangang-Rajin-Vladivostok area, about 300 x 200 km.
    QRandomGenerator rng(7);
    QList<Site> points, areas;
    for (int i = 0; i < nPoints; ++i) {
        Site s;
        s.name = QStringLiteral("site %1").arg(i);
        s.kind = static_cast<SiteKind>(i % 8);
        s.location = {130.0 + rng.generateDouble() * 3.0, 42.0 + rng.generateDouble() * 1.8};
        points << s;
    }
    for (int i = 0; i < nPolygons; ++i) {
        Site s;
        s.kind = static_cast<SiteKind>(i % 8);
        const double lon = 130.0 + rng.generateDouble() * 3.0, lat = 42.0 + rng.generateDouble() * 1.8;
        const double w = 0.002 + rng.generateDouble() * 0.01, h = 0.002 + rng.generateDouble() * 0.008;
        s.location = {lon, lat};
        s.aoi = Geometry::polygon({{lon, lat}, {lon + w, lat}, {lon + w, lat + h}, {lon + w * 0.3, lat + h * 1.2}, {lon, lat + h}, {lon, lat}});
        areas << s;
    }
    LayerList layers;
    if (p.isSet(QStringLiteral("basemap")))
        layers << std::make_shared<BasemapLayer>();
    layers << std::make_shared<AoiLayer>(areas) << std::make_shared<SiteLayer>(points);

    MapSettings s;
    s.crs = QStringLiteral("EPSG:3857");
    s.outputSize = {1920, 1080};
    s.center = *cachedTransform(QStringLiteral("EPSG:4326"), s.crs)->forward(QPointF(131.5, 42.9));
    s.mapUnitsPerPixel = 3.0 * 111320.0 / 1920.0 * 1.2; // the whole area in view
    print(QStringLiteral("== %1 site points + %2 polygons, 1920x1080, %3%4")
              .arg(nPoints)
              .arg(nPolygons)
              .arg(s.crs, layers.size() > 2 ? QStringLiteral(", with basemap") : QString()));

    QElapsedTimer t;
    t.start();
    MapRenderer::render(s, layers); // prepares: projects every point and polygon once per CRS
    print(QStringLiteral("first frame (projecting the layers into the CRS): %1 ms").arg(t.nsecsElapsed() / 1e6, 0, 'f', 1));

    QList<double> cold;
    RenderStats st;
    for (int i = 0; i < frames; ++i) {
        TileCache cache;
        st = {};
        t.restart();
        MapRenderer::render(s, layers, &cache, nullptr, &st);
        cold.append(t.nsecsElapsed() / 1e6);
    }
    const Stats c = stats(cold);
    print(QStringLiteral("cold frame (no cached tiles, %1 tiles a layer): median %2 ms, p95 %3 ms (target <= 30 ms)")
              .arg(st.tilesRendered / std::max<qsizetype>(1, layers.size()))
              .arg(c.median, 0, 'f', 2)
              .arg(c.p95, 0, 'f', 2));

    // Panning zoomed in three times, from the west of the area eastward, so that every frame
    // brings new data into view.
    s.mapUnitsPerPixel /= 3;
    s.center.rx() -= s.outputSize.width() * s.mapUnitsPerPixel;
    QList<double> pan;
    TileCache cache;
    MapRenderer::render(s, layers, &cache);
    for (int i = 0; i < std::min(frames, 15); ++i) {
        s.center.rx() += 0.1 * s.outputSize.width() * s.mapUnitsPerPixel; // always onward: new tiles each frame
        st = {};
        t.restart();
        QImage frame = MapRenderer::render(s, layers, &cache, nullptr, &st);
        pan.append(t.nsecsElapsed() / 1e6);
        frame = QImage(); // shown and let go, as the canvas does
    }
    const Stats pn = stats(pan);
    print(QStringLiteral("pan frame, nothing drawn ahead (view moved by 10 %, %1 new tiles, %2 from cache): median %3 ms, p95 %4 ms (target <= 4 ms)")
              .arg(st.tilesRendered)
              .arg(st.tilesFromCache)
              .arg(pn.median, 0, 'f', 2)
              .arg(pn.p95, 0, 'f', 2));

    // As the canvas pans: after each frame, while the view is idle, the ring of tiles around it
    // is drawn into the cache (RenderJob does this), so the next frame is mostly copies.
    TileCache warm; // a fresh cache, and a row of the area not drawn yet
    s.center.rx() -= 1.5 * s.outputSize.width() * s.mapUnitsPerPixel;
    s.center.ry() -= 1.5 * s.outputSize.height() * s.mapUnitsPerPixel;
    QList<double> panPrefetched;
    MapRenderer::render(s, layers, &warm);
    for (int i = 0; i < std::min(frames, 15); ++i) {
        MapRenderer::prefetch(s, layers, &warm); // idle time between two pan events
        s.center.rx() += 0.1 * s.outputSize.width() * s.mapUnitsPerPixel;
        st = {};
        t.restart();
        QImage frame = MapRenderer::render(s, layers, &warm, nullptr, &st);
        panPrefetched.append(t.nsecsElapsed() / 1e6);
        frame = QImage();
    }
    const Stats pp = stats(panPrefetched);
    print(QStringLiteral("pan frame with the ring around the view drawn while idle (%1 new tiles, %2 from cache): "
                         "median %3 ms, p95 %4 ms (target <= 4 ms)")
              .arg(st.tilesRendered)
              .arg(st.tilesFromCache)
              .arg(pp.median, 0, 'f', 2)
              .arg(pp.p95, 0, 'f', 2));
    print(QStringLiteral("tile cache: %1 MB peak of %2 MB cap").arg(cache.peakBytes() / 1e6, 0, 'f', 1).arg(cache.capBytes() / 1e6, 0, 'f', 0));
    return 0;
}
