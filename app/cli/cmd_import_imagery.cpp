#include "clioutput.h"
#include "commands.h"

#include "sightline/geo/overviewbuilder.h"
#include "sightline/store/rowio.h"
#include "sightline/store/scenefiles.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace sightline::cli {

namespace {

QString describe(const store::SceneImportReport &r, const QString &file)
{
    const ImageryScene &s = r.scene;
    QStringList lines;
    lines << QStringLiteral("%1: added scene %2").arg(file, store::uuidText(s.meta.id));
    lines << QStringLiteral("  size      %1 x %2 pixels, %3 band%4 %5, %6, %7 overview%8")
                 .arg(s.width)
                 .arg(s.height)
                 .arg(s.bandCount)
                 .arg(s.bandCount == 1 ? QString() : QStringLiteral("s"))
                 .arg(r.dataType, r.driver)
                 .arg(r.overviewCount)
                 .arg(r.overviewCount == 1 ? QString() : QStringLiteral("s"));
    const QString crs = s.crs.startsWith(QLatin1String("EPSG:")) ? s.crs : QStringLiteral("(WKT)");
    lines << QStringLiteral("  CRS       %1 %2, %3 m a pixel").arg(crs, r.crsName).arg(s.resolutionMeters, 0, 'f', 2);
    const GeoBounds b = s.footprint.bounds();
    lines << QStringLiteral("  covers    %1,%2 to %3,%4 (lon/lat)")
                 .arg(b.minLon, 0, 'f', 5)
                 .arg(b.minLat, 0, 'f', 5)
                 .arg(b.maxLon, 0, 'f', 5)
                 .arg(b.maxLat, 0, 'f', 5);
    lines << QStringLiteral("  acquired  %1").arg(s.acquired.isUnknown() ? QStringLiteral("unknown (not in the file)")
                                                                          : s.acquired.toText());
    QStringList more;
    if (!s.provider.isEmpty())
        more << QStringLiteral("provider %1").arg(s.provider);
    if (!s.sensor.isEmpty())
        more << QStringLiteral("sensor %1").arg(s.sensor);
    if (!s.providerSceneId.isEmpty())
        more << QStringLiteral("scene id %1").arg(s.providerSceneId);
    if (s.offNadirDegrees)
        more << QStringLiteral("off-nadir %1°").arg(*s.offNadirDegrees, 0, 'f', 1);
    if (s.cloudPercent)
        more << QStringLiteral("cloud %1 %").arg(*s.cloudPercent, 0, 'f', 0);
    if (!more.isEmpty())
        lines << QStringLiteral("  metadata  ") + more.join(QStringLiteral(", "));
    lines << QStringLiteral("  sha256    ") + QString::fromLatin1(s.sha256);
    lines << QStringLiteral("  stored    ") + (s.embedded ? QStringLiteral("embedded in the project") : s.filePath);
    return lines.join(u'\n');
}

// Overviews for every scene whose file has none, each with a progress line rewritten in place;
// returns how many could not be built.
int buildMissingOverviews(const Project &project)
{
    int failed = 0, built = 0;
    for (const ImageryScene &s : project.all<ImageryScene>()) {
        QString why;
        const QString file = store::sceneFilePath(project, s, &why);
        if (file.isEmpty()) {
            err(QStringLiteral("sightline-cli: ") + why);
            ++failed;
            continue;
        }
        if (!geo::OverviewBuilder::needsOverviews(file))
            continue;
        const QString name = QFileInfo(s.filePath).fileName();
        int shown = -1;
        const auto r = geo::OverviewBuilder::build(file, [&](double fraction) {
            const int percent = static_cast<int>(fraction * 100);
            if (percent != shown) {
                shown = percent;
                progress(QStringLiteral("overviews %1: %2 %").arg(name).arg(percent));
            }
            return true;
        });
        progress({});
        if (!r.ok) {
            err(QStringLiteral("sightline-cli: ") + r.error);
            ++failed;
            continue;
        }
        out(QStringLiteral("overviews %1: %2 built in %3").arg(name).arg(r.overviewCount).arg(geo::OverviewBuilder::overviewPath(file)));
        ++built;
    }
    out(QStringLiteral("%1 scene%2 given overviews").arg(built).arg(built == 1 ? QString() : QStringLiteral("s")));
    return failed;
}

} // namespace

int runImportImagery(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("embed"), QStringLiteral("Keep the files inside the project.")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("CRS of files georeferenced without one (a world file)."),
                 QStringLiteral("EPSG:N")});
    p.addOption({QStringLiteral("overviews"),
                 QStringLiteral("Build the overviews the project's scenes lack, as .ovr files beside them.")});
    p.addOption({QStringLiteral("relocate"), QStringLiteral("Find scenes whose file is missing in this folder, by hash."),
                 QStringLiteral("FOLDER")});
    const QString usage = QStringLiteral(
        "usage: sightline-cli import-imagery PROJECT FILE... [--embed] [--crs EPSG:N] [--overviews]\n"
        "       sightline-cli import-imagery PROJECT --relocate FOLDER\n"
        "       sightline-cli import-imagery PROJECT --overviews");
    if (!p.parse(QStringList{QStringLiteral("import-imagery")} + args) || p.positionalArguments().isEmpty() ||
        (p.positionalArguments().size() < 2 && !p.isSet(QStringLiteral("relocate")) &&
         !p.isSet(QStringLiteral("overviews")))) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    const QString projectFile = p.positionalArguments().first();
    const auto project = Project::open(projectFile, QString());
    int failed = 0;

    if (p.isSet(QStringLiteral("relocate"))) {
        const QList<ImageryScene> found = store::relocateScenes(*project, p.value(QStringLiteral("relocate")));
        for (const ImageryScene &s : found)
            out(QStringLiteral("found scene %1: %2").arg(store::uuidText(s.meta.id), s.filePath));
        QString why;
        int missing = 0;
        for (const ImageryScene &s : project->all<ImageryScene>())
            if (store::sceneFilePath(*project, s, &why).isEmpty()) {
                err(QStringLiteral("still missing: ") + why);
                ++missing;
            }
        out(QStringLiteral("%1 scene%2 found, %3 still missing").arg(found.size()).arg(found.size() == 1 ? QString() : QStringLiteral("s")).arg(missing));
        if (p.positionalArguments().size() < 2 && !p.isSet(QStringLiteral("overviews")))
            return missing ? BadInput : Ok;
        failed += missing;
    }

    // Each file in its own transaction: a bad one is named and skipped, the others go in.
    store::SceneImportOptions options{p.isSet(QStringLiteral("embed")), p.value(QStringLiteral("crs"))};
    for (const QString &file : p.positionalArguments().mid(1)) {
        try {
            out(describe(store::importScene(*project, file, options), file));
        } catch (const StoreError &e) {
            if (!e.isBadInput())
                throw;
            err(QStringLiteral("sightline-cli: ") + e.message());
            ++failed;
        }
    }
    if (p.isSet(QStringLiteral("overviews")))
        failed += buildMissingOverviews(*project);
    return failed ? BadInput : Ok;
}

} // namespace sightline::cli
