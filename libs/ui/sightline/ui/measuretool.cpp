#include "sightline/ui/measuretool.h"

#include "sightline/geo/geodesy.h"
#include "sightline/ui/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace sightline::ui {

MeasureTool::MeasureTool(MapCanvas *canvas, Mode mode) : MapTool(canvas), m_mode(mode) {}

void MeasureTool::deactivate()
{
    clear();
}

void MeasureTool::clear()
{
    m_points.clear();
    m_cursor.reset();
    m_done = false;
    report();
}

void MeasureTool::startAt(const GeoPoint &lonLat)
{
    m_points = {lonLat};
    m_cursor.reset();
    m_done = false;
    report();
}

void MeasureTool::setImperial(bool imperial)
{
    m_imperial = imperial;
    emit statusChanged();
}

QList<GeoPoint> MeasureTool::path() const
{
    QList<GeoPoint> out = m_points;
    if (m_cursor && !m_done)
        out << *m_cursor;
    return out;
}

double MeasureTool::lengthMeters() const
{
    const QList<GeoPoint> p = path();
    double length = geo::geodesicLengthMeters(p);
    if (m_mode == Mode::Area && p.size() >= 3)
        length += geo::geodesicDistanceMeters(p.last(), p.first()); // the perimeter
    return length;
}

double MeasureTool::areaSquareMeters() const
{
    const QList<GeoPoint> p = path();
    return m_mode == Mode::Area && p.size() >= 3 ? geo::geodesicAreaSquareMeters(p) : 0.0;
}

void MeasureTool::report()
{
    emit measurementChanged(lengthMeters(), areaSquareMeters(), static_cast<int>(path().size()));
    emit statusChanged();
    redraw();
}

void MeasureTool::mousePress(QMouseEvent *e)
{
    if (e->button() == Qt::RightButton) {
        m_done = true;
    } else if (e->button() == Qt::LeftButton) {
        if (m_done) // a new measurement starts
            m_points.clear();
        m_done = false;
        if (const auto p = canvas()->lonLatAt(e->position()))
            m_points << *p;
    }
    report();
}

void MeasureTool::mouseMove(QMouseEvent *e)
{
    if (m_points.isEmpty() || m_done)
        return;
    if (const auto p = canvas()->lonLatAt(e->position())) {
        m_cursor = *p;
        report();
    }
}

void MeasureTool::mouseDoubleClick(QMouseEvent *)
{
    m_done = true;
    report();
}

bool MeasureTool::keyPress(QKeyEvent *e)
{
    if (e->key() != Qt::Key_Escape)
        return false;
    clear();
    return true;
}

void MeasureTool::drawOverlay(QPainter &p) const
{
    const QList<GeoPoint> geo = path();
    if (geo.isEmpty())
        return;
    QPolygonF px;
    for (const GeoPoint &g : geo)
        px << canvas()->widgetPixelOf(g);
    const bool area = m_mode == Mode::Area;
    p.setBrush(area ? QColor(0xe6, 0x39, 0x46, 40) : QColor(Qt::transparent));
    p.setPen(QPen(QColor(255, 255, 255, 220), 4));
    area ? p.drawPolygon(px) : p.drawPolyline(px);
    p.setPen(QPen(QColor(0xe6, 0x39, 0x46), 2, Qt::DashLine));
    area ? p.drawPolygon(px) : p.drawPolyline(px);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(QColor(0xe6, 0x39, 0x46));
    for (const QPointF &q : std::as_const(px))
        p.drawEllipse(q, 3.5, 3.5);
}

QString MeasureTool::statusText() const
{
    const int points = static_cast<int>(path().size());
    if (points < 2)
        return points == 0 ? tr("Click to start measuring; right click or double click ends") : QString();
    const double meters = lengthMeters();
    constexpr double kFootMeters = 0.3048, kMileMeters = 1609.344, kAcreSquareMeters = 4046.8564224;
    QString text = m_imperial ? tr("%1 ft · %2 mi · %3 nmi")
                                    .arg(meters / kFootMeters, 0, 'f', 0)
                                    .arg(meters / kMileMeters, 0, 'f', 3)
                                    .arg(meters / 1852, 0, 'f', 3)
                              : tr("%1 m · %2 km · %3 nmi")
                                    .arg(meters, 0, 'f', 1)
                                    .arg(meters / 1000, 0, 'f', 3)
                                    .arg(meters / 1852, 0, 'f', 3);
    if (m_mode == Mode::Area && points >= 3) {
        const double squareMeters = areaSquareMeters();
        if (m_imperial)
            text = tr("area %1 mi² (%2 acres), perimeter ")
                       .arg(squareMeters / (kMileMeters * kMileMeters), 0, 'f', 3)
                       .arg(squareMeters / kAcreSquareMeters, 0, 'f', 1) +
                   text;
        else
            text = tr("area %1 km² (%2 ha), perimeter ")
                       .arg(squareMeters / 1e6, 0, 'f', 3)
                       .arg(squareMeters / 1e4, 0, 'f', 1) +
                   text;
    }
    return text;
}

} // namespace sightline::ui
