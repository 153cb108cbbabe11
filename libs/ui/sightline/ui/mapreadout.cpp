#include "sightline/ui/mapreadout.h"

#include "sightline/present/quantitywords.h"

#include "sightline/geo/crs.h"
#include "sightline/geo/mgrs.h"
#include "sightline/ui/mapcanvas.h"

#include <QHBoxLayout>
#include <QLabel>

#include <cmath>

namespace sightline::ui {

namespace {
QString dms(double value, QChar positive, QChar negative)
{
    const QChar hemisphere = value < 0 ? negative : positive;
    value = std::abs(value);
    int d = static_cast<int>(value);
    int m = static_cast<int>((value - d) * 60);
    double s = ((value - d) * 60 - m) * 60;
    if (s >= 59.95) { // rounding would print 60.0"
        s = 0;
        if (++m == 60) {
            m = 0;
            ++d;
        }
    }
    return QStringLiteral("%1°%2′%3″%4").arg(d).arg(m, 2, 10, QChar(u'0')).arg(s, 4, 'f', 1, QChar(u'0')).arg(hemisphere);
}
} // namespace

MapReadout::MapReadout(MapCanvas *canvas, QWidget *parent)
    : QWidget(parent), m_canvas(canvas), m_message(new QLabel(this)), m_tool(new QLabel(this)),
      m_position(new QLabel(this)), m_scale(new QLabel(this)), m_crs(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    m_message->setMinimumWidth(1); // a long message is cut, never widens the window
    m_position->setObjectName(QStringLiteral("positionReadout"));
    row->addWidget(m_message, 1);
    for (QLabel *l : {m_tool, m_position, m_scale, m_crs})
        row->addWidget(l);
    connect(canvas, &MapCanvas::cursorMoved, this,
            [this](const GeoPoint &p) { m_position->setText(coordinateText(p, m_format)); });
    connect(canvas, &MapCanvas::viewChanged, this, &MapReadout::showView);
    connect(canvas, &MapCanvas::toolStatusChanged, m_tool, &QLabel::setText);
    connect(canvas, &MapCanvas::frameRendered, this,
            [this](const QStringList &problems) { showMessage(problems.join(QStringLiteral("; "))); });
    showView();
}

void MapReadout::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString MapReadout::message() const
{
    return m_message->text();
}

QString MapReadout::toolStatus() const
{
    return m_tool->text();
}

QString MapReadout::position() const
{
    return m_position->text();
}

QString MapReadout::scale() const
{
    return m_scale->text();
}

QString MapReadout::crs() const
{
    return m_crs->text();
}

QString MapReadout::positionText(const GeoPoint &p)
{
    return QStringLiteral("%1, %2   %3 %4   %5")
        .arg(p.lat, 0, 'f', 5)
        .arg(p.lon, 0, 'f', 5)
        .arg(dms(p.lat, u'N', u'S'), dms(p.lon, u'E', u'W'), geo::mgrs(p));
}

QString MapReadout::coordinateText(const GeoPoint &p, Preferences::CoordinateFormat format)
{
    switch (format) {
    case Preferences::CoordinateFormat::DegreesMinutesSeconds:
        return dms(p.lat, u'N', u'S') + u' ' + dms(p.lon, u'E', u'W');
    case Preferences::CoordinateFormat::Mgrs:
        if (const QString grid = geo::mgrs(p); !grid.isEmpty())
            return grid;
        break; // outside MGRS's coverage: degrees
    case Preferences::CoordinateFormat::DecimalDegrees:
        break;
    }
    return QStringLiteral("%1, %2").arg(p.lat, 0, 'f', 5).arg(p.lon, 0, 'f', 5);
}

void MapReadout::setCoordinateFormat(Preferences::CoordinateFormat format)
{
    m_format = format;
}

void MapReadout::showView()
{
    const double denominator = m_canvas->scaleDenominator();
    m_scale->setText(denominator > 0 ? present::scaleText(denominator) : QString());
    const QString &crs = m_canvas->settings().crs;
    const auto info = geo::crsInfo(crs);
    m_crs->setText(info ? QStringLiteral("%1 (%2)").arg(crs, info->name) : crs);
}

} // namespace sightline::ui
