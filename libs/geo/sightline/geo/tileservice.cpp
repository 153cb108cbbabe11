#include "sightline/geo/tileservice.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/geo/wmtscapabilities.h"

#include <cpl_error.h>
#include <gdal.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace sightline::geo {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The parts every service description shares: cache, offline mode, connections, user agent.
QString commonXml(const QString &url, const TileServiceSettings &s)
{
    QString xml;
    xml += QStringLiteral("<MaxConnections>%1</MaxConnections>").arg(std::clamp(s.maxConnections, 1, 8));
    xml += QStringLiteral("<Timeout>%1</Timeout>").arg(std::clamp(s.timeoutSeconds, 1, 120));
    xml += QStringLiteral("<UserAgent>%1</UserAgent>").arg(xmlEscaped(s.userAgent));
    // A tile the service does not have is an empty tile, not an error that blanks the others.
    xml += QStringLiteral("<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>");
    if (!s.networkEnabled) xml += QStringLiteral("<OfflineMode>true</OfflineMode>");
    if (!s.cacheRoot.isEmpty())
        xml += QStringLiteral("<Cache><Path>%1</Path><MaxSize>%2</MaxSize><Unique>false</Unique></Cache>")
                   .arg(xmlEscaped(tileCacheFolder(s.cacheRoot, url)))
                   .arg(std::max<qint64>(s.cacheMaxBytes, 1024 * 1024));
    return xml;
}

QString webMercatorWindow(int maxZoom, bool yFromTop)
{
    return QStringLiteral(
               "<DataWindow><UpperLeftX>%1</UpperLeftX><UpperLeftY>%2</UpperLeftY>"
               "<LowerRightX>%3</LowerRightX><LowerRightY>%4</LowerRightY><TileLevel>%5</TileLevel>"
               "<TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>%6</YOrigin></DataWindow>")
        .arg(-kWebMercatorHalfMeters, 0, 'f', 6)
        .arg(kWebMercatorHalfMeters, 0, 'f', 6)
        .arg(kWebMercatorHalfMeters, 0, 'f', 6)
        .arg(-kWebMercatorHalfMeters, 0, 'f', 6)
        .arg(std::clamp(maxZoom, 0, 24))
        .arg(yFromTop ? QStringLiteral("top") : QStringLiteral("bottom"));
}

int tileIndex(double fraction, int zoom)
{
    const double n = std::ldexp(1.0, zoom);
    return static_cast<int>(std::clamp(std::floor(fraction * n), 0.0, n - 1));
}

double mercatorRowFraction(double lat)
{
    const double clamped = std::clamp(lat, -85.0511, 85.0511) * M_PI / 180.0;
    return (1.0 - std::log(std::tan(clamped) + 1.0 / std::cos(clamped)) / M_PI) / 2.0;
}

struct TileRange
{
    int x0, x1, y0, y1;
    qint64 count() const { return qint64(x1 - x0 + 1) * (y1 - y0 + 1); }
};

TileRange rangeAt(const GeoBounds &a, int zoom)
{
    return {tileIndex((a.minLon + 180.0) / 360.0, zoom), tileIndex((a.maxLon + 180.0) / 360.0, zoom),
            tileIndex(mercatorRowFraction(a.maxLat), zoom), tileIndex(mercatorRowFraction(a.minLat), zoom)};
}

} // namespace

QString xyzServiceXml(const QString &urlTemplate, int maxZoom, const TileServiceSettings &settings)
{
    // GDAL's TMS mini-driver writes ${z}, ${x} and ${y}; "{-y}" asks for rows counted from the south.
    const bool fromSouth = urlTemplate.contains(QLatin1String("{-y}"));
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QLatin1String("${z}"))
        .replace(QLatin1String("{x}"), QLatin1String("${x}"))
        .replace(QLatin1String("{-y}"), QLatin1String("${y}"))
        .replace(QLatin1String("{y}"), QLatin1String("${y}"));
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>%2"
               "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
               "<BandsCount>4</BandsCount>%3</GDAL_WMS>")
        .arg(xmlEscaped(url), webMercatorWindow(maxZoom, !fromSouth), commonXml(urlTemplate, settings));
}

QString wmtsServiceXml(const QString &capabilitiesUrl, const TileServiceSettings &settings)
{
    // GDAL's WMTS driver fetches the capabilities itself when given their URL, offline mode or
    // not. With a disk cache it reads the copy kept there instead (wmtscapabilities.h), which
    // names the same tile addresses, so the cached tiles are found under the same keys either way
    // and offline mode (passed on to each zoom level's WMS dataset) leaves only the cache to ask.
    const QString capabilities = settings.cacheRoot.isEmpty()
                                     ? capabilitiesUrl
                                     : keptWmtsCapabilitiesPath(settings.cacheRoot, capabilitiesUrl);
    return QStringLiteral("<GDAL_WMTS><GetCapabilitiesUrl>%1</GetCapabilitiesUrl><BandsCount>4</BandsCount>%2"
                          "</GDAL_WMTS>")
        .arg(xmlEscaped(capabilities), commonXml(capabilitiesUrl, settings));
}

QString wmsServiceXml(const QString &getMapUrl, int maxZoom, const TileServiceSettings &settings)
{
    QUrl url(getMapUrl);
    QUrlQuery query(url);
    QString layers, format = QStringLiteral("image/png"), styles, version = QStringLiteral("1.1.1");
    QUrlQuery kept;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString k = key.toUpper();
        if (k == QLatin1String("LAYERS"))
            layers = value;
        else if (k == QLatin1String("FORMAT"))
            format = value;
        else if (k == QLatin1String("STYLES"))
            styles = value;
        else if (k == QLatin1String("VERSION"))
            version = value;
        else if (k != QLatin1String("REQUEST") && k != QLatin1String("SERVICE") &&
                 k != QLatin1String("BBOX") && k != QLatin1String("WIDTH") && k != QLatin1String("HEIGHT") &&
                 k != QLatin1String("SRS") && k != QLatin1String("CRS"))
            kept.addQueryItem(key, value);
    }
    url.setQuery(kept);
    const QString crsTag =
        version.startsWith(QLatin1String("1.3")) ? QStringLiteral("CRS") : QStringLiteral("SRS");
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"WMS\"><Version>%1</Version><ServerUrl>%2</ServerUrl>"
               "<%3>EPSG:3857</%3><ImageFormat>%4</ImageFormat><Transparent>TRUE</Transparent>"
               "<Layers>%5</Layers><Styles>%6</Styles></Service>"
               "<DataWindow><UpperLeftX>%7</UpperLeftX><UpperLeftY>%8</UpperLeftY><LowerRightX>%8</"
               "LowerRightX>"
               "<LowerRightY>%7</LowerRightY><SizeX>%9</SizeX><SizeY>%9</SizeY></DataWindow>"
               "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
               "<OverviewCount>%10</OverviewCount><BandsCount>4</BandsCount>%11</GDAL_WMS>")
        .arg(xmlEscaped(version),
             xmlEscaped(url.toString(QUrl::FullyEncoded) +
                        (kept.isEmpty() ? QStringLiteral("?") : QStringLiteral("&"))),
             crsTag, xmlEscaped(format), xmlEscaped(layers), xmlEscaped(styles))
        .arg(-kWebMercatorHalfMeters, 0, 'f', 6)
        .arg(kWebMercatorHalfMeters, 0, 'f', 6)
        .arg(static_cast<qint64>(256) << std::clamp(maxZoom, 0, 24))
        .arg(std::clamp(maxZoom, 0, 24))
        .arg(commonXml(getMapUrl, settings));
}

QString tileCacheFolder(const QString &cacheRoot, const QString &serviceUrl)
{
    const QByteArray hash =
        QCryptographicHash::hash(serviceUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(cacheRoot).filePath(QString::fromLatin1(hash));
}

qint64 tileCacheBytes(const QString &cacheRoot)
{
    qint64 bytes = 0;
    if (cacheRoot.isEmpty()) return 0;
    QDirIterator it(cacheRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

bool clearTileCache(const QString &cacheRoot, QString *error)
{
    if (cacheRoot.isEmpty()) return true;
    bool ok = true;
    const QDir root(cacheRoot);
    for (const QFileInfo &entry :
         root.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const bool removed = entry.isDir() && !entry.isSymLink()
                                 ? QDir(entry.absoluteFilePath()).removeRecursively()
                                 : QFile::remove(entry.absoluteFilePath());
        ok = ok && removed;
    }
    if (!ok && error) *error = QStringLiteral("%1: some cached tiles could not be deleted").arg(cacheRoot);
    return ok;
}

void trimTileCache(const QString &cacheRoot, qint64 maxBytes)
{
    if (cacheRoot.isEmpty()) return;
    struct File
    {
        QString path;
        qint64 size;
        QDateTime written;
        bool capabilities; // a kept WMTS capabilities document
    };
    const QString capabilitiesName = QFileInfo(keptWmtsCapabilitiesPath(cacheRoot, {})).fileName();
    std::vector<File> files;
    qint64 total = 0;
    QDirIterator it(cacheRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.push_back(
            {info.absoluteFilePath(), info.size(), info.lastModified(), info.fileName() == capabilitiesName});
        total += info.size();
    }
    if (total <= maxBytes) return;
    // Oldest first; a kept capabilities document (small, and without it none of its service's
    // tiles can be drawn offline) only after every tile.
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) {
        return std::tie(a.capabilities, a.written) < std::tie(b.capabilities, b.written);
    });
    for (const File &f : files) {
        if (total <= maxBytes) break;
        if (QFile::remove(f.path)) total -= f.size;
    }
}

qint64 xyzTileCount(const GeoBounds &area, int minZoom, int maxZoom)
{
    qint64 n = 0;
    if (area.isEmpty()) return 0;
    for (int z = std::max(0, minZoom); z <= std::min(maxZoom, 24); ++z)
        n += rangeAt(area, z).count();
    return n;
}

} // namespace sightline::geo
