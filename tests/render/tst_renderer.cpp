// The renderer: pixels where they belong, the same picture with or without cached tiles, in
// any CRS; cancellation; a missing basemap is a message, not a failure.
#include "sightline/render/annotationlayer.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/footprintlayer.h"
#include "sightline/render/decorations.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/symbols.h"
#include "sightline/render/transformcache.h"
#include "sightline/render/vectorfilelayer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QTest>

using namespace sightline;
using namespace sightline::render;

namespace {

Site depotAt(double lon, double lat)
{
    Site s;
    s.meta.id = QUuid::createUuid();
    s.name = QStringLiteral("Depot");
    s.kind = SiteKind::Depot;
    s.location = {lon, lat};
    return s;
}

MapSettings centredOn(double lon, double lat, const QString &crs, double unitsPerPixel, QSize size = {256, 256})
{
    MapSettings s;
    s.crs = crs;
    s.center = *cachedTransform(QStringLiteral("EPSG:4326"), crs)->forward(QPointF(lon, lat));
    s.mapUnitsPerPixel = unitsPerPixel;
    s.outputSize = size;
    s.decorations = false;
    return s;
}

bool near(QColor a, QColor b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A layer that stops the render it is part of, as a newer view would.
class CancellingLayer : public MapLayer
{
public:
    explicit CancellingLayer(std::atomic_bool *flag) : MapLayer(QStringLiteral("cancel"), QStringLiteral("Cancel")), m_flag(flag) {}

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &, QString *) const override
    {
        struct P : PreparedLayer
        {
            std::atomic_bool *flag;
            bool renderTile(QPainter &, const TileContext &) const override
            {
                flag->store(true);
                return false;
            }
        };
        auto p = std::make_shared<P>();
        p->flag = m_flag;
        return p;
    }

private:
    std::atomic_bool *m_flag;
};

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT

private slots:
    void footprintsAndAnnotationsAreDrawnWhereTheyAre()
    {
        // A scene footprint 0.2 degrees across with a container box inside, in geographic
        // coordinates so that degrees map straight to pixels (0.001 degree a pixel).
        ImageryScene scene;
        scene.meta.id = QUuid::createUuid();
        scene.acquired = TimeSpan::day(2023, 10, 5);
        scene.footprint = Geometry::polygon({{130.5, 42.3}, {130.7, 42.3}, {130.7, 42.5}, {130.5, 42.5}, {130.5, 42.3}});
        Annotation box;
        box.meta.id = QUuid::createUuid();
        box.objectKind = QStringLiteral("container");
        box.time = TimeSpan::day(2023, 10, 5);
        box.geometry = Geometry::polygon({{130.58, 42.38}, {130.62, 42.38}, {130.62, 42.42}, {130.58, 42.42}, {130.58, 42.38}});
        Annotation railcar;
        railcar.meta.id = QUuid::createUuid();
        railcar.objectKind = QStringLiteral("railcar");
        railcar.time = TimeSpan::day(2023, 10, 5);
        railcar.geometry = Geometry::point(130.55, 42.45);
        const LayerList layers{std::make_shared<FootprintLayer>(QList<ImageryScene>{scene}),
                               std::make_shared<AnnotationLayer>(QList<Annotation>{box, railcar})};
        MapSettings s = centredOn(130.6, 42.4, QStringLiteral("EPSG:4326"), 0.001, {300, 300});
        QImage img = MapRenderer::render(s, layers);
        const auto at = [&](double lon, double lat) { return img.pixelColor(s.toPixel({lon, lat}).toPoint()); };
        // A thin line is antialiased across the pixels it straddles: one of them is mostly its
        // colour (the background is more than 200 levels of red away from both colours here).
        const auto lineAt = [&](double lon, double lat, QColor color) {
            const QPoint c = s.toPixel({lon, lat}).toPoint();
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (near(img.pixelColor(c + QPoint(dx, dy)), color, 75))
                        return true;
            return false;
        };
        QVERIFY(lineAt(130.5, 42.4, footprintColor()));  // the footprint's western edge
        QVERIFY(lineAt(130.6, 42.3, footprintColor()));  // and its southern one
        QVERIFY(lineAt(130.58, 42.4, objectKindColor(QStringLiteral("container")))); // the box's edge
        QVERIFY(near(at(130.55, 42.45), objectKindColor(QStringLiteral("railcar")), 40));  // the railcar's square
        QVERIFY(near(at(130.66, 42.34), s.background, 30)); // inside the footprint, a faint tint only
        QVERIFY(near(at(130.73, 42.4), s.background, 2));   // outside it, nothing
        QVERIFY(objectKindColor(QStringLiteral("container")) != objectKindColor(QStringLiteral("railcar")));
        QCOMPARE(objectKindColor(QStringLiteral("Tank wagon")), objectKindColor(QStringLiteral("tank wagon")));

        // In a time window that ends before the scene was taken: neither is drawn.
        s.timeWindow = TimeWindow({}, QDateTime(QDate(2023, 9, 1), QTime(0, 0), Qt::UTC));
        img = MapRenderer::render(s, layers);
        QVERIFY(!lineAt(130.5, 42.4, footprintColor()));
        QVERIFY(near(at(130.55, 42.45), s.background, 2));
    }

    void siteSymbolIsDrawnAtItsPlace_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<double>("unitsPerPixel");
        QTest::newRow("web mercator") << QStringLiteral("EPSG:3857") << 10.0;
        QTest::newRow("lon/lat") << QStringLiteral("EPSG:4326") << 0.0001;
        QTest::newRow("utm 52N") << QStringLiteral("EPSG:32652") << 10.0;
    }

    void siteSymbolIsDrawnAtItsPlace()
    {
        QFETCH(QString, crs);
        QFETCH(double, unitsPerPixel);
        const LayerList layers{std::make_shared<SiteLayer>(QList<Site>{depotAt(130.6026, 42.4217)})};
        const MapSettings s = centredOn(130.6026, 42.4217, crs, unitsPerPixel);
        RenderStats stats;
        const QImage img = MapRenderer::render(s, layers, nullptr, nullptr, &stats);
        QVERIFY(!img.isNull());
        QVERIFY(stats.problems.isEmpty());
        QVERIFY2(near(img.pixelColor(128, 128), siteKindColor(SiteKind::Depot)), qPrintable(img.pixelColor(128, 128).name()));
        QCOMPARE(img.pixelColor(5, 5), s.background);
        QCOMPARE(img.pixelColor(250, 250), s.background);
        // The ground resolution is about 10 m a pixel in the projected CRSs (Web Mercator stretches by 1/cos(lat)).
        if (crs == QLatin1String("EPSG:32652"))
            QVERIFY(std::abs(stats.metersPerPixel - 10.0) < 0.1);
        if (crs == QLatin1String("EPSG:3857"))
            QVERIFY(std::abs(stats.metersPerPixel - 10.0 * std::cos(42.4217 * M_PI / 180)) < 0.1);
    }

    // A reference file of 10,000 points seen from so far out that they crowd (and are written
    // straight into the tile as dots): each is still drawn where it is, and the gaps stay empty.
    void crowdedReferencePointsAreDrawnWhereTheyAre()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("grid.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[)");
        for (int i = 0; i < 100; ++i)
            for (int j = 0; j < 100; ++j)
                f.write(QStringLiteral(R"(%1{"type":"Feature","properties":{"n":%2},"geometry":{"type":"Point","coordinates":[%3,%4]}})")
                            .arg(i + j ? QStringLiteral(",") : QString())
                            .arg(i * 100 + j)
                            .arg(127.0 + 0.01 * i, 0, 'f', 2)
                            .arg(37.0 + 0.01 * j, 0, 'f', 2)
                            .toUtf8());
        f.write("]}");
        f.close();
        const QColor color(0x00, 0x7f, 0x86);
        const LayerList layers{std::make_shared<VectorFileLayer>(path, QString(), color)};
        const MapSettings s = centredOn(127.5, 37.5, QStringLiteral("EPSG:3857"), 120);
        RenderStats stats;
        const QImage img = MapRenderer::render(s, layers, nullptr, nullptr, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(img.pixelColor(128, 128), color);            // the point at the centre
        QCOMPARE(img.pixelColor(133, 122), s.background);     // midway between four points
        const QPointF east = s.toPixel(*cachedTransform(QStringLiteral("EPSG:4326"), s.crs)->forward(QPointF(127.6, 37.5)));
        QCOMPARE(img.pixelColor(east.toPoint()), color);      // another, ten points east
    }

    void cachedTilesGiveTheSamePicture()
    {
        QList<Site> sites;
        for (int i = 0; i < 50; ++i)
            sites << depotAt(130.0 + i * 0.01, 42.0 + (i % 7) * 0.01);
        const LayerList layers{std::make_shared<SiteLayer>(sites)};
        MapSettings s = centredOn(130.25, 42.03, QStringLiteral("EPSG:3857"), 40.0, {900, 500});
        TileCache cache;
        RenderStats first, second, panned;
        const QImage a = MapRenderer::render(s, layers, &cache, nullptr, &first);
        const QImage b = MapRenderer::render(s, layers, &cache, nullptr, &second);
        QVERIFY(first.tilesRendered > 0);
        QCOMPARE(second.tilesRendered, 0);
        QCOMPARE(second.tilesFromCache, first.tilesRendered);
        QCOMPARE(a, b);
        QCOMPARE(a, MapRenderer::render(s, layers));

        // Moving by a tenth of the view redraws only the tiles that came into view.
        s.center.rx() += 90 * s.mapUnitsPerPixel;
        MapRenderer::render(s, layers, &cache, nullptr, &panned);
        QVERIFY(panned.tilesFromCache > 0);
        QVERIFY2(panned.tilesRendered < first.tilesRendered / 2, qPrintable(QString::number(panned.tilesRendered)));

        // With the ring around the view drawn ahead (while the view was idle), a pan of a whole
        // tile in any direction draws nothing new, and shows the same picture.
        RenderStats ahead, afterRing;
        MapRenderer::prefetch(s, layers, &cache, nullptr, &ahead);
        QVERIFY(ahead.tilesRendered > 0);
        s.center += QPointF(-256 * s.mapUnitsPerPixel, 256 * s.mapUnitsPerPixel);
        const QImage c = MapRenderer::render(s, layers, &cache, nullptr, &afterRing);
        QCOMPARE(afterRing.tilesRendered, 0);
        QCOMPARE(c, MapRenderer::render(s, layers));
    }

    void cacheStaysUnderItsCap()
    {
        const LayerList layers{std::make_shared<SiteLayer>(QList<Site>{depotAt(130.6, 42.4)})};
        TileCache cache(3 * 256 * 256 * 4);
        MapSettings s = centredOn(130.6, 42.4, QStringLiteral("EPSG:3857"), 10.0, {1024, 1024});
        MapRenderer::render(s, layers, &cache);
        QVERIFY(cache.bytes() <= cache.capBytes());
        QVERIFY(cache.peakBytes() <= cache.capBytes());
        QVERIFY(cache.count() >= 3); // the newest tiles are kept
    }

    void cancelledRenderReturnsNothing()
    {
        std::atomic_bool flag{true};
        const LayerList layers{std::make_shared<SiteLayer>(QList<Site>{depotAt(130.6, 42.4)})};
        const MapSettings s = centredOn(130.6, 42.4, QStringLiteral("EPSG:3857"), 10.0);
        QVERIFY(MapRenderer::render(s, layers, nullptr, &flag).isNull());

        std::atomic_bool midway{false};
        const LayerList stopping{std::make_shared<CancellingLayer>(&midway), layers.first()};
        TileCache cache;
        QVERIFY(MapRenderer::render(s, stopping, &cache, &midway).isNull());
        QVERIFY(midway.load());
    }

    void unknownCrsIsAProblemNotACrash()
    {
        const LayerList layers{std::make_shared<SiteLayer>(QList<Site>{depotAt(130.6, 42.4)})};
        MapSettings s;
        s.crs = QStringLiteral("EPSG:999999");
        s.outputSize = {64, 64};
        RenderStats stats;
        const QImage img = MapRenderer::render(s, layers, nullptr, nullptr, &stats);
        QVERIFY(!img.isNull());
        QCOMPARE(stats.problems.size(), 1);
        QVERIFY2(stats.problems.first().contains(QStringLiteral("999999")), qPrintable(stats.problems.first()));
    }

    void missingBasemapDrawsAPlainBackground()
    {
        auto basemap = std::make_shared<BasemapLayer>(QStringLiteral("/nonexistent/world_map.gpkg"));
        QVERIFY(basemap->problem().contains(QStringLiteral("/nonexistent/world_map.gpkg")));
        QVERIFY(basemap->problem().contains(QStringLiteral("qgis-common")));
        MapSettings s = centredOn(100, 50, QStringLiteral("EPSG:3857"), 5000, {200, 200});
        RenderStats stats;
        const QImage img = MapRenderer::render(s, {basemap}, nullptr, nullptr, &stats);
        QCOMPARE(img.pixelColor(100, 100), s.background);
        QCOMPARE(stats.problems.size(), 1);
    }

    void basemapDrawsLandAndSea()
    {
        if (!QFileInfo::exists(BasemapLayer::defaultPath()))
            QSKIP("Natural Earth world_map.gpkg (qgis-common) is not installed");
        auto basemap = std::make_shared<BasemapLayer>();
        for (const QString &crs : {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857")}) {
            const MapSettings s = centredOn(100, 20, crs, crs == QLatin1String("EPSG:4326") ? 0.5 : 50000, {600, 300});
            RenderStats stats;
            const QImage img = MapRenderer::render(s, {basemap}, nullptr, nullptr, &stats);
            QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u';')));
            const QPointF siberia = s.toPixel(*cachedTransform(QStringLiteral("EPSG:4326"), crs)->forward(QPointF(100, 62)));
            const QPointF pacific = s.toPixel(*cachedTransform(QStringLiteral("EPSG:4326"), crs)->forward(QPointF(150, 10)));
            QVERIFY2(near(img.pixelColor(siberia.toPoint()), QColor(0xf4, 0xf2, 0xec), 20), qPrintable(crs));
            QCOMPARE(img.pixelColor(pacific.toPoint()), s.background);
        }
    }

    void scaleBarLengthsAreRound()
    {
        QCOMPARE(niceScaleBarMeters(10.0, 120), 1000.0);
        QCOMPARE(niceScaleBarMeters(3.0, 120), 200.0);
        QCOMPARE(niceScaleBarMeters(50.0, 120), 5000.0);
        QCOMPARE(niceScaleBarMeters(0.0, 120), 0.0);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for labels and the scale bar
    TestRenderer t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_renderer.moc"
