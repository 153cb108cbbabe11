// WMTS and WMS services with no network: a small Python server written here answers a WMTS
// GetCapabilities document and its tiles, and WMS GetMap requests, with PNGs of one colour; the
// map draws them through GDAL's WMTS and WMS drivers, fills the disk cache, and then draws from
// the cache alone with the network switched off (a WMTS from the capabilities document kept in
// the cache), asking nobody.
#include "support/mapviews.h"
#include "support/ogcserver.h"
#include "support/tileservers.h"

#include "sightline/geo/tileservice.h"
#include "sightline/geo/wmtscapabilities.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/tilebasemaplayer.h"
#include "sightline/store/project.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
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

} // namespace

class TestOgcServices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The WMTS service of the first test, the view it drew, and where its server listened.
    BasemapSource m_wmts;
    QString m_wmtsFolder;
    int m_wmtsPort = 0;
    QImage m_wmtsImage;

    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    QString serviceFolder(const QString &name, QColor colour)
    {
        const QString folder = path(name);
        return test::writeOgcServiceFolder(folder, colour) ? folder : QString();
    }
    static int requests(const QString &folder, const QString &part)
    {
        return test::ogcRequests(folder, part);
    }
    // The different paths asked whose path contains `part` (two render workers that need a tile
    // at the same moment may both ask for it, each through its own dataset).
    static int distinctRequests(const QString &folder, const QString &part)
    {
        QFile log(folder + QStringLiteral("/requests.log"));
        if (!log.open(QIODevice::ReadOnly)) return 0;
        QSet<QString> paths;
        for (const QString &line : QString::fromUtf8(log.readAll()).split(u'\n'))
            if (line.contains(part, Qt::CaseInsensitive)) paths.insert(line);
        return static_cast<int>(paths.size());
    }

    geo::TileServiceSettings settings(const QString &cache, bool network = true) const
    {
        geo::TileServiceSettings s;
        s.cacheRoot = path(cache);
        s.networkEnabled = network;
        s.timeoutSeconds = 3;
        return s;
    }

    static BasemapSource service(const QString &name, BasemapSource::Kind kind, const QString &url)
    {
        BasemapSource s;
        s.name = name;
        s.kind = kind;
        s.location = url;
        s.attribution = QStringLiteral("Served in the test");
        s.maxZoom = 16;
        return s;
    }

    // An area around the bridge that holds the views drawn at zoom 15 and 16.
    static constexpr GeoBounds kArea{kLon - 0.02, kLat - 0.015, kLon + 0.02, kLat + 0.015};

    // The WMTS or WMS service of a kOgcServer.
    static BasemapSource areaService(const test::LocalHttpServer &server, bool wmts)
    {
        return wmts ? service(QStringLiteral("Area WMTS"), BasemapSource::Kind::Wmts,
                              server.url(QStringLiteral("wmts?SERVICE=WMTS&REQUEST=GetCapabilities")))
                    : service(QStringLiteral("Area WMS"), BasemapSource::Kind::Wms,
                              server.url(QStringLiteral(
                                  "wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=streets&FORMAT=image/png")));
    }

    static QImage draw(const std::shared_ptr<MapLayer> &layer, RenderStats *stats)
    {
        return MapRenderer::render(viewAt(4.77), LayerList{layer}, nullptr, nullptr, stats); // zoom 15
    }

    // The service started again on its port, counting requests: a new layer with the network off
    // draws each view (metres a pixel, picture) from the cache as expected and asks it nothing.
    void restartedServiceIsAskedNothing(const QString &folder, int port, const BasemapSource &source,
                                        const QString &cache, const QList<std::pair<double, QImage>> &views)
    {
        test::LocalHttpServer again(QString::fromUtf8(test::kOgcServer), QStringList{folder}, port);
        QVERIFY(again.ready());
        const int asked = requests(folder, QStringLiteral("/"));
        QString why;
        const auto layer = makeBasemapLayer(source, settings(cache, false), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        for (const auto &[metres, expected] : views)
            QCOMPARE(MapRenderer::render(viewAt(metres), LayerList{layer}, nullptr, nullptr, &stats),
                     expected);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(requests(folder, QStringLiteral("/")), asked);
        again.stop();
    }

  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void wmtsDrawnThroughGdalThenFromTheCache()
    {
        const QColor colour(40, 150, 90);
        m_wmtsFolder = serviceFolder(QStringLiteral("wmts"), colour);
        QVERIFY(!m_wmtsFolder.isEmpty());
        auto server = std::make_unique<test::LocalHttpServer>(QString::fromUtf8(test::kOgcServer),
                                                              QStringList{m_wmtsFolder});
        QVERIFY(server->ready());
        m_wmtsPort = server->port();
        m_wmts = service(QStringLiteral("Test WMTS"), BasemapSource::Kind::Wmts,
                         server->url(QStringLiteral("wmts?SERVICE=WMTS&REQUEST=GetCapabilities")));
        QString why;
        auto layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        QImage image = draw(layer, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(image.pixel(256, 256), colour),
                 qPrintable(test::describeColour(image.pixel(256, 256))));
        QVERIFY(stats.credits.contains(QStringLiteral("Basemap: Served in the test")));
        // The capabilities asked once for the layer (not once per worker thread), and kept as
        // the service answered them, in the service's cache folder.
        QCOMPARE(requests(m_wmtsFolder, QStringLiteral("getcapabilities")), 1);
        const QString kept = geo::keptWmtsCapabilitiesPath(path(QStringLiteral("cache")), m_wmts.location);
        QVERIFY(kept.startsWith(geo::tileCacheFolder(path(QStringLiteral("cache")), m_wmts.location)));
        QCOMPARE(
            fileBytes(kept),
            test::wmtsCapabilities().replace(QStringLiteral("PORT"), QString::number(m_wmtsPort)).toUtf8());
        const int tiles = requests(m_wmtsFolder, QStringLiteral("/wmts/15/"));
        QVERIFY2(tiles >= 4, qPrintable(QString::number(tiles))); // a 512-pixel view meets 4+ tiles
        QVERIFY(geo::tileCacheBytes(path(QStringLiteral("cache"))) > 0);

        // The same view by a new layer: the capabilities asked afresh, the tiles come from the
        // disk cache, not the service.
        layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache")), {}, &why);
        stats = {};
        image = draw(layer, &stats);
        QVERIFY(test::nearColour(image.pixel(256, 256), colour));
        QCOMPARE(requests(m_wmtsFolder, QStringLiteral("/wmts/15/")), tiles);
        QCOMPARE(requests(m_wmtsFolder, QStringLiteral("getcapabilities")), 2);
        m_wmtsImage = image;
        server->stop();
    }

    void wmtsDrawnOfflineFromItsKeptCapabilities()
    {
        QVERIFY(!m_wmtsImage.isNull());
        // The service gone and the network switched off: the same view, from the kept
        // capabilities and the cached tiles alone, pixel for pixel.
        QString why;
        auto layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache"), false), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        QImage image = draw(layer, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(image, m_wmtsImage);

        // The network on but the service not answering: the same, from the kept copy too, saying
        // that the service did not answer.
        layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        stats = {};
        QCOMPARE(draw(layer, &stats), m_wmtsImage);
        QVERIFY2(stats.problems.size() == 1 &&
                     stats.problems.first().startsWith(QStringLiteral("Test WMTS: ")) &&
                     stats.problems.first().contains(QStringLiteral("did not answer")) &&
                     stats.problems.first().contains(QStringLiteral("disk cache")),
                 qPrintable(stats.problems.join(u'\n')));

        // Started again where the kept document sends GDAL, the service is asked for nothing.
        test::LocalHttpServer server(QString::fromUtf8(test::kOgcServer), QStringList{m_wmtsFolder},
                                     m_wmtsPort);
        QVERIFY(server.ready());
        const int asked = requests(m_wmtsFolder, QStringLiteral("/"));
        layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache"), false), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        stats = {};
        QCOMPARE(draw(layer, &stats), m_wmtsImage);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));

        // A view the cache does not hold draws nothing, and says so, naming the source.
        MapSettings elsewhere = viewAt(4.77);
        elsewhere.center += QPointF(50000, 0);
        stats = {};
        image = MapRenderer::render(elsewhere, LayerList{layer}, nullptr, nullptr, &stats);
        QVERIFY(test::nearColour(image.pixel(256, 256), MapSettings().background));
        QVERIFY2(stats.problems.size() == 1 &&
                     stats.problems.first().startsWith(QStringLiteral("Test WMTS: ")) &&
                     stats.problems.first().contains(QStringLiteral("disk cache holds no tiles")) &&
                     stats.problems.first().contains(QStringLiteral("network")),
                 qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(requests(m_wmtsFolder, QStringLiteral("/")), asked);
        server.stop();
    }

    // The crux of keeping the document: tiles that GDAL cached while it read the capabilities
    // from the service itself are found again when it reads them from the kept copy.
    void tilesCachedFromTheServicesDocumentAreFoundFromTheKeptCopy()
    {
        const QColor colour(200, 120, 30);
        const QString folder = serviceFolder(QStringLiteral("wmts-own"), colour);
        QVERIFY(!folder.isEmpty());
        test::LocalHttpServer server(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server.ready());
        const BasemapSource source =
            service(QStringLiteral("Own WMTS"), BasemapSource::Kind::Wmts,
                    server.url(QStringLiteral("wmts?service=WMTS&request=GetCapabilities")));
        const geo::TileServiceSettings online = settings(QStringLiteral("cache-own"));
        const QString kept = geo::keptWmtsCapabilitiesPath(online.cacheRoot, source.location);
        // The description GDAL is given, its capabilities asked of the service instead.
        QString fromService = serviceDescription(source, online);
        QVERIFY(fromService.contains(kept.toHtmlEscaped()));
        fromService.replace(kept.toHtmlEscaped(), source.location.toHtmlEscaped());
        RenderStats stats;
        const QImage image =
            draw(std::make_shared<TileBasemapLayer>(fromService, source.name, source.attribution), &stats);
        QVERIFY2(test::nearColour(image.pixel(256, 256), colour),
                 qPrintable(test::describeColour(image.pixel(256, 256))));
        QVERIFY(!QFile::exists(kept));
        const int tiles = requests(folder, QStringLiteral("/wmts/15/"));
        QVERIFY(tiles >= 4);

        QString why;
        QVERIFY2(geo::keepWmtsCapabilities(source.location, online, &why), qPrintable(why));
        geo::TileServiceSettings offline = online;
        offline.networkEnabled = false;
        auto layer = makeBasemapLayer(source, offline, {}, &why);
        QVERIFY2(layer, qPrintable(why));
        stats = {};
        QCOMPARE(draw(layer, &stats), image);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(requests(folder, QStringLiteral("/wmts/15/")), tiles);
        server.stop();
    }

    void damagedKeptCapabilitiesAreNamedAndTheMapDrawsOn()
    {
        QVERIFY(!m_wmtsImage.isNull());
        const QString kept = geo::keptWmtsCapabilitiesPath(path(QStringLiteral("cache")), m_wmts.location);
        const QByteArray whole = fileBytes(kept);
        QVERIFY(!whole.isEmpty());
        {
            QFile cut(kept);
            QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
            cut.write(whole.left(whole.size() / 2));
        }
        // Network off: refused, naming the source and the document; the project's map shows
        // Natural Earth instead, and says why.
        QString why;
        QVERIFY(!makeBasemapLayer(m_wmts, settings(QStringLiteral("cache"), false), {}, &why));
        QVERIFY2(why.startsWith(QStringLiteral("Test WMTS: ")) && why.contains(QStringLiteral("damaged")) &&
                     why.contains(kept),
                 qPrintable(why));
        auto project =
            Project::create(path(QStringLiteral("wmts.gpkg")), QStringLiteral("W"), QStringLiteral("a"));
        BasemapSources sources;
        sources.sources << m_wmts;
        sources.active = m_wmts.name;
        project->saveBasemapSources(sources);
        QStringList problems;
        QVERIFY(!projectBasemapLayer(*project, settings(QStringLiteral("cache"), false),
                                     BasemapLayer::defaultPath(), &problems));
        QVERIFY2(problems.size() == 1 && problems.first().contains(QStringLiteral("Test WMTS")) &&
                     problems.first().contains(QStringLiteral("Natural Earth")),
                 qPrintable(problems.join(u'\n')));

        // Network on, the service gone: the layer names the source and the damaged document when
        // it comes to draw, and the layers under it are drawn all the same.
        auto layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        const auto naturalEarth = std::make_shared<BasemapLayer>();
        RenderStats stats;
        const QImage under = draw(naturalEarth, &stats);
        stats = {};
        const QImage image =
            MapRenderer::render(viewAt(4.77), LayerList{naturalEarth, layer}, nullptr, nullptr, &stats);
        QCOMPARE(image, under);
        QVERIFY2(stats.problems.size() == 1 &&
                     stats.problems.first().startsWith(QStringLiteral("Test WMTS: ")) &&
                     stats.problems.first().contains(QStringLiteral("did not answer")) &&
                     stats.problems.first().contains(QStringLiteral("damaged")),
                 qPrintable(stats.problems.join(u'\n')));

        // A service never opened with the network on has nothing kept: refused offline, saying so.
        BasemapSource never = m_wmts;
        never.name = QStringLiteral("Never opened");
        never.location = QStringLiteral("http://127.0.0.1:9/wmts?REQUEST=GetCapabilities");
        QVERIFY(!makeBasemapLayer(never, settings(QStringLiteral("cache"), false), {}, &why));
        QVERIFY2(why.startsWith(QStringLiteral("Never opened: ")) &&
                     why.contains(QStringLiteral("network")) &&
                     why.contains(QStringLiteral("no capabilities document is kept")),
                 qPrintable(why));
    }

    // What a service answers is kept only when it is a WMTS capabilities document with nothing
    // in it that could send GDAL elsewhere than to a web service.
    void hostileCapabilitiesAreNotKept()
    {
        QCOMPARE(geo::wmtsCapabilitiesProblem(test::wmtsCapabilities().toUtf8()), QString());
        const QByteArray entity = test::wmtsCapabilities().toUtf8().replace(
            "?>", "?><!DOCTYPE Capabilities [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        QVERIFY(geo::wmtsCapabilitiesProblem(entity).contains(QStringLiteral("entities")));
        QVERIFY(geo::wmtsCapabilitiesProblem(
                    test::wmtsCapabilities(QStringLiteral("file:///etc/{TileMatrix}")).toUtf8())
                    .contains(QStringLiteral("http or https")));
        QVERIFY(
            geo::wmtsCapabilitiesProblem(
                test::wmtsCapabilities(QStringLiteral("/vsicurl/http://example.org/{TileMatrix}")).toUtf8())
                .contains(QStringLiteral("http or https")));
        QString kvp = test::wmtsCapabilities();
        kvp.replace(
            QStringLiteral("<Contents>"),
            QStringLiteral("<ows:OperationsMetadata><ows:Operation name=\"GetTile\"><ows:DCP><ows:HTTP>"
                           "<ows:Get xlink:href=\"ftp://example.org/wmts?\"/></ows:HTTP></ows:DCP>"
                           "</ows:Operation></ows:OperationsMetadata><Contents>"));
        QVERIFY(geo::wmtsCapabilitiesProblem(kvp.toUtf8()).contains(QStringLiteral("ftp://")));
        QVERIFY(!geo::wmtsCapabilitiesProblem(
                     "<GDAL_WMTS><GetCapabilitiesUrl>http://a/</GetCapabilitiesUrl></GDAL_WMTS>")
                     .isEmpty());
        QVERIFY(!geo::wmtsCapabilitiesProblem("<html><body>Service unavailable</body></html>").isEmpty());
        QVERIFY(geo::wmtsCapabilitiesProblem(QByteArray(geo::kMaxWmtsCapabilitiesBytes + 1, ' '))
                    .contains(QStringLiteral("larger")));

        // A service answering such a document: nothing kept, and the source says why.
        const QString folder = serviceFolder(QStringLiteral("wmts-hostile"), Qt::red);
        QFile caps(folder + QStringLiteral("/capabilities.xml"));
        QVERIFY(caps.open(QIODevice::WriteOnly | QIODevice::Truncate));
        caps.write(test::wmtsCapabilities(QStringLiteral("file:///tmp/{TileMatrix}/{TileCol}/{TileRow}.png"))
                       .toUtf8());
        caps.close();
        test::LocalHttpServer server(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server.ready());
        const BasemapSource source = service(QStringLiteral("Hostile WMTS"), BasemapSource::Kind::Wmts,
                                             server.url(QStringLiteral("wmts?REQUEST=GetCapabilities")));
        QString why;
        QVERIFY(!geo::keepWmtsCapabilities(source.location, settings(QStringLiteral("cache-hostile")), &why));
        QVERIFY2(why.contains(QStringLiteral("http or https")), qPrintable(why));
        QVERIFY(!QFile::exists(
            geo::keptWmtsCapabilitiesPath(path(QStringLiteral("cache-hostile")), source.location)));
        RenderStats stats;
        draw(makeBasemapLayer(source, settings(QStringLiteral("cache-hostile")), {}, &why), &stats);
        QVERIFY2(stats.problems.size() == 1 &&
                     stats.problems.first().startsWith(QStringLiteral("Hostile WMTS: ")),
                 qPrintable(stats.problems.join(u'\n')));
        server.stop();
    }

    // The kept document is part of the tile cache: counted, trimmed (after every tile, older
    // as it may be) and cleared.
    void keptCapabilitiesLiveAndGoWithTheCache()
    {
        const QString root = path(QStringLiteral("cache-trim"));
        const QString url = QStringLiteral("http://127.0.0.1:9/wmts?REQUEST=GetCapabilities");
        const QString kept = geo::keptWmtsCapabilitiesPath(root, url);
        const QString folder = geo::tileCacheFolder(root, url);
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/a/b")));
        QVERIFY(writeFile(kept, test::wmtsCapabilities().toUtf8()));
        QFile(kept).setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime);
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeFile(QStringLiteral("%1/a/b/tile%2").arg(folder).arg(i), QByteArray(1000, 'x')));
        const qint64 size = QFileInfo(kept).size();
        QCOMPARE(geo::tileCacheBytes(root), size + 4000);
        geo::trimTileCache(root, size + 1000);
        QVERIFY(QFile::exists(kept));
        QCOMPARE(geo::tileCacheBytes(root), size + 1000);
        geo::trimTileCache(root, size);
        QVERIFY(QFile::exists(kept));
        QCOMPARE(geo::tileCacheBytes(root), size);
        QString why;
        QVERIFY2(geo::clearTileCache(root, &why), qPrintable(why));
        QVERIFY(!QFile::exists(kept));
    }

    void wmsDrawnThroughGdalThenOffline()
    {
        const QColor colour(170, 60, 140);
        const QString folder = serviceFolder(QStringLiteral("wms"), colour);
        QVERIFY(!folder.isEmpty());
        auto server =
            std::make_unique<test::LocalHttpServer>(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server->ready());
        const BasemapSource source = service(
            QStringLiteral("Test WMS"), BasemapSource::Kind::Wms,
            server->url(QStringLiteral("wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=streets&FORMAT=image/png")));
        QString why;
        auto layer = makeBasemapLayer(source, settings(QStringLiteral("cache")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        QImage image = draw(layer, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(image.pixel(256, 256), colour),
                 qPrintable(test::describeColour(image.pixel(256, 256))));
        const int asked = requests(folder, QStringLiteral("getmap"));
        QVERIFY2(asked >= 4, qPrintable(QString::number(asked)));
        // GDAL asked for the layer named in the URL, in Web Mercator, in 256-pixel blocks.
        QFile log(folder + QStringLiteral("/requests.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(log.readAll()).section(u'\n', 0, 0).toLower();
        QVERIFY2(first.contains(QStringLiteral("layers=streets")) &&
                     first.contains(QStringLiteral("srs=epsg:3857")) &&
                     first.contains(QStringLiteral("width=256")) &&
                     first.contains(QStringLiteral("height=256")),
                 qPrintable(first));
        server->stop();

        // The service gone and the network switched off: the same view from the cache alone.
        layer = makeBasemapLayer(source, settings(QStringLiteral("cache"), false), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        stats = {};
        image = draw(layer, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(image.pixel(256, 256), colour),
                 qPrintable(test::describeColour(image.pixel(256, 256))));
        QCOMPARE(requests(folder, QStringLiteral("getmap")), asked);

        // Offline, a view the cache does not hold draws nothing, and asks nobody.
        MapSettings elsewhere = viewAt(4.77);
        elsewhere.center += QPointF(50000, 0);
        stats = {};
        image = MapRenderer::render(elsewhere, LayerList{layer}, nullptr, nullptr, &stats);
        QVERIFY(test::nearColour(image.pixel(256, 256), MapSettings().background));
        QCOMPARE(requests(folder, QStringLiteral("getmap")), asked);
    }
    // "Make this area available offline" for a WMTS and a WMS service: the area's tiles fetched
    // through GDAL with the description the map opens, one request a tile; then, the service
    // gone and the network off, the view draws from the cache exactly as it did online, and the
    // service started again on its port is asked nothing.
    void areaDownloadedThenDrawnOffline_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("WMTS") << static_cast<int>(BasemapSource::Kind::Wmts);
        QTest::newRow("WMS") << static_cast<int>(BasemapSource::Kind::Wms);
    }
    void areaDownloadedThenDrawnOffline()
    {
        QFETCH(int, kind);
        const bool wmts = kind == static_cast<int>(BasemapSource::Kind::Wmts);
        const QString tag = wmts ? QStringLiteral("area-wmts") : QStringLiteral("area-wms");
        const QColor colour = wmts ? QColor(60, 90, 200) : QColor(210, 170, 40);
        const QString folder = serviceFolder(tag, colour), cache = tag + QStringLiteral("-cache");
        QVERIFY(!folder.isEmpty());
        auto server =
            std::make_unique<test::LocalHttpServer>(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server->ready());
        const int port = server->port();
        BasemapSource source = areaService(*server, wmts);
        source.requestsPerSecond = 50;
        const QString tilePart = wmts ? QStringLiteral("/wmts/") : QStringLiteral("getmap");

        // The online picture, its tiles cached elsewhere.
        QString why;
        RenderStats stats;
        const QImage online =
            draw(makeBasemapLayer(source, settings(cache + QStringLiteral("-online")), {}, &why), &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(online.pixel(256, 256), colour),
                 qPrintable(test::describeColour(online.pixel(256, 256))));
        // And at zoom 16, the service's deepest (for a WMTS, its full resolution level).
        const QImage online16 = MapRenderer::render(
            viewAt(2.39),
            LayerList{makeBasemapLayer(source, settings(cache + QStringLiteral("-online")), {}, &why)},
            nullptr, nullptr, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY(test::nearColour(online16.pixel(256, 256), colour));
        const int before = requests(folder, tilePart);

        geo::CacheFillResult result;
        qint64 lastDone = -1, lastTotal = -1;
        QVERIFY2(downloadServiceArea(
                     source, settings(cache), kArea, 15, 16, 20000,
                     [&](qint64 done, qint64 total) {
                         lastDone = done;
                         lastTotal = total;
                         return true;
                     },
                     &result, &why),
                 qPrintable(why));
        QCOMPARE(result.tiles, geo::xyzTileCount(kArea, 15, 16));
        QCOMPARE(result.done, result.tiles);
        QCOMPARE(result.failed, 0);
        QVERIFY(!result.cancelled);
        QCOMPARE(lastDone, result.tiles);
        QCOMPARE(lastTotal, result.tiles);
        QCOMPARE(requests(folder, tilePart) - before, result.tiles); // one request a tile
        if (wmts) QVERIFY(QFile::exists(geo::keptWmtsCapabilitiesPath(path(cache), source.location)));
        server->stop();

        auto layer = makeBasemapLayer(source, settings(cache, false), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        stats = {};
        QCOMPARE(draw(layer, &stats), online);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QCOMPARE(MapRenderer::render(viewAt(2.39), LayerList{layer}, nullptr, nullptr, &stats), online16);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));

        restartedServiceIsAskedNothing(folder, port, source, cache, {{4.77, online}, {2.39, online16}});
    }

    // A WMTS service in EPSG:4326 (WorldCRS84Quad) on a Web Mercator map is warped from the level
    // that matches the view (level 14 for a view at zoom 15), asking about as many tiles as the
    // view holds; "make this area available offline" for zoom 15 fetches that level, and the view
    // then draws offline from it, the same picture, asking nobody.
    void wmtsInAnotherCrsReadAtTheViewsLevel()
    {
        const QColor colour(30, 150, 90);
        const QString folder = path(QStringLiteral("crs84"));
        QVERIFY(test::writeOgcServiceFolder(folder, colour, test::wmtsCrs84Capabilities()));
        const QString cache = QStringLiteral("crs84-cache");
        auto server =
            std::make_unique<test::LocalHttpServer>(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server->ready());
        const int port = server->port();
        BasemapSource source = areaService(*server, true);
        source.requestsPerSecond = 50;

        // Online: a 512-pixel view at zoom 15 (2 × 2 Web Mercator tiles) reads level 14 only. The
        // renderer draws the 256-pixel cells that hold the view (3 × 3 of them, 768 pixels a side),
        // which at 42° N span 3 tiles of the level across and 2.2 down: with the tiles' edges
        // falling anywhere, at most 4 × 4 tiles (before, 257 tiles, none of level 14); a few may be asked
        // twice, by two render workers that need one at the same moment.
        QString why;
        RenderStats stats;
        const QImage online =
            draw(makeBasemapLayer(source, settings(cache + QStringLiteral("-online")), {}, &why), &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(test::nearColour(online.pixel(256, 256), colour),
                 qPrintable(test::describeColour(online.pixel(256, 256))));
        const int tiles = requests(folder, QStringLiteral("/wmts/"));
        const int level14 = requests(folder, QStringLiteral("/wmts/14/"));
        const int distinct14 = distinctRequests(folder, QStringLiteral("/wmts/14/"));
        qInfo("a 512-pixel view at zoom 15: %d tile requests (%d tiles), all of level 14", tiles, distinct14);
        QVERIFY(level14 > 0);
        QCOMPARE(tiles, level14);
        QVERIFY2(distinct14 <= 16, qPrintable(QString::number(distinct14)));
        QVERIFY2(tiles <= distinct14 + 4, qPrintable(QString::number(tiles)));
        // Zoomed out to zoom 13, the same size of view reads level 12 only, as few tiles.
        stats = {};
        const QImage out = MapRenderer::render(
            viewAt(19.11),
            LayerList{makeBasemapLayer(source, settings(cache + QStringLiteral("-online")), {}, &why)},
            nullptr, nullptr, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY(test::nearColour(out.pixel(256, 256), colour));
        const int level12 = requests(folder, QStringLiteral("/wmts/12/"));
        const int distinct12 = distinctRequests(folder, QStringLiteral("/wmts/12/"));
        qInfo("at zoom 13: %d tile requests (%d tiles), all of level 12", level12, distinct12);
        QCOMPARE(requests(folder, QStringLiteral("/wmts/")) - tiles, level12);
        QVERIFY2(distinct12 <= 16, qPrintable(QString::number(distinct12)));
        QVERIFY2(level12 <= distinct12 + 4, qPrintable(QString::number(level12)));

        // The area at zoom 15, then the view drawn with the server stopped and the network off.
        const int before = requests(folder, QStringLiteral("/wmts/"));
        geo::CacheFillResult result;
        QVERIFY2(downloadServiceArea(source, settings(cache), kArea, 15, 15, 20000, {}, &result, &why),
                 qPrintable(why));
        QCOMPARE(result.failed, 0);
        QVERIFY(result.tiles > 0);
        QCOMPARE(requests(folder, QStringLiteral("/wmts/")) - before, result.tiles);
        QCOMPARE(requests(folder, QStringLiteral("/wmts/14/")) - level14, result.tiles);
        server->stop();

        auto layer = makeBasemapLayer(source, settings(cache, false), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        stats = {};
        QElapsedTimer clock;
        clock.start();
        const QImage offline = draw(layer, &stats);
        const qint64 first = clock.elapsed();
        clock.restart();
        draw(layer, &stats);
        qInfo("the view warped from the cache with the network off: %lld ms, again %lld ms", first,
              static_cast<qint64>(clock.elapsed()));
        QCOMPARE(offline, online);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));

        restartedServiceIsAskedNothing(folder, port, source, cache, {{4.77, online}});
    }

    // The download's limits, for both kinds: refused with the network off (nothing asked, not
    // even a WMTS service's capabilities), refused over the tile limit with the count (no tile
    // asked; the count stops at the service's deepest zoom), cancelled after a few tiles at the
    // service's rate.
    void areaDownloadLimits_data() { areaDownloadedThenDrawnOffline_data(); }
    void areaDownloadLimits()
    {
        QFETCH(int, kind);
        const bool wmts = kind == static_cast<int>(BasemapSource::Kind::Wmts);
        const QString tag = wmts ? QStringLiteral("limits-wmts") : QStringLiteral("limits-wms");
        const QString folder = serviceFolder(tag, Qt::darkCyan), cache = tag + QStringLiteral("-cache");
        QVERIFY(!folder.isEmpty());
        test::LocalHttpServer server(QString::fromUtf8(test::kOgcServer), QStringList{folder});
        QVERIFY(server.ready());
        BasemapSource source = areaService(server, wmts);
        source.requestsPerSecond = 10;
        const QString tilePart = wmts ? QStringLiteral("/wmts/") : QStringLiteral("getmap");
        geo::CacheFillResult result;
        QString why;

        QVERIFY(
            !downloadServiceArea(source, settings(cache, false), kArea, 14, 15, 20000, {}, &result, &why));
        QVERIFY2(why.startsWith(source.name + QStringLiteral(": ")) &&
                     why.contains(QStringLiteral("network")),
                 qPrintable(why));
        QCOMPARE(requests(folder, QStringLiteral("/")), 0);
        QCOMPARE(geo::tileCacheBytes(path(cache)), 0);

        // Zoom 14 to 20 asked of a service that goes to 16: counted to 16, and refused.
        const qint64 count = geo::xyzTileCount(kArea, 14, 16);
        QVERIFY(!downloadServiceArea(source, settings(cache), kArea, 14, 20, 5, {}, &result, &why));
        QVERIFY2(why.startsWith(source.name + QStringLiteral(": ")) &&
                     why.contains(QStringLiteral("%1 tiles is more than the 5").arg(count)),
                 qPrintable(why));
        QCOMPARE(requests(folder, tilePart), 0);

        QElapsedTimer clock;
        clock.start();
        QVERIFY2(downloadServiceArea(
                     source, settings(cache), kArea, 14, 15, 20000,
                     [](qint64 done, qint64) { return done < 3; }, &result, &why),
                 qPrintable(why));
        QVERIFY(result.cancelled);
        QCOMPARE(result.done, 3);
        QCOMPARE(requests(folder, tilePart), 3);
        QVERIFY2(clock.elapsed() >= 2 * 100 - 20,
                 qPrintable(QString::number(clock.elapsed()))); // 10 a second
        server.stop();
    }
};

QTEST_MAIN(TestOgcServices)
#include "tst_ogcservices.moc"
