#include "clioutput.h"
#include "commands.h"

#include "sightline/interop/casefile.h"
#include "sightline/interop/importerror.h"
#include "sightline/interop/syntheticscenes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace sightline::cli {

namespace {
// Where the demo case's captured articles are: --captures, $SIGHTLINE_SEEDS_DIR, or the seed
// folder beside the source tree.
QString capturesDir(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("captures")))
        return p.value(QStringLiteral("captures"));
    const QString env = qEnvironmentVariable("SIGHTLINE_SEEDS_DIR");
    return env.isEmpty() ? QStringLiteral(SIGHTLINE_DEFAULT_SEEDS_DIR) : env;
}

// The synthetic scenes built into the tool, copied out for GDAL to read, then imported with the
// railcars counted on them.
SyntheticScenesReport addSyntheticScenes(Project &project)
{
    QTemporaryDir dir;
    const QDir resources(QStringLiteral(":/sightline/demo/synthetic"));
    for (const QString &name : resources.entryList(QDir::Files))
        if (!dir.isValid() || !QFile::copy(resources.filePath(name), dir.filePath(name)))
            throw ImportError(dir.filePath(name), QStringLiteral("cannot write the demo's synthetic scene"));
    return importSyntheticScenes(project, dir.filePath(QStringLiteral("synthetic-scenes.json")));
}
} // namespace

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("captures"), QStringLiteral("Folder with the demo's captured articles."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.gpkg if it exists.")});
    p.addPositionalArgument(QStringLiteral("OUT.gpkg"), QStringLiteral("Project file to write."));
    if (!p.parse(QStringList{QStringLiteral("demo")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: sightline-cli demo OUT.gpkg [--captures DIR] [--force]"));
        return Usage;
    }
    const QString out = p.positionalArguments().first();
    if (QFileInfo::exists(out)) {
        if (!p.isSet(QStringLiteral("force"))) {
            err(QStringLiteral("sightline-cli: %1: already exists (use --force to replace it)").arg(out));
            return BadInput;
        }
    }
    // Built beside the target and renamed into place, so OUT.gpkg is either the old file or the
    // complete new project, never half of one.
    const QString partial = out + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(partial + QString::fromLatin1(suffix));
    CaseImportReport report;
    try {
        auto project = Project::create(partial, QStringLiteral("DPRK munitions to Russia (demo)"),
                                       QStringLiteral("Sightline demo case"));
        report = importCaseFile(*project, QStringLiteral(":/sightline/demo/dprk-russia-munitions.case.json"),
                                capturesDir(p));
        const SyntheticScenesReport synthetic = addSyntheticScenes(*project);
        report.imported[RecordType::Scene] += synthetic.scenes;
        report.imported[RecordType::Annotation] += synthetic.annotations;
        report.imported[RecordType::Observation] += int(project->count(RecordType::Observation)) -
                                                    report.imported.value(RecordType::Observation);
    } catch (...) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QString::fromLatin1(suffix));
        throw;
    }
    QFile::remove(out);
    if (!QFile::rename(partial, out)) {
        err(QStringLiteral("sightline-cli: %1: cannot move the new project into place").arg(out));
        return BadInput;
    }
    for (const QString &w : std::as_const(report.warnings))
        err(QStringLiteral("warning: ") + w);
    QStringList counts;
    for (auto it = report.imported.cbegin(); it != report.imported.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(toKey(it.key()) + u's');
    cli::out(QStringLiteral("wrote %1: %2").arg(out, counts.join(QStringLiteral(", "))));
    return Ok;
}

} // namespace sightline::cli
