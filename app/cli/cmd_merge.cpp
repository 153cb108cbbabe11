// merge, diff, conflicts and resolve: two copies of one project brought together.
#include "clioutput.h"
#include "commands.h"

#include "sightline/merge/conflicts.h"
#include "sightline/merge/merge.h"
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull()) return QStringLiteral("(none)");
    if (v.isString()) return u'"' + v.toString() + u'"';
    if (v.isObject() && v.toObject().contains(QLatin1String("blob"))) return QStringLiteral("(geometry)");
    QJsonArray wrap{v};
    return QString::fromUtf8(QJsonDocument(wrap).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString defaultAuthor(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("author")) ? p.value(QStringLiteral("author"))
                                             : qEnvironmentVariable("USER");
}

QJsonObject conflictJson(const merge::Conflict &c)
{
    return QJsonObject{{QStringLiteral("id"), store::uuidText(c.id)},
                       {QStringLiteral("kind"), c.kind},
                       {QStringLiteral("table"), c.table},
                       {QStringLiteral("record"), store::uuidText(c.recordId)},
                       {QStringLiteral("field"), c.field},
                       {QStringLiteral("ancestor"), c.ancestor},
                       {QStringLiteral("mine"), c.mine},
                       {QStringLiteral("theirs"), c.theirs},
                       {QStringLiteral("mine_author"), c.mineAuthor},
                       {QStringLiteral("theirs_author"), c.theirsAuthor},
                       {QStringLiteral("detail"), c.detail},
                       {QStringLiteral("resolution"), c.resolution}};
}

} // namespace

int runMerge(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 QStringLiteral("The merged project."),
                 QStringLiteral("OUT")});
    p.addOption({QStringLiteral("base"), QStringLiteral("The copy both started from (optional)."),
                 QStringLiteral("BASE")});
    p.addOption(
        {QStringLiteral("unrelated"), QStringLiteral("Merge copies of different projects by record id.")});
    p.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing OUT.")});
    p.addOption(
        {QStringLiteral("author"), QStringLiteral("Who merges (default: $USER)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the merge report as one JSON object.")});
    if (!p.parse(QStringList{QStringLiteral("merge")} + args) || p.positionalArguments().size() != 2 ||
        !p.isSet(QStringLiteral("output"))) {
        err(QStringLiteral(
            "usage: sightline-cli merge MINE THEIRS -o OUT [--base BASE] [--unrelated] [--force] "
            "[--json]"));
        return Usage;
    }
    merge::MergeOptions options;
    options.basePath = p.value(QStringLiteral("base"));
    options.unrelated = p.isSet(QStringLiteral("unrelated"));
    options.overwrite = p.isSet(QStringLiteral("force"));
    options.author = defaultAuthor(p);
    const auto report = merge::mergeCopies(p.positionalArguments().at(0), p.positionalArguments().at(1),
                                           p.value(QStringLiteral("output")), options);
    if (p.isSet(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else
        for (const QString &line : report.lines())
            out(line);
    return Ok;
}

int runDiff(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON array.")});
    if (!p.parse(QStringList{QStringLiteral("diff")} + args) || p.positionalArguments().size() != 2) {
        err(QStringLiteral("usage: sightline-cli diff A B [--json]"));
        return Usage;
    }
    const auto diffs = merge::diffProjects(p.positionalArguments().at(0), p.positionalArguments().at(1));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const merge::Difference &d : diffs)
            a.append(QJsonObject{{QStringLiteral("table"), d.table},
                                 {QStringLiteral("record"), store::uuidText(d.recordId)},
                                 {QStringLiteral("change"), d.change},
                                 {QStringLiteral("field"), d.field},
                                 {QStringLiteral("a"), d.a},
                                 {QStringLiteral("b"), d.b}});
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const merge::Difference &d : diffs) {
        if (d.field.isEmpty())
            out(QStringLiteral("%1 %2: %3").arg(d.table, store::uuidText(d.recordId), d.change));
        else
            out(QStringLiteral("%1 %2 %3: %4 -> %5")
                    .arg(d.table, store::uuidText(d.recordId), d.field, valueText(d.a), valueText(d.b)));
    }
    if (diffs.isEmpty()) out(QStringLiteral("no differences"));
    return Ok;
}

int runConflicts(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("all"), QStringLiteral("Resolved conflicts too.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON array.")});
    if (!p.parse(QStringList{QStringLiteral("conflicts")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: sightline-cli conflicts PROJECT [--all] [--json]"));
        return Usage;
    }
    const auto project = Project::open(p.positionalArguments().first(), QString(), Project::Access::ReadOnly);
    const auto list = merge::conflicts(*project, !p.isSet(QStringLiteral("all")));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const merge::Conflict &c : list)
            a.append(conflictJson(c));
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const merge::Conflict &c : list)
        out(QStringLiteral("%1 %2 %3 %4%5: %6%7")
                .arg(store::uuidText(c.id), c.kind, c.table, store::uuidText(c.recordId),
                     c.field.isEmpty() ? QString() : u' ' + c.field, c.detail,
                     c.isResolved() ? QStringLiteral(" [resolved: %1]").arg(c.resolution) : QString()));
    if (list.isEmpty()) out(QStringLiteral("no unresolved conflicts"));
    return Ok;
}

int runResolve(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("mine"), QStringLiteral("Keep the value of the first copy.")});
    p.addOption({QStringLiteral("theirs"), QStringLiteral("Keep the value of the second copy.")});
    p.addOption({QStringLiteral("value"), QStringLiteral("Set this JSON value."), QStringLiteral("JSON")});
    p.addOption(
        {QStringLiteral("author"), QStringLiteral("Who resolves (default: $USER)."), QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("resolve")} + args) || p.positionalArguments().size() != 2 ||
        int(p.isSet(QStringLiteral("mine"))) + p.isSet(QStringLiteral("theirs")) +
                p.isSet(QStringLiteral("value")) !=
            1) {
        err(QStringLiteral("usage: sightline-cli resolve PROJECT CONFLICT_ID --mine|--theirs|--value JSON"));
        return Usage;
    }
    const auto project = Project::open(p.positionalArguments().first(), defaultAuthor(p));
    const QUuid id = QUuid::fromString(p.positionalArguments().at(1));
    if (p.isSet(QStringLiteral("mine"))) {
        merge::resolveConflict(*project, id, merge::Resolution::KeepMine);
    } else if (p.isSet(QStringLiteral("theirs"))) {
        merge::resolveConflict(*project, id, merge::Resolution::KeepTheirs);
    } else {
        const QByteArray wrapped = "[" + p.value(QStringLiteral("value")).toUtf8() + "]";
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &e);
        if (e.error != QJsonParseError::NoError) {
            err(QStringLiteral("sightline-cli: --value is not JSON: ") + e.errorString());
            return Usage;
        }
        merge::resolveConflict(*project, id, merge::Resolution::Edit, doc.array().first());
    }
    out(QStringLiteral("resolved %1").arg(store::uuidText(id)));
    return Ok;
}

} // namespace sightline::cli
