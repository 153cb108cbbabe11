#include "sightline/report/mapfigure.h"

#include "sightline/geo/crs.h"
#include "sightline/render/mapmodel.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/projectlayers.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace sightline::report {

QString basemapCredit()
{
    return QCoreApplication::translate("Brief",
                                       "Basemap: Natural Earth (public domain), via QGIS's world map.");
}

MapFigure MapFigure::ofSite(const render::MapModel &model, const Site &site, double widthPoints, int dpi)
{
    MapFigure f;
    const GeoBounds area = siteBounds(site);
    f.crs = geo::utmZoneCrs(GeoPoint{(area.minLon + area.maxLon) / 2, (area.minLat + area.maxLat) / 2});
    if (const auto info = geo::crsInfo(f.crs)) f.crsName = info->name;
    QString why;
    // A site given as a point alone (or a small area) gets about 15 km around it: the basemap is
    // a small-scale map, and a reader needs the coast and the border around the site.
    GeoBounds framed = area;
    const double minSpan = 0.18; // degrees
    if (framed.maxLon - framed.minLon < minSpan) {
        const double c = (framed.minLon + framed.maxLon) / 2;
        framed.minLon = c - minSpan / 2;
        framed.maxLon = c + minSpan / 2;
    }
    if (framed.maxLat - framed.minLat < minSpan * 0.6) {
        const double c = (framed.minLat + framed.maxLat) / 2;
        framed.minLat = c - minSpan * 0.3;
        framed.maxLat = c + minSpan * 0.3;
    }
    const render::MapExtent extent = render::extentInCrs(framed, f.crs, 0.35, &why);
    if (!extent.isValid()) {
        f.problems << why;
        return f;
    }
    const int widthPx = int(std::lround(widthPoints / 72.0 * dpi));
    const QSize size(widthPx, int(std::lround(widthPx * 0.56)));
    render::MapSettings settings = model.viewOf(render::MapSettings::fitting(extent, size, f.crs));
    settings.dpi = dpi;
    settings.physicalDpi = dpi;
    f.layers = model.visibleLayers();
    const render::RenderStats stats = render::MapRenderer::shown(settings, f.layers);
    f.settings = settings;
    f.scaleDenominator = render::MapRenderer::scaleDenominator(settings);
    f.credits = stats.credits;
    f.scenes = stats.scenes;
    f.problems = stats.problems;
    return f;
}

void MapFigure::addChips(const render::MapModel &model, const QList<ImageryScene> &shown, double widthPoints,
                         int dpi)
{
    if (shown.isEmpty()) return;
    QList<ImageryScene> chosen{shown.first()};
    if (shown.size() > 1) chosen << shown.last();
    const double gapPoints = 8;
    const int chipPx = int(std::lround((widthPoints - gapPoints) / 2 / 72.0 * dpi));
    const int gapPx = int(std::lround(gapPoints / 72.0 * dpi));
    QList<QImage> drawn;
    for (const ImageryScene &scene : chosen) {
        const GeoBounds b = scene.footprint.bounds();
        const QString chipCrs = geo::utmZoneCrs(GeoPoint{(b.minLon + b.maxLon) / 2, (b.minLat + b.maxLat) / 2});
        QString why;
        const render::MapExtent extent = render::extentInCrs(b, chipCrs, 0.02, &why, 50.0);
        if (!extent.isValid()) {
            problems << why;
            continue;
        }
        const QSize size(chipPx, int(std::lround(chipPx * 0.66)));
        render::MapSettings chip = model.viewOf(render::MapSettings::fitting(extent, size, chipCrs));
        chip.dpi = dpi;
        chip.physicalDpi = dpi;
        render::RenderStats stats;
        drawn << render::MapRenderer::render(chip, model.visibleLayersWith(scene.meta.id), nullptr, nullptr, &stats)
                     .convertToFormat(QImage::Format_RGB888);
        chipScenes << scene;
        problems << stats.problems;
    }
    if (drawn.isEmpty()) return;
    chips = QImage(chipPx * 2 + gapPx, drawn.first().height(), QImage::Format_RGB888);
    chips.fill(Qt::white);
    QPainter p(&chips);
    for (int i = 0; i < drawn.size(); ++i)
        p.drawImage(QPointF(i * (chipPx + gapPx), 0), drawn[i]);
}

} // namespace sightline::report
