#include "sightline/ui/mapcanvas.h"

#include "sightline/geo/geodesy.h"
#include "sightline/render/projectlayers.h"
#include "sightline/render/transformcache.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace sightline::ui {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    // One cache for both views of a swipe: they share every layer tile but the imagery's.
    const auto cache = std::make_shared<render::TileCache>();
    m_job = new render::RenderJob(cache, this);
    m_swipeJob = new render::RenderJob(cache, this);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_job, &render::RenderJob::finished, this, &MapCanvas::onFinished);
    connect(m_swipeJob, &render::RenderJob::finished, this,
            [this](quint64, const QImage &image, const render::MapSettings &settings, const QStringList &) {
                m_swipeFrame = image;
                m_swipeFrameSettings = settings;
                update();
            });
    m_settings.outputSize = size();
}

void MapCanvas::setSwipe(bool on)
{
    m_swipe = on;
    m_swipeFrame = {};
    refresh();
}

void MapCanvas::setSwipeFraction(double fraction)
{
    m_swipeFraction = std::clamp(fraction, 0.0, 1.0);
    update();
}

void MapCanvas::setCursorMark(const std::optional<GeoPoint> &lonLat)
{
    m_cursorMark = lonLat;
    update();
}

void MapCanvas::setTimeWindow(const TimeWindow &window)
{
    if (window == m_settings.timeWindow)
        return;
    m_settings.timeWindow = window;
    refresh();
}

void MapCanvas::leaveEvent(QEvent *)
{
    emit cursorLeft();
}

void MapCanvas::setLayers(const render::LayerList &layers)
{
    m_layers = layers;
    refresh();
}

bool MapCanvas::setCrs(const QString &crs, QString *error)
{
    const auto here = lonLatAt(QPointF(width() / 2.0, height() / 2.0));
    const auto *to = render::cachedTransform(QStringLiteral("EPSG:4326"), crs, error);
    if (!to)
        return false;
    const double groundPerPixel = render::MapRenderer::groundResolution(m_settings);
    m_settings.crs = crs;
    if (here) {
        if (const auto c = to->forward(QPointF(here->lon, here->lat)); c && std::isfinite(c->x()))
            m_settings.center = *c;
        // Keep about the same ground resolution: measure one map unit of the new CRS here.
        const double unit = render::MapRenderer::groundResolution([&] {
            auto s = m_settings;
            s.mapUnitsPerPixel = 1.0;
            return s;
        }());
        if (unit > 0 && groundPerPixel > 0)
            m_settings.mapUnitsPerPixel = groundPerPixel / unit;
    }
    refresh();
    return true;
}

bool MapCanvas::setView(const QString &crs, QPointF center, double mapUnitsPerPixel, QString *error)
{
    if (!render::cachedTransform(QStringLiteral("EPSG:4326"), crs, error) || !(mapUnitsPerPixel > 0))
        return false;
    m_settings.crs = crs;
    m_settings.center = center;
    m_settings.mapUnitsPerPixel = mapUnitsPerPixel;
    refresh();
    return true;
}

void MapCanvas::zoomToExtent(const render::MapExtent &extent)
{
    if (!extent.isValid())
        return;
    const auto s = render::MapSettings::fitting(extent, size(), m_settings.crs);
    m_settings.center = s.center;
    m_settings.mapUnitsPerPixel = s.mapUnitsPerPixel;
    refresh();
}

void MapCanvas::zoomToLonLat(const GeoBounds &bounds, double marginFraction)
{
    zoomToExtent(render::extentInCrs(bounds, m_settings.crs, marginFraction, nullptr));
}

void MapCanvas::zoomBy(double factor, QPointF around)
{
    const QPointF anchor = m_settings.toMap(around);
    m_settings.mapUnitsPerPixel = std::clamp(m_settings.mapUnitsPerPixel / factor, 1e-9, 1e9);
    // Keep the map point under the cursor where it is.
    const QPointF moved = m_settings.toMap(around);
    m_settings.center += anchor - moved;
    refresh();
}

void MapCanvas::panByPixels(QPointF delta)
{
    m_settings.center += QPointF(-delta.x() * m_settings.mapUnitsPerPixel, delta.y() * m_settings.mapUnitsPerPixel);
    refresh();
}

std::optional<GeoPoint> MapCanvas::lonLatAt(QPointF pixel) const
{
    const auto *t = render::cachedTransform(m_settings.crs, QStringLiteral("EPSG:4326"));
    if (!t)
        return std::nullopt;
    const auto p = t->forward(m_settings.toMap(pixel));
    if (!p || !std::isfinite(p->x()) || !std::isfinite(p->y()))
        return std::nullopt;
    return GeoPoint{p->x(), p->y()};
}

void MapCanvas::refresh()
{
    m_settings.outputSize = size() * devicePixelRatioF();
    m_settings.dpi = 96.0 * devicePixelRatioF();
    if (!m_settings.outputSize.isEmpty()) {
        m_job->start(m_settings, m_layers);
        if (m_swipe) {
            render::LayerList without;
            for (const auto &l : std::as_const(m_layers))
                if (!l->slowToDraw())
                    without << l;
            m_swipeJob->start(m_settings, without);
        }
    }
    emit viewChanged();
    update();
}

void MapCanvas::onFinished(quint64, const QImage &image, const render::MapSettings &settings, const QStringList &problems)
{
    m_frame = image;
    m_frame.setDevicePixelRatio(devicePixelRatioF());
    m_frameSettings = settings;
    emit frameRendered(problems);
    update();
}

void MapCanvas::drawFrameInPlace(QPainter &p, const QImage &frame, const render::MapSettings &old) const
{
    if (frame.isNull() || old.crs != m_settings.crs) // a frame in another CRS cannot be moved into place
        return;
    // Where the old frame's corners are in the current view.
    const double dpr = devicePixelRatioF();
    const QPointF topLeft = m_settings.toPixel(old.toMap(QPointF(0, 0))) / dpr;
    const QPointF bottomRight = m_settings.toPixel(old.toMap(QPointF(old.outputSize.width(), old.outputSize.height()))) / dpr;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(topLeft, bottomRight), frame);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_settings.background);
    drawFrameInPlace(p, m_frame, m_frameSettings);
    if (m_swipe) {
        const double x = swipeX();
        p.save();
        p.setClipRect(QRectF(0, 0, x, height()));
        p.fillRect(QRectF(0, 0, x, height()), m_settings.background);
        drawFrameInPlace(p, m_swipeFrame, m_swipeFrameSettings);
        p.restore();
        p.setPen(QPen(QColor(20, 20, 20, 160), 4));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    drawOverlay(p);
}

QPointF MapCanvas::widgetPixelOf(const GeoPoint &g) const
{
    const auto *t = render::cachedTransform(QStringLiteral("EPSG:4326"), m_settings.crs);
    const auto m = t ? t->forward(QPointF(g.lon, g.lat)) : std::nullopt;
    return m ? m_settings.toPixel(*m) / devicePixelRatioF() : QPointF(-1e6, -1e6);
}

void MapCanvas::drawOverlay(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    for (const Geometry &area : std::as_const(m_highlightedAreas)) {
        // The outer ring, corner to corner: footprints are a few corners, small on the map.
        QPolygonF px;
        for (const GeoPoint &g : area.parts.value(0))
            px << widgetPixelOf(g);
        // Outlined only: the imagery inside keeps its own colours.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(255, 255, 255, 230), 5));
        p.drawPolygon(px);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0xff, 0x8c, 0x00), 2.5));
        p.drawPolygon(px);
    }
    for (const GeoPoint &g : std::as_const(m_highlights)) {
        const QPointF c = widgetPixelOf(g);
        p.setPen(QPen(QColor(255, 255, 255, 230), 5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 13, 13);
        p.setPen(QPen(QColor(0xff, 0x8c, 0x00), 2.5));
        p.drawEllipse(c, 13, 13);
    }
    QList<GeoPoint> path = m_measure;
    if (m_measureCursor && !m_measureDone)
        path << *m_measureCursor;
    if (!path.isEmpty()) {
        QPolygonF px;
        for (const GeoPoint &g : std::as_const(path))
            px << widgetPixelOf(g);
        const bool area = m_tool == Tool::MeasureArea;
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
    if (m_cursorMark) {
        const QPointF c = widgetPixelOf(*m_cursorMark);
        for (const auto &[pen, width] : {std::pair(QColor(255, 255, 255, 220), 4.0), std::pair(QColor(0xe6, 0x39, 0x46), 1.5)}) {
            p.setPen(QPen(pen, width));
            p.drawLine(c - QPointF(12, 0), c + QPointF(12, 0));
            p.drawLine(c - QPointF(0, 12), c + QPointF(0, 12));
        }
    }
    if (m_zoomBox) {
        p.setPen(QPen(QColor(0x1f, 0x66, 0xa8), 1.5, Qt::DashLine));
        p.setBrush(QColor(0x1f, 0x66, 0xa8, 30));
        p.drawRect(*m_zoomBox);
    }
}

void MapCanvas::setTool(Tool tool)
{
    m_tool = tool;
    clearMeasurement();
    setCursor(tool == Tool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
}

void MapCanvas::clearMeasurement()
{
    m_measure.clear();
    m_measureCursor.reset();
    m_measureDone = false;
    reportMeasurement();
    update();
}

void MapCanvas::setHighlights(const QList<GeoPoint> &lonLat)
{
    m_highlights = lonLat;
    update();
}

void MapCanvas::setHighlightedAreas(const QList<Geometry> &areas)
{
    m_highlightedAreas = areas;
    update();
}

void MapCanvas::reportMeasurement()
{
    QList<GeoPoint> path = m_measure;
    if (m_measureCursor && !m_measureDone)
        path << *m_measureCursor;
    double length = geo::geodesicLengthMeters(path);
    double area = 0;
    if (m_tool == Tool::MeasureArea && path.size() >= 3) {
        area = geo::geodesicAreaSquareMeters(path);
        length += geo::geodesicDistanceMeters(path.last(), path.first()); // the perimeter
    }
    emit measurementChanged(length, area, static_cast<int>(path.size()));
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    const double dpr = devicePixelRatioF();
    if (m_swipe && e->button() == Qt::LeftButton && std::abs(e->position().x() - swipeX()) <= 8) {
        m_swipeDrag = true;
        return;
    }
    if (m_tool == Tool::EditSites) {
        m_pressAt = e->position();
        m_dragged = false;
        return;
    }
    if (m_tool != Tool::Pan) {
        if (e->button() == Qt::RightButton) {
            m_measureDone = true;
        } else if (e->button() == Qt::LeftButton) {
            if (m_measureDone) // a new measurement starts
                m_measure.clear();
            m_measureDone = false;
            if (const auto p = lonLatAt(e->position() * dpr))
                m_measure << *p;
        }
        reportMeasurement();
        update();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    m_pressAt = e->position();
    m_dragged = false;
    if (e->modifiers() & Qt::ShiftModifier)
        m_zoomBox = QRectF(e->position(), QSizeF(0, 0));
    else
        m_dragFrom = e->position();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    const double dpr = devicePixelRatioF();
    if (m_swipeDrag) {
        setSwipeFraction(e->position().x() / std::max(1, width()));
        return;
    }
    m_dragged |= (e->position() - m_pressAt).manhattanLength() > 3;
    if (m_zoomBox) {
        m_zoomBox = QRectF(m_pressAt, e->position()).normalized();
        update();
    } else if (m_dragFrom) {
        panByPixels((e->position() - *m_dragFrom) * dpr);
        m_dragFrom = e->position();
    }
    const auto p = lonLatAt(e->position() * dpr);
    if (p) {
        emit cursorMoved(*p);
        if ((m_tool == Tool::MeasureDistance || m_tool == Tool::MeasureArea) && !m_measure.isEmpty() && !m_measureDone) {
            m_measureCursor = *p;
            reportMeasurement();
            update();
        }
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    const double dpr = devicePixelRatioF();
    if (m_swipeDrag) {
        m_swipeDrag = false;
        return;
    }
    if (m_tool == Tool::EditSites && e->button() == Qt::LeftButton) {
        if (const auto p = lonLatAt(e->position() * dpr)) {
            if (m_dragged)
                emit editDragged(m_pressAt, *p);
            else
                emit editClicked(e->position(), *p);
        }
        return;
    }
    if (m_zoomBox) {
        const QRectF box = *m_zoomBox;
        m_zoomBox.reset();
        if (box.width() > 4 && box.height() > 4) {
            const QPointF a = m_settings.toMap(box.topLeft() * dpr), b = m_settings.toMap(box.bottomRight() * dpr);
            zoomToExtent({std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())});
        }
        update();
    } else if (m_dragFrom && !m_dragged && e->button() == Qt::LeftButton) {
        emit clicked(e->position());
    }
    m_dragFrom.reset();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (m_tool == Tool::EditSites)
        return;
    if (m_tool != Tool::Pan) {
        m_measureDone = true;
        reportMeasurement();
        update();
        return;
    }
    zoomBy(2.0, e->position() * devicePixelRatioF());
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), e->position() * devicePixelRatioF());
}

void MapCanvas::keyPressEvent(QKeyEvent *e)
{
    const QPointF center(m_settings.outputSize.width() / 2.0, m_settings.outputSize.height() / 2.0);
    const double stepX = m_settings.outputSize.width() * 0.1, stepY = m_settings.outputSize.height() * 0.1;
    switch (e->key()) {
    case Qt::Key_Left: panByPixels({stepX, 0}); break;
    case Qt::Key_Right: panByPixels({-stepX, 0}); break;
    case Qt::Key_Up: panByPixels({0, stepY}); break;
    case Qt::Key_Down: panByPixels({0, -stepY}); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5, center); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5, center); break;
    case Qt::Key_Escape: clearMeasurement(); break;
    default: QWidget::keyPressEvent(e);
    }
}

} // namespace sightline::ui
