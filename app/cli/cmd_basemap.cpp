// sightline-cli basemap: the project's basemap sources (list, add, choose, remove), the tile
// cache (size, clear) and "make this area available offline".
#include "basemapchoice.h"
#include "clioutput.h"
#include "commands.h"
#include "optionvalues.h"

#include "sightline/render/basemapsourcelayer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace sightline::cli {

namespace {

constexpr qint64 kMaxDownloadTiles = 20000; // what one download may ask of a service

int listSources(const Project &project, bool json)
{
    QStringList problems;
    const BasemapSources all = project.basemapSources(&problems);
    for (const QString &problem : std::as_const(problems))
        err(QStringLiteral("warning: ") + problem);
    if (json) {
        QJsonArray list;
        for (const BasemapSource &s : all.sources) {
            QJsonObject o = basemapSourceToJson(s);
            o.insert(QStringLiteral("active"), s.name == all.active);
            list.append(o);
        }
        out(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("active"),
                                 all.active.isEmpty() ? QStringLiteral("natural-earth") : all.active},
                                {QStringLiteral("sources"), list}})
                    .toJson(QJsonDocument::Indented))
                .trimmed());
        return Ok;
    }
    const QString mark = QStringLiteral("*"), none = QStringLiteral(" ");
    out(QStringLiteral("%1 natural-earth (built in, offline)").arg(all.active.isEmpty() ? mark : none));
    for (const BasemapSource &s : all.sources)
        out(QStringLiteral("%1 %2 [%3] %4%5")
                .arg(s.name == all.active ? mark : none)
                .arg(s.name, toKey(s.kind), s.location,
                     s.attribution.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.attribution)));
    return Ok;
}

} // namespace

int runBasemap(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("List as JSON.")});
    p.addOption({QStringLiteral("add"), QStringLiteral("Save a source under this name (with --source)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("source"), QStringLiteral("XYZ template, WMTS or WMS URL, or file."),
                 QStringLiteral("URL|FILE")});
    p.addOption({QStringLiteral("attribution"), QStringLiteral("Who made the map (required for services)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("max-zoom"), QStringLiteral("A service's deepest zoom level (default 19)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("rate"),
                 QStringLiteral("Requests a second a download keeps under (default 4)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("use"),
                 QStringLiteral("Show this source (or natural-earth) on the project's map."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("remove"), QStringLiteral("Forget this source."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("download"),
                 QStringLiteral("Make an area of a saved service available offline."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("area"), QStringLiteral("Area to download, in degrees."),
                 QStringLiteral("minlon,minlat,maxlon,maxlat")});
    p.addOption(
        {QStringLiteral("zoom"), QStringLiteral("Zoom levels to download."), QStringLiteral("MIN-MAX")});
    addTileOptions(p);
    p.addOption({QStringLiteral("cache-size"), QStringLiteral("Print the tile cache's size.")});
    p.addOption({QStringLiteral("clear-cache"), QStringLiteral("Delete every cached tile.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral(
        "usage: sightline-cli basemap PROJECT [--json]\n"
        "       sightline-cli basemap PROJECT --add NAME --source URL|FILE [--attribution TEXT] [--max-zoom "
        "N] [--rate N]\n"
        "       sightline-cli basemap PROJECT --use NAME|natural-earth | --remove NAME\n"
        "       sightline-cli basemap PROJECT --download NAME --area minlon,minlat,maxlon,maxlat --zoom "
        "MIN-MAX\n"
        "       sightline-cli basemap PROJECT --cache-size | --clear-cache [--tile-cache DIR]");
    if (!p.parse(QStringList{QStringLiteral("basemap")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    const geo::TileServiceSettings settings = tileSettingsFrom(p);

    if (p.isSet(QStringLiteral("cache-size"))) {
        out(QStringLiteral("%1: %2 KiB of tiles")
                .arg(settings.cacheRoot)
                .arg(geo::tileCacheBytes(settings.cacheRoot) / 1024));
        return Ok;
    }
    if (p.isSet(QStringLiteral("clear-cache"))) {
        QString why;
        if (!geo::clearTileCache(settings.cacheRoot, &why)) {
            err(QStringLiteral("sightline-cli: ") + why);
            return BadInput;
        }
        out(QStringLiteral("%1: cleared").arg(settings.cacheRoot));
        return Ok;
    }

    const bool edits =
        p.isSet(QStringLiteral("add")) || p.isSet(QStringLiteral("use")) || p.isSet(QStringLiteral("remove"));
    const auto project = Project::open(file, qEnvironmentVariable("USER"),
                                       edits ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    QStringList problems;
    BasemapSources all = project->basemapSources(&problems);
    for (const QString &problem : std::as_const(problems))
        err(QStringLiteral("warning: ") + problem);

    if (p.isSet(QStringLiteral("download"))) {
        const BasemapSource *source = all.named(p.value(QStringLiteral("download")));
        if (!source || !source->isService()) {
            err(QStringLiteral("sightline-cli: %1: no saved tile service of that name")
                    .arg(p.value(QStringLiteral("download"))));
            return BadInput;
        }
        QString why;
        const auto area = extentOption(p.value(QStringLiteral("area")), &why);
        if (!area || (*area)[0] < -180 || (*area)[2] > 180 || (*area)[1] < -85.06 || (*area)[3] > 85.06) {
            err(QStringLiteral("sightline-cli: --area %1")
                    .arg(area ? QStringLiteral("must lie within -180..180, -85..85") : why));
            return Usage;
        }
        const QStringList zooms = p.value(QStringLiteral("zoom")).split(u'-');
        bool ok1 = false, ok2 = false;
        const int z0 = zooms.value(0).toInt(&ok1), z1 = zooms.value(zooms.size() > 1 ? 1 : 0).toInt(&ok2);
        if (!ok1 || !ok2 || z0 < 0 || z1 < z0 || z1 > 24) {
            err(QStringLiteral("sightline-cli: --zoom takes MIN-MAX, 0 to 24"));
            return Usage;
        }
        const GeoBounds bounds{(*area)[0], (*area)[1], (*area)[2], (*area)[3]};
        geo::CacheFillResult result;
        const bool done = render::downloadServiceArea(
            *source, settings, bounds, z0, z1, kMaxDownloadTiles,
            [](qint64 n, qint64 total) {
                progress(QStringLiteral("%1 of %2 tiles").arg(n).arg(total));
                return true;
            },
            &result, &why);
        progress(QString());
        if (!done) {
            err(QStringLiteral("sightline-cli: ") + why);
            return BadInput;
        }
        out(QStringLiteral("%1: %2 tiles of zoom %3-%4 kept in %5 for offline use")
                .arg(source->name)
                .arg(result.done)
                .arg(z0)
                .arg(result.maxZoom)
                .arg(settings.cacheRoot));
        return Ok;
    }
    if (p.isSet(QStringLiteral("add"))) {
        if (!p.isSet(QStringLiteral("source"))) {
            err(QStringLiteral("sightline-cli: --add needs --source URL|FILE\n") + usage);
            return Usage;
        }
        BasemapSource s =
            basemapSourceFromText(p.value(QStringLiteral("source")), p.value(QStringLiteral("attribution")));
        s.name = p.value(QStringLiteral("add")).trimmed();
        QString why;
        if (p.isSet(QStringLiteral("max-zoom"))) {
            const auto z = finiteOption(p.value(QStringLiteral("max-zoom")), 0, 24, &why);
            if (!z) {
                err(QStringLiteral("sightline-cli: --max-zoom ") + why);
                return Usage;
            }
            s.maxZoom = static_cast<int>(*z);
        }
        if (p.isSet(QStringLiteral("rate"))) {
            const auto r = finiteOption(p.value(QStringLiteral("rate")), 0.01, 50, &why);
            if (!r) {
                err(QStringLiteral("sightline-cli: --rate ") + why);
                return Usage;
            }
            s.requestsPerSecond = *r;
        }
        if (const QString problem = basemapSourceProblem(s); !problem.isEmpty()) {
            err(QStringLiteral("sightline-cli: ") + problem);
            return BadInput;
        }
        all.sources.removeIf(
            [&](const BasemapSource &o) { return o.name.compare(s.name, Qt::CaseInsensitive) == 0; });
        all.sources << s;
    }
    if (p.isSet(QStringLiteral("remove"))) {
        const QString name = p.value(QStringLiteral("remove"));
        if (!all.named(name)) {
            err(QStringLiteral("sightline-cli: %1: no saved basemap source of that name").arg(name));
            return BadInput;
        }
        if (all.active.compare(name, Qt::CaseInsensitive) == 0) all.active.clear();
        all.sources.removeIf(
            [&](const BasemapSource &o) { return o.name.compare(name, Qt::CaseInsensitive) == 0; });
    }
    if (p.isSet(QStringLiteral("use"))) {
        const QString name = p.value(QStringLiteral("use"));
        if (name.compare(QLatin1String("natural-earth"), Qt::CaseInsensitive) == 0)
            all.active.clear();
        else if (const BasemapSource *s = all.named(name))
            all.active = s->name;
        else {
            err(QStringLiteral("sightline-cli: %1: no saved basemap source of that name").arg(name));
            return BadInput;
        }
    }
    if (edits) {
        project->saveBasemapSources(all);
        out(QStringLiteral("%1: %2 basemap sources saved, showing %3")
                .arg(file)
                .arg(all.sources.size())
                .arg(all.active.isEmpty() ? QStringLiteral("natural-earth") : all.active));
        return Ok;
    }
    return listSources(*project, p.isSet(QStringLiteral("json")));
}

} // namespace sightline::cli
