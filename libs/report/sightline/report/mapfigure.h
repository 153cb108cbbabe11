#pragma once

#include "sightline/core/scene.h"
#include "sightline/core/site.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/mapsettings.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace sightline::render {
class MapModel;
}

class QPainter;

namespace sightline::report {

// A site's map as a printed figure: the project's map (the same model, layers and renderer as the
// window and `sightline-cli render`) around the site's area of interest, in the site's UTM
// zone, with scale bar, north arrow and imagery credits drawn in, and what its caption states:
// CRS, scale, basemap and imagery credits. It is drawn into the page as vectors
// (MapRenderer::paint): areas, sites, annotations and labels stay paths and text, imagery is an
// image at the figure's resolution (dpi).
struct MapFigure
{
    render::MapSettings settings; // the frame: its outputSize in pixels at dpi
    render::LayerList layers;     // the model's visible layers when the figure was made
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

    bool isNull() const { return settings.outputSize.isEmpty(); }
    // Draws the map into painter, whose coordinates are the frame's pixels (settings.outputSize).
    void paint(QPainter &painter) const { render::MapRenderer::paint(painter, settings, layers); }

    // Draws the figure of a site widthPoints wide (height 0.56 of it) at dpi. The model's time
    // window applies. Thread: the model's.
    static MapFigure ofSite(const render::MapModel &model, const Site &site, double widthPoints, int dpi);
    // Adds the chips of these scenes (oldest and newest are drawn), widthPoints wide in all.
    void addChips(const render::MapModel &model, const QList<ImageryScene> &shown, double widthPoints, int dpi);
};

// What every map's basemap owes: "Basemap: Natural Earth (public domain)".
QString basemapCredit();

} // namespace sightline::report
