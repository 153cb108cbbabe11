#pragma once

// A WMTS and WMS service without the network, for tests: a Python script (run by
// test::LocalHttpServer, ended by pid) and the capabilities document it answers. Header-only.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QString>

#include <cmath>

namespace sightline::test {

// Answers GetCapabilities with folder/capabilities.xml (its PORT replaced by the server's),
// every tile or GetMap with folder/tile.png, and writes each request's path to folder/requests.log.
inline const char *const kOgcServer = R"PY(
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
inline QString wmtsCapabilities(const QString &tileTemplate = QStringLiteral(
                                    "http://127.0.0.1:PORT/wmts/{TileMatrix}/{TileCol}/{TileRow}.png"))
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

// A WMTS capabilities document: one layer in EPSG:4326 (the WorldCRS84Quad tile matrix set, level
// k of 2^(k+1) by 2^k tiles, as fine as Web Mercator's zoom k + 1 along a parallel), levels 0-15,
// tiles at REST URLs of the server.
inline QString wmtsCrs84Capabilities()
{
    QString matrices;
    for (int k = 0; k <= 15; ++k)
        matrices +=
            QStringLiteral("<TileMatrix><ows:Identifier>%1</ows:Identifier><ScaleDenominator>%2</"
                           "ScaleDenominator><TopLeftCorner>-180 90</TopLeftCorner>"
                           "<TileWidth>256</TileWidth><TileHeight>256</TileHeight>"
                           "<MatrixWidth>%3</MatrixWidth><MatrixHeight>%4</MatrixHeight></TileMatrix>")
                .arg(k)
                .arg(279541132.0143589 / std::ldexp(1.0, k), 0, 'f', 6)
                .arg(qint64(2) << k)
                .arg(qint64(1) << k);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                          "<Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" "
                          "xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.0.0\">"
                          "<ows:ServiceIdentification><ows:Title>Test WMTS</ows:Title>"
                          "<ows:ServiceType>OGC "
                          "WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>"
                          "</ows:ServiceIdentification><Contents><Layer><ows:Title>terrain</ows:Title>"
                          "<ows:WGS84BoundingBox><ows:LowerCorner>-180 -90</ows:LowerCorner>"
                          "<ows:UpperCorner>180 90</ows:UpperCorner></ows:WGS84BoundingBox>"
                          "<ows:Identifier>terrain</ows:Identifier><Style "
                          "isDefault=\"true\"><ows:Identifier>default</ows:Identifier></Style>"
                          "<Format>image/png</Format><TileMatrixSetLink><TileMatrixSet>WorldCRS84Quad</"
                          "TileMatrixSet></TileMatrixSetLink>"
                          "<ResourceURL format=\"image/png\" resourceType=\"tile\" "
                          "template=\"http://127.0.0.1:PORT/wmts/{TileMatrix}/{TileCol}/{TileRow}.png\"/>"
                          "</Layer><TileMatrixSet><ows:Identifier>WorldCRS84Quad</ows:Identifier>"
                          "<ows:SupportedCRS>urn:ogc:def:crs:OGC:1.3:CRS84</ows:SupportedCRS>%1</"
                          "TileMatrixSet></Contents></Capabilities>")
        .arg(matrices);
}

// Makes folder the one a kOgcServer answers from: the capabilities (by default the Web Mercator
// ones) and one tile of a colour.
inline bool writeOgcServiceFolder(const QString &folder, QColor colour,
                                  const QString &capabilities = wmtsCapabilities())
{
    QDir().mkpath(folder);
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(colour);
    if (!tile.save(folder + QStringLiteral("/tile.png"), "PNG")) return false;
    QFile caps(folder + QStringLiteral("/capabilities.xml"));
    return caps.open(QIODevice::WriteOnly) && caps.write(capabilities.toUtf8()) > 0;
}

// Requests a kOgcServer answering from folder has had whose path contains `part`.
inline int ogcRequests(const QString &folder, const QString &part)
{
    QFile log(folder + QStringLiteral("/requests.log"));
    if (!log.open(QIODevice::ReadOnly)) return 0;
    return static_cast<int>(QString::fromUtf8(log.readAll()).count(part, Qt::CaseInsensitive));
}

} // namespace sightline::test
