#pragma once

#include "sightline/core/series.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace sightline::present {

// Draws a count series (one object kind at one site over time) into any painter: the series
// dock, the briefing pack and tests use the same picture. Counted values (from annotations on a
// scene) are filled dots, reported ones (from claims) hollow diamonds; a value known only within
// a time range is a bar across that range, and a value given as a range (min..max) has a whisker.
// The baseline shows as a band from its median to its maximum across its window, continued
// faintly to the right as what later values are measured against; a value flagged as exceeding
// it is ringed and labelled ("73 vs a baseline maximum of 20: 3.6×"). No widgets; any thread,
// each with its own chart and painter.
class SeriesChart
{
public:
    explicit SeriesChart(CountSeries series, QString kindName = {});

    const CountSeries &series() const { return m_series; }
    // The map's time window: the plot outside it is veiled (values there stay visible, dimmed),
    // its edges drawn; open: nothing is veiled. The baseline is never cut by it.
    void setTimeWindow(const TimeWindow &window) { m_window = window; }
    // Draws the whole chart (axes, baseline, values, legend) inside rect; scale multiplies
    // line widths, marks and fonts (1 for a screen at 96 dpi).
    void paint(QPainter &painter, const QRectF &rect, double scale = 1.0) const;

    // The part of rect where values are plotted (inside the axes).
    QRectF plotArea(const QRectF &rect, double scale = 1.0) const;
    // Where point i is drawn in plot: its mark's centre (for a range, the middle of its bar).
    QPointF positionOf(int i, const QRectF &plot) const;
    // The horizontal extent of point i in plot: a dot has none; a time range spans its bar.
    std::pair<double, double> spanOf(int i, const QRectF &plot) const;
    // The y of a value in plot.
    double yOf(double value, const QRectF &plot) const;

    // "73 vs a baseline maximum of 20: 3.6×"; empty when the point is not flagged.


    static QColor countedColor() { return QColor(0xd9, 0x5f, 0x02); }
    static QColor reportedColor() { return QColor(0x1f, 0x66, 0xa8); }
    static QColor baselineColor() { return QColor(0x6a, 0x6a, 0x6a); }
    static QColor flagColor() { return QColor(0xc0, 0x1f, 0x1f); }

private:
    double xOf(qint64 msecs, const QRectF &plot) const;
    std::pair<qint64, qint64> momentsOf(const TimeSpan &span) const; // clamped to the axis

    CountSeries m_series;
    QString m_kindName;
    qint64 m_first = 0; // axis bounds, ms since the epoch
    qint64 m_last = 1;
    double m_top = 1; // axis maximum
    TimeWindow m_window;
};

} // namespace sightline::present
