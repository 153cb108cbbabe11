#include "sightline/ui/georefimageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace sightline::ui {

GeorefImageView::GeorefImageView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setMinimumSize(240, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void GeorefImageView::setImage(const QImage &preview, double scale)
{
    m_preview = preview;
    m_scale = scale > 0 ? scale : 1;
    m_userZoomed = false;
    fit();
    update();
}

void GeorefImageView::setMarkers(const QList<Marker> &markers, int selected)
{
    m_markers = markers;
    m_selected = selected;
    update();
}

void GeorefImageView::fit()
{
    if (m_preview.isNull())
        return;
    const double margin = 8;
    m_zoom = std::min((width() - 2 * margin) / m_preview.width(), (height() - 2 * margin) / m_preview.height());
    m_zoom = std::max(m_zoom, 0.01);
    m_offset = QPointF((width() - m_preview.width() * m_zoom) / 2, (height() - m_preview.height() * m_zoom) / 2);
}

QPointF GeorefImageView::widgetPosition(QPointF imagePixel) const
{
    return m_offset + imagePixel * widgetPerImagePixel();
}

QPointF GeorefImageView::imagePixel(QPointF widgetPos) const
{
    return (widgetPos - m_offset) / widgetPerImagePixel();
}

void GeorefImageView::resizeEvent(QResizeEvent *)
{
    if (!m_userZoomed)
        fit();
}

void GeorefImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x3a, 0x3d, 0x42));
    if (m_preview.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter, tr("The image cannot be shown"));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2);
    p.drawImage(QRectF(m_offset, QSizeF(m_preview.width(), m_preview.height()) * m_zoom), m_preview);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        const QPointF c = widgetPosition(m.pixel);
        if (m.fittedPixel) { // the residual, drawn ten times longer so that it shows
            const QPointF to = c + (widgetPosition(*m.fittedPixel) - c) * 10;
            p.setPen(QPen(QColor(0xff, 0x30, 0x30), 2));
            p.drawLine(c, to);
        }
        const QColor colour = i == m_selected ? QColor(0xff, 0xd0, 0x00) : m.placed ? QColor(0x20, 0xe0, 0x60)
                                                                                     : QColor(0xff, 0x80, 0x20);
        p.setPen(QPen(Qt::black, 4));
        p.drawEllipse(c, 7, 7);
        p.setPen(QPen(colour, 2));
        p.drawEllipse(c, 7, 7);
        p.drawLine(c - QPointF(11, 0), c - QPointF(3, 0));
        p.drawLine(c + QPointF(3, 0), c + QPointF(11, 0));
        p.drawLine(c - QPointF(0, 11), c - QPointF(0, 3));
        p.drawLine(c + QPointF(0, 3), c + QPointF(0, 11));
        // The number on a dark halo, readable on any image.
        QPainterPath text;
        text.addText(c + QPointF(10, -10), font, QString::number(i + 1));
        p.strokePath(text, QPen(Qt::black, 3));
        p.fillPath(text, colour);
    }
}

void GeorefImageView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::RightButton || e->button() == Qt::MiddleButton) {
        m_panFrom = e->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (e->button() != Qt::LeftButton || m_preview.isNull())
        return;
    const QPointF px = imagePixel(e->position());
    const QSizeF full = QSizeF(m_preview.size()) * m_scale;
    if (px.x() >= 0 && px.y() >= 0 && px.x() <= full.width() && px.y() <= full.height())
        emit clicked(px);
}

void GeorefImageView::mouseMoveEvent(QMouseEvent *e)
{
    if (!m_panFrom)
        return;
    m_offset += e->position() - *m_panFrom;
    m_panFrom = e->position();
    m_userZoomed = true;
    update();
}

void GeorefImageView::mouseReleaseEvent(QMouseEvent *)
{
    if (m_panFrom) {
        m_panFrom.reset();
        setCursor(Qt::CrossCursor);
    }
}

void GeorefImageView::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0 || m_preview.isNull())
        return;
    const QPointF at = e->position();
    const QPointF under = imagePixel(at);
    m_zoom = std::clamp(m_zoom * std::pow(1.25, steps), 0.01, 64.0);
    m_offset = at - under * widgetPerImagePixel();
    m_userZoomed = true;
    update();
}

} // namespace sightline::ui
