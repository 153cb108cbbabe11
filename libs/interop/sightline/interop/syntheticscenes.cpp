#include "sightline/interop/syntheticscenes.h"

#include "sightline/core/sitelookup.h"
#include "sightline/interop/importerror.h"
#include "sightline/store/scenefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline {
namespace {

GeoPoint pointOf(const QJsonValue &v, const QString &manifest, const QString &where)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        throw ImportError(manifest, where + QStringLiteral(": a point is [lon, lat]"));
    return {a[0].toDouble(), a[1].toDouble()};
}

} // namespace

SyntheticScenesReport importSyntheticScenes(Project &project, const QString &manifestFile)
{
    QFile f(manifestFile);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(manifestFile, QStringLiteral("cannot be read"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        throw ImportError(manifestFile, QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject manifest = doc.object();
    const QString siteName = manifest.value(QLatin1String("site")).toString();
    const auto site = findSiteNamed(project.all<Site>(), siteName);
    if (!site)
        throw ImportError(manifestFile, QStringLiteral("no site named \"%1\" in the project").arg(siteName));
    const QString kind = manifest.value(QLatin1String("object_kind")).toString();
    const QString folder = QFileInfo(manifestFile).absolutePath();

    SyntheticScenesReport report;
    Project::Batch batch(project);
    for (const QJsonValue &sv : manifest.value(QLatin1String("scenes")).toArray()) {
        const QJsonObject s = sv.toObject();
        const QString file = s.value(QLatin1String("file")).toString();
        const QString where = QStringLiteral("scene \"%1\"").arg(file);
        if (file.isEmpty() || file.contains(u'/') || file.contains(u'\\'))
            throw ImportError(manifestFile, where + QStringLiteral(": a file name beside the manifest is needed"));
        store::SceneImportOptions options;
        options.embed = true; // the demo project stays one file
        ImageryScene scene = store::importScene(project, folder + u'/' + file, options).scene;
        const auto acquired = TimeSpan::parse(s.value(QLatin1String("acquired")).toString());
        const auto terms = fromKey<LicenceTerms>(s.value(QLatin1String("licence_terms")).toString());
        if (!acquired || acquired->isUnknown() || !terms)
            throw ImportError(manifestFile, where + QStringLiteral(": needs its acquisition time and licence terms"));
        scene.acquired = *acquired;
        scene.provider = s.value(QLatin1String("provider")).toString();
        scene.providerSceneId = s.value(QLatin1String("provider_scene_id")).toString();
        scene.licence = s.value(QLatin1String("licence")).toString();
        scene.licenceTerms = *terms;
        scene.notes = s.value(QLatin1String("notes")).toString();
        project.save(scene);
        ++report.scenes;

        for (const QJsonValue &av : s.value(QLatin1String("annotations")).toArray()) {
            const QJsonObject o = av.toObject();
            Annotation a;
            a.sceneId = scene.meta.id;
            a.siteId = site->meta.id;
            a.objectKind = kind;
            a.label = o.value(QLatin1String("label")).toString();
            a.count = o.value(QLatin1String("count")).toInt(1);
            a.confidence = Confidence::High;
            a.notes = QStringLiteral("Counted on a synthetic illustration, not imagery of the site.");
            const auto shape = fromKey<AnnotationShape>(o.value(QLatin1String("shape")).toString());
            if (!shape || a.count < 1)
                throw ImportError(manifestFile, where + QStringLiteral(": an annotation needs a shape and a count"));
            a.shape = *shape;
            if (a.shape == AnnotationShape::Point) {
                const GeoPoint at = pointOf(o.value(QLatin1String("at")), manifestFile, where);
                a.geometry = Geometry::point(at.lon, at.lat);
            } else {
                QList<GeoPoint> ring;
                for (const QJsonValue &pv : o.value(QLatin1String("ring")).toArray())
                    ring << pointOf(pv, manifestFile, where);
                a.geometry = Geometry::polygon(ring);
            }
            project.save(a); // its counted observation follows in the same transaction
            ++report.annotations;
        }
    }
    batch.commit();
    return report;
}

} // namespace sightline
