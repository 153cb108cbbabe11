#pragma once

#include "sightline/render/mapsettings.h"

#include <QStringList>

class QPainter;

namespace sightline::render {

// Scale bar (bottom left, a round ground length in m or km) and north arrow (top right,
// pointing to true north at the centre of the view, which need not be up in a projected CRS).
void drawDecorations(QPainter &painter, const MapSettings &settings, double metersPerPixel);

// The credit lines of what the map shows (imagery: provider, date, licence), bottom right on a
// light box, at most five lines and a count of the rest.
void drawCredits(QPainter &painter, const MapSettings &settings, const QStringList &credits);

// The time window the map shows, written top left on a light box ("1 Oct 2023 – 7 Oct 2023"):
// drawn by drawDecorations when settings.windowCaption is set and the window is not open, so a
// frame of an animation, exported or printed, says which time it shows.
void drawWindowCaption(QPainter &painter, const MapSettings &settings);

// A round length for a scale bar about targetPixels long: 1, 2 or 5 times a power of ten metres.
double niceScaleBarMeters(double metersPerPixel, double targetPixels);

} // namespace sightline::render
