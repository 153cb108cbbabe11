#include "clioutput.h"
#include "commands.h"

#include "sightline/core/sitelookup.h"
#include "sightline/interop/qgisproject.h"
#include "sightline/interop/stixexport.h"
#include "sightline/interop/vectorexport.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("format"),
         QStringLiteral("stix, geojson, kml, kmz, csv, gpkg or qgs (beside a GeoPackage of the layers)."),
         QStringLiteral("FORMAT")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 QStringLiteral("File to write."),
                 QStringLiteral("OUT")});
    p.addOption({QStringLiteral("site"),
                 QStringLiteral("Only this site and what is about it (name or alias; repeatable)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("from"), QStringLiteral("Only records that may fall on or after this date."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Only records that may fall on or before this date."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("allow-restricted"),
                 QStringLiteral("Export material marked TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")});
    p.addOption({QStringLiteral("force"), QStringLiteral("Write over an existing OUT.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Say what was written as JSON.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral(
        "usage: sightline-cli export PROJECT --format stix|geojson|kml|kmz|csv|gpkg|qgs -o OUT "
        "[--site NAME ...] [--from DATE] [--to DATE] [--allow-restricted] [--force] [--json]");
    if (!p.parse(QStringList{QStringLiteral("export")} + args) || p.positionalArguments().size() != 1 ||
        !p.isSet(QStringLiteral("format")) || !p.isSet(QStringLiteral("output"))) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    const QString format = p.value(QStringLiteral("format")).toLower();
    const auto vectorFormat = vectorFormatFromKey(format);
    const bool qgs = format == QLatin1String("qgs");
    if (format != QLatin1String("stix") && !qgs && !vectorFormat) {
        err(QStringLiteral(
                "sightline-cli: --format \"%1\" is not one of: stix, geojson, kml, kmz, csv, gpkg, qgs")
                .arg(format));
        return Usage;
    }
    QString why;
    const auto window =
        TimeWindow::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), &why);
    if (!window) {
        err(QStringLiteral("sightline-cli: ") + why);
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    const QString outFile = p.value(QStringLiteral("output"));
    QStringList outputs{outFile};
    if (qgs) // the layers go into a GeoPackage beside the project
        outputs << QFileInfo(outFile).absoluteDir().filePath(QFileInfo(outFile).completeBaseName() +
                                                             QStringLiteral(".gpkg"));
    for (const QString &o : std::as_const(outputs)) {
        if (QFileInfo(o).absoluteFilePath() == QFileInfo(file).absoluteFilePath() ||
            (QFileInfo::exists(o) &&
             QFileInfo(o).canonicalFilePath() == QFileInfo(file).canonicalFilePath())) {
            err(QStringLiteral("sightline-cli: %1: is the project itself; an export never writes over it")
                    .arg(o));
            return BadInput;
        }
        if (QFileInfo::exists(o) && !p.isSet(QStringLiteral("force"))) {
            err(QStringLiteral("sightline-cli: %1: already exists (--force writes over it)").arg(o));
            return BadInput;
        }
    }
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    ExportFilter filter;
    filter.window = *window;
    const QList<Site> allSites = project->all<Site>();
    for (const QString &name : p.values(QStringLiteral("site"))) {
        const QList<Site> found = sitesNamed(allSites, name);
        if (found.isEmpty()) {
            QStringList names;
            for (const Site &s : allSites)
                names << s.name;
            err(QStringLiteral("sightline-cli: %1: no site named \"%2\" (sites: %3)")
                    .arg(file, name, names.join(QStringLiteral(", "))));
            return BadInput;
        }
        for (const Site &s : found)
            filter.siteIds.insert(s.meta.id);
    }
    if (isRestricted(project->marking()) && !p.isSet(QStringLiteral("allow-restricted"))) {
        err(QStringLiteral("sightline-cli: %1: is marked %2 (%3); exporting it needs --allow-restricted")
                .arg(file, markingText(*project->marking()), markingMeaning(*project->marking())));
        return BadInput;
    }
    const ExportSet set = collectExport(*project, filter);
    QJsonObject summary{{QStringLiteral("file"), outFile}, {QStringLiteral("format"), format}};
    if (vectorFormat || qgs) {
        VectorExportSummary written;
        const bool ok = qgs ? exportQgisProject(set, outFile, QFileInfo(file).absolutePath(), &written, &why)
                            : exportVector(set, outFile, *vectorFormat, &written, &why);
        if (!ok) {
            err(QStringLiteral("sightline-cli: ") + why);
            return BadInput;
        }
        QJsonObject layers;
        for (auto it = written.features.cbegin(); it != written.features.cend(); ++it)
            layers.insert(it.key(), it.value());
        summary.insert(QStringLiteral("features"), layers);
    } else {
        int objects = 0;
        if (!exportStix(set, outFile, &objects, &why)) {
            err(QStringLiteral("sightline-cli: ") + why);
            return BadInput;
        }
        summary.insert(QStringLiteral("objects"), objects);
    }
    summary.insert(QStringLiteral("marking"), set.marking ? markingText(*set.marking) : QString());
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    } else if (vectorFormat || qgs) {
        QStringList parts;
        const QJsonObject layers = summary.value(QStringLiteral("features")).toObject();
        for (auto it = layers.begin(); it != layers.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key());
        out(QStringLiteral("wrote %1 (%2; %3)")
                .arg(outFile, parts.join(QStringLiteral(", ")), set.handlingNote()));
    } else {
        out(QStringLiteral("wrote %1 (STIX 2.1 bundle, %2 objects; %3)")
                .arg(outFile)
                .arg(summary.value(QStringLiteral("objects")).toInt())
                .arg(set.handlingNote()));
    }
    return Ok;
}

} // namespace sightline::cli
