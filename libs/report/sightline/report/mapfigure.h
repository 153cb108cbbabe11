#pragma once

#include "sightline/core/scene.h"
#include "sightline/core/site.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace sightline::render {
class MapModel;
}

namespace sightline::report {

// A site's map as a printed figure: the project's map (the same model and renderer as the
// window and `sightline-cli render`) around the site's area of interest, in the site's UTM
// zone, at print resolution with scale bar, north arrow and imagery credits drawn in, and
// what its caption states: CRS, scale, basemap and imagery credits.
struct MapFigure
{
    QImage image;                // RGB, no alpha (printed as JPEG)
    QString crs;                 // "EPSG:32652"
    QString crsName;             // "WGS 84 / UTM zone 52N"
    double scaleDenominator = 0; // at the printed width
    QStringList credits;         // the imagery shown, with provider, date and licence
    QList<ImageryScene> scenes;  // the imagery the figure shows
    QStringList problems;        // layers that could not be drawn, and why
    // Before and after: the site's oldest and newest scenes, each over its own footprint with only
    // its own annotations, side by side in one image (null when the site has no scene shown).
    QImage chips;
    QList<ImageryScene> chipScenes; // left to right

    // Draws the figure of a site widthPoints wide (height 0.56 of it) at dpi. The model's time
    // window applies. Thread: the model's.
    static MapFigure ofSite(const render::MapModel &model, const Site &site, double widthPoints, int dpi);
    // Adds the chips of these scenes (oldest and newest are drawn), widthPoints wide in all.
    void addChips(const render::MapModel &model, const QList<ImageryScene> &shown, double widthPoints, int dpi);
};

// What every map's basemap owes: "Basemap: Natural Earth (public domain)".
QString basemapCredit();

} // namespace sightline::report
