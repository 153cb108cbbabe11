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
    out(QStringLiteral("%1: sound (GeoPackage structure, schema %2, links, %3 capture hashes)")
            .arg(file)
            .arg(project->schemaVersion())
            .arg(project->count(RecordType::Capture)));
    return Ok;
}

} // namespace sightline::cli
