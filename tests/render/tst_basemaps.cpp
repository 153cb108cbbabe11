// Basemap sources drawn through the renderer with no network: tile packages made by GDAL here,
// an XYZ service served from a local folder, the disk cache used offline, services that fail,
// and an OSM extract written by the test.
#include "support/mapviews.h"
#include "support/testrasters.h"
#include "support/tileservers.h"

#include "sightline/geo/tileservice.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/tilebasemaplayer.h"
#include "sightline/render/vectorbasemaplayer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sightline;
using namespace sightline::render;

namespace {

// The Korea–Russia Friendship bridge at Tumangang.
constexpr double kLon = test::kBridgeLon, kLat = test::kBridgeLat;

MapSettings viewAt(double metersPerPixel, QSize size = {512, 512})
{
    return test::webMercatorView(kLon, kLat, metersPerPixel, size);
}

qint64 filesUnder(const QString &dir)
{
    qint64 n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestBasemaps : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    geo::TileServiceSettings settings(const QString &cache, bool network = true) const
    {
        geo::TileServiceSettings s;
        s.cacheRoot = path(cache);
        s.networkEnabled = network;
        s.timeoutSeconds = 3;
        return s;
    }

    // A tile package of one colour around the bridge, made by GDAL in the given format.
    QString makePackage(const QString &name, const QString &format)
    {
        test::RasterSpec spec;
        spec.crs = QStringLiteral("EPSG:3857");
        const QPointF c = test::webMercator(kLon, kLat);
        spec.originX = c.x() - 2560;
        spec.originY = c.y() + 2560;
        spec.pixelSize = 10;
        spec.bands = 3;
        spec.values = {200, 40, 30, 255};
        spec.format = format;
        QString why;
        const QString file = path(name);
        if (!test::makeRaster(file, spec, &why)) qWarning("%s", qPrintable(why));
        return file;
    }

    BasemapSource xyz(const QString &name, const QString &url) const
    {
        BasemapSource s;
        s.name = name;
        s.kind = BasemapSource::Kind::Xyz;
        s.location = url;
        s.attribution = QStringLiteral("Test tiles");
        s.maxZoom = 14;
        return s;
    }

    QImage draw(const std::shared_ptr<MapLayer> &layer, const MapSettings &view, RenderStats *stats)
    {
        return MapRenderer::render(view, LayerList{layer}, nullptr, nullptr, stats);
    }

  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tilePackagesMadeByGdal_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("MBTiles") << QStringLiteral("MBTILES") << QStringLiteral("package.mbtiles");
        QTest::newRow("GeoPackage tiles") << QStringLiteral("GPKG") << QStringLiteral("package.gpkg");
    }
    void tilePackagesMadeByGdal()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        BasemapSource source;
        source.name = QStringLiteral("package");
        source.location = makePackage(file, format);
        source.attribution = QStringLiteral("Made in the test");
        QString why;
        const auto layer = makeBasemapLayer(source, settings(QStringLiteral("unused")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        const QImage image = draw(layer, viewAt(10), &stats);
        QVERIFY(!image.isNull());
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(image.pixel(256, 256), QColor(200, 40, 30)),
                 qPrintable(test::describeColour(image.pixel(256, 256))));
        // Beyond the package: the map's background, not garbage.
        const QImage wide = draw(layer, viewAt(100), &stats);
        QVERIFY(test::nearColour(wide.pixel(2, 2), MapSettings().background));
        QVERIFY(stats.credits.contains(QStringLiteral("Basemap: Made in the test")));
        // The package drawn in another CRS (UTM 52N) too, reprojected.
        MapSettings utm = viewAt(10);
        utm.crs = QStringLiteral("EPSG:32652");
        utm.center = QPointF(635500, 4696700); // about the bridge
        RenderStats utmStats;
        const QImage projected = draw(layer, utm, &utmStats);
        QVERIFY2(utmStats.problems.isEmpty(), qPrintable(utmStats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(projected.pixel(256, 256), QColor(200, 40, 30)),
                 qPrintable(test::describeColour(projected.pixel(256, 256))));
    }

    void xyzServiceFillsTheCacheThenWorksOffline()
    {
        const QString tiles = path(QStringLiteral("xyz"));
        QVERIFY(test::writeXyzTiles(tiles, kLon, kLat, 10, 13, 2, QColor(30, 120, 200)) > 0);
        auto server = std::make_unique<test::LocalHttpServer>(tiles);
        QVERIFY(server->ready());
        const BasemapSource source =
            xyz(QStringLiteral("local"), server->url(QStringLiteral("{z}/{x}/{y}.png")));
        QString why;
        auto layer = makeBasemapLayer(source, settings(QStringLiteral("cache")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        QImage image = draw(layer, viewAt(19.1), &stats); // zoom 13
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(image.pixel(256, 256), QColor(30, 120, 200)),
                 qPrintable(test::describeColour(image.pixel(256, 256))));
        QVERIFY(stats.credits.contains(QStringLiteral("Basemap: Test tiles")));
        QVERIFY(geo::tileCacheBytes(path(QStringLiteral("cache"))) > 0);
        server->stop();

        // The network switched off: the same view from the cache alone.
        layer = makeBasemapLayer(source, settings(QStringLiteral("cache"), false), {}, &why);
        stats = {};
        image = draw(layer, viewAt(19.1), &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY(test::nearColour(image.pixel(256, 256), QColor(30, 120, 200)));

        // The network on but the service gone: still drawn from the cache.
        layer = makeBasemapLayer(source, settings(QStringLiteral("cache")), {}, &why);
        stats = {};
        image = draw(layer, viewAt(19.1), &stats);
        QVERIFY(test::nearColour(image.pixel(256, 256), QColor(30, 120, 200)));
    }

    void makeAreaAvailableOffline()
    {
        const QString tiles = path(QStringLiteral("xyz2"));
        test::writeXyzTiles(tiles, kLon, kLat, 10, 12, 2, QColor(40, 160, 60));
        test::LocalHttpServer server(tiles);
        QVERIFY(server.ready());
        BasemapSource source = xyz(QStringLiteral("download"), server.url(QStringLiteral("{z}/{x}/{y}.png")));
        source.maxZoom = 12;
        const auto cache = settings(QStringLiteral("cache2"));
        const QString xml = serviceDescription(source, cache);
        const GeoBounds area{kLon - 0.01, kLat - 0.01, kLon + 0.01, kLat + 0.01};
        QString why;
        geo::CacheFillResult result;

        // Refused: more tiles than allowed, the network off; nothing fetched.
        QVERIFY(!geo::fillTileCache(xml, source.name, area, 10, 12, 50, cache, 1, {}, &result, &why));
        QVERIFY2(why.contains(QStringLiteral("download")) && why.contains(QStringLiteral("tiles")),
                 qPrintable(why));
        QVERIFY(!geo::fillTileCache(xml, source.name, area, 10, 12, 50,
                                    settings(QStringLiteral("cache2"), false), 1000, {}, &result, &why));
        QVERIFY(why.contains(QStringLiteral("network")));
        QCOMPARE(filesUnder(cache.cacheRoot), 0);

        // Cancelled after two tiles.
        QVERIFY(geo::fillTileCache(
            xml, source.name, area, 10, 12, 50, cache, 1000, [](qint64 done, qint64) { return done < 2; },
            &result, &why));
        QVERIFY(result.cancelled);
        QCOMPARE(result.done, 2);

        // The whole area, within the service's deepest zoom (13 asked, 12 fetched), at its rate.
        QElapsedTimer t;
        t.start();
        qint64 lastTotal = 0;
        QVERIFY2(geo::fillTileCache(
                     xml, source.name, area, 10, 13, 20, cache, 1000,
                     [&](qint64, qint64 total) {
                         lastTotal = total;
                         return true;
                     },
                     &result, &why),
                 qPrintable(why));
        QCOMPARE(result.tiles, geo::xyzTileCount(area, 10, 12));
        QCOMPARE(lastTotal, result.tiles);
        QCOMPARE(result.failed, 0);
        QVERIFY(t.elapsed() >= (result.tiles - 1) * 1000 / 20 - 50); // no faster than 20 a second
        QVERIFY(filesUnder(cache.cacheRoot) >= result.tiles);
        server.stop();

        // Offline: the area shows at zoom 12.
        RenderStats stats;
        const QImage image =
            draw(makeBasemapLayer(source, settings(QStringLiteral("cache2"), false), {}, &why),
                 viewAt(38.2, {256, 256}), &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(image.pixel(128, 128), QColor(40, 160, 60)),
                 qPrintable(test::describeColour(image.pixel(128, 128))));
    }

    void cacheHasACapAndClears()
    {
        const QString root = path(QStringLiteral("trim"));
        QDir().mkpath(root + QStringLiteral("/a/b"));
        for (int i = 0; i < 10; ++i) {
            QFile f(QStringLiteral("%1/a/b/t%2").arg(root).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(10000, 'x'));
        }
        QCOMPARE(geo::tileCacheBytes(root), 100000);
        geo::trimTileCache(root, 45000);
        QVERIFY(geo::tileCacheBytes(root) <= 45000);
        QVERIFY(geo::tileCacheBytes(root) > 0);
        QString why;
        QVERIFY(geo::clearTileCache(root, &why));
        QCOMPARE(geo::tileCacheBytes(root), 0);
        QVERIFY(QDir(root).exists());
    }

    void serviceThatDoesNotAnswer()
    {
        // Nothing listens on the port: a message naming the source, quickly, and the map is drawn.
        const BasemapSource source =
            xyz(QStringLiteral("Dead service"),
                QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(test::freePort()));
        QString why;
        const auto layer = makeBasemapLayer(source, settings(QStringLiteral("cache3")), {}, &why);
        QVERIFY(layer);
        QElapsedTimer t;
        t.start();
        RenderStats stats;
        const QImage image = draw(layer, viewAt(19.1), &stats);
        QVERIFY(!image.isNull());
        QVERIFY(t.elapsed() < 15000);
        QVERIFY2(!stats.problems.isEmpty() &&
                     stats.problems.first().startsWith(QStringLiteral("Dead service: ")),
                 qPrintable(stats.problems.join(u'\n')));
        QVERIFY(test::nearColour(image.pixel(256, 256), MapSettings().background));
    }

    void serviceThatAnswersSlowly()
    {
        // Every answer 5 s late, past the 1 s timeout: a message naming the source, and the
        // frame drawn within seconds rather than waiting for the service.
        const QString tiles = path(QStringLiteral("slow"));
        test::writeXyzTiles(tiles, kLon, kLat, 13, 13, 2, Qt::red);
        test::LocalHttpServer server(tiles, 5);
        QVERIFY(server.ready());
        const BasemapSource source =
            xyz(QStringLiteral("Slow service"), server.url(QStringLiteral("{z}/{x}/{y}.png")));
        auto fast = settings(QStringLiteral("cache5"));
        fast.timeoutSeconds = 1;
        QString why;
        QElapsedTimer t;
        t.start();
        RenderStats stats;
        const QImage image = draw(makeBasemapLayer(source, fast, {}, &why), viewAt(19.1, {256, 256}), &stats);
        QVERIFY(!image.isNull());
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(!stats.problems.isEmpty() &&
                     stats.problems.first().startsWith(QStringLiteral("Slow service: ")),
                 qPrintable(stats.problems.join(u'\n')));
    }

    void serviceThatAnswersGarbage()
    {
        const QString tiles = path(QStringLiteral("garbage"));
        test::writeXyzTiles(tiles, kLon, kLat, 13, 13, 2, Qt::red);
        QDirIterator it(tiles, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY(test::randomBytes(it.next(), 3000));
        test::LocalHttpServer server(tiles);
        QVERIFY(server.ready());
        const BasemapSource source =
            xyz(QStringLiteral("Garbage service"), server.url(QStringLiteral("{z}/{x}/{y}.png")));
        QString why;
        RenderStats stats;
        const QImage image = draw(makeBasemapLayer(source, settings(QStringLiteral("cache4")), {}, &why),
                                  viewAt(19.1), &stats);
        QVERIFY(!image.isNull());
        QVERIFY2(!stats.problems.isEmpty() &&
                     stats.problems.first().startsWith(QStringLiteral("Garbage service: ")),
                 qPrintable(stats.problems.join(u'\n')));
    }

    void damagedPackage()
    {
        const QString whole = makePackage(QStringLiteral("whole.mbtiles"), QStringLiteral("MBTILES"));
        const QString cut = path(QStringLiteral("cut.mbtiles"));
        QVERIFY(test::truncatedCopy(whole, cut, 0.4));
        BasemapSource source;
        source.name = QStringLiteral("cut package");
        source.location = cut;
        QString why;
        const auto layer = makeBasemapLayer(source, settings(QStringLiteral("unused")), {}, &why);
        if (!layer) {
            QVERIFY2(why.contains(cut), qPrintable(why));
            return;
        }
        RenderStats stats;
        const QImage image = draw(layer, viewAt(10), &stats);
        QVERIFY(!image.isNull());
        QVERIFY2(!stats.problems.isEmpty() &&
                     stats.problems.first().startsWith(QStringLiteral("cut package: ")),
                 qPrintable(stats.problems.join(u'\n')));
    }

    void unknownSchemesAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("location");
        QTest::newRow("ftp") << int(BasemapSource::Kind::Xyz)
                             << QStringLiteral("ftp://tiles.example/{z}/{x}/{y}.png");
        QTest::newRow("file URL as service")
            << int(BasemapSource::Kind::Xyz) << QStringLiteral("file:///etc/{z}/{x}/{y}");
        QTest::newRow("javascript") << int(BasemapSource::Kind::Wms) << QStringLiteral("javascript:alert(1)");
        QTest::newRow("URL as a file")
            << int(BasemapSource::Kind::File) << QStringLiteral("https://example.org/a.mbtiles");
        QTest::newRow("GDAL virtual file")
            << int(BasemapSource::Kind::File) << QStringLiteral("/vsicurl/http://example.org/a.tif");
        QTest::newRow("inline XML") << int(BasemapSource::Kind::File)
                                    << QStringLiteral("<GDAL_WMS><Service name=\"TMS\"/></GDAL_WMS>");
    }
    void unknownSchemesAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(QString, location);
        BasemapSource s;
        s.name = QStringLiteral("bad");
        s.kind = static_cast<BasemapSource::Kind>(kind);
        s.location = location;
        s.attribution = QStringLiteral("someone");
        QString why;
        QVERIFY(!makeBasemapLayer(s, settings(QStringLiteral("unused")), {}, &why));
        QVERIFY2(why.startsWith(QStringLiteral("bad: ")), qPrintable(why));
    }

    void localFilesThatReachTheNetworkAreRefused()
    {
        // A WMS description and a VRT pointing at a URL, on disk: files, but not local data.
        const QString wms = path(QStringLiteral("service.xml"));
        QFile f(wms);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(geo::xyzServiceXml(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"), 10, {}).toUtf8());
        f.close();
        const QString vrt = path(QStringLiteral("remote.vrt"));
        QFile v(vrt);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write(
            "<VRTDataset rasterXSize=\"256\" rasterYSize=\"256\"><VRTRasterBand dataType=\"Byte\" band=\"1\">"
            "<SimpleSource><SourceFilename>/vsicurl/http://127.0.0.1:9/a.tif</SourceFilename></SimpleSource>"
            "</VRTRasterBand></VRTDataset>");
        v.close();
        for (const QString &file : {wms, vrt}) {
            BasemapSource s;
            s.name = QStringLiteral("local file");
            s.location = file;
            QString why;
            QVERIFY(!makeBasemapLayer(s, settings(QStringLiteral("unused")), {}, &why));
            QVERIFY2(why.startsWith(file) && why.contains(QStringLiteral("network")), qPrintable(why));
        }
    }

    void osmExtractDrawnWithAStyle()
    {
        // A small extract around the bridge: the river, the rail line over it, a road, a
        // building and the village's name.
        const QString osm = path(QStringLiteral("tumangang.osm"));
        QFile f(osm);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString xml =
            QStringLiteral("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='test'>\n");
        auto node = [&](int id, double lon, double lat, const QString &tags = {}) {
            xml += QStringLiteral("<node id='%1' version='1' lat='%2' lon='%3'>%4</node>\n")
                       .arg(id)
                       .arg(lat, 0, 'f', 7)
                       .arg(lon, 0, 'f', 7)
                       .arg(tags);
        };
        node(1, kLon - 0.01, kLat - 0.004);
        node(2, kLon + 0.01, kLat + 0.004); // rail: through the centre
        node(3, kLon - 0.01, kLat + 0.006);
        node(4, kLon + 0.01, kLat + 0.002); // road
        node(5, kLon - 0.002, kLat - 0.01);
        node(6, kLon + 0.002, kLat + 0.01); // river
        node(7, kLon + 0.003, kLat - 0.003);
        node(8, kLon + 0.005, kLat - 0.003);
        node(9, kLon + 0.005, kLat - 0.002);
        node(10, kLon + 0.003, kLat - 0.002); // building
        node(11, kLon - 0.004, kLat + 0.003,
             QStringLiteral("<tag k='place' v='village'/><tag k='name' v='Tumangang'/>"));
        auto way = [&](int id, const QList<int> &nodes, const QString &tags) {
            xml += QStringLiteral("<way id='%1' version='1'>").arg(id);
            for (int n : nodes)
                xml += QStringLiteral("<nd ref='%1'/>").arg(n);
            xml += tags + QStringLiteral("</way>\n");
        };
        way(100, {1, 2}, QStringLiteral("<tag k='railway' v='rail'/>"));
        way(101, {3, 4}, QStringLiteral("<tag k='highway' v='primary'/>"));
        way(102, {5, 6}, QStringLiteral("<tag k='waterway' v='river'/><tag k='name' v='Tumen'/>"));
        way(103, {7, 8, 9, 10, 7}, QStringLiteral("<tag k='building' v='yes'/>"));
        xml += QStringLiteral("</osm>\n");
        f.write(xml.toUtf8());
        f.close();

        BasemapSource source;
        source.name = QStringLiteral("extract");
        source.location = osm;
        QString why;
        const auto layer = makeBasemapLayer(source, settings(QStringLiteral("unused")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        QVERIFY(dynamic_cast<VectorBasemapLayer *>(layer.get()));
        RenderStats stats;
        const QImage image = draw(layer, viewAt(2), &stats);
        QVERIFY(!image.isNull());
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY(stats.credits.contains(QStringLiteral("Basemap: © OpenStreetMap contributors (ODbL)")));
        // The rail crosses the centre: dark grey there, unlike the background or the land.
        const QRgb rail = image.pixel(256, 256);
        QVERIFY2(qGray(rail) < 160, qPrintable(test::describeColour(rail)));
        // The building (about 170..250 px right, 100..150 px down of the centre at 2 m a pixel):
        // its pale fill.
        const QPointF c = test::webMercator(kLon, kLat), b = test::webMercator(kLon + 0.004, kLat - 0.0025);
        const QRgb building = image.pixel(256 + int((b.x() - c.x()) / 2), 256 - int((b.y() - c.y()) / 2));
        QVERIFY2(test::nearColour(building, QColor(0xe2, 0xdb, 0xd3), 20),
                 qPrintable(test::describeColour(building)));
        // Zoomed out beyond the buildings' range they are not drawn.
        const QImage far = draw(layer, viewAt(20), &stats);
        QVERIFY(!far.isNull());
    }

    void mapModelShowsTheChosenBasemap()
    {
        auto project =
            Project::create(path(QStringLiteral("model.gpkg")), QStringLiteral("M"), QStringLiteral("a"));
        BasemapSources sources;
        BasemapSource package;
        package.name = QStringLiteral("Rason package");
        package.location = makePackage(QStringLiteral("model.mbtiles"), QStringLiteral("MBTILES"));
        sources.sources << package;
        sources.active = package.name;
        project->saveBasemapSources(sources);

        MapModel model;
        QStringList problems;
        model.open(*project, BasemapLayer::defaultPath(), &problems);
        model.setBasemapLayer(projectBasemapLayer(*project, settings(QStringLiteral("unused")),
                                                  BasemapLayer::defaultPath(), &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(model.hasOwnBasemap());
        QCOMPARE(model.entries().first().name, QStringLiteral("Basemap (Rason package)"));
        QVERIFY(dynamic_cast<const TileBasemapLayer *>(model.layer(QStringLiteral("basemap")).get()));
        // Edits to records keep it; another project opened goes back to Natural Earth.
        model.setProject(*project, BasemapLayer::defaultPath());
        QVERIFY(model.hasOwnBasemap());
        model.open(*project, BasemapLayer::defaultPath(), &problems);
        QVERIFY(!model.hasOwnBasemap());
        QCOMPARE(model.entries().first().name, QStringLiteral("Basemap (Natural Earth)"));

        // A saved source whose file is gone: Natural Earth, and a line naming it.
        QFile::remove(package.location);
        problems.clear();
        QVERIFY(!projectBasemapLayer(*project, settings(QStringLiteral("unused")),
                                     BasemapLayer::defaultPath(), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(package.location));
    }

    void classifiesOsmTags()
    {
        using C = VectorBasemapLayer::Class;
        auto tags = [](std::initializer_list<std::pair<const char *, const char *>> list) {
            QVariantMap m;
            for (const auto &[k, v] : list)
                m.insert(QLatin1String(k), QLatin1String(v));
            return m;
        };
        QCOMPARE(VectorBasemapLayer::classify(tags({{"natural", "coastline"}})), C::Coastline);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"waterway", "river"}})), C::Water);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"natural", "water"}})), C::Water);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"railway", "rail"}})), C::Rail);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"highway", "trunk"}})), C::MajorRoad);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"highway", "track"}})), C::MinorRoad);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"building", "yes"}})), C::Building);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"building", "no"}})), C::Other);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"place", "town"}})), C::Place);
        QCOMPARE(VectorBasemapLayer::classify(tags({{"amenity", "school"}})), C::Other);
    }
};

QTEST_MAIN(TestBasemaps)
#include "tst_basemaps.moc"
