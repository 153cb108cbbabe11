// sightline-cli: works on Sightline project files without a display.
#include "clioutput.h"
#include "commands.h"

#include "sightline/interop/importerror.h"
#include "sightline/present/countwords.h"
#include "sightline/render/memoryreuse.h"
#include "sightline/store/storeerror.h"

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <exception>

using namespace sightline;

namespace {

const char *const kUsage = R"(usage: sightline-cli COMMAND [ARGS]

commands:
  new PROJECT [--title TEXT] [--scheme admiralty|uk-5x5x5] [--marking TLP:...]
                                   make an empty project (never over an existing file)
  demo OUT.gpkg [--captures DIR]   write the demo project (the DPRK-Russia munitions case)
  info PROJECT [--json]            schema version and the number of records of each kind
  verify PROJECT [--record]        check structure, schema, links, capture and scene hashes
                                   (--record: log each re-hash in the custody log)
  claims PROJECT [--site NAME] [--source TEXT] [--json]
                                   the claim ledger with grades, groups and conflicts
  capture PROJECT --source ID FILE [--url URL] [--max-bytes N]
                                   archive a file (or a saved page's folder) as a capture
  export-capture PROJECT CAPTURE_ID OUT [--version N] [--force]
                                   write a capture's stored bytes to a file (hash checked,
                                   logged as exported in the custody log)
  search PROJECT TEXT [--limit N] [--json]
                                   full-text search over sources, claims, notes, captures
  annotations PROJECT [--site NAME] [--kind KIND] [--scene ID] [--json]
                                   marks drawn on imagery, with what each counts
  kinds PROJECT [--json] | --add KEY --name TEXT [--colour #rrggbb] | --remove KEY
                                   the object kinds annotations mark (built-in and the
                                   project's own), how often each is marked; add or remove
                                   the project's own
  series PROJECT --site NAME --kind KIND [--from DATE] [--to DATE] [--baseline-to DATE]
         [--json|--csv]            counted and reported values over time, the baseline
                                   (median, maximum to --baseline-to) and values above it
  judgments PROJECT [--json]       analytic judgments: likelihood, confidence, what each
                                   rests on, and whether it needs review
  timeline PROJECT [--from DATE] [--to DATE] [--site NAME] [--json]
                                   events, claims, observations, scene acquisitions and
                                   judgments' periods in time, by earliest moment (an open
                                   start by its latest)
  render PROJECT -o OUT.png --size WxH [--extent minx,miny,maxx,maxy] [--crs EPSG:N|utm]
         [--site NAME] [--dpi N] [--repeat N] [--from DATE] [--to DATE]
         [--step 1d|1w|1m|1y]
         [--basemap SOURCE [--attribution TEXT]] [--offline] [--tile-cache DIR]
                                   draw the map as the canvas shows it (imagery included);
                                   with --step, -o is a folder: frame-0001.png, ... one a step
                                   SOURCE: a saved source's name, an XYZ template, WMTS or
                                   WMS URL, a tile package or raster, an OSM extract or any
                                   vector file
  basemap PROJECT [--json] | --add NAME --source URL|FILE [--attribution TEXT]
          | --use NAME|natural-earth | --remove NAME | --cache-size | --clear-cache
          | --download NAME --area minlon,minlat,maxlon,maxlat --zoom MIN-MAX
                                   the project's basemap sources, the tile cache, and an
                                   area of a service kept for offline use
  brief PROJECT -o OUT.pdf [--site NAME ...] [--from DATE] [--to DATE] [--marking TLP:AMBER]
        [--template default|compact] [--page a4|letter] [--title TEXT] [--bluf TEXT]
                                   a PDF briefing pack: judgments, a map and the claims of each
                                   site, sources with capture hashes; the evidence attached
  import-imagery PROJECT FILE... [--embed] [--crs EPSG:N] [--relocate FOLDER] [--overviews]
                                   add image files as scenes (prints what each file says);
                                   --relocate finds moved scene files by their hash;
                                   --overviews builds the overviews scenes lack (.ovr beside them)
  georeference PROJECT IMAGE --gcp PX,PY,LON,LAT [--gcp ...] [--method poly1|poly2|tps]
               [--crs EPSG:N] [--out FILE] [--force]
                                   place an image without georeferencing from ground control
                                   points, print the residuals, add the result as a scene
                                   (an existing FILE is kept unless --force; a scene's never)
  export PROJECT --format stix|geojson|kml|kmz|csv|gpkg|qgs -o OUT [--site NAME ...]
         [--from DATE] [--to DATE] [--allow-restricted] [--force] [--json]
                                   write sites, claims, observations, judgments and links as
                                   STIX 2.1, or the map's records through OGR
  import PROJECT FILE [--source ID] [--json]
                                   read a STIX 2.1 bundle, or sites and claims from GeoJSON,
                                   KML/KMZ or CSV (one transaction; again adds nothing)
  merge MINE THEIRS -o OUT [--base BASE] [--unrelated] [--force] [--json]
                                   merge two copies of one project into OUT, field by field;
                                   what cannot be decided is kept in OUT as conflicts
  diff A B [--json]                what differs between two projects, record by record and
                                   field by field
  conflicts PROJECT [--all] [--json]
                                   the conflicts merges left, until resolved
  resolve PROJECT CONFLICT_ID --mine|--theirs|--value JSON
                                   decide a conflict (kept in the record's history)

exit codes: 0 ok, 1 usage error, 2 bad input, 3 internal error)";

// The tool reports through its own one-line messages; Qt's notices about the environment
// (no XDG_RUNTIME_DIR on a server, say) would break the one-line promise.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        cli::err(message);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietQtMessages);
    render::keepFreedMemoryForReuse();
    // The command line never shows a window; drawing maps still needs fonts, hence a
    // QGuiApplication on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // What the command line prints and writes is the same on every machine: numbers written with
    // QLocale() (a count on a map's annotation label) in the C locale whatever LANG says; only the
    // window follows the system's language.
    QLocale::setDefault(QLocale::c());
    // "2 values", not "2 value(s)": the English plural forms, as the window has them.
    sightline::present::installPluralForms();
    QCoreApplication::setApplicationName(QStringLiteral("sightline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGHTLINE_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? cli::err : cli::out)(QString::fromLatin1(kUsage));
        return args.isEmpty() ? cli::Usage : cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        cli::out(QStringLiteral("sightline-cli ") + QCoreApplication::applicationVersion());
        return cli::Ok;
    }
    const QString command = args.takeFirst();
    try {
        if (command == QLatin1String("new"))
            return cli::runNew(args);
        if (command == QLatin1String("demo"))
            return cli::runDemo(args);
        if (command == QLatin1String("info"))
            return cli::runInfo(args);
        if (command == QLatin1String("verify"))
            return cli::runVerify(args);
        if (command == QLatin1String("render"))
            return cli::runRender(args);
        if (command == QLatin1String("basemap"))
            return cli::runBasemap(args);
        if (command == QLatin1String("claims"))
            return cli::runClaims(args);
        if (command == QLatin1String("capture"))
            return cli::runCapture(args);
        if (command == QLatin1String("export-capture"))
            return cli::runExportCapture(args);
        if (command == QLatin1String("search"))
            return cli::runSearch(args);
        if (command == QLatin1String("judgments"))
            return cli::runJudgments(args);
        if (command == QLatin1String("brief"))
            return cli::runBrief(args);
        if (command == QLatin1String("annotations"))
            return cli::runAnnotations(args);
        if (command == QLatin1String("kinds"))
            return cli::runKinds(args);
        if (command == QLatin1String("series"))
            return cli::runSeries(args);
        if (command == QLatin1String("import-imagery"))
            return cli::runImportImagery(args);
        if (command == QLatin1String("georeference"))
            return cli::runGeoreference(args);
        if (command == QLatin1String("timeline"))
            return cli::runTimeline(args);
        if (command == QLatin1String("export"))
            return cli::runExport(args);
        if (command == QLatin1String("import"))
            return cli::runImport(args);
        if (command == QLatin1String("merge"))
            return cli::runMerge(args);
        if (command == QLatin1String("diff"))
            return cli::runDiff(args);
        if (command == QLatin1String("conflicts"))
            return cli::runConflicts(args);
        if (command == QLatin1String("resolve"))
            return cli::runResolve(args);
        cli::err(QStringLiteral("sightline-cli: unknown command \"%1\"\n\n").arg(command) + QString::fromLatin1(kUsage));
        return cli::Usage;
    } catch (const StoreError &e) {
        cli::err(QStringLiteral("sightline-cli: ") + e.message());
        return e.isBadInput() ? cli::BadInput : cli::Internal;
    } catch (const ImportError &e) {
        cli::err(QStringLiteral("sightline-cli: ") + e.message());
        return cli::BadInput;
    } catch (const std::exception &e) {
        cli::err(QStringLiteral("sightline-cli: internal error: ") + QString::fromUtf8(e.what()));
        return cli::Internal;
    }
}
