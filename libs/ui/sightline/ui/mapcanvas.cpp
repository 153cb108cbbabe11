#include "sightline/ui/mapcanvas.h"

#include "sightline/render/maprenderer.h"
#include "sightline/render/projectlayers.h"
#include "sightline/render/symbols.h"
#include "sightline/render/transformcache.h"
#include "sightline/ui/maptool.h"
#include "sightline/ui/pantool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
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
    m_panTool = new PanTool(this);
    setTool(nullptr);
}

void MapCanvas::setTool(MapTool *tool)
{
    if (MapTool *old = this->tool(); old != (tool ? tool : m_panTool))
        old->deactivate();
    disconnect(m_toolStatus);
    m_tool = tool;
    MapTool *now = this->tool();
    m_toolStatus = connect(now, &MapTool::statusChanged, this, [this, now] { emit toolStatusChanged(now->statusText()); });
    now->activate();
    setCursor(now->cursor());
    emit toolStatusChanged(now->statusText());
    update();
}

MapTool *MapCanvas::tool() const
{
    return m_tool ? m_tool.data() : m_panTool;
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

bool MapCanvas::setView(const QString &crs, QPointF center, double mapUnitsPerWidgetPixel, QString *error)
{
    if (!render::cachedTransform(QStringLiteral("EPSG:4326"), crs, error) || !(mapUnitsPerWidgetPixel > 0))
        return false;
    m_settings.crs = crs;
    m_settings.center = center;
    m_settings.mapUnitsPerPixel = mapUnitsPerWidgetPixel / dpr();
    refresh();
    return true;
}

void MapCanvas::zoomToExtent(const render::MapExtent &extent)
{
    if (!extent.isValid())
        return;
    // Fitted to the rendered image, whose pixels are device pixels.
    const auto s = render::MapSettings::fitting(extent, (QSizeF(size()) * dpr()).toSize(), m_settings.crs);
    m_settings.center = s.center;
    m_settings.mapUnitsPerPixel = s.mapUnitsPerPixel;
    refresh();
}

void MapCanvas::zoomToLonLat(const GeoBounds &bounds, double marginFraction)
{
    zoomToExtent(render::extentInCrs(bounds, m_settings.crs, marginFraction, nullptr));
}


void MapCanvas::zoomBy(double factor, QPointF aroundWidgetPixel)
{
    const QPointF around = aroundWidgetPixel * dpr();
    const QPointF anchor = m_settings.toMap(around);
    m_settings.mapUnitsPerPixel = std::clamp(m_settings.mapUnitsPerPixel / factor, 1e-9, 1e9);
    // Keep the map point under the cursor where it is.
    const QPointF moved = m_settings.toMap(around);
    m_settings.center += anchor - moved;
    refresh();
}

void MapCanvas::panByWidgetPixels(QPointF delta)
{
    const double unitsPerWidgetPixel = m_settings.mapUnitsPerPixel * dpr();
    m_settings.center += QPointF(-delta.x() * unitsPerWidgetPixel, delta.y() * unitsPerWidgetPixel);
    refresh();
}

QPointF MapCanvas::mapPointAt(QPointF widgetPixel) const
{
    return m_settings.toMap(widgetPixel * dpr());
}

std::optional<GeoPoint> MapCanvas::lonLatAt(QPointF widgetPixel) const
{
    const auto *t = render::cachedTransform(m_settings.crs, QStringLiteral("EPSG:4326"));
    if (!t)
        return std::nullopt;
    const auto p = t->forward(mapPointAt(widgetPixel));
    if (!p || !std::isfinite(p->x()) || !std::isfinite(p->y()))
        return std::nullopt;
    return GeoPoint{p->x(), p->y()};
}

QPointF MapCanvas::widgetPixelOf(const GeoPoint &g) const
{
    const auto *t = render::cachedTransform(QStringLiteral("EPSG:4326"), m_settings.crs);
    const auto m = t ? t->forward(QPointF(g.lon, g.lat)) : std::nullopt;
    return m ? m_settings.toPixel(*m) / dpr() : QPointF(-1e6, -1e6);
}

GeoBounds MapCanvas::viewBounds() const
{
    GeoBounds b;
    for (const QPointF corner : {QPointF(0, 0), QPointF(width(), 0), QPointF(0, height()), QPointF(width(), height())})
        if (const auto p = lonLatAt(corner))
            b.include(*p);
    return b;
}

QList<RecordRef> MapCanvas::recordsAt(QPointF widgetPixel, double toleranceWidgetPixels) const
{
    // The layers work on the rendered image, in device pixels.
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it)
        if (const QList<RecordRef> hits = (*it)->recordsAt(m_settings, widgetPixel * dpr(), toleranceWidgetPixels * dpr());
            !hits.isEmpty())
            return hits;
    return {};
}

double MapCanvas::scaleDenominator() const
{
    return render::MapRenderer::scaleDenominator(m_settings);
}

void MapCanvas::refresh()
{
    m_settings.outputSize = (QSizeF(size()) * dpr()).toSize();
    m_settings.dpi = 96.0 * dpr();
    // The screen's physicalDotsPerInch counts device-independent pixels.
    if (const QScreen *s = screen(); s && s->physicalDotsPerInch() > 0)
        m_settings.physicalDpi = s->physicalDotsPerInch() * dpr();
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
    m_frame.setDevicePixelRatio(dpr());
    m_frameSettings = settings;
    emit frameRendered(problems);
    update();
}

void MapCanvas::drawFrameInPlace(QPainter &p, const QImage &frame, const render::MapSettings &old) const
{
    if (frame.isNull() || old.crs != m_settings.crs) // a frame in another CRS cannot be moved into place
        return;
    // Where the old frame's corners are in the current view.
    const QPointF topLeft = m_settings.toPixel(old.toMap(QPointF(0, 0))) / dpr();
    const QPointF bottomRight = m_settings.toPixel(old.toMap(QPointF(old.outputSize.width(), old.outputSize.height()))) / dpr();
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
    p.setRenderHint(QPainter::Antialiasing);
    drawSelection(p);
    p.save();
    tool()->drawOverlay(p);
    p.restore();
}

void MapCanvas::drawSelection(QPainter &p) const
{
    for (const Geometry &area : std::as_const(m_highlightedAreas)) {
        // The outer ring, corner to corner: footprints are a few corners, small on the map.
        QPolygonF px;
        for (const GeoPoint &g : area.parts.value(0))
            px << widgetPixelOf(g);
        // Outlined only: the imagery inside keeps its own colours.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(255, 255, 255, 230), 5));
        p.drawPolygon(px);
        p.setPen(QPen(QColor(0xff, 0x8c, 0x00), 2.5));
        p.drawPolygon(px);
    }
    // The ring stays clear of a site symbol, which grows where the map is detailed.
    const double ring = 6 + 7 * render::siteSymbolGrowth(render::MapRenderer::groundResolution(m_settings) *
                                                         m_settings.symbolScale());
    for (const GeoPoint &g : std::as_const(m_highlights)) {
        const QPointF c = widgetPixelOf(g);
        p.setPen(QPen(QColor(255, 255, 255, 230), 5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, ring, ring);
        p.setPen(QPen(QColor(0xff, 0x8c, 0x00), 2.5));
        p.drawEllipse(c, ring, ring);
    }
    if (m_cursorMark) {
        const QPointF c = widgetPixelOf(*m_cursorMark);
        for (const auto &[pen, width] : {std::pair(QColor(255, 255, 255, 220), 4.0), std::pair(QColor(0xe6, 0x39, 0x46), 1.5)}) {
            p.setPen(QPen(pen, width));
            p.drawLine(c - QPointF(12, 0), c + QPointF(12, 0));
            p.drawLine(c - QPointF(0, 12), c + QPointF(0, 12));
        }
    }
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

void MapCanvas::resizeEvent(QResizeEvent *)
{
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    // The swipe line is dragged in any tool.
    if (m_swipe && e->button() == Qt::LeftButton && std::abs(e->position().x() - swipeX()) <= 8) {
        m_swipeDrag = true;
        return;
    }
    tool()->mousePress(e);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    if (m_swipeDrag) {
        setSwipeFraction(e->position().x() / std::max(1, width()));
        return;
    }
    tool()->mouseMove(e);
    if (const auto p = lonLatAt(e->position()))
        emit cursorMoved(*p);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_swipeDrag) {
        m_swipeDrag = false;
        return;
    }
    tool()->mouseRelease(e);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *e)
{
    tool()->mouseDoubleClick(e);
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), e->position());
}

void MapCanvas::keyPressEvent(QKeyEvent *e)
{
    if (tool()->keyPress(e))
        return;
    const QPointF center(width() / 2.0, height() / 2.0);
    const double stepX = width() * 0.1, stepY = height() * 0.1;
    switch (e->key()) {
    case Qt::Key_Left: panByWidgetPixels({stepX, 0}); break;
    case Qt::Key_Right: panByWidgetPixels({-stepX, 0}); break;
    case Qt::Key_Up: panByWidgetPixels({0, stepY}); break;
    case Qt::Key_Down: panByWidgetPixels({0, -stepY}); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5, center); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5, center); break;
    default: QWidget::keyPressEvent(e);
    }
}

} // namespace sightline::ui
