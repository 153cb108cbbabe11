#include "basemapchoice.h"
#include "clioutput.h"
#include "commands.h"

#include "sightline/present/countwords.h"
#include "sightline/report/brieferror.h"
#include "sightline/report/briefwriter.h"
#include "sightline/store/project.h"
#include "sightline/store/storeerror.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace sightline::cli {

int runBrief(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 QStringLiteral("PDF to write."),
                 QStringLiteral("OUT.pdf")});
    p.addOption({QStringLiteral("site"),
                 QStringLiteral("A site to cover, by name or alias (repeatable; default: every site)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("from"), QStringLiteral("Start of the period (open when left out)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QStringLiteral("End of the period (open when left out)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("marking"),
                 QStringLiteral("Handling marking instead of the project's (TLP:CLEAR, GREEN, "
                                "AMBER, AMBER+STRICT, RED)."),
                 QStringLiteral("TLP:X")});
    p.addOption({QStringLiteral("template"), QStringLiteral("default or compact."), QStringLiteral("NAME"),
                 QStringLiteral("default")});
    p.addOption({QStringLiteral("page"), QStringLiteral("a4 or letter."), QStringLiteral("SIZE"),
                 QStringLiteral("a4")});
    p.addOption(
        {QStringLiteral("title"), QStringLiteral("Title (default: the project's)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("author"),
                 QStringLiteral("Author (default: the analysts of its issued judgments)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("bluf"), QStringLiteral("A bottom line up front for the cover."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("basemap"), QStringLiteral("Natural Earth world_map.gpkg to use."),
                 QStringLiteral("FILE")});
    addTileOptions(p);
    p.addOption({QStringLiteral("internal-use"),
                 QStringLiteral("Show imagery whose licence terms do not allow republication (the cover says "
                                "so and custody logs it).")});
    p.addOption({QStringLiteral("baseline-to"),
                 QStringLiteral("End of the baseline of each site's count series (default: the day before its "
                                "newest value)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("no-timeline"), QStringLiteral("Leave the timeline of the case out.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral(
        "usage: sightline-cli brief PROJECT -o OUT.pdf [--site NAME ...] [--from DATE] [--to DATE] "
        "[--marking TLP:AMBER] [--template default|compact] [--page a4|letter] [--title TEXT] [--bluf TEXT] "
        "[--internal-use] [--baseline-to DATE] [--no-timeline]");
    if (!p.parse(QStringList{QStringLiteral("brief")} + args) || p.positionalArguments().size() != 1 ||
        !p.isSet(QStringLiteral("output"))) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    report::BriefOptions options;
    options.siteNames = p.values(QStringLiteral("site"));
    options.internalUse = p.isSet(QStringLiteral("internal-use"));
    QString why;
    const auto window =
        TimeWindow::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), &why);
    if (!window) {
        err(QStringLiteral("sightline-cli: ") + why);
        return Usage;
    }
    options.window = *window;
    if (p.isSet(QStringLiteral("baseline-to"))) {
        const QString text = p.value(QStringLiteral("baseline-to"));
        const auto to = TimeSpan::parse(text, &why);
        if (!to || to->kind() != TimeSpan::Kind::Instant) {
            err(QStringLiteral("sightline-cli: --baseline-to \"%1\" is not a date (%2)")
                    .arg(text, TimeWindow::acceptedForms()));
            return Usage;
        }
        options.baselineTo = *to;
    }
    options.timeline = !p.isSet(QStringLiteral("no-timeline"));
    if (p.isSet(QStringLiteral("marking"))) {
        options.marking = markingFromText(p.value(QStringLiteral("marking")));
        if (!options.marking) {
            err(QStringLiteral("sightline-cli: --marking \"%1\" is not a TLP 2.0 marking (%2)")
                    .arg(p.value(QStringLiteral("marking")), allMarkingTexts().join(QStringLiteral(", "))));
            return Usage;
        }
    }
    const auto layout = report::templateFromText(p.value(QStringLiteral("template")));
    if (!layout) {
        err(QStringLiteral("sightline-cli: --template \"%1\": default or compact")
                .arg(p.value(QStringLiteral("template"))));
        return Usage;
    }
    options.layout = *layout;
    const auto page = report::pageSizeFromText(p.value(QStringLiteral("page")));
    if (!page) {
        err(QStringLiteral("sightline-cli: --page \"%1\": a4 or letter")
                .arg(p.value(QStringLiteral("page"))));
        return Usage;
    }
    options.page = *page;
    options.title = p.value(QStringLiteral("title"));
    options.author = p.value(QStringLiteral("author"));
    options.bottomLine = p.value(QStringLiteral("bluf"));
    options.basemapPath = p.value(QStringLiteral("basemap"));
    options.tiles = tileSettingsFrom(p);

    const QString file = p.positionalArguments().first();
    const QString outFile = p.value(QStringLiteral("output"));
    report::BriefResult result;
    try {
        const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
        result = report::BriefWriter::write(*project, options, outFile);
    } catch (const report::BriefError &e) {
        err(QStringLiteral("sightline-cli: ") + e.message());
        return e.kind() == report::BriefError::Kind::Internal ? Internal : BadInput;
    }
    for (const QString &w : std::as_const(result.warnings))
        err(QStringLiteral("warning: ") + w);
    out(QStringLiteral("wrote %1 (%2 pages, %3 map figures, %4 KiB, %5 ms, maps %6 ms)")
            .arg(outFile)
            .arg(result.pages)
            .arg(result.figures)
            .arg(QLocale(QLocale::English).toString((result.bytes + 1023) / 1024))
            .arg(result.totalMs, 0, 'f', 0)
            .arg(result.mapMs, 0, 'f', 0));
    // Custody: every capture and scene the brief shows is logged as viewed in this export. The
    // project is opened for writing only for that, after the brief is written; when it cannot be
    // (a read-only copy), the brief stands and the gap is said.
    try {
        const auto project = Project::open(file, qEnvironmentVariable("USER"));
        const int logged = report::logShownInBrief(*project, result);
        out(QStringLiteral("custody: %1 and %2 logged as viewed in this export (%3 entries)")
                .arg(present::countText(int(result.captures.size()), present::Counted::Capture),
                     present::countText(int(result.scenes.size()), present::Counted::Scene))
                .arg(logged));
    } catch (const StoreError &e) {
        err(QStringLiteral("warning: %1: what the brief shows was not logged as viewed in this export (%2)")
                .arg(file, e.message()));
    }
    return Ok;
}

} // namespace sightline::cli
