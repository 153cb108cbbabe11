#include "basemapchoice.h"
#include "clioutput.h"
#include "commands.h"
#include "optionvalues.h"

#include "sightline/core/sitelookup.h"
#include "sightline/core/timestep.h"
#include "sightline/geo/crs.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/labels.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/projectlayers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>

#include <algorithm>

namespace sightline::cli {

namespace {

// Every scene the image shows gets "viewed" in its chain of custody, naming the export. The
// project is opened for writing only for that, after the image is written; when it cannot be
// (a read-only copy), the image stands and the gap is said.
void logViewedScenes(const QString &projectFile, const QList<ImageryScene> &shown, const QString &out)
{
    if (shown.isEmpty())
        return;
    const QString detail = QStringLiteral("in export %1").arg(QFileInfo(out).absoluteFilePath());
    try {
        const auto project = Project::open(projectFile, qEnvironmentVariable("USER"));
        for (const ImageryScene &scene : shown)
            project->logCustody(RecordType::Scene, scene.meta.id, CustodyEntry::Action::Viewed, detail);
        cli::out(QStringLiteral("custody: %1 logged as viewed in this export")
                     .arg(shown.size() == 1 ? QStringLiteral("1 scene") : QStringLiteral("%1 scenes").arg(shown.size())));
    } catch (const StoreError &e) {
        err(QStringLiteral("warning: %1: the scenes shown were not logged as viewed in this export (%2)")
                .arg(projectFile, e.message()));
    }
}

constexpr int kMaxFrames = 2000;

// One PNG a window, frame-0001.png on, into the folder out (made when missing), each through the
// same renderer as a single map and with its window written on it.
int renderFrames(const QString &projectFile, render::MapSettings settings, const render::LayerList &layers,
                 const QList<TimeWindow> &frames, const QString &out, std::optional<qint64> cacheMb)
{
    if (!QDir().mkpath(out)) {
        err(QStringLiteral("sightline-cli: %1: cannot make the folder for the frames").arg(out));
        return BadInput;
    }
    const QDir dir(out);
    settings.windowCaption = true;
    render::TileCache cache(cacheMb ? *cacheMb * 1024 * 1024 : render::TileCache::defaultCapBytes());
    QList<ImageryScene> shown;
    QSet<QUuid> shownIds;
    QStringList problems;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        settings.timeWindow = frames[i];
        render::RenderStats stats;
        QImage image = render::MapRenderer::render(settings, layers, &cache, nullptr, &stats);
        for (const QString &problem : std::as_const(stats.problems))
            if (!problems.contains(problem))
                problems << problem;
        for (const ImageryScene &scene : std::as_const(stats.scenes))
            if (!shownIds.contains(scene.meta.id)) {
                shownIds.insert(scene.meta.id);
                shown << scene;
            }
        if (!stats.credits.isEmpty())
            image.setText(QStringLiteral("Licence"), stats.credits.join(u'\n'));
        image.setText(QStringLiteral("Time window"), frames[i].toText());
        const QString path = dir.filePath(QStringLiteral("frame-%1.png").arg(i + 1, 4, 10, QLatin1Char('0')));
        if (image.isNull() || !image.save(path, "PNG")) {
            progress(QString());
            err(QStringLiteral("sightline-cli: %1: cannot write the PNG").arg(path));
            return BadInput;
        }
        progress(QStringLiteral("frame %1 of %2").arg(i + 1).arg(frames.size()));
    }
    progress(QString());
    for (const QString &problem : std::as_const(problems))
        err(QStringLiteral("warning: ") + problem);
    cli::out(QStringLiteral("wrote %1 frames to %2 (%3 .. %4)")
                 .arg(frames.size())
                 .arg(out, frames.first().toDisplayString(), frames.last().toDisplayString()));
    logViewedScenes(projectFile, shown, out);
    return Ok;
}

} // namespace

int runRender(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("PNG to write."), QStringLiteral("OUT.png")});
    p.addOption({QStringLiteral("size"), QStringLiteral("Image size in pixels."), QStringLiteral("WxH"), QStringLiteral("1600x1000")});
    p.addOption({QStringLiteral("extent"), QStringLiteral("Area in the output CRS."), QStringLiteral("minx,miny,maxx,maxy")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("Output CRS (default EPSG:3857; \"utm\" for the local UTM zone)."),
                 QStringLiteral("EPSG:N"), QStringLiteral("EPSG:3857")});
    p.addOption({QStringLiteral("site"), QStringLiteral("Zoom to this site's area of interest."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("dpi"), QStringLiteral("Dots per inch (symbols and text scale with it)."), QStringLiteral("N"),
                 QStringLiteral("96")});
    p.addOption({QStringLiteral("repeat"), QStringLiteral("Render N times and print the median and p95 ms a frame."),
                 QStringLiteral("N")});
    addBasemapOptions(p);
    p.addOption({QStringLiteral("cache-mb"), QStringLiteral("Tile cache cap in MiB (default 512)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("layer"), QStringLiteral("Add a reference layer from a file OGR reads, for this run (repeatable)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("from"), QStringLiteral("Start of the time window (open when left out)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QStringLiteral("End of the time window (open when left out)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("step"),
                 QStringLiteral("Draw one frame a step from --from to --to (1d, 1w, 1m, 1y) into the folder -o names."),
                 QStringLiteral("STEP")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral("usage: sightline-cli render PROJECT -o OUT.png --size WxH [--extent minx,miny,maxx,maxy] "
                                         "[--crs EPSG:N] [--site NAME] [--dpi N] [--basemap SOURCE [--attribution TEXT]] [--offline] [--layer FILE ...] [--from DATE] [--to DATE] [--repeat N]\n"
                                         "       sightline-cli render PROJECT -o DIR --from DATE --to DATE --step 1d|1w|1m|1y [...]");
    if (!p.parse(QStringList{QStringLiteral("render")} + args) || p.positionalArguments().size() != 1 ||
        !p.isSet(QStringLiteral("output"))) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    // Each value checked before anything is read: one line, exit 1, for a refused one.
    QString why;
    auto refuse = [&](const char *option) {
        err(QStringLiteral("sightline-cli: %1 %2").arg(QLatin1String(option), why));
        return Usage;
    };
    const auto size = imageSizeOption(p.value(QStringLiteral("size")), &why);
    if (!size)
        return refuse("--size");
    const auto dpi = finiteOption(p.value(QStringLiteral("dpi")), 24, 1200, &why);
    if (!dpi)
        return refuse("--dpi");
    std::optional<std::array<double, 4>> extentValues;
    if (p.isSet(QStringLiteral("extent")) && !(extentValues = extentOption(p.value(QStringLiteral("extent")), &why)))
        return refuse("--extent");
    std::optional<qint64> cacheMb;
    if (p.isSet(QStringLiteral("cache-mb")) && !(cacheMb = cacheMbOption(p.value(QStringLiteral("cache-mb")), &why)))
        return refuse("--cache-mb");
    std::optional<double> repeatCount = 1;
    if (p.isSet(QStringLiteral("repeat")) && !(repeatCount = finiteOption(p.value(QStringLiteral("repeat")), 1, 1000, &why)))
        return refuse("--repeat");
    QString whyWindow;
    const auto window = TimeWindow::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), &whyWindow);
    if (!window) {
        err(QStringLiteral("sightline-cli: ") + whyWindow);
        return Usage;
    }
    // An animation: one window a step, each its own frame.
    std::optional<QList<TimeWindow>> frames;
    if (p.isSet(QStringLiteral("step"))) {
        const auto step = TimeStep::parse(p.value(QStringLiteral("step")), &whyWindow);
        if (step)
            frames = steppedWindows(*window, *step, kMaxFrames, &whyWindow);
        if (!frames) {
            err(QStringLiteral("sightline-cli: ") + whyWindow);
            return Usage;
        }
        if (p.isSet(QStringLiteral("repeat"))) {
            err(QStringLiteral("sightline-cli: --repeat and --step do not go together\n") + usage);
            return Usage;
        }
    }
    const QString file = p.positionalArguments().first();
    // From here to the first frame is what a new map costs: the project and its layer files read,
    // everything prepared in the view's CRS (printed with --repeat, beside the frames after it).
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    // The layer files do not depend on the project: they are read (and, in a CRS named on the
    // command line, projected) while it opens, and so is Natural Earth, the basemap of most
    // projects (read once per process, whoever draws it; first, as the layers wait for it).
    render::BasemapLayer::startLoading(naturalEarthPathFrom(p));
    const QString namedCrs = p.value(QStringLiteral("crs"));
    const auto layerFiles = render::MapModel::startReadingReferenceFiles(
        p.values(QStringLiteral("layer")),
        namedCrs.compare(QLatin1String("utm"), Qt::CaseInsensitive) == 0 ? QString() : namedCrs);
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    // The map the window shows for this project: its layers with their saved states and reference
    // layers, then this run's own reference layers and time window.
    render::MapModel model;
    QStringList problems;
    model.open(*project, naturalEarthPathFrom(p), &problems);
    QString whyBasemap;
    if (!applyBasemap(p, *project, model, &problems, &whyBasemap)) {
        err(QStringLiteral("sightline-cli: ") + whyBasemap);
        return BadInput;
    }
    for (const QString &problem : std::as_const(problems))
        err(QStringLiteral("warning: ") + problem);
    // While the files are read: the labels' fonts, which the frame's last step would load.
    render::LabelPlacer::loadFonts();
    // The files read side by side.
    for (const QString &whyLayer : model.addReferenceFiles(*layerFiles)) {
        if (!whyLayer.isEmpty()) {
            err(QStringLiteral("sightline-cli: ") + whyLayer);
            return BadInput;
        }
    }
    model.setTimeWindow(*window);

    // Which part of the world: --site, else --extent, else every site.
    GeoBounds area = render::projectBounds(*project);
    if (area.isEmpty()) // a project of imagery alone: frame the scenes
        for (const ImageryScene &s : project->all<ImageryScene>())
            area.unite(s.footprint.bounds());
    if (p.isSet(QStringLiteral("site"))) {
        const QString name = p.value(QStringLiteral("site"));
        const auto sites = project->all<Site>();
        const QList<Site> named = sitesNamed(sites, name);
        if (named.isEmpty()) {
            QStringList names;
            for (const Site &s : sites)
                names << s.name;
            err(QStringLiteral("sightline-cli: %1: no site named \"%2\" (sites: %3)").arg(file, name, names.join(QStringLiteral(", "))));
            return BadInput;
        }
        area = siteBounds(named.first());
    }
    QString crs = p.value(QStringLiteral("crs"));
    if (crs.compare(QLatin1String("utm"), Qt::CaseInsensitive) == 0)
        crs = geo::utmZoneCrs(area.isEmpty() ? GeoPoint{} : GeoPoint{(area.minLon + area.maxLon) / 2, (area.minLat + area.maxLat) / 2});
    const auto info = geo::crsInfo(crs, &why);
    if (!info) {
        err(QStringLiteral("sightline-cli: --crs: ") + why);
        return BadInput;
    }
    render::MapExtent extent;
    if (p.isSet(QStringLiteral("extent"))) {
        extent = {(*extentValues)[0], (*extentValues)[1], (*extentValues)[2], (*extentValues)[3]};
        // An extent far outside the CRS's area of use draws nonsense: say so instead.
        if (!info->areaOfUse.isEmpty()) {
            const render::MapExtent usable = render::extentInCrs(info->areaOfUse, crs, 0.25, nullptr);
            if (usable.isValid() && !usable.intersects(extent)) {
                err(QStringLiteral("sightline-cli: --extent lies outside the area where %1 (%2) can be used").arg(crs, info->name));
                return BadInput;
            }
        }
    } else {
        if (area.isEmpty())
            area = {-180, -60, 180, 75};
        extent = render::extentInCrs(area, crs, p.isSet(QStringLiteral("site")) ? 0.6 : 0.12, &why);
        if (!extent.isValid()) {
            err(QStringLiteral("sightline-cli: %1 cannot show the project's sites: %2").arg(crs, why));
            return BadInput;
        }
    }

    render::MapSettings settings = model.viewOf(render::MapSettings::fitting(extent, *size, crs));
    settings.dpi = *dpi;
    const render::LayerList layers = model.visibleLayers();
    if (frames)
        return renderFrames(file, settings, layers, *frames, p.value(QStringLiteral("output")), cacheMb);
    const int repeat = static_cast<int>(*repeatCount);
    QList<double> ms;
    double firstFrameMs = 0;
    QImage image;
    render::RenderStats stats;
    // The first frame prepares the layers (reads the basemap, projects everything); the frames
    // timed after it each start from an empty tile cache, as a new view would: every layer tile
    // drawn and composed again, with GDAL's datasets open and its block cache (and the
    // renderer's decoded blocks) warm, as QGIS's repeated frames find GDAL's.
    for (int i = 0; i < repeat + (p.isSet(QStringLiteral("repeat")) ? 1 : 0); ++i) {
        render::TileCache cache(cacheMb ? *cacheMb * 1024 * 1024 : render::TileCache::defaultCapBytes());
        stats = {};
        QElapsedTimer t;
        t.start();
        image = render::MapRenderer::render(settings, layers, &cache, nullptr, &stats);
        if (i == 0)
            firstFrameMs = sinceOpen.nsecsElapsed() / 1e6;
        if (i > 0 || !p.isSet(QStringLiteral("repeat")))
            ms.append(t.nsecsElapsed() / 1e6);
    }
    for (const QString &problem : std::as_const(stats.problems))
        err(QStringLiteral("warning: ") + problem);
    const QString out = p.value(QStringLiteral("output"));
    // The imagery's licence goes into the file too (a PNG text chunk), not only onto the map.
    if (!stats.credits.isEmpty())
        image.setText(QStringLiteral("Licence"), stats.credits.join(u'\n'));
    if (!image.save(out, "PNG")) {
        err(QStringLiteral("sightline-cli: %1: cannot write the PNG").arg(out));
        return BadInput;
    }
    cli::out(QStringLiteral("wrote %1 (%2x%3, %4, extent %5,%6,%7,%8)")
                 .arg(out)
                 .arg(size->width())
                 .arg(size->height())
                 .arg(crs)
                 .arg(extent.xMin, 0, 'f', 2)
                 .arg(extent.yMin, 0, 'f', 2)
                 .arg(extent.xMax, 0, 'f', 2)
                 .arg(extent.yMax, 0, 'f', 2));
    for (const QString &credit : std::as_const(stats.credits))
        cli::out(credit);
    logViewedScenes(file, stats.scenes, out);
    if (p.isSet(QStringLiteral("repeat"))) {
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        const double p95 = ms[std::min<qsizetype>(ms.size() - 1, static_cast<qsizetype>(0.95 * ms.size()))];
        cli::out(QStringLiteral("frames: %1, median %2 ms, p95 %3 ms").arg(ms.size()).arg(median, 0, 'f', 2).arg(p95, 0, 'f', 2));
        cli::out(QStringLiteral("first frame %1 ms (opening the project and reading its layers included)").arg(firstFrameMs, 0, 'f', 1));
    }
    return Ok;
}

} // namespace sightline::cli
