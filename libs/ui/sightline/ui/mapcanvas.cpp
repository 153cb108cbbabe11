#include "sightline/ui/mapcanvas.h"

#include "sightline/render/projectlayers.h"
#include "sightline/render/transformcache.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace sightline::ui {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent), m_job(new render::RenderJob(std::make_shared<render::TileCache>(), this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_job, &render::RenderJob::finished, this, &MapCanvas::onFinished);
    m_settings.outputSize = size();
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
    if (!m_settings.outputSize.isEmpty())
        m_job->start(m_settings, m_layers);
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

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_settings.background);
    if (m_frame.isNull())
        return;
    // Where the old frame's corners are in the current view.
    const double dpr = devicePixelRatioF();
    const auto &old = m_frameSettings;
    const QPointF topLeft = m_settings.toPixel(old.toMap(QPointF(0, 0))) / dpr;
    const QPointF bottomRight =
        m_settings.toPixel(old.toMap(QPointF(old.outputSize.width(), old.outputSize.height()))) / dpr;
    if (old.crs != m_settings.crs)
        return; // a frame in another CRS cannot be moved into place
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(topLeft, bottomRight), m_frame);
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton)
        m_dragFrom = e->position();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    if (m_dragFrom) {
        panByPixels((e->position() - *m_dragFrom) * devicePixelRatioF());
        m_dragFrom = e->position();
    }
    if (const auto p = lonLatAt(e->position() * devicePixelRatioF()))
        emit cursorMoved(*p);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
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
    default: QWidget::keyPressEvent(e);
    }
}

} // namespace sightline::ui
