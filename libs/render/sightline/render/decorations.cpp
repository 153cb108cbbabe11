#include "sightline/render/decorations.h"

#include "sightline/render/preparedshapes.h"

#include "sightline/render/transformcache.h"

#include <QPainter>
#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>

namespace sightline::render {

double niceScaleBarMeters(double metersPerPixel, double targetPixels)
{
    const double raw = metersPerPixel * targetPixels;
    if (raw <= 0)
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= raw)
            return m * p;
    return p;
}

namespace {

// The scale bar for a length and a bar width, its box's top left at the painter's origin.
void paintScaleBar(QPainter &painter, double meters, double px, double k)
{
    const QString label = meters >= 1000 ? QStringLiteral("%1 km").arg(meters / 1000) : QStringLiteral("%1 m").arg(meters);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(11 * k));
    const QFontMetricsF fm(font);
    const QSizeF size(px + 12 * k + fm.horizontalAdvance(label) + 8 * k, 28 * k);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QPointF origin(6 * k, 20 * k);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size), 3 * k, 3 * k);
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.drawRect(QRectF(origin.x(), origin.y() - 3 * k, px / 2, 3 * k));
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1 * k));
    painter.drawRect(QRectF(origin.x() + px / 2, origin.y() - 3 * k, px / 2, 3 * k));
    painter.drawLine(QPointF(origin.x(), origin.y() - 8 * k), QPointF(origin.x(), origin.y()));
    painter.drawLine(QPointF(origin.x() + px, origin.y() - 8 * k), QPointF(origin.x() + px, origin.y()));
    painter.drawText(QPointF(origin.x() + px + 6 * k, origin.y()), label);
}

// The scale bar drawn once and kept (per thread): text and antialiased shapes cost more than
// the rest of a panned frame.
QImage scaleBarImage(double meters, double px, double k)
{
    thread_local QString lastKey;
    thread_local QImage last;
    const QString key = QStringLiteral("%1/%2/%3").arg(meters).arg(qRound(px * 4)).arg(k);
    if (key == lastKey)
        return last;
    const QString label = meters >= 1000 ? QStringLiteral("%1 km").arg(meters / 1000) : QStringLiteral("%1 m").arg(meters);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(11 * k));
    const QFontMetricsF fm(font);
    const QSizeF size(px + 12 * k + fm.horizontalAdvance(label) + 8 * k, 28 * k);
    QImage img(size.toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter painter(&img);
    paintScaleBar(painter, meters, px, k);
    painter.end();
    lastKey = key;
    last = img;
    return img;
}

void drawScaleBar(QPainter &painter, const MapSettings &s, double metersPerPixel)
{
    const double k = s.symbolScale();
    const double meters = niceScaleBarMeters(metersPerPixel, 120 * k);
    if (meters <= 0)
        return;
    const QPoint at(qRound(8 * k), qRound(s.outputSize.height() - 38 * k));
    if (drawsVectors(painter)) { // a PDF: shapes and text, not pixels
        painter.save();
        painter.translate(at);
        paintScaleBar(painter, meters, meters / metersPerPixel, k);
        painter.restore();
        return;
    }
    painter.drawImage(at, scaleBarImage(meters, meters / metersPerPixel, k));
}

// The screen angle of true north at the centre of the view, in degrees clockwise from up.
double northAngle(const MapSettings &s)
{
    const auto *toLonLat = cachedTransform(s.crs, QStringLiteral("EPSG:4326"));
    if (!toLonLat)
        return 0;
    const auto c = toLonLat->forward(s.center);
    if (!c || std::abs(c->y()) > 89)
        return 0;
    const auto north = toLonLat->inverse(QPointF(c->x(), c->y() + 0.01));
    if (!north)
        return 0;
    const double dx = north->x() - s.center.x();
    const double dy = north->y() - s.center.y();
    return std::atan2(dx, dy) * 180.0 / M_PI;
}

// The north arrow rotated by angle, centred on the painter's origin.
void paintNorthArrow(QPainter &painter, double angle, double k)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(QPointF(0, 0), 20 * k, 20 * k);
    painter.rotate(angle);
    QPainterPath left, right;
    left.moveTo(0, -15 * k);
    left.lineTo(-6 * k, 9 * k);
    left.lineTo(0, 5 * k);
    left.closeSubpath();
    right.moveTo(0, -15 * k);
    right.lineTo(6 * k, 9 * k);
    right.lineTo(0, 5 * k);
    right.closeSubpath();
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.drawPath(left);
    painter.setBrush(QColor(0x99, 0x99, 0x99));
    painter.drawPath(right);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(9 * k));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(QRectF(-10 * k, 7 * k, 20 * k, 12 * k), Qt::AlignCenter, QStringLiteral("N"));
}

QImage northArrowImage(double angle, double k)
{
    thread_local QString lastKey;
    thread_local QImage last;
    const QString key = QStringLiteral("%1/%2").arg(qRound(angle * 10)).arg(k);
    if (key == lastKey)
        return last;
    const int side = qRound(44 * k);
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter painter(&img);
    painter.translate(side / 2.0, side / 2.0);
    paintNorthArrow(painter, angle, k);
    painter.end();
    lastKey = key;
    last = img;
    return img;
}

void drawNorthArrow(QPainter &painter, const MapSettings &s)
{
    const double k = s.symbolScale();
    if (drawsVectors(painter)) {
        painter.save();
        painter.translate(s.outputSize.width() - 28 * k, 34 * k);
        paintNorthArrow(painter, northAngle(s), k);
        painter.restore();
        return;
    }
    const QImage arrow = northArrowImage(northAngle(s), k);
    painter.drawImage(QPoint(qRound(s.outputSize.width() - 28 * k) - arrow.width() / 2, qRound(34 * k) - arrow.height() / 2),
                      arrow);
}

} // namespace

void drawDecorations(QPainter &painter, const MapSettings &settings, double metersPerPixel)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (metersPerPixel > 0)
        drawScaleBar(painter, settings, metersPerPixel);
    drawNorthArrow(painter, settings);
    painter.restore();
    if (settings.windowCaption && !settings.timeWindow.isOpen())
        drawWindowCaption(painter, settings);
}

void drawWindowCaption(QPainter &painter, const MapSettings &settings)
{
    const double k = settings.symbolScale();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(12 * k));
    font.setBold(true);
    const QFontMetricsF fm(font);
    const double pad = 5 * k;
    const QString text = fm.elidedText(settings.timeWindow.toDisplayString(), Qt::ElideMiddle,
                                       settings.outputSize.width() - 70 * k);
    const QRectF rect(QPointF(6 * k, 6 * k), QSizeF(fm.horizontalAdvance(text) + 2 * pad, fm.height() + 2 * pad));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(rect, 3 * k, 3 * k);
    painter.setFont(font);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QPointF(rect.left() + pad, rect.top() + pad + fm.ascent()), text);
    painter.restore();
}

void drawCredits(QPainter &painter, const MapSettings &settings, const QStringList &credits)
{
    if (credits.isEmpty())
        return;
    constexpr int kShown = 5;
    QStringList lines = credits.mid(0, kShown);
    if (credits.size() > kShown)
        lines << QStringLiteral("and %1 more scenes").arg(credits.size() - kShown);
    const double k = settings.symbolScale();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(10 * k));
    const QFontMetricsF fm(font);
    const double pad = 4 * k, lineHeight = fm.height();
    const double widest = settings.outputSize.width() - 8 * k - 2 * pad;
    double width = 0;
    for (QString &line : lines) {
        line = fm.elidedText(line, Qt::ElideMiddle, widest);
        width = std::max(width, fm.horizontalAdvance(line));
    }
    const QSizeF box(width + 2 * pad, lines.size() * lineHeight + 2 * pad);
    // Beside the scale bar (bottom left) when there is room, else above it.
    const double above = box.width() > settings.outputSize.width() / 2.0 ? 32 * k : 0;
    const QRectF rect(QPointF(settings.outputSize.width() - box.width() - 4 * k,
                              settings.outputSize.height() - box.height() - 4 * k - above),
                      box);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(rect, 3 * k, 3 * k);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QPointF(rect.left() + pad, rect.top() + pad + i * lineHeight + fm.ascent()), lines[i]);
    painter.restore();
}

} // namespace sightline::render
