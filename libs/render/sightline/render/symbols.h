#pragma once

#include "sightline/core/kinds.h"

#include <QColor>
#include <QPointF>

class QPainter;

namespace sightline::render {

// Map symbols: one shape and colour per site kind, so that a port never looks like a depot,
// plus markers for claims and events. Sizes are in pixels at 96 dpi, times scale.
QColor siteKindColor(SiteKind kind);
void drawSiteSymbol(QPainter &painter, QPointF at, SiteKind kind, double scale);
void drawClaimMarker(QPainter &painter, QPointF at, double scale);
void drawEventMarker(QPainter &painter, QPointF at, double scale);
// Pixels a site symbol covers around its point (for labels and tile overlap).
constexpr double kSiteSymbolRadius = 7.0;

} // namespace sightline::render
