#include "clioutput.h"
#include "commands.h"

#include "sightline/store/newproject.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace sightline::cli {

int runNew(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("title"), QStringLiteral("The project's title (default: the file's name)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("scheme"), QStringLiteral("Grading scheme: admiralty (default) or uk-5x5x5."), QStringLiteral("KEY"),
                 QStringLiteral("admiralty")});
    p.addOption({QStringLiteral("marking"), QStringLiteral("Handling marking (TLP 2.0), e.g. TLP:AMBER."), QStringLiteral("TLP:...")});
    p.addOption({QStringLiteral("author"), QStringLiteral("Who makes the project (default: $USER)."), QStringLiteral("NAME")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file to make (.gpkg)."));
    const QString usage = QStringLiteral("usage: sightline-cli new PROJECT [--title TEXT] [--scheme admiralty|uk-5x5x5] "
                                         "[--marking TLP:CLEAR|TLP:GREEN|TLP:AMBER|TLP:AMBER+STRICT|TLP:RED]");
    if (!p.parse(QStringList{QStringLiteral("new")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    const GradingScheme *scheme = GradingScheme::byKey(p.value(QStringLiteral("scheme")).toLower());
    if (!scheme) {
        QStringList keys;
        for (const GradingScheme *s : GradingScheme::all())
            keys << s->key();
        err(QStringLiteral("sightline-cli: --scheme \"%1\" is not one of: %2")
                .arg(p.value(QStringLiteral("scheme")), keys.join(QStringLiteral(", "))));
        return Usage;
    }
    std::optional<Marking> marking;
    if (p.isSet(QStringLiteral("marking"))) {
        marking = markingFromText(p.value(QStringLiteral("marking")));
        if (!marking) {
            err(QStringLiteral("sightline-cli: --marking \"%1\" is not one of: %2")
                    .arg(p.value(QStringLiteral("marking")), allMarkingTexts().join(QStringLiteral(", "))));
            return Usage;
        }
    }
    const QString file = p.positionalArguments().first();
    store::NewProject spec;
    spec.path = file;
    spec.title = p.value(QStringLiteral("title"));
    spec.author = p.isSet(QStringLiteral("author")) ? p.value(QStringLiteral("author")) : qEnvironmentVariable("USER");
    spec.scheme = scheme;
    spec.marking = marking;
    store::createProjectFile(spec);
    const QString title = spec.title.trimmed().isEmpty() ? QFileInfo(file).completeBaseName() : spec.title.trimmed();
    out(QStringLiteral("created %1 (\"%2\", %3 grading, %4)")
            .arg(file, title, scheme->name(), marking ? markingText(*marking) : QStringLiteral("no marking")));
    return Ok;
}

} // namespace sightline::cli
