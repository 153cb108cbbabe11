#include "clioutput.h"
#include "commands.h"

#include "sightline/present/countwords.h"
#include "sightline/store/project.h"
#include "sightline/store/schema_evidence.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 20)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    p.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("Words to find."));
    const QString usage = QStringLiteral("usage: sightline-cli search PROJECT TEXT [--limit N] [--json]");
    if (!p.parse(QStringList{QStringLiteral("search")} + args) || p.positionalArguments().size() < 2) {
        err(usage);
        return Usage;
    }
    int limit = 20;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            err(usage);
            return Usage;
        }
    }
    const QString file = p.positionalArguments().first();
    const QString text = p.positionalArguments().mid(1).join(u' ');
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    if (project->schemaVersion() < store::kEvidenceSchemaVersion) {
        err(QStringLiteral("%1: has no search index (project schema %2); open it for writing once to add one")
                .arg(file)
                .arg(project->schemaVersion()));
        return BadInput;
    }
    const QList<SearchHit> hits = project->search(text, limit);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const SearchHit &h : hits)
            arr.append(QJsonObject{{QStringLiteral("type"), toKey(h.record.type)},
                                   {QStringLiteral("uuid"), h.record.id.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("part"), h.part},
                                   {QStringLiteral("snippet"), h.snippet},
                                   {QStringLiteral("score"), h.score}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("query"), text}, {QStringLiteral("hits"), arr}})
                                  .toJson(QJsonDocument::Indented))
                .trimmed());
        return Ok;
    }
    for (const SearchHit &h : hits)
        out(QStringLiteral("%1 %2%3: %4")
                .arg(toKey(h.record.type), h.record.id.toString(QUuid::WithoutBraces),
                     h.part == QLatin1String("content") ? QStringLiteral(" (content)") : QString(), h.snippet));
    out(QStringLiteral("%1 for \"%2\"").arg(present::countText(int(hits.size()), present::Counted::Hit), text));
    return Ok;
}

} // namespace sightline::cli
