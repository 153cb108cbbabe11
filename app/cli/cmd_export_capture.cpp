#include "clioutput.h"
#include "commands.h"

#include "sightline/present/countwords.h"
#include "sightline/store/captureexport.h"

#include <QCommandLineParser>

namespace sightline::cli {

int runExportCapture(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("version"), QStringLiteral("Export version N of the capture's series (1 = first)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT if it exists.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    p.addPositionalArgument(QStringLiteral("CAPTURE_ID"), QStringLiteral("UUID of the capture (or its unique start)."));
    p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("File to write."));
    const QString usage =
        QStringLiteral("usage: sightline-cli export-capture PROJECT CAPTURE_ID OUT [--version N] [--force]");
    if (!p.parse(QStringList{QStringLiteral("export-capture")} + args) || p.positionalArguments().size() != 3) {
        err(usage);
        return Usage;
    }
    int version = 0;
    if (p.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = p.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1) {
            err(usage);
            return Usage;
        }
    }
    const QString file = p.positionalArguments().at(0);
    const QString wanted = p.positionalArguments().at(1).toLower();
    const QString target = p.positionalArguments().at(2);
    auto project = Project::open(file, QString());
    QList<Capture> matches;
    for (const Capture &c : project->all<Capture>())
        if (!wanted.isEmpty() && c.meta.id.toString(QUuid::WithoutBraces).startsWith(wanted))
            matches << c;
    if (matches.size() != 1) {
        err(QStringLiteral("%1: %2 capture with an id starting \"%3\"")
                .arg(file, matches.isEmpty() ? QStringLiteral("no") : QStringLiteral("more than one"), wanted));
        return BadInput;
    }
    QUuid id = matches.first().meta.id;
    if (version > 0) {
        const QList<Capture> versions = project->captureVersions(id);
        if (version > versions.size()) {
            err(QStringLiteral("%1: capture %2 has %3, not %4")
                    .arg(file, id.toString(QUuid::WithoutBraces),
                         present::countText(int(versions.size()), present::Counted::Version))
                    .arg(version));
            return BadInput;
        }
        id = versions.at(version - 1).meta.id;
    }
    const CaptureExportResult r = exportCaptureFile(*project, id, target, p.isSet(QStringLiteral("force")));
    out(QStringLiteral("%1: %2 bytes, SHA-256 %3").arg(r.path).arg(r.sizeBytes).arg(QString::fromLatin1(r.sha256)));
    return Ok;
}

} // namespace sightline::cli
