#pragma once

#include "sightline/core/geometry.h"
#include "sightline/ui/maptool.h"

#include <optional>

namespace sightline::ui {

// Measures on the ellipsoid, whatever the map's CRS: clicks add points, a right click or a
// double click ends the line, a click after that starts a new one, Escape clears it. Distance
// gives the path's geodesic length; Area also the enclosed area and the perimeter. While a
// line is open, the path runs on to the cursor. GUI thread only.
class MeasureTool : public MapTool
{
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    MeasureTool(MapCanvas *canvas, Mode mode);
    Mode mode() const { return m_mode; }

    void deactivate() override;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseDoubleClick(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void drawOverlay(QPainter &p) const override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    // "1234.5 m · 1.235 km · 0.667 nmi", for an area led by "area … km² (… ha), perimeter".
    QString statusText() const override;

    const QList<GeoPoint> &points() const { return m_points; }
    void clear();
    // Starts a new measurement at this point (the map's "Measure from here").
    void startAt(const GeoPoint &lonLat);
    // Reads lengths in feet and miles, areas in square miles and acres (nautical miles always).
    void setImperial(bool imperial);
    // The path measured now (with the cursor while the line is open): metres, square metres.
    double lengthMeters() const;
    double areaSquareMeters() const;

signals:
    void measurementChanged(double meters, double squareMeters, int points);

private:
    QList<GeoPoint> path() const;
    bool m_imperial = false;
    void report();

    Mode m_mode;
    QList<GeoPoint> m_points;
    std::optional<GeoPoint> m_cursor; // follows the mouse until the line is finished
    bool m_done = false;
};

} // namespace sightline::ui
