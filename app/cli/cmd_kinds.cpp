// sightline-cli kinds: the object kinds annotations mark, and adding the project's own.
#include "clioutput.h"
#include "commands.h"

#include "sightline/core/objectkinds.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::cli {

int runKinds(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("add"), QStringLiteral("Add a kind of the project's own (singular snake_case key), "
                                                       "or rename and recolour one it has."),
                 QStringLiteral("KEY")});
    p.addOption({QStringLiteral("name"), QStringLiteral("The added kind's display name."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("colour"), QStringLiteral("The added kind's colour, #rrggbb (default #ff66cc)."),
                 QStringLiteral("COLOUR")});
    p.addOption({QStringLiteral("remove"), QStringLiteral("Take a kind of the project's own out (refused while "
                                                          "annotations mark it)."),
                 QStringLiteral("KEY")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage = QStringLiteral("usage: sightline-cli kinds PROJECT [--json] | "
                                         "--add KEY --name TEXT [--colour #rrggbb] | --remove KEY");
    const bool parsed = p.parse(QStringList{QStringLiteral("kinds")} + args);
    const bool adding = p.isSet(QStringLiteral("add")), removing = p.isSet(QStringLiteral("remove"));
    if (!parsed || p.positionalArguments().size() != 1 || (adding && removing) ||
        (adding && p.value(QStringLiteral("name")).trimmed().isEmpty()) ||
        (!adding && (p.isSet(QStringLiteral("name")) || p.isSet(QStringLiteral("colour"))))) {
        err(usage);
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    if (adding || removing) {
        const auto project = Project::open(file, qEnvironmentVariable("USER"));
        if (adding) {
            // Keys are written by hand: any case is taken, stored in the vocabulary's lower case.
            const ObjectKind kind{p.value(QStringLiteral("add")).trimmed().toLower(),
                                  p.value(QStringLiteral("name")).trimmed(),
                                  p.value(QStringLiteral("colour")).trimmed().toLower()};
            project->saveObjectKind({kind.key, kind.name, kind.colour.isEmpty() ? QStringLiteral("#ff66cc") : kind.colour});
            out(QStringLiteral("%1: kind \"%2\" (%3) saved").arg(project->path(), kind.key, kind.name));
        } else {
            const QString key = p.value(QStringLiteral("remove")).trimmed().toLower();
            project->removeObjectKind(key);
            out(QStringLiteral("%1: kind \"%2\" removed").arg(project->path(), key));
        }
        return Ok;
    }

    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    const QList<ObjectKind> vocabulary = objectKindVocabulary(project->objectKinds());
    QHash<QString, qint64> marked; // annotations and objects counted, by kind
    QHash<QString, qint64> objects;
    for (const Annotation &a : project->all<Annotation>()) {
        ++marked[a.objectKind];
        objects[a.objectKind] += a.count;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ObjectKind &k : vocabulary)
            array.append(QJsonObject{{QStringLiteral("key"), k.key},
                                     {QStringLiteral("name"), k.name},
                                     {QStringLiteral("colour"), k.colour},
                                     {QStringLiteral("built_in"), k.builtIn},
                                     {QStringLiteral("annotations"), marked.value(k.key)},
                                     {QStringLiteral("objects"), objects.value(k.key)}});
        const QJsonObject o{{QStringLiteral("file"), project->path()}, {QStringLiteral("kinds"), array}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const ObjectKind &k : vocabulary)
        out(QStringLiteral("%1  %2  %3  %4  annotations %5, objects %6")
                .arg(k.key.leftJustified(20), k.colour, k.name.leftJustified(24),
                     k.builtIn ? QStringLiteral("built-in    ") : QStringLiteral("this project"))
                .arg(marked.value(k.key))
                .arg(objects.value(k.key)));
    return Ok;
}

} // namespace sightline::cli
