#include "clioutput.h"
#include "commands.h"

#include "sightline/interop/exchangeimport.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("source"), QStringLiteral("The source (UUID) of imported claims."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Report as JSON.")});
    p.addOption(
        {QStringLiteral("author"), QStringLiteral("Who imports (default: $USER)."), QStringLiteral("NAME")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("STIX 2.1 bundle, GeoJSON, KML, KMZ or CSV."));
    const QString usage = QStringLiteral("usage: sightline-cli import PROJECT FILE [--source ID] [--json]");
    if (!p.parse(QStringList{QStringLiteral("import")} + args) || p.positionalArguments().size() != 2) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    ExchangeImportOptions options;
    if (p.isSet(QStringLiteral("source"))) {
        options.sourceId = QUuid::fromString(p.value(QStringLiteral("source")));
        if (options.sourceId.isNull()) {
            err(QStringLiteral("sightline-cli: --source \"%1\" is not a source id (a UUID)")
                    .arg(p.value(QStringLiteral("source"))));
            return Usage;
        }
    }
    const QString file = p.positionalArguments().at(0);
    const QString input = p.positionalArguments().at(1);
    const QString author =
        p.isSet(QStringLiteral("author")) ? p.value(QStringLiteral("author")) : qEnvironmentVariable("USER");
    const auto project = Project::open(file, author);
    const ExchangeImportReport report = importExchangeFile(*project, input, options);

    int total = 0;
    QJsonObject counts;
    QStringList parts;
    for (auto it = report.imported.cbegin(); it != report.imported.cend(); ++it) {
        counts.insert(toKey(it.key()), it.value());
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(toKey(it.key()));
        total += it.value();
    }
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("file"), input},
            {QStringLiteral("format"), report.format},
            {QStringLiteral("imported"), counts},
            {QStringLiteral("already_present"), report.alreadyPresent},
            {QStringLiteral("not_understood"), QJsonArray::fromStringList(report.notUnderstood)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    out(QStringLiteral("imported %1 (%2): %3")
            .arg(input, report.format,
                 total == 0 ? QStringLiteral("nothing new") : parts.join(QStringLiteral(", "))));
    if (report.alreadyPresent > 0)
        out(QStringLiteral("  already in the project: %1").arg(report.alreadyPresent));
    for (const QString &n : report.notUnderstood)
        out(QStringLiteral("  not understood: ") + n);
    for (const QString &w : report.warnings)
        out(QStringLiteral("  warning: ") + w);
    return Ok;
}

} // namespace sightline::cli
