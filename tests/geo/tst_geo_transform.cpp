// CoordinateTransform: PROJ in lon/lat (x/y) order whatever the CRS says, failed points made
// infinite and not counted, one instance per thread. Expected values come from PROJ 9.1's
// cs2cs (`echo "42.4217 130.6026" | cs2cs -f %.6f EPSG:4326 EPSG:3857`, which takes lat first).
#include "sightline/geo/transform.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <thread>
#include <vector>

using namespace sightline::geo;

namespace {
// Tumangang railway station, on the Tumen river.
constexpr double kLon = 130.6026, kLat = 42.4217;
constexpr double kMercX = 14538614.928278, kMercY = 5224358.873243;
constexpr double kUtmX = 631845.191341, kUtmY = 4697842.850301; // EPSG:32652
constexpr double kCm = 0.01;

CoordinateTransform make(const char *from, const char *to)
{
    QString error;
    auto t = CoordinateTransform::create(QString::fromLatin1(from), QString::fromLatin1(to), &error);
    if (!t)
        qFatal("cannot create %s -> %s: %s", from, to, qUtf8Printable(error));
    return std::move(*t);
}
} // namespace

class TestGeoTransform : public QObject
{
    Q_OBJECT

private slots:
    void originStaysAtOrigin()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        const auto p = t.forward(QPointF(0, 0));
        QVERIFY(p);
        QVERIFY(std::abs(p->x()) < 1e-6 && std::abs(p->y()) < 1e-6);
    }

    void webMercatorIsLonLatOrder()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        QCOMPARE(t.sourceCrs(), QStringLiteral("EPSG:4326"));
        QCOMPARE(t.targetCrs(), QStringLiteral("EPSG:3857"));
        QVERIFY(!t.isIdentity());
        const auto p = t.forward(QPointF(kLon, kLat));
        QVERIFY(p);
        QVERIFY2(std::abs(p->x() - kMercX) < kCm, qPrintable(QString::number(p->x(), 'f', 6)));
        QVERIFY2(std::abs(p->y() - kMercY) < kCm, qPrintable(QString::number(p->y(), 'f', 6)));
        const auto back = t.inverse(*p);
        QVERIFY(back);
        QVERIFY(std::abs(back->x() - kLon) < 1e-9 && std::abs(back->y() - kLat) < 1e-9);
    }

    void utmZone52North()
    {
        const auto t = make("EPSG:4326", "EPSG:32652");
        const auto p = t.forward(QPointF(kLon, kLat));
        QVERIFY(p);
        QVERIFY2(std::abs(p->x() - kUtmX) < kCm && std::abs(p->y() - kUtmY) < kCm,
                 qPrintable(QStringLiteral("%1 %2").arg(p->x(), 0, 'f', 6).arg(p->y(), 0, 'f', 6)));
    }

    void roundTripManyPoints()
    {
        const auto t = make("EPSG:4326", "EPSG:32652");
        std::vector<double> x, y;
        for (double lat = 30; lat <= 60; lat += 0.5)
            for (double lon = 126; lon <= 132; lon += 0.25) {
                x.push_back(lon);
                y.push_back(lat);
            }
        const auto x0 = x, y0 = y;
        const int n = static_cast<int>(x.size());
        QCOMPARE(t.forward(x.data(), y.data(), n), n);
        QCOMPARE(t.inverse(x.data(), y.data(), n), n);
        for (size_t i = 0; i < x.size(); ++i)
            QVERIFY2(std::abs(x[i] - x0[i]) < 1e-9 && std::abs(y[i] - y0[i]) < 1e-9,
                     qPrintable(QStringLiteral("%1 %2").arg(x0[i]).arg(y0[i])));
    }

    void strideWalksInterleavedCoordinates()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        // x, y, z triples: the z values must be left alone.
        double xyz[] = {0, 0, 7, kLon, kLat, 8};
        QCOMPARE(t.forward(&xyz[0], &xyz[1], 2, 3), 2);
        QVERIFY(std::abs(xyz[3] - kMercX) < kCm && std::abs(xyz[4] - kMercY) < kCm);
        QCOMPARE(xyz[2], 7.0);
        QCOMPARE(xyz[5], 8.0);
    }

    void identityIgnoresAxisOrder()
    {
        QVERIFY(make("EPSG:4326", "EPSG:4326").isIdentity());
        // CRS84 is EPSG:4326 with lon first: the same once normalised for visualisation.
        const auto t = make("EPSG:4326", "OGC:CRS84");
        QVERIFY(t.isIdentity());
        const auto p = t.forward(QPointF(kLon, kLat));
        QVERIFY(p);
        QCOMPARE(*p, QPointF(kLon, kLat));
        QVERIFY(!make("EPSG:4326", "EPSG:4258").isIdentity()); // ETRS89: another datum
    }

    void unknownCrsIsRefused()
    {
        QString error;
        QVERIFY(!CoordinateTransform::create(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:3857"), &error));
        QVERIFY2(error.contains(QStringLiteral("EPSG:999999")), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        error.clear();
        QVERIFY(!CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("not a crs"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a crs")), qPrintable(error));
        // A coordinate operation is not a CRS.
        QVERIFY(!CoordinateTransform::create(QStringLiteral("+proj=merc"), QStringLiteral("EPSG:3857"), &error));
        QVERIFY(!CoordinateTransform::create(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:3857")));
    }

    void failedPointsBecomeInfiniteAndAreNotCounted()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        // PROJ 9.1 converts latitude exactly 90 to a finite y (2.4e8 m, tan(pi/2) in floating
        // point), so the failing points are beyond the pole and not numbers at all.
        double x[] = {0, 0, kLon, 10, 0};
        double y[] = {0, 95, kLat, -91, qQNaN()};
        QCOMPARE(t.forward(x, y, 5), 2);
        for (int i : {1, 3, 4})
            QVERIFY(std::isinf(x[i]) && std::isinf(y[i]) && x[i] > 0 && y[i] > 0);
        QVERIFY(std::abs(x[2] - kMercX) < kCm && std::abs(y[2] - kMercY) < kCm);
        QVERIFY(!t.forward(QPointF(0, 95)));
        // A failure leaves nothing behind for the next call.
        const auto p = t.forward(QPointF(kLon, kLat));
        QVERIFY(p && std::abs(p->x() - kMercX) < kCm);
        QCOMPARE(t.forward(x, y, 0), 0);
    }

    void worldBoundsAreClippedToTheAreaOfUse()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        const QRectF world = t.forwardBounds(QRectF(QPointF(-180, -90), QPointF(180, 90)));
        // EPSG:3857 is used between 85.06°S and 85.06°N: y = ±20048966.104015 (cs2cs).
        constexpr double halfWidth = 20037508.342789, halfHeight = 20048966.104015;
        QVERIFY2(std::abs(world.left() + halfWidth) < kCm && std::abs(world.right() - halfWidth) < kCm,
                 qPrintable(QStringLiteral("%1 %2").arg(world.left(), 0, 'f').arg(world.right(), 0, 'f')));
        QVERIFY2(std::abs(world.top() + halfHeight) < kCm && std::abs(world.bottom() - halfHeight) < kCm,
                 qPrintable(QStringLiteral("%1 %2").arg(world.top(), 0, 'f').arg(world.bottom(), 0, 'f')));

        // A small box inside the area: exactly the converted corners (Mercator keeps them extreme).
        const QRectF box = t.forwardBounds(QRectF(QPointF(0, 0), QPointF(kLon, kLat)), 5);
        QVERIFY(std::abs(box.left()) < 1e-6 && std::abs(box.top()) < 1e-6);
        QVERIFY(std::abs(box.right() - kMercX) < kCm && std::abs(box.bottom() - kMercY) < kCm);
    }

    void boundsSampleTheEdgesNotOnlyTheCorners()
    {
        // In UTM a parallel bows towards the equator: the southern edge of a box dips lowest on
        // the central meridian (129°E for zone 52), below either corner.
        const auto t = make("EPSG:4326", "EPSG:32652");
        const QRectF r(QPointF(126, 40), QPointF(132, 44));
        const QRectF two = t.forwardBounds(r, 2);
        const QRectF many = t.forwardBounds(r, 21);
        const auto middle = t.forward(QPointF(129, 40));
        QVERIFY(middle);
        QVERIFY2(many.top() < two.top() - 1000, qPrintable(QStringLiteral("%1 %2").arg(many.top()).arg(two.top())));
        QVERIFY(std::abs(many.top() - middle->y()) < kCm);
        // A rectangle wholly outside the zone's area of use is still answered.
        QVERIFY(!t.forwardBounds(QRectF(QPointF(100, 10), QPointF(101, 11))).isEmpty());
    }

    void cloneWorksOnAnotherThread()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        CoordinateTransform copy = t.clone();
        QCOMPARE(copy.sourceCrs(), t.sourceCrs());
        QCOMPARE(copy.targetCrs(), t.targetCrs());
        std::optional<QPointF> there;
        std::thread worker([&copy, &there] { there = copy.forward(QPointF(kLon, kLat)); });
        const auto here = t.forward(QPointF(kLon, kLat));
        worker.join();
        QVERIFY(here && there);
        QCOMPARE(*there, *here);

        // Moving keeps the PROJ objects alive and working.
        CoordinateTransform moved = std::move(copy);
        QVERIFY(moved.forward(QPointF(0, 0)));
    }

    void timingOfAMillionPoints()
    {
        const auto t = make("EPSG:4326", "EPSG:3857");
        constexpr int n = 1'000'000;
        std::vector<double> x(n), y(n);
        for (int i = 0; i < n; ++i) {
            x[static_cast<size_t>(i)] = -180.0 + 360.0 * i / n;
            y[static_cast<size_t>(i)] = -80.0 + 160.0 * static_cast<double>((i * 7919LL) % n) / n;
        }
        QElapsedTimer timer;
        timer.start();
        const int ok = t.forward(x.data(), y.data(), n);
        const qint64 ms = timer.elapsed();
        QCOMPARE(ok, n);
        qInfo("forward(): 1M points EPSG:4326 -> EPSG:3857 in %lld ms", static_cast<long long>(ms));
    }
};

QTEST_GUILESS_MAIN(TestGeoTransform)
#include "tst_geo_transform.moc"
