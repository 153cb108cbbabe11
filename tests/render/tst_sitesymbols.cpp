// Site symbols and labels where the map is detailed (1:20,000 and 1:5,000 around the Tumangang
// crossing): symbols grow with the scale up to a sensible size, the click area grows with them,
// and labels keep off areas of interest where they can (and are still placed where they cannot).
#include "sightline/render/maprenderer.h"
#include "sightline/render/recordlayers.h"
#include "sightline/render/symbols.h"
#include "sightline/render/transformcache.h"

#include <QTest>

#include <cmath>

using namespace sightline;
using namespace sightline::render;

namespace {

constexpr double kLon = 130.6449, kLat = 42.4301; // Khasan station

Site stationAt(double lon, double lat, Geometry aoi = {})
{
    Site s;
    s.meta.id = QUuid::createUuid();
    s.name = QStringLiteral("Khasan station");
    s.kind = SiteKind::RailYard;
    s.location = {lon, lat};
    s.aoi = std::move(aoi);
    return s;
}

// A Web Mercator view of 400 × 300 pixels at 1:scale (96 dpi) centred on the station.
MapSettings viewAtScale(double scale)
{
    MapSettings s;
    s.crs = QStringLiteral("EPSG:3857");
    s.center = *cachedTransform(QStringLiteral("EPSG:4326"), s.crs)->forward(QPointF(kLon, kLat));
    s.mapUnitsPerPixel = scale * 0.0254 / 96 / std::cos(kLat * M_PI / 180);
    s.outputSize = {400, 300};
    s.decorations = false;
    return s;
}

// The lon/lat of a pixel of the view.
GeoPoint lonLatOf(const MapSettings &s, QPointF pixel)
{
    const QPointF p = *cachedTransform(s.crs, QStringLiteral("EPSG:4326"))->forward(s.toMap(pixel));
    return {p.x(), p.y()};
}

int countPixels(const QImage &img, QRect where, const std::function<bool(QColor)> &test)
{
    int n = 0;
    for (int y = where.top(); y <= where.bottom(); ++y)
        for (int x = where.left(); x <= where.right(); ++x)
            n += test(img.pixelColor(x, y)) ? 1 : 0;
    return n;
}

bool isLabelInk(QColor c)
{
    return c.red() < 0x50 && c.green() < 0x50 && c.blue() < 0x50;
}

} // namespace

class TestSiteSymbols : public QObject
{
    Q_OBJECT
  private slots:
    void growthFollowsTheScale()
    {
        QCOMPARE(siteSymbolGrowth(0), 1.0);
        QCOMPARE(siteSymbolGrowth(50), 1.0);    // about 1:190,000
        QCOMPARE(siteSymbolGrowth(20), 1.0);    // about 1:75,000
        QCOMPARE(siteSymbolGrowth(5.29), 1.5);  // 1:20,000
        QCOMPARE(siteSymbolGrowth(1.32), 1.75); // 1:5,000
        QCOMPARE(siteSymbolGrowth(0.1), 1.75);  // never larger
        double last = 1;
        for (double m = 40; m > 0.5; m /= 1.2) {
            QVERIFY(siteSymbolGrowth(m) >= last);
            last = siteSymbolGrowth(m);
        }
    }

    void symbolsAndTheirHitAreaGrowWhenDetailed()
    {
        const auto layer = std::make_shared<SiteLayer>(QList<Site>{stationAt(kLon, kLat)});
        const auto inked = [&](const MapSettings &view) {
            const QImage img = MapRenderer::render(view, LayerList{layer});
            const QColor kind = siteKindColor(SiteKind::RailYard);
            return countPixels(img, QRect(150, 100, 100, 100), [&](QColor c) {
                return std::abs(c.red() - kind.red()) + std::abs(c.green() - kind.green()) +
                           std::abs(c.blue() - kind.blue()) <
                       30;
            });
        };
        const MapSettings wide = viewAtScale(100000), close = viewAtScale(5000);
        const int small = inked(wide), large = inked(close);
        QVERIFY2(small > 20 && large > 2.5 * small,
                 qPrintable(QStringLiteral("%1 → %2").arg(small).arg(large)));
        // 11 pixels off the point: on the symbol at 1:5,000, beside it at 1:100,000.
        const QPointF off(200 + 11, 150);
        QCOMPARE(layer->recordsAt(close, off, 6).size(), 1);
        QCOMPARE(layer->recordsAt(wide, off, 6).size(), 0);
        // 1:20,000 on a screen of twice the density (dpi 192) grows as 1:20,000 at 96 dpi (1.5
        // times, twice the pixels): 21 pixels of reach, not the 24.5 of 1:10,000.
        MapSettings dense = viewAtScale(20000);
        dense.dpi = 192;
        dense.mapUnitsPerPixel /= 2;
        QCOMPARE(layer->recordsAt(dense, QPointF(200 + 20, 150), 6).size(), 1);
        QCOMPARE(layer->recordsAt(dense, QPointF(200 + 23, 150), 6).size(), 0);
    }

    void labelsKeepOffAreasOfInterest()
    {
        const MapSettings view = viewAtScale(5000);
        // The area of interest of another site covers the half of the view east of the station,
        // where its label would go first.
        const QList<GeoPoint> east{lonLatOf(view, {206, 0}), lonLatOf(view, {400, 0}),
                                   lonLatOf(view, {400, 300}), lonLatOf(view, {206, 300}),
                                   lonLatOf(view, {206, 0})};
        Site yard =
            stationAt(lonLatOf(view, {380, 20}).lon, lonLatOf(view, {380, 20}).lat, Geometry::polygon(east));
        yard.name = QString();
        const QRect eastHalf(215, 0, 185, 300), westHalf(0, 0, 190, 300);

        // Without the area the label takes its first place, east of the symbol.
        const QImage plain = MapRenderer::render(
            view, LayerList{std::make_shared<SiteLayer>(QList<Site>{stationAt(kLon, kLat)})});
        QVERIFY(countPixels(plain, eastHalf, isLabelInk) > 20);

        const LayerList withArea{std::make_shared<AoiLayer>(QList<Site>{yard}),
                                 std::make_shared<SiteLayer>(QList<Site>{stationAt(kLon, kLat), yard})};
        const QImage img = MapRenderer::render(view, withArea);
        QCOMPARE(countPixels(img, eastHalf, isLabelInk), 0);
        QVERIFY(countPixels(img, westHalf, isLabelInk) > 20);
    }

    void aLabelWithNowhereElseStillShows()
    {
        // The station inside an area that fills the view: its label goes on the area all the same.
        const MapSettings view = viewAtScale(5000);
        const QList<GeoPoint> all{lonLatOf(view, {-10, -10}), lonLatOf(view, {410, -10}),
                                  lonLatOf(view, {410, 310}), lonLatOf(view, {-10, 310}),
                                  lonLatOf(view, {-10, -10})};
        const QList<Site> sites{stationAt(kLon, kLat, Geometry::polygon(all))};
        const QImage img = MapRenderer::render(
            view, LayerList{std::make_shared<AoiLayer>(sites), std::make_shared<SiteLayer>(sites)});
        QVERIFY(countPixels(img, QRect(0, 0, 400, 300), isLabelInk) > 20);
    }
};

QTEST_MAIN(TestSiteSymbols)
#include "tst_sitesymbols.moc"
