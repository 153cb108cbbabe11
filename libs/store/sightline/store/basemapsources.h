#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

// Where a map's basemap comes from: the source, never its tiles. A value type.
struct BasemapSource
{
    enum class Kind
    {
        Xyz,  // an XYZ URL template with {z}, {x} and {y} (or {-y} for TMS rows)
        Wmts, // a WMTS GetCapabilities URL
        Wms,  // a WMS GetMap URL naming its layers
        File, // a local file: MBTiles, GeoPackage tiles, any raster GDAL reads, an OSM extract or
              // any vector file OGR reads
    };
    QString name; // how the layer list and `--basemap` name it; unique in a project
    Kind kind = Kind::File;
    QString location;             // the URL template or URL, or the file's path
    QString attribution;          // drawn on the map and carried into exports; required for services
    int maxZoom = 19;             // a service's deepest zoom level; nothing deeper is ever requested
    double requestsPerSecond = 4; // what "make available offline" keeps under
    bool isService() const { return kind != Kind::File; }
    friend bool operator==(const BasemapSource &, const BasemapSource &) = default;
};

QString toKey(BasemapSource::Kind kind);
std::optional<BasemapSource::Kind> basemapKindFromKey(const QString &key);

// A project's basemap sources and which one the map shows (empty: Natural Earth).
struct BasemapSources
{
    QList<BasemapSource> sources;
    QString active;
    const BasemapSource *named(const QString &name) const; // case-insensitive; null when none
    friend bool operator==(const BasemapSources &, const BasemapSources &) = default;
};

// Why a source cannot be used, or empty: a name; for services an http or https URL (no other
// scheme) with its attribution, and for XYZ the {z}, {x} and {y} placeholders; for files a local
// path (no URL of any scheme). Zoom 0..24, a request rate above 0 and at most 50 a second.
QString basemapSourceProblem(const BasemapSource &source);

// The JSON kept in a project. Reading treats the text as untrusted: each source that does not
// pass basemapSourceProblem is dropped with one line in *problems naming it; an active name that
// no kept source has falls back to Natural Earth, said likewise.
QByteArray basemapSourcesToJson(const BasemapSources &sources);
// One source as that JSON writes it (the CLI's listing adds whether it is the active one).
QJsonObject basemapSourceToJson(const BasemapSource &source);
BasemapSources basemapSourcesFromJson(const QByteArray &json, QStringList *problems);

// What a `--basemap` argument or a dialog's text is taken for: an http(s) URL is a service (XYZ
// when it has {z}, WMTS when it asks for capabilities, else WMS), anything else a file.
BasemapSource basemapSourceFromText(const QString &text, const QString &attribution);

} // namespace sightline
