#include "sightline/render/symbols.h"

#include <QMutex>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace sightline::render {

QColor siteKindColor(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Port: return {0x1f, 0x66, 0xa8};
    case SiteKind::RailCrossing: return {0x7b, 0x3f, 0x98};
    case SiteKind::RailYard: return {0x8a, 0x55, 0x2e};
    case SiteKind::Depot: return {0xc0, 0x39, 0x2b};
    case SiteKind::Factory: return {0xd9, 0x75, 0x0f};
    case SiteKind::Airfield: return {0x2c, 0x3e, 0x50};
    case SiteKind::BorderCrossing: return {0x12, 0x8a, 0x72};
    case SiteKind::Other: break;
    }
    return {0x6b, 0x6b, 0x6b};
}

namespace {
QPolygonF regular(QPointF c, double r, int sides, double rotationDeg)
{
    QPolygonF poly;
    for (int i = 0; i < sides; ++i) {
        const double a = (rotationDeg + 360.0 * i / sides) * M_PI / 180.0;
        poly << QPointF(c.x() + r * std::sin(a), c.y() - r * std::cos(a));
    }
    return poly;
}
} // namespace

double siteSymbolGrowth(double metersPerPixel96)
{
    if (!(metersPerPixel96 > 0))
        return 1.0;
    const double growth = std::clamp(1.0 + 0.25 * std::log2(20.0 / metersPerPixel96), 1.0, 1.75);
    return std::round(growth * 8.0) / 8.0;
}

void drawSiteSymbol(QPainter &p, QPointF c, SiteKind kind, double scale)
{
    const double r = 6.0 * scale;
    p.setPen(QPen(Qt::white, 1.5 * scale));
    p.setBrush(siteKindColor(kind));
    switch (kind) {
    case SiteKind::Port: // circle with an anchor's crossbar
        p.drawEllipse(c, r, r);
        p.setPen(QPen(Qt::white, 1.3 * scale));
        p.drawLine(QPointF(c.x(), c.y() - r * 0.55), QPointF(c.x(), c.y() + r * 0.55));
        p.drawLine(QPointF(c.x() - r * 0.45, c.y() - r * 0.15), QPointF(c.x() + r * 0.45, c.y() - r * 0.15));
        break;
    case SiteKind::RailCrossing: // diamond with a track line
        p.drawPolygon(regular(c, r * 1.2, 4, 0));
        p.setPen(QPen(Qt::white, 1.3 * scale));
        p.drawLine(QPointF(c.x() - r * 0.55, c.y()), QPointF(c.x() + r * 0.55, c.y()));
        break;
    case SiteKind::RailYard: // square with two tracks
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        p.setPen(QPen(Qt::white, 1.1 * scale));
        p.drawLine(QPointF(c.x() - r * 0.6, c.y() - r * 0.3), QPointF(c.x() + r * 0.6, c.y() - r * 0.3));
        p.drawLine(QPointF(c.x() - r * 0.6, c.y() + r * 0.3), QPointF(c.x() + r * 0.6, c.y() + r * 0.3));
        break;
    case SiteKind::Depot: p.drawPolygon(regular(c, r * 1.25, 3, 0)); break;
    case SiteKind::Factory: p.drawPolygon(regular(c, r * 1.1, 6, 0)); break;
    case SiteKind::Airfield: {
        QPainterPath plus;
        plus.addRect(QRectF(c.x() - r, c.y() - r * 0.35, 2 * r, r * 0.7));
        plus.addRect(QRectF(c.x() - r * 0.35, c.y() - r, r * 0.7, 2 * r));
        p.drawPath(plus.simplified());
        break;
    }
    case SiteKind::BorderCrossing: // pentagon
        p.drawPolygon(regular(c, r * 1.15, 5, 0));
        break;
    case SiteKind::Other: p.drawEllipse(c, r * 0.8, r * 0.8); break;
    }
}

void drawClaimMarker(QPainter &p, QPointF c, double scale)
{
    const double r = 4.0 * scale;
    p.setPen(QPen(QColor(0x5a, 0x2d, 0x82), 1.2 * scale));
    p.setBrush(QColor(0xe8, 0xdc, 0xf2));
    p.drawPolygon(regular(c, r * 1.2, 4, 45));
}

void drawEventMarker(QPainter &p, QPointF c, double scale)
{
    const double r = 7.0 * scale;
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double a = i * M_PI / 5;
        const double rr = i % 2 ? r * 0.45 : r;
        star << QPointF(c.x() + rr * std::sin(a), c.y() - rr * std::cos(a));
    }
    p.setPen(QPen(Qt::white, 1.3 * scale));
    p.setBrush(QColor(0xb8, 0x86, 0x0b));
    p.drawPolygon(star);
}

namespace {
// Sprites keyed by what they show and by their size in hundredths of a pixel.
const QImage &sprite(int what, double scale, const std::function<void(QPainter &, QPointF, double)> &draw)
{
    static QMutex mutex;
    static std::map<std::pair<int, int>, QImage> cache;
    const auto key = std::make_pair(what, qRound(scale * 100));
    QMutexLocker lock(&mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int side = static_cast<int>(std::ceil(2 * (kSiteSymbolRadius + 3) * scale)) | 1; // odd: a centre pixel
        QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p, QPointF(side / 2.0, side / 2.0), scale);
        p.end();
        it = cache.emplace(key, img).first;
    }
    return it->second; // std::map never moves its elements
}
} // namespace

const QImage &siteSymbolSprite(SiteKind kind, double scale)
{
    return sprite(static_cast<int>(kind), scale, [kind](QPainter &p, QPointF c, double s) { drawSiteSymbol(p, c, kind, s); });
}

const QImage &siteDotSprite(SiteKind kind, double scale)
{
    static QMutex mutex;
    static std::map<std::pair<int, int>, QImage> cache;
    QMutexLocker lock(&mutex);
    const auto key = std::make_pair(static_cast<int>(kind), qRound(scale * 100));
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int side = static_cast<int>(std::ceil(5 * scale)) | 1;
        QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(siteKindColor(kind));
        p.drawEllipse(QPointF(side / 2.0, side / 2.0), side / 2.0, side / 2.0);
        p.end();
        it = cache.emplace(key, img).first;
    }
    return it->second;
}

const QImage &markerSprite(Marker marker, double scale)
{
    return sprite(100 + static_cast<int>(marker), scale, [marker](QPainter &p, QPointF c, double s) {
        if (marker == Marker::Claim)
            drawClaimMarker(p, c, s);
        else
            drawEventMarker(p, c, s);
    });
}

void blitCentred(QPainter &painter, QPointF at, const QImage &img)
{
    // Whole pixels: an unscaled, untranslated blit is QPainter's fastest path.
    painter.drawImage(QPoint(qRound(at.x()) - img.width() / 2, qRound(at.y()) - img.height() / 2), img);
}

} // namespace sightline::render
