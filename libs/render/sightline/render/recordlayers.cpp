#include "sightline/render/recordlayers.h"

#include "sightline/render/labels.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/preparedshapes.h"
#include "sightline/render/symbols.h"

#include <array>

namespace sightline::render {
namespace {

QPointF lonLat(const GeoPoint &p)
{
    return {p.lon, p.lat};
}

// Points drawn with a symbol: a tile draws every point whose symbol reaches into it. Each point
// has a style (a site kind, say); the sprites of the styles are looked up once a tile.
class PreparedPoints : public PreparedLayer
{
public:
    // The sprite of a style at a size; compact: the view is so crowded at this resolution that
    // a small dot says more than a symbol.
    using SpriteFor = std::function<const QImage *(int style, double scale, bool compact)>;
    // The colour of a style's dot, for crowded views (opaque: written straight into the tile).
    std::function<QRgb(int style)> dotColor;
    ShapeIndex index;
    QList<quint8> styleOf; // per item
    int styleCount = 1;
    SpriteFor spriteFor;
    // The symbol of a style drawn as shapes, for vector output (a PDF); null: the sprite.
    std::function<void(QPainter &, QPointF, int style, double scale)> drawSymbol;
    QStringList labels;
    TimeFilter times; // per item, for the time window; empty when the layer has none
    double radius = kSiteSymbolRadius;
    bool growsWithScale = false; // site symbols: larger where the map is detailed (siteSymbolGrowth)
    int labelPriority = 0;
    double perSquareMapUnit = 0; // points per square map unit over the layer's extent

    void measureDensity() { perSquareMapUnit = index.density(); }
    bool crowded(double mapUnitsPerPixel) const { return crowdedPoints(perSquareMapUnit, mapUnitsPerPixel); }

    bool visibleAt(int item, const TimeWindow &w) const { return times.shows(item, w); }
    // Pixels per 96 dpi pixel of a symbol in a view of this ground resolution and dpi.
    double sizeFactor(double metersPerPixel, double symbolScale) const
    {
        return symbolScale * (growsWithScale ? siteSymbolGrowth(metersPerPixel * symbolScale) : 1.0);
    }

    bool drawsIn(const TileContext &tile) const override
    {
        const double reach = (radius + 2) * sizeFactor(tile.metersPerPixel, tile.symbolScale) * tile.mapUnitsPerPixel;
        return index.countUpTo(tile.tileExtent.grownBy(reach), 1) > 0;
    }

    bool renderTile(QPainter &p, const TileContext &tile) const override
    {
        const double size = sizeFactor(tile.metersPerPixel, tile.symbolScale);
        const double reach = (radius + 2) * size * tile.mapUnitsPerPixel;
        const bool compact = crowded(tile.mapUnitsPerPixel);
        std::array<const QImage *, 256> sprites{};
        for (int style = 0; style < styleCount; ++style)
            sprites[style] = spriteFor(style, compact ? tile.symbolScale : size, compact);
        const bool filterTime = !tile.window.isOpen() && times.dependsOnTime();
        int n = 0;
        bool drew = false;
        QImage *target = directPixels(p);
        if (compact && dotColor && target) {
            // Crowded: small opaque discs written into the tile's pixels, thousands of them per
            // tile, far cheaper than a blit each.
            std::array<QRgb, 256> colors{};
            for (int style = 0; style < styleCount; ++style)
                colors[style] = dotColor(style);
            const int r = std::max(1, qRound(2 * tile.symbolScale));
            index.query(tile.tileExtent.grownBy((r + 1) * tile.mapUnitsPerPixel), [&](const ShapeIndex::Shape &s) {
                if (filterTime && !visibleAt(s.item, tile.window))
                    return;
                writeDot(*target, tile.toPixel(s.point.x(), s.point.y()), r, colors[styleOf.isEmpty() ? 0 : styleOf[s.item]]);
                drew = true;
            });
            return drew;
        }
        const bool vectors = drawSymbol && drawsVectors(p);
        index.query(tile.tileExtent.grownBy(reach), [&](const ShapeIndex::Shape &s) {
            if ((++n & 1023) == 0 && tile.cancelled())
                return;
            if (filterTime && !visibleAt(s.item, tile.window))
                return;
            if (vectors) {
                drawSymbol(p, tile.toPixel(s.point.x(), s.point.y()), styleOf.isEmpty() ? 0 : styleOf[s.item], size);
                drew = true;
                return;
            }
            blitCentred(p, tile.toPixel(s.point.x(), s.point.y()), *sprites[styleOf.isEmpty() ? 0 : styleOf[s.item]]);
            drew = true;
        });
        return drew;
    }

    void addLabels(LabelPlacer &placer, const MapSettings &settings, double metersPerPixel) const override
    {
        if (labels.isEmpty())
            return;
        // Thousands of names on one screen cannot be read; label only when zoomed in enough.
        constexpr int kMaxLabelled = 1500;
        if (index.countUpTo(settings.extent(), kMaxLabelled + 1) > kMaxLabelled)
            return;
        index.query(settings.extent(), [&](const ShapeIndex::Shape &s) {
            if (visibleAt(s.item, settings.timeWindow))
                placer.add(labels.value(s.item), settings.toPixel(s.point),
                           radius * sizeFactor(metersPerPixel, settings.symbolScale()), labelPriority);
        });
    }
};

// The records of a point layer under a pixel: the nearest symbol within reach.
template <typename Record>
QList<RecordRef> pointRecordsAt(const MapLayer &layer, const QList<Record> &records, RecordType type,
                                const MapSettings &view, QPointF pixel, double tolerancePixels)
{
    const auto prepared = std::static_pointer_cast<const PreparedPoints>(layer.prepared(view.crs, nullptr));
    if (!prepared)
        return {};
    // The hit area grows with the symbol.
    const double size = prepared->sizeFactor(MapRenderer::groundResolution(view), view.symbolScale());
    const double reach = std::max(tolerancePixels, prepared->radius * size) * view.mapUnitsPerPixel;
    QList<RecordRef> out;
    for (int item : prepared->index.itemsAt(view.toMap(pixel), reach, false,
                                            [&](int i) { return prepared->visibleAt(i, view.timeWindow); }))
        out.append({type, records[item].meta.id});
    return out;
}

} // namespace

SiteLayer::SiteLayer(QList<Site> sites) : MapLayer(QStringLiteral("sites"), QStringLiteral("Sites")), m_sites(std::move(sites)) {}

QList<RecordRef> SiteLayer::recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const
{
    return pointRecordsAt(*this, m_sites, RecordType::Site, view, pixel, tolerancePixels);
}

std::shared_ptr<const PreparedLayer> SiteLayer::prepare(const QString &crs, QString *error) const
{
    auto prepared = std::make_shared<PreparedPoints>();
    QList<QPair<int, QPointF>> points;
    for (int i = 0; i < m_sites.size(); ++i) {
        points.append({i, lonLat(m_sites[i].location)});
        prepared->labels << m_sites[i].name;
        prepared->styleOf << static_cast<quint8>(m_sites[i].kind);
    }
    prepared->styleCount = static_cast<int>(SiteKind::Other) + 1;
    prepared->spriteFor = [](int style, double scale, bool compact) {
        const auto kind = static_cast<SiteKind>(style);
        return compact ? &siteDotSprite(kind, scale) : &siteSymbolSprite(kind, scale);
    };
    prepared->dotColor = [](int style) { return siteKindColor(static_cast<SiteKind>(style)).rgba(); };
    prepared->drawSymbol = [](QPainter &p, QPointF at, int style, double scale) {
        drawSiteSymbol(p, at, static_cast<SiteKind>(style), scale);
    };
    prepared->labelPriority = 10;
    prepared->growsWithScale = true;
    if (!prepared->index.build(crs, {}, points, true, error))
        return nullptr;
    prepared->measureDensity();
    return prepared;
}

AoiLayer::AoiLayer(QList<Site> sites, QList<Geometry> imageryFootprints)
    : MapLayer(QStringLiteral("aois"), QStringLiteral("Areas of interest")), m_sites(std::move(sites)),
      m_imagery(std::move(imageryFootprints))
{
}

std::shared_ptr<const PreparedLayer> AoiLayer::prepare(const QString &crs, QString *error) const
{
    class PreparedAois : public PreparedLayer
    {
    public:
        ShapeIndex index;
        ShapeIndex imagery; // where scenes are: no tint there
        QList<QColor> colors;
        // Labels keep off the areas (they hide what an analyst looks at there).
        void addLabels(LabelPlacer &placer, const MapSettings &settings, double) const override
        {
            index.query(settings.extent(), [&](const ShapeIndex::Shape &s) {
                for (const QPolygonF &ring : s.rings) {
                    QPolygonF pixels;
                    pixels.reserve(ring.size());
                    for (const QPointF &p : ring)
                        pixels << settings.toPixel(p);
                    placer.addArea(pixels);
                }
            });
        }
        bool drawsIn(const TileContext &tile) const override
        {
            return index.countUpTo(tile.tileExtent.grownBy(2 * tile.mapUnitsPerPixel), 1) > 0;
        }
        bool renderTile(QPainter &p, const TileContext &tile) const override
        {
            // The imagery in this tile, in tile pixels, built once a tile.
            std::optional<QPainterPath> imageryHere;
            const auto covered = [&]() -> const QPainterPath & {
                if (!imageryHere) {
                    imageryHere.emplace();
                    imageryHere->setFillRule(Qt::WindingFill);
                    imagery.query(tile.tileExtent, [&](const ShapeIndex::Shape &f) {
                        imageryHere->addPath(ShapeIndex::pixelPath(f, tile, true));
                    });
                }
                return *imageryHere;
            };
            bool drew = false;
            index.query(tile.tileExtent.grownBy(2 * tile.mapUnitsPerPixel), [&](const ShapeIndex::Shape &s) {
                drew = true;
                const double pixels = std::max(s.bounds.width(), s.bounds.height()) / tile.mapUnitsPerPixel;
                if (pixels < 6) { // a speck: a small block says "an area is here" as well as its outline would
                    const QPointF topLeft = tile.toPixel(s.bounds.xMin, s.bounds.yMax);
                    const QPointF bottomRight = tile.toPixel(s.bounds.xMax, s.bounds.yMin);
                    p.fillRect(QRect(topLeft.toPoint(), bottomRight.toPoint()).normalized().adjusted(0, 0, 1, 1), colors[s.item]);
                    return;
                }
                // Smoothing, outlines and dashes only where they can be seen; a small area is a
                // plain translucent patch (and fast).
                const bool small = pixels <= 16;
                p.setRenderHint(QPainter::Antialiasing, !small);
                QColor fill = colors[s.item];
                fill.setAlpha(small ? 150 : 40);
                if (small)
                    p.setPen(Qt::NoPen);
                else
                    p.setPen(QPen(colors[s.item], 1.6 * tile.symbolScale, pixels > 40 ? Qt::DashLine : Qt::SolidLine));
                const QPainterPath &under = covered();
                if (under.isEmpty()) { // no imagery here
                    p.setBrush(fill);
                    ShapeIndex::drawArea(p, s, tile);
                    return;
                }
                // Tinted only off the imagery; outlined everywhere, over imagery too.
                const QPen pen = small ? QPen(colors[s.item], 1.2 * tile.symbolScale) : p.pen();
                p.setPen(Qt::NoPen);
                p.setBrush(fill);
                p.drawPath(ShapeIndex::pixelPath(s, tile, true).subtracted(under));
                p.setPen(pen);
                p.setBrush(Qt::NoBrush);
                ShapeIndex::drawArea(p, s, tile);
            });
            return drew;
        }
    };
    auto prepared = std::make_shared<PreparedAois>();
    QList<QPair<int, QList<QPolygonF>>> polygons;
    for (const Site &s : m_sites) {
        if (s.aoi.isEmpty())
            continue;
        polygons.append({static_cast<int>(prepared->colors.size()), lonLatRings(s.aoi)});
        prepared->colors << siteKindColor(s.kind);
    }
    if (!prepared->index.build(crs, polygons, {}, true, error))
        return nullptr;
    QList<QPair<int, QList<QPolygonF>>> footprints;
    for (const Geometry &g : m_imagery)
        footprints.append({0, lonLatRings(g)});
    if (!prepared->imagery.build(crs, footprints, {}, true, error))
        return nullptr;
    return prepared;
}

namespace {
// Records that may carry a point location and a time (claims, events) as markers.
template <typename Record>
std::shared_ptr<const PreparedLayer> prepareMarkers(const QList<Record> &records, const TimeFilter &times, const QString &crs,
                                                    QString *error, Marker marker,
                                                    const std::function<QString(const Record &)> &label)
{
    auto prepared = std::make_shared<PreparedPoints>();
    prepared->times = times;
    QList<QPair<int, QPointF>> points;
    for (int i = 0; i < records.size(); ++i) {
        if (label)
            prepared->labels << label(records[i]);
        if (!records[i].location.isEmpty())
            points.append({i, lonLat(records[i].location.firstPoint())});
    }
    prepared->radius = marker == Marker::Claim ? 5 : kSiteSymbolRadius;
    prepared->labelPriority = 5;
    prepared->spriteFor = [marker](int, double scale, bool) { return &markerSprite(marker, scale); };
    prepared->drawSymbol = [marker](QPainter &p, QPointF at, int, double scale) {
        if (marker == Marker::Claim)
            drawClaimMarker(p, at, scale);
        else
            drawEventMarker(p, at, scale);
    };
    if (!prepared->index.build(crs, {}, points, true, error))
        return nullptr;
    return prepared;
}
} // namespace

namespace {
template <typename Record> QList<TimeSpan> timesOf(const QList<Record> &records)
{
    QList<TimeSpan> out;
    out.reserve(records.size());
    for (const Record &r : records)
        out << r.time;
    return out;
}
} // namespace

ClaimLayer::ClaimLayer(QList<Claim> claims)
    : TimedLayer(QStringLiteral("claims"), QStringLiteral("Claims"), timesOf(claims)), m_claims(std::move(claims))
{
}

QList<RecordRef> ClaimLayer::recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const
{
    return pointRecordsAt(*this, m_claims, RecordType::Claim, view, pixel, tolerancePixels);
}

std::shared_ptr<const PreparedLayer> ClaimLayer::prepare(const QString &crs, QString *error) const
{
    return prepareMarkers<Claim>(m_claims, times(), crs, error, Marker::Claim, nullptr);
}

EventLayer::EventLayer(QList<Event> events)
    : TimedLayer(QStringLiteral("events"), QStringLiteral("Events"), timesOf(events)), m_events(std::move(events))
{
}

QList<RecordRef> EventLayer::recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const
{
    return pointRecordsAt(*this, m_events, RecordType::Event, view, pixel, tolerancePixels);
}

std::shared_ptr<const PreparedLayer> EventLayer::prepare(const QString &crs, QString *error) const
{
    return prepareMarkers<Event>(m_events, times(), crs, error, Marker::Event, [](const Event &e) { return e.title; });
}

} // namespace sightline::render
