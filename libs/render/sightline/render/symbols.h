#pragma once

#include "sightline/core/kinds.h"

#include <QColor>
#include <QImage>
#include <QPointF>

class QPainter;

namespace sightline::render {

// Map symbols: one shape and colour per site kind, so that a port never looks like a depot,
// plus markers for claims and events. Sizes are in pixels at 96 dpi, times scale.
QColor siteKindColor(SiteKind kind);
void drawSiteSymbol(QPainter &painter, QPointF at, SiteKind kind, double scale);
void drawClaimMarker(QPainter &painter, QPointF at, double scale);
void drawEventMarker(QPainter &painter, QPointF at, double scale);
// The same symbols pre-drawn once per size, for drawing thousands quickly: blit at the point
// rounded to a pixel, centred. Thread-safe.
enum class Marker { Claim, Event };
const QImage &siteSymbolSprite(SiteKind kind, double scale);
// A small dot in the kind's colour, for views so crowded that full symbols would only overlap.
const QImage &siteDotSprite(SiteKind kind, double scale);
const QImage &markerSprite(Marker marker, double scale);
void blitCentred(QPainter &painter, QPointF at, const QImage &sprite);

// Pixels a site symbol covers around its point (for labels and tile overlap).
constexpr double kSiteSymbolRadius = 7.0;

// How much larger site symbols are drawn (and how much wider they can be clicked) where the map is
// detailed, so that over a street map or imagery they stay easy to see and to hit: 1 at about
// 1:75,000 and smaller scales, growing by a quarter each time the scale doubles, to at most 1.75
// (a symbol about 24 pixels across) from about 1:10,000. In steps of 1/8, so that the tiles of one
// view agree. metersPerPixel96: ground metres of a 96 dpi pixel (a device pixel's times
// symbolScale), so that screen, file and PDF grow alike at one scale.
double siteSymbolGrowth(double metersPerPixel96);

} // namespace sightline::render
