#include "clioutput.h"
#include "commands.h"

#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    if (!p.parse(QStringList{QStringLiteral("info")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: sightline-cli info PROJECT [--json]"));
        return Usage;
    }
    const auto project = Project::open(p.positionalArguments().first(), QString(), Project::Access::ReadOnly);
    QJsonObject counts;
    for (const QString &key : allKeys<RecordType>())
        counts.insert(key + u's', project->count(*fromKey<RecordType>(key)));
    counts.insert(QStringLiteral("change_log_entries"), project->changeLogCount());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), project->path());
        o.insert(QStringLiteral("title"), project->title());
        o.insert(QStringLiteral("project_uuid"), project->projectId().toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("schema_version"), project->schemaVersion());
        o.insert(QStringLiteral("grading_scheme"), project->gradingScheme().key());
        o.insert(QStringLiteral("marking"), project->marking() ? QJsonValue(markingText(*project->marking())) : QJsonValue());
        o.insert(QStringLiteral("counts"), counts);
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    out(QStringLiteral("%1\n  title:          %2\n  schema version: %3\n  project uuid:   %4\n  grading:        %5\n"
                       "  marking:        %6")
            .arg(project->path(), project->title())
            .arg(project->schemaVersion())
            .arg(project->projectId().toString(QUuid::WithoutBraces), project->gradingScheme().name(),
                 project->marking() ? markingText(*project->marking()) : QStringLiteral("none")));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out(QStringLiteral("  %1 %2").arg(it.key() + u':', -16).arg(it.value().toInteger()));
    return Ok;
}

} // namespace sightline::cli
