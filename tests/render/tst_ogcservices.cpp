// WMTS and WMS services with no network: a small Python server written here answers a WMTS
// GetCapabilities document and its tiles, and WMS GetMap requests, with PNGs of one colour; the
// map draws them through GDAL's WMTS and WMS drivers, fills the disk cache, and then draws from
// the cache alone (a WMS with the network switched off; a WMTS once its service has gone).
#include "support/tileservers.h"

#include "sightline/geo/tileservice.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/maprenderer.h"

#include <QFile>
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
QString capabilities()
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
                          "template=\"http://127.0.0.1:PORT/wmts/{TileMatrix}/{TileCol}/{TileRow}.png\"/>"
                          "</Layer><TileMatrixSet><ows:Identifier>GoogleMapsCompatible</ows:Identifier>"
                          "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>%1</"
                          "TileMatrixSet></Contents></Capabilities>")
        .arg(matrices);
}

} // namespace

class TestOgcServices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

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
        const QString folder = serviceFolder(QStringLiteral("wmts"), colour);
        QVERIFY(!folder.isEmpty());
        auto server =
            std::make_unique<test::LocalHttpServer>(QString::fromUtf8(kServer), QStringList{folder});
        QVERIFY(server->ready());
        const BasemapSource source =
            service(QStringLiteral("Test WMTS"), BasemapSource::Kind::Wmts,
                    server->url(QStringLiteral("wmts?SERVICE=WMTS&REQUEST=GetCapabilities")));
        QString why;
        auto layer = makeBasemapLayer(source, settings(QStringLiteral("cache")), {}, &why);
        QVERIFY2(layer, qPrintable(why));
        RenderStats stats;
        QImage image = draw(layer, &stats);
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(u'\n')));
        QVERIFY2(near(image.pixel(256, 256), colour), qPrintable(describe(image.pixel(256, 256))));
        QVERIFY(stats.credits.contains(QStringLiteral("Basemap: Served in the test")));
        QVERIFY(requests(folder, QStringLiteral("getcapabilities")) >= 1);
        const int tiles = requests(folder, QStringLiteral("/wmts/15/"));
        QVERIFY2(tiles >= 4, qPrintable(QString::number(tiles))); // a 512-pixel view meets 4+ tiles
        QVERIFY(geo::tileCacheBytes(path(QStringLiteral("cache"))) > 0);

        // The same view by a new layer: the tiles come from the disk cache, not the service.
        layer = makeBasemapLayer(source, settings(QStringLiteral("cache")), {}, &why);
        stats = {};
        image = draw(layer, &stats);
        QVERIFY(near(image.pixel(256, 256), colour));
        QCOMPARE(requests(folder, QStringLiteral("/wmts/15/")), tiles);

        // With the network off a WMTS service is refused (it needs its capabilities), saying so.
        QVERIFY(!makeBasemapLayer(source, settings(QStringLiteral("cache"), false), {}, &why));
        QVERIFY2(why.contains(QStringLiteral("Test WMTS")) && why.contains(QStringLiteral("network")),
                 qPrintable(why));
        server->stop();
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
