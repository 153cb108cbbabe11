// sightline-cli annotations: the marks analysts drew on imagery, with what each counts.
#include "clioutput.h"
#include "commands.h"

#include "sightline/core/objectkinds.h"
#include "sightline/core/sitelookup.h"
#include "sightline/present/serieswords.h"
#include "sightline/store/project.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace sightline::cli {
namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

int runAnnotations(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("site"), QStringLiteral("Only annotations at this site (name or alias)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("Only annotations of this object kind (railcar, ...)."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("scene"), QStringLiteral("Only annotations on this scene (its id, or the id's start)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file."));
    const QString usage =
        QStringLiteral("usage: sightline-cli annotations PROJECT [--site NAME] [--kind KIND] [--scene ID] [--json]");
    if (!p.parse(QStringList{QStringLiteral("annotations")} + args) || p.positionalArguments().size() != 1) {
        err(usage);
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    const auto project = Project::open(file, QString(), Project::Access::ReadOnly);
    const QList<Site> siteList = project->all<Site>();
    QHash<QUuid, Site> sites;
    for (const Site &s : siteList)
        sites.insert(s.meta.id, s);
    QHash<QUuid, ImageryScene> scenes;
    for (const ImageryScene &s : project->all<ImageryScene>())
        scenes.insert(s.meta.id, s);

    std::optional<QUuid> siteFilter, sceneFilter;
    if (p.isSet(QStringLiteral("site"))) {
        const auto site = findSiteNamed(siteList, p.value(QStringLiteral("site")));
        if (!site) {
            err(QStringLiteral("sightline-cli: %1: no site named \"%2\"").arg(file, p.value(QStringLiteral("site"))));
            return BadInput;
        }
        siteFilter = site->meta.id;
    }
    const QString kind = p.value(QStringLiteral("kind")).trimmed().toLower();
    const QList<ObjectKind> vocabulary = objectKindVocabulary(project->objectKinds());
    if (p.isSet(QStringLiteral("kind")) && !findObjectKind(vocabulary, kind)) {
        QStringList keys;
        for (const ObjectKind &k : vocabulary)
            keys << k.key;
        err(QStringLiteral("sightline-cli: %1: no object kind \"%2\" (kinds: %3)")
                .arg(file, p.value(QStringLiteral("kind")), keys.join(QStringLiteral(", "))));
        return BadInput;
    }
    if (p.isSet(QStringLiteral("scene"))) {
        const QString typed = p.value(QStringLiteral("scene")).trimmed().toLower().remove(u'{').remove(u'}');
        QList<QUuid> matches;
        for (auto it = scenes.cbegin(); it != scenes.cend(); ++it)
            if (!typed.isEmpty() && idText(it.key()).startsWith(typed))
                matches << it.key();
        if (matches.size() != 1) {
            err(QStringLiteral("sightline-cli: %1: %2 scene with the id \"%3\"")
                    .arg(file, matches.isEmpty() ? QStringLiteral("no") : QStringLiteral("more than one"),
                         p.value(QStringLiteral("scene"))));
            return BadInput;
        }
        sceneFilter = matches.first();
    }

    QList<Annotation> annotations;
    for (const Annotation &a : project->all<Annotation>()) {
        if ((siteFilter && a.siteId != *siteFilter) || (sceneFilter && a.sceneId != *sceneFilter) ||
            (!kind.isEmpty() && a.objectKind != kind))
            continue;
        annotations << a;
    }
    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        const TimeMoments x = TimeMoments::of(a.time), y = TimeMoments::of(b.time);
        return x.first < y.first;
    });
    QMap<QString, qint64> totals; // by kind, in key order
    for (const Annotation &a : annotations)
        totals[a.objectKind] += a.count;

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Annotation &a : annotations) {
            const auto scene = scenes.constFind(a.sceneId);
            array.append(QJsonObject{
                {QStringLiteral("uuid"), idText(a.meta.id)},
                {QStringLiteral("object_kind"), a.objectKind},
                {QStringLiteral("count"), a.count},
                {QStringLiteral("shape"), toKey(a.shape)},
                {QStringLiteral("confidence"), toKey(a.confidence)},
                {QStringLiteral("time"), a.time.toText()},
                {QStringLiteral("site"), a.siteId.isNull() ? QJsonValue() : QJsonValue(idText(a.siteId))},
                {QStringLiteral("site_name"), sites.value(a.siteId).name},
                {QStringLiteral("scene"), a.sceneId.isNull() ? QJsonValue() : QJsonValue(idText(a.sceneId))},
                {QStringLiteral("scene_label"), scene == scenes.cend() ? QString() : sceneLabel(*scene)},
                {QStringLiteral("label"), a.label},
                {QStringLiteral("notes"), a.notes},
                {QStringLiteral("author"), a.meta.author}});
        }
        QJsonObject byKind;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            byKind.insert(it.key(), it.value());
        const QJsonObject o{{QStringLiteral("file"), project->path()},
                            {QStringLiteral("annotations"), array},
                            {QStringLiteral("totals"), byKind}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const Annotation &a : annotations) {
        const auto scene = scenes.constFind(a.sceneId);
        out(QStringLiteral("%1  %2 ×%3  %4, %5  %6  %7  (%8)%9")
                .arg(a.time.isUnknown() ? QStringLiteral("-") : a.time.toText(), a.objectKind)
                .arg(a.count)
                .arg(toKey(a.shape), toKey(a.confidence),
                     a.siteId.isNull() ? QStringLiteral("-") : sites.value(a.siteId).name,
                     scene == scenes.cend() ? QStringLiteral("on the map") : sceneLabel(*scene),
                     idText(a.meta.id).left(8),
                     a.label.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(a.label.left(80))));
    }
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), present::countNumber(double(it.value())));
    out(QStringLiteral("counted: %1").arg(parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "))));
    return Ok;
}

} // namespace sightline::cli
