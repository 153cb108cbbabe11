// WMTS and WMS services with no network: a small Python server written here answers a WMTS
// GetCapabilities document and its tiles, and WMS GetMap requests, with PNGs of one colour; the
// map draws them through GDAL's WMTS and WMS drivers, fills the disk cache, and then draws from
// the cache alone with the network switched off (a WMTS from the capabilities document kept in
// the cache), asking nobody.
#include "support/tileservers.h"

#include "sightline/geo/tileservice.h"
#include "sightline/geo/wmtscapabilities.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/tilebasemaplayer.h"
#include "sightline/store/project.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sightline;
using namespace sightline::render;

namespace {

// The Korea–Russia Friendship bridge at Tumangang, and in Web Mercator.
constexpr double kLon = 130.6411, kLat = 42.4153;
QPointF mercator(double lon, double lat)
{
    constexpr double r = 6378137.0;
    return {lon * M_PI / 180.0 * r, std::log(std::tan(M_PI / 4 + lat * M_PI / 360.0)) * r};
}

MapSettings viewAt(double metersPerPixel)
{
    MapSettings s;
    s.crs = QStringLiteral("EPSG:3857");
    s.center = mercator(kLon, kLat);
    s.mapUnitsPerPixel = metersPerPixel;
    s.outputSize = {512, 512};
    s.decorations = false;
    return s;
}

bool near(QRgb a, QColor b, int tolerance = 12)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

// Answers GetCapabilities with folder/capabilities.xml (its PORT replaced by the server's),
// every tile or GetMap with folder/tile.png, and writes each request's path to folder/requests.log.
const char *const kServer = R"PY(
import http.server, os, sys
port, folder = int(sys.argv[1]), sys.argv[2]
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(os.path.join(folder, 'requests.log'), 'a') as log:
            log.write(self.path + '\n')
        path = self.path.lower()
        if 'getcapabilities' in path:
            body = open(os.path.join(folder, 'capabilities.xml')).read().replace('PORT', str(port)).encode()
            kind = 'text/xml'
        elif 'getmap' in path or path.endswith('.png'):
            body = open(os.path.join(folder, 'tile.png'), 'rb').read()
            kind = 'image/png'
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header('Content-Type', kind)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', port), Handler).serve_forever()
)PY";

// A WMTS capabilities document: one layer in Web Mercator (GoogleMapsCompatible), zoom 0-16,
// tiles at REST URLs of the server.
QString capabilities(const QString &tileTemplate =
                         QStringLiteral("http://127.0.0.1:PORT/wmts/{TileMatrix}/{TileCol}/{TileRow}.png"))
{
    QString matrices;
    for (int z = 0; z <= 16; ++z)
        matrices +=
            QStringLiteral(
                "<TileMatrix><ows:Identifier>%1</ows:Identifier><ScaleDenominator>%2</ScaleDenominator>"
                "<TopLeftCorner>-20037508.3427892 20037508.3427892</TopLeftCorner>"
                "<TileWidth>256</TileWidth><TileHeight>256</TileHeight>"
                "<MatrixWidth>%3</MatrixWidth><MatrixHeight>%3</MatrixHeight></TileMatrix>")
                .arg(z)
                .arg(559082264.0287178 / std::ldexp(1.0, z), 0, 'f', 6)
                .arg(qint64(1) << z);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                          "<Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" "
                          "xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.0.0\">"
                          "<ows:ServiceIdentification><ows:Title>Test WMTS</ows:Title>"
                          "<ows:ServiceType>OGC "
                          "WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>"
                          "</ows:ServiceIdentification><Contents><Layer><ows:Title>streets</ows:Title>"
                          "<ows:WGS84BoundingBox><ows:LowerCorner>-180 -85.05</ows:LowerCorner>"
                          "<ows:UpperCorner>180 85.05</ows:UpperCorner></ows:WGS84BoundingBox>"
                          "<ows:Identifier>streets</ows:Identifier><Style "
                          "isDefault=\"true\"><ows:Identifier>default</ows:Identifier></Style>"
                          "<Format>image/png</Format><TileMatrixSetLink><TileMatrixSet>GoogleMapsCompatible</"
                          "TileMatrixSet></TileMatrixSetLink>"
                          "<ResourceURL format=\"image/png\" resourceType=\"tile\" "
                          "template=\"%2\"/>"
                          "</Layer><TileMatrixSet><ows:Identifier>GoogleMapsCompatible</ows:Identifier>"
                          "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>%1</"
                          "TileMatrixSet></Contents></Capabilities>")
        .arg(matrices, tileTemplate.toHtmlEscaped());
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

    // A folder the server answers from: the capabilities and one tile of a colour.
    QString serviceFolder(const QString &name, QColor colour)
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        QImage tile(256, 256, QImage::Format_ARGB32);
        tile.fill(colour);
        if (!tile.save(folder + QStringLiteral("/tile.png"), "PNG")) return {};
        QFile caps(folder + QStringLiteral("/capabilities.xml"));
        if (!caps.open(QIODevice::WriteOnly)) return {};
        caps.write(capabilities().toUtf8());
        return folder;
    }

    // Requests the server has answered whose path contains `part`.
    static int requests(const QString &folder, const QString &part)
    {
        QFile log(folder + QStringLiteral("/requests.log"));
        if (!log.open(QIODevice::ReadOnly)) return 0;
        return static_cast<int>(QString::fromUtf8(log.readAll()).count(part, Qt::CaseInsensitive));
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

    static QImage draw(const std::shared_ptr<MapLayer> &layer, RenderStats *stats)
    {
        return MapRenderer::render(viewAt(4.77), LayerList{layer}, nullptr, nullptr, stats); // zoom 15
    }

  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void wmtsDrawnThroughGdalThenFromTheCache()
    {
        const QColor colour(40, 150, 90);
        m_wmtsFolder = serviceFolder(QStringLiteral("wmts"), colour);
        QVERIFY(!m_wmtsFolder.isEmpty());
        auto server =
            std::make_unique<test::LocalHttpServer>(QString::fromUtf8(kServer), QStringList{m_wmtsFolder});
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
        QVERIFY2(near(image.pixel(256, 256), colour), qPrintable(describe(image.pixel(256, 256))));
        QVERIFY(stats.credits.contains(QStringLiteral("Basemap: Served in the test")));
        // The capabilities asked once for the layer (not once per worker thread), and kept as
        // the service answered them, in the service's cache folder.
        QCOMPARE(requests(m_wmtsFolder, QStringLiteral("getcapabilities")), 1);
        const QString kept = geo::keptWmtsCapabilitiesPath(path(QStringLiteral("cache")), m_wmts.location);
        QVERIFY(kept.startsWith(geo::tileCacheFolder(path(QStringLiteral("cache")), m_wmts.location)));
        QCOMPARE(fileBytes(kept),
                 capabilities().replace(QStringLiteral("PORT"), QString::number(m_wmtsPort)).toUtf8());
        const int tiles = requests(m_wmtsFolder, QStringLiteral("/wmts/15/"));
        QVERIFY2(tiles >= 4, qPrintable(QString::number(tiles))); // a 512-pixel view meets 4+ tiles
        QVERIFY(geo::tileCacheBytes(path(QStringLiteral("cache"))) > 0);

        // The same view by a new layer: the capabilities asked afresh, the tiles come from the
        // disk cache, not the service.
        layer = makeBasemapLayer(m_wmts, settings(QStringLiteral("cache")), {}, &why);
        stats = {};
        image = draw(layer, &stats);
        QVERIFY(near(image.pixel(256, 256), colour));
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
        test::LocalHttpServer server(QString::fromUtf8(kServer), QStringList{m_wmtsFolder}, m_wmtsPort);
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
        QVERIFY(near(image.pixel(256, 256), MapSettings().background));
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
        test::LocalHttpServer server(QString::fromUtf8(kServer), QStringList{folder});
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
        QVERIFY2(near(image.pixel(256, 256), colour), qPrintable(describe(image.pixel(256, 256))));
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
        QCOMPARE(geo::wmtsCapabilitiesProblem(capabilities().toUtf8()), QString());
        const QByteArray entity = capabilities().toUtf8().replace(
            "?>", "?><!DOCTYPE Capabilities [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        QVERIFY(geo::wmtsCapabilitiesProblem(entity).contains(QStringLiteral("entities")));
        QVERIFY(
            geo::wmtsCapabilitiesProblem(capabilities(QStringLiteral("file:///etc/{TileMatrix}")).toUtf8())
                .contains(QStringLiteral("http or https")));
        QVERIFY(geo::wmtsCapabilitiesProblem(
                    capabilities(QStringLiteral("/vsicurl/http://example.org/{TileMatrix}")).toUtf8())
                    .contains(QStringLiteral("http or https")));
        QString kvp = capabilities();
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
        caps.write(capabilities(QStringLiteral("file:///tmp/{TileMatrix}/{TileCol}/{TileRow}.png")).toUtf8());
        caps.close();
        test::LocalHttpServer server(QString::fromUtf8(kServer), QStringList{folder});
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
        QVERIFY(writeFile(kept, capabilities().toUtf8()));
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
            std::make_unique<test::LocalHttpServer>(QString::fromUtf8(kServer), QStringList{folder});
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
        QVERIFY2(near(image.pixel(256, 256), colour), qPrintable(describe(image.pixel(256, 256))));
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
        QVERIFY2(near(image.pixel(256, 256), colour), qPrintable(describe(image.pixel(256, 256))));
        QCOMPARE(requests(folder, QStringLiteral("getmap")), asked);

        // Offline, a view the cache does not hold draws nothing, and asks nobody.
        MapSettings elsewhere = viewAt(4.77);
        elsewhere.center += QPointF(50000, 0);
        stats = {};
        image = MapRenderer::render(elsewhere, LayerList{layer}, nullptr, nullptr, &stats);
        QVERIFY(near(image.pixel(256, 256), MapSettings().background));
        QCOMPARE(requests(folder, QStringLiteral("getmap")), asked);
    }
};

QTEST_MAIN(TestOgcServices)
#include "tst_ogcservices.moc"
