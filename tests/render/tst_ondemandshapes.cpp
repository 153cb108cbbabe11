// Shapes projected when a query first reaches them find what the same shapes projected all at
// once find, in every kind of CRS: conic and polar views, a view across the antimeridian, a UTM
// zone far from its meridian.
#include "sightline/geo/vectorfile.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/ondemandshapes.h"
#include "sightline/render/preparedshapes.h"
#include "sightline/render/transformcache.h"

#include <QRandomGenerator>
#include <QtConcurrent>
#include <QtTest>

using namespace sightline;
using namespace sightline::render;

Q_DECLARE_METATYPE(sightline::render::MapExtent)
Q_DECLARE_METATYPE(sightline::GeoBounds)

class TstOnDemandShapes : public QObject
{
    Q_OBJECT

    std::shared_ptr<geo::VectorLayerData> m_countries, m_provinces;

    // What a query finds: each shape's item and projected rings.
    using Found = QList<QPair<int, QList<QPolygonF>>>;

    static Found sorted(Found f)
    {
        std::sort(f.begin(), f.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        return f;
    }

    static QList<QPair<int, QList<QPolygonF>>> allOf(const geo::VectorLayerData &data, const GeoBounds &area)
    {
        QList<QPair<int, QList<QPolygonF>>> out;
        for (int i = 0; i < data.features.size(); ++i) {
            const QRectF &b = data.features[i].bounds;
            if (area.isEmpty() || area.intersects(GeoBounds{b.left(), b.top(), b.right(), b.bottom()}))
                out.append({i, data.features[i].parts});
        }
        return out;
    }

    // Random views of every size, from a continent to a few kilometres, inside the extent the
    // CRS can show, and the tiles of one of them.
    static QList<MapExtent> viewsIn(const MapExtent &usable, int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QList<MapExtent> out;
        for (int i = 0; i < n; ++i) {
            const double span = usable.width() * std::pow(10.0, -rng.bounded(4.0));
            const double x = usable.xMin + rng.bounded(1.0) * usable.width();
            const double y = usable.yMin + rng.bounded(1.0) * usable.height();
            out.append({x - span / 2, y - span / 3, x + span / 2, y + span / 3});
        }
        return out;
    }

    // Whether any point of the view (a 33 x 33 grid over it) lies, in lon/lat, inside bounds.
    static bool viewReaches(const QString &crs, const MapExtent &view, const QRectF &bounds)
    {
        const auto *toLonLat = cachedTransform(crs, QStringLiteral("EPSG:4326"));
        for (int i = 0; i <= 32; ++i)
            for (int j = 0; j <= 32; ++j) {
                const auto p = toLonLat->forward(
                    QPointF(view.xMin + view.width() * i / 32, view.yMin + view.height() * j / 32));
                if (p && p->x() >= bounds.left() && p->x() <= bounds.right() && p->y() >= bounds.top() &&
                    p->y() <= bounds.bottom())
                    return true;
            }
        return false;
    }

    // Every shape found on demand is found, with the same rings, when everything is projected;
    // a shape found only then is one the view does not reach on the ground: its projected
    // outline only wraps round the view (a country across the map's edge, smeared from one
    // side to the other; Antarctica round a north polar view).
    void compareIn(const QString &crs, const MapExtent &usable, const std::shared_ptr<geo::VectorLayerData> &data,
                   const GeoBounds &area)
    {
        ShapeIndex whole;
        QString why;
        QVERIFY2(whole.build(crs, allOf(*data, area), {}, true, &why), qPrintable(why));
        OnDemandShapes onDemand;
        QVERIFY2(onDemand.build(crs, data, area, &why), qPrintable(why));
        int found = 0;
        for (const MapExtent &view : viewsIn(usable, 300, qHash(crs))) {
            QHash<int, QList<QPolygonF>> expected;
            whole.query(view, [&](const ShapeIndex::Shape &s) { expected.insert(s.item, s.rings); });
            QList<int> order;
            onDemand.query(view, [&](const ShapeIndex::Shape &s) {
                QVERIFY2(expected.contains(s.item), "found only on demand");
                QCOMPARE(s.rings, expected.value(s.item));
                order << s.item;
            });
            QVERIFY2(std::is_sorted(order.cbegin(), order.cend()), "in the data's order");
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                if (!order.contains(it.key()))
                    QVERIFY2(!viewReaches(crs, view, data->features[it.key()].bounds),
                             qPrintable(QStringLiteral("feature %1 missed in %2 %3,%4,%5,%6")
                                            .arg(it.key())
                                            .arg(crs)
                                            .arg(view.xMin)
                                            .arg(view.yMin)
                                            .arg(view.xMax)
                                            .arg(view.yMax)));
            found += order.size();
        }
        QVERIFY2(found > 300, qPrintable(QStringLiteral("%1 shapes found in all").arg(found)));
    }

private slots:
    void initTestCase()
    {
        const QString path = BasemapLayer::defaultPath();
        if (!QFileInfo::exists(path))
            QSKIP("Natural Earth (qgis-common) is not installed");
        m_countries = std::make_shared<geo::VectorLayerData>();
        m_provinces = std::make_shared<geo::VectorLayerData>();
        QString why;
        QVERIFY2(geo::readVectorShapes(path, QStringLiteral("countries"), m_countries.get(), &why), qPrintable(why));
        QVERIFY2(geo::readVectorShapes(path, QStringLiteral("states_provinces"), m_provinces.get(), &why), qPrintable(why));
    }

    void sameAsProjectingEverything_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<MapExtent>("usable");
        QTest::addColumn<GeoBounds>("area");
        QTest::newRow("Web Mercator") << QStringLiteral("EPSG:3857") << MapExtent{-2e7, -2e7, 2e7, 2e7} << GeoBounds{};
        QTest::newRow("longitude/latitude") << QStringLiteral("EPSG:4326") << MapExtent{-180, -90, 180, 90} << GeoBounds{};
        // The north pole inside the view, and the south pole.
        QTest::newRow("Arctic polar stereographic") << QStringLiteral("EPSG:3413") << MapExtent{-5e6, -5e6, 5e6, 5e6}
                                                    << GeoBounds{};
        QTest::newRow("Antarctic polar stereographic") << QStringLiteral("EPSG:3031") << MapExtent{-5e6, -5e6, 5e6, 5e6}
                                                       << GeoBounds{};
        // Centred on 150°E: the antimeridian runs through the map.
        QTest::newRow("Pacific Mercator") << QStringLiteral("EPSG:3832") << MapExtent{-1e7, -8e6, 1e7, 8e6} << GeoBounds{};
        // A UTM zone, with the area around it the basemap keeps for such CRSs.
        QTest::newRow("UTM 52N") << QStringLiteral("EPSG:32652") << MapExtent{-1e6, 2e6, 2e6, 7e6}
                                 << GeoBounds{96, -20, 157, 104};
        QTest::newRow("Lambert conformal (Europe)") << QStringLiteral("EPSG:3034") << MapExtent{1e6, 5e5, 7e6, 5e6}
                                                    << GeoBounds{};
    }

    void sameAsProjectingEverything()
    {
        QFETCH(QString, crs);
        QFETCH(MapExtent, usable);
        QFETCH(GeoBounds, area);
        compareIn(crs, usable, m_countries, area);
        if (QTest::currentTestFailed())
            return;
        compareIn(crs, usable, m_provinces, area);
    }

    // A view of the Korean peninsula projects the provinces around it, not the world's.
    void projectsWhatIsQueried()
    {
        OnDemandShapes onDemand;
        QString why;
        QVERIFY2(onDemand.build(QStringLiteral("EPSG:3857"), m_provinces, {}, &why), qPrintable(why));
        QCOMPARE(onDemand.projectedCount(), 0);
        const MapExtent korea{13.8e6, 3.9e6, 14.6e6, 5.4e6};
        const double span = korea.width() / 8;
        int found = 0;
        for (double x = korea.xMin; x < korea.xMax; x += span)
            for (double y = korea.yMin; y < korea.yMax; y += span)
                onDemand.query({x, y, x + span, y + span}, [&](const ShapeIndex::Shape &) { ++found; });
        QVERIFY(found > 0);
        QVERIFY2(onDemand.projectedCount() < m_provinces->features.size() / 20,
                 qPrintable(QStringLiteral("%1 of %2 projected").arg(onDemand.projectedCount()).arg(m_provinces->features.size())));
        const int projected = onDemand.projectedCount();
        onDemand.query(korea, [](const ShapeIndex::Shape &) {});
        QCOMPARE(onDemand.projectedCount(), projected); // each once
    }

    // Tiles drawn at once on several threads all find their shapes, each projected once.
    void queriedFromManyThreads()
    {
        OnDemandShapes onDemand;
        QString why;
        QVERIFY2(onDemand.build(QStringLiteral("EPSG:3857"), m_provinces, {}, &why), qPrintable(why));
        ShapeIndex whole;
        QVERIFY2(whole.build(QStringLiteral("EPSG:3857"), allOf(*m_provinces, {}), {}, true, &why), qPrintable(why));
        QList<MapExtent> tiles;
        const double span = 4e7 / 64;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                tiles.append({-2e7 + x * span, -2e7 + y * span, -2e7 + (x + 1) * span, -2e7 + (y + 1) * span});
        const QList<int> counts = QtConcurrent::blockingMapped(tiles, [&](const MapExtent &tile) {
            int n = 0;
            onDemand.query(tile, [&](const ShapeIndex::Shape &) { ++n; });
            return n;
        });
        QCOMPARE(onDemand.projectedCount(), m_provinces->features.size()); // each once, by one thread
        for (int i = 0; i < tiles.size(); ++i) {
            int expected = 0;
            whole.query(tiles[i], [&](const ShapeIndex::Shape &) { ++expected; });
            QCOMPARE(counts[i], expected);
        }
    }
};

QTEST_GUILESS_MAIN(TstOnDemandShapes)
#include "tst_ondemandshapes.moc"
