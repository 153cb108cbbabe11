// sightline-annotated-yard PROJECT YARD.TIF OBJECTS.CSV: a project for screenshots of a densely
// annotated scene. Imports the synthetic yard (tests/data/annotate/make_yard.py) as a scene of a
// site and marks every object listed: a point on each railcar, a box with its count on each
// container stack, and a polygon, a line and a callout, all on the scene at its time. Then draws
// the map of the project (render::MapModel, as the window and `render` do) close up on the site,
// to PROJECT-closeup.png, to look at.
#include "sightline/edit/annotationcommands.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/transformcache.h"
#include "sightline/store/project.h"
#include "sightline/store/scenefiles.h"

#include <QGuiApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace sightline;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: sightline-annotated-yard PROJECT YARD.TIF OBJECTS.CSV\n");
        return 1;
    }
    QFile csv(args[3]);
    if (!csv.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot be read\n", qPrintable(args[3]));
        return 2;
    }
    try {
        auto project = Project::create(args[1], QStringLiteral("Annotated yard (synthetic)"), QStringLiteral("analyst"));
        ImageryScene scene = store::importScene(*project, args[2]).scene;
        scene.provider = QStringLiteral("Synthetic illustration, not imagery of the site");
        scene.acquired = TimeSpan::day(2023, 10, 5);
        project->save(scene);
        const GeoBounds b = scene.footprint.bounds();
        Site site;
        site.name = QStringLiteral("Tumangang rail facility");
        site.kind = SiteKind::RailYard;
        // The site's area: the western part of the yard, so that --site zooms in close enough to
        // see single railcars.
        const double w0 = b.maxLon - b.minLon, h0 = b.maxLat - b.minLat;
        site.location = {b.minLon + 0.2 * w0, b.maxLat - 0.3 * h0};
        site.aoi = Geometry::polygon({{b.minLon + 0.02 * w0, b.maxLat - 0.05 * h0}, {b.minLon + 0.35 * w0, b.maxLat - 0.05 * h0},
                                      {b.minLon + 0.35 * w0, b.maxLat - 0.55 * h0}, {b.minLon + 0.02 * w0, b.maxLat - 0.55 * h0},
                                      {b.minLon + 0.02 * w0, b.maxLat - 0.05 * h0}});
        project->save(site);
        auto mark = [&](const QString &kind, int count, AnnotationShape shape, const Geometry &g, const QString &label = {}) {
            Annotation a;
            a.objectKind = kind;
            a.count = count;
            a.shape = shape;
            a.geometry = g;
            a.label = label;
            a.siteId = site.meta.id;
            a = edit::placedOnScene(a, scene);
            project->save(a);
        };
        Project::Batch batch(*project);
        QTextStream in(&csv);
        int n = 0;
        while (!in.atEnd()) {
            const QStringList f = in.readLine().split(QLatin1Char(','));
            if (f.size() < 4)
                continue;
            QList<GeoPoint> pts;
            for (int i = 2; i + 1 < f.size(); i += 2)
                pts << GeoPoint{f[i].toDouble(), f[i + 1].toDouble()};
            if (pts.size() == 1) {
                mark(f[0], 1, AnnotationShape::Point, Geometry::point(pts.first()));
            } else {
                pts << pts.first();
                mark(f[0], f[1].toInt(), AnnotationShape::Box, Geometry::polygon(pts));
            }
            ++n;
        }
        // A shed outline, a track's length and a note, across the yard.
        const double w = b.maxLon - b.minLon, h = b.maxLat - b.minLat;
        auto at = [&](double fx, double fy) { return GeoPoint{b.minLon + fx * w, b.maxLat - fy * h}; };
        mark(QStringLiteral("construction"), 1, AnnotationShape::Polygon,
             Geometry::polygon({at(0.25, 0.01), at(0.33, 0.01), at(0.33, 0.07), at(0.25, 0.07), at(0.25, 0.01)}));
        mark(QStringLiteral("other"), 1, AnnotationShape::Line, Geometry::lineString({at(0.03, 0.5), at(0.30, 0.5)}),
             QStringLiteral("Loading track, 330 m"));
        mark(QStringLiteral("other"), 1, AnnotationShape::Callout, Geometry::point(at(0.2, 0.04)),
             QStringLiteral("New fence since 2022"));
        batch.commit();
        std::printf("%d objects marked on %s\n", n + 3, qPrintable(scene.filePath));

        render::MapModel model;
        model.setProject(*project, {});
        render::MapSettings view;
        view.crs = QStringLiteral("EPSG:3857");
        view.outputSize = {1600, 1000};
        view.center = *render::cachedTransform(QStringLiteral("EPSG:4326"), view.crs)
                           ->forward(QPointF(site.location.lon + 0.001, site.location.lat - 0.0005));
        view.mapUnitsPerPixel = 0.8; // about 0.6 m on the ground at this latitude
        const QString closeup = QString(args[1]).replace(QStringLiteral(".gpkg"), QString()) + QStringLiteral("-closeup.png");
        render::MapRenderer::render(view, model.visibleLayers()).save(closeup);
        std::printf("%s\n", qPrintable(closeup));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 2;
    }
    return 0;
}
