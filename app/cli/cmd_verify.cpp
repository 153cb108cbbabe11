#include "clioutput.h"
#include "commands.h"

#include "sightline/store/project.h"

#include <QCommandLineParser>

namespace sightline::cli {

int runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("record"), QStringLiteral("Log each capture's re-hash in the custody log.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    if (!p.parse(QStringList{QStringLiteral("verify")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: sightline-cli verify PROJECT [--record]"));
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    // Without --record verify only reads: the file is not even migrated.
    const bool record = p.isSet(QStringLiteral("record"));
    const auto project = Project::open(file, QString(), record ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    const QStringList problems = record ? project->verifyAndRecord() : project->verify();
    for (const QString &problem : problems)
        err(file + QStringLiteral(": ") + problem);
    if (!problems.isEmpty())
        return BadInput;
    // Name what was re-hashed: a project of scenes alone was checked as much as one of captures.
    const qint64 captures = project->count(RecordType::Capture);
    const qint64 scenes = project->count(RecordType::Scene);
    out(QStringLiteral("%1: sound (GeoPackage structure, schema %2, links; re-hashed %3 capture%4 and %5 scene%6)")
            .arg(file)
            .arg(project->schemaVersion())
            .arg(captures)
            .arg(captures == 1 ? QString() : QStringLiteral("s"))
            .arg(scenes)
            .arg(scenes == 1 ? QString() : QStringLiteral("s")));
    return Ok;
}

} // namespace sightline::cli
