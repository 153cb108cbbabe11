// sightline-cli georeference: places an image without georeferencing from ground control points,
// writes the georeferenced copy and adds it as a scene whose notes say how it was made.
#include "clioutput.h"
#include "commands.h"

#include "sightline/geo/georeferencer.h"
#include "sightline/geo/mgrs.h"
#include "sightline/geo/transform.h"
#include "sightline/interop/georeferencescene.h"
#include "sightline/store/rowio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <cmath>

namespace sightline::cli {

namespace {

// PX,PY,LON,LAT (or X,Y in --crs), or PX,PY,MGRS; mgrs says which.
std::optional<geo::GroundControlPoint> parseGcp(const QString &text, bool *mgrs)
{
    const QStringList parts = text.split(u',');
    *mgrs = parts.size() == 3;
    if (*mgrs) {
        bool okX = false, okY = false;
        const double x = parts[0].trimmed().toDouble(&okX), y = parts[1].trimmed().toDouble(&okY);
        const auto ll = geo::lonLatFromMgrs(parts[2].trimmed());
        if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y) || !ll)
            return std::nullopt;
        return geo::GroundControlPoint{{x, y}, {ll->lon, ll->lat}};
    }
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return std::nullopt;
    }
    return geo::GroundControlPoint{{v[0], v[1]}, {v[2], v[3]}};
}

QString residualTable(const geo::Georeferencer &g, const geo::GeoreferenceFit &fit)
{
    const bool ll = g.crsIsGeographic();
    QStringList lines;
    lines << QStringLiteral("   #   image x   image y  %1  %2  residual px  residual m")
                 .arg(ll ? QStringLiteral("        lon") : QStringLiteral("          x"),
                      ll ? QStringLiteral("        lat") : QStringLiteral("          y"));
    for (qsizetype i = 0; i < g.points().size(); ++i) {
        const geo::GroundControlPoint &p = g.points()[i];
        lines << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7")
                     .arg(i + 1, 2)
                     .arg(p.pixel.x(), 8, 'f', 2)
                     .arg(p.pixel.y(), 8, 'f', 2)
                     .arg(p.map.x(), 11, 'f', ll ? 6 : 2)
                     .arg(p.map.y(), 11, 'f', ll ? 6 : 2)
                     .arg(fit.residuals[i].pixels, 11, 'f', 2)
                     .arg(fit.residuals[i].meters, 10, 'f', 1);
    }
    lines << QStringLiteral("  RMS residual %1 px, %2 m").arg(fit.rmsPixels, 0, 'f', 2).arg(fit.rmsMeters, 0, 'f', 1);
    return lines.join(u'\n');
}

} // namespace

int runGeoreference(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("gcp"), QStringLiteral("A ground control point: image x, y and lon, lat (or x, y in --crs), or image x, y and an MGRS reference."),
                 QStringLiteral("PX,PY,LON,LAT")});
    p.addOption({QStringLiteral("method"), QStringLiteral("poly1 (default), poly2 or tps."), QStringLiteral("METHOD")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("CRS of the points' map positions and of the output (EPSG:4326)."),
                 QStringLiteral("EPSG:N")});
    p.addOption({QStringLiteral("out"), QStringLiteral("The GeoTIFF to write (IMAGE.georef.tif beside the project)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("force"),
                 QStringLiteral("Replace the output file when it exists (never the file of a scene in the project).")});
    const QString usage = QStringLiteral(
        "usage: sightline-cli georeference PROJECT IMAGE --gcp PX,PY,LON,LAT|PX,PY,MGRS [--gcp ...]\n"
        "                                  [--method poly1|poly2|tps] [--crs EPSG:N] [--out FILE] [--force]");
    if (!p.parse(QStringList{QStringLiteral("georeference")} + args) || p.positionalArguments().size() != 2) {
        err(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return Usage;
    }
    const QString method = p.value(QStringLiteral("method"));
    const auto m = method.isEmpty() ? geo::GeoreferenceMethod::Polynomial1 : geo::methodFromKey(method);
    if (!m) {
        err(QStringLiteral("unknown method \"%1\" (poly1, poly2 or tps)\n").arg(method) + usage);
        return Usage;
    }
    QList<geo::GroundControlPoint> points;
    QList<int> fromMgrs; // indexes of points given in MGRS, so in lon/lat whatever --crs says
    for (const QString &text : p.values(QStringLiteral("gcp"))) {
        bool mgrs = false;
        const auto gcp = parseGcp(text, &mgrs);
        if (!gcp) {
            err((mgrs ? QStringLiteral("--gcp \"%1\" is not PX,PY,MGRS (52TFM 31845 97842)\n")
                      : QStringLiteral("--gcp \"%1\" is not four numbers PX,PY,LON,LAT\n"))
                    .arg(text) +
                usage);
            return Usage;
        }
        if (mgrs)
            fromMgrs << static_cast<int>(points.size());
        points << *gcp;
    }
    const QString projectFile = p.positionalArguments().at(0);
    const QString image = p.positionalArguments().at(1);
    const auto project = Project::open(projectFile, QString());

    QString error;
    auto g = geo::Georeferencer::open(image, &error);
    if (!g) {
        err(QStringLiteral("sightline-cli: ") + error);
        return BadInput;
    }
    if (p.isSet(QStringLiteral("crs")) && !g->setCrs(p.value(QStringLiteral("crs")), &error)) {
        err(QStringLiteral("sightline-cli: ") + error);
        return BadInput;
    }
    if (!fromMgrs.isEmpty() && !g->crsIsGeographic()) {
        const auto toCrs = geo::CoordinateTransform::create(QStringLiteral("EPSG:4326"), g->crs(), &error);
        for (int i : std::as_const(fromMgrs)) {
            const auto xy = toCrs ? toCrs->forward(points[i].map) : std::nullopt;
            if (!xy) {
                err(QStringLiteral("sightline-cli: an MGRS point cannot be placed in %1 %2").arg(g->crs(), error));
                return BadInput;
            }
            points[i].map = *xy;
        }
    }
    g->setMethod(*m);
    g->setPoints(points);
    const auto fit = g->fit(&error);
    if (!fit) {
        err(QStringLiteral("sightline-cli: ") + error);
        return BadInput;
    }
    out(QStringLiteral("%1: %2 x %3 pixels, %4, %5 ground control points in %6")
            .arg(image)
            .arg(g->width())
            .arg(g->height())
            .arg(geo::methodDescription(*m))
            .arg(points.size())
            .arg(g->crs()));
    out(residualTable(*g, *fit));

    const QString target =
        p.isSet(QStringLiteral("out"))
            ? p.value(QStringLiteral("out"))
            : QFileInfo(projectFile).absoluteDir().filePath(QFileInfo(image).completeBaseName() +
                                                            QStringLiteral(".georef.tif"));
    const interop::GeoreferencedScene r = interop::georeferenceToScene(
        *project, *g, target,
        p.isSet(QStringLiteral("force")) ? interop::ExistingOutput::Replace : interop::ExistingOutput::Refuse,
        [&project](const ImageryScene &scene) {
            ImageryScene saved = scene;
            project->save(saved);
            return saved;
        });
    out(QStringLiteral("%1: added scene %2 (%3, %4 m a pixel)")
            .arg(target, store::uuidText(r.scene.meta.id), r.scene.crs)
            .arg(r.scene.resolutionMeters, 0, 'f', 2));
    return Ok;
}

} // namespace sightline::cli
