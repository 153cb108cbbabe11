#pragma once

#include "sightline/core/timespan.h"

#include <QColor>
#include <QDateTime>
#include <QPointF>
#include <QSize>
#include <QMetaType>
#include <QString>

namespace sightline::render {

// A rectangle in map units (the CRS's own: metres, degrees), y pointing up.
struct MapExtent
{
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    QPointF center() const { return {(xMin + xMax) / 2, (yMin + yMax) / 2}; }
    bool isValid() const { return xMax > xMin && yMax > yMin; }
    bool intersects(const MapExtent &o) const
    {
        return xMin <= o.xMax && xMax >= o.xMin && yMin <= o.yMax && yMax >= o.yMin;
    }
    MapExtent grownBy(double d) const { return {xMin - d, yMin - d, xMax + d, yMax + d}; }
    friend bool operator==(const MapExtent &, const MapExtent &) = default;
};

// What one map image shows: which CRS, which area, how many pixels, at which DPI. A value
// type, copied into every render job; the same settings give the same image on screen, from
// the command line and in a PDF.
struct MapSettings
{
    QString crs = QStringLiteral("EPSG:3857");
    QPointF center;                     // map units
    double mapUnitsPerPixel = 1000.0;   // resolution
    QSize outputSize{800, 600};         // pixels
    double dpi = 96.0;                  // symbols and text scale with dpi / 96
    // How many of the output's pixels make an inch on the device that shows it: a screen's
    // measured density (times its device pixel ratio), a printer's or a file's resolution.
    // Only the scale (MapRenderer::scaleDenominator) depends on it; 0 means the same as dpi.
    double physicalDpi = 0;
    QColor background{0xd7, 0xe3, 0xec}; // sea
    bool decorations = true;            // scale bar and north arrow
    bool windowCaption = false;         // the time window written top left (with decorations, when not open)
    TimeWindow timeWindow;              // what time the map shows; open (the default) shows everything

    MapExtent extent() const;
    // Settings that show extent (keeping its centre) in an image of size pixels.
    static MapSettings fitting(const MapExtent &extent, QSize size, const QString &crs);
    double symbolScale() const { return dpi / 96.0; }

    QPointF toPixel(QPointF map) const;
    QPointF toMap(QPointF pixel) const;
};

} // namespace sightline::render
Q_DECLARE_METATYPE(sightline::render::MapSettings)
