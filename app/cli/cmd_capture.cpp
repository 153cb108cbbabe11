#include "clioutput.h"
#include "commands.h"

#include "sightline/interop/capturefile.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>

namespace sightline::cli {

int runCapture(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("source"), QStringLiteral("UUID of the source (or its unique start)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("url"), QStringLiteral("Where the file was captured from."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("max-bytes"), QStringLiteral("Refuse captures larger than this (default 2 GiB)."),
                 QStringLiteral("N")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("File, or folder of a saved web page."));
    const QString usage = QStringLiteral("usage: sightline-cli capture PROJECT --source ID FILE [--url URL] [--max-bytes N]");
    if (!p.parse(QStringList{QStringLiteral("capture")} + args) || p.positionalArguments().size() != 2 ||
        !p.isSet(QStringLiteral("source"))) {
        err(usage);
        return Usage;
    }
    qint64 maxBytes = Project::kDefaultCaptureLimitBytes;
    if (p.isSet(QStringLiteral("max-bytes"))) {
        bool ok = false;
        maxBytes = p.value(QStringLiteral("max-bytes")).toLongLong(&ok);
        if (!ok || maxBytes <= 0) {
            err(usage);
            return Usage;
        }
    }
    const QString file = p.positionalArguments().at(0);
    const QString content = p.positionalArguments().at(1);
    auto project = Project::open(file, QString());
    const QString wanted = p.value(QStringLiteral("source")).toLower();
    QList<Source> matches;
    for (const Source &s : project->all<Source>())
        if (s.meta.id.toString(QUuid::WithoutBraces).startsWith(wanted))
            matches << s;
    if (matches.size() != 1) {
        err(QStringLiteral("%1: %2 source with an id starting \"%3\"")
                .arg(file, matches.isEmpty() ? QStringLiteral("no") : QStringLiteral("more than one"), wanted));
        return BadInput;
    }
    const CaptureImportResult r =
        importCapture(*project, matches.first().meta.id, content, p.value(QStringLiteral("url")), maxBytes);
    for (const QString &w : r.warnings)
        err(QStringLiteral("warning: ") + w);
    for (const Capture &c : r.captures)
        out(QStringLiteral("%1: stored %2 as capture %3 (version %4, %5 bytes, %6, SHA-256 %7)")
                .arg(file, c.fileName, c.meta.id.toString(QUuid::WithoutBraces))
                .arg(project->captureVersion(c.meta.id))
                .arg(c.sizeBytes)
                .arg(c.mediaType, QString::fromLatin1(c.sha256)));
    return Ok;
}

} // namespace sightline::cli
