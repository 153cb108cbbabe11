// Geodesic distance, length and area on WGS 84. Expected values from GeographicLib's own tools
// and PROJ's geod, outside this code:
//   echo "42.4217 130.6026 42.4301 130.6449" | GeodSolve -i -p 9     (geod +ellps=WGS84 -I agrees)
//   printf "0 0\n0 1\n1 1\n1 0\n" | Planimeter -p 9
#include "sightline/geo/geodesy.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace sightline;
using namespace sightline::geo;

namespace {
const GeoPoint tumangang{130.6026, 42.4217}; // station on the DPRK side of the Tumen bridge
const GeoPoint khasan{130.6449, 42.4301};    // station on the Russian side
constexpr double kTumangangToKhasan = 3604.004632686;
constexpr double kOneDegreeSquare = 12308778361.4695; // lon 0..1, lat 0..1

QList<GeoPoint> unitSquare() { return {{0, 0}, {1, 0}, {1, 1}, {0, 1}}; }
} // namespace

class TestGeoGeodesy : public QObject
{
    Q_OBJECT

private slots:
    void distanceAcrossTheTumen()
    {
        const double d = geodesicDistanceMeters(tumangang, khasan);
        QVERIFY2(std::abs(d - kTumangangToKhasan) < 1e-3, qPrintable(QString::number(d, 'f', 6)));
        QVERIFY(std::abs(geodesicDistanceMeters(khasan, tumangang) - d) < 1e-6);
        QCOMPARE(geodesicDistanceMeters(tumangang, tumangang), 0.0);
    }

    void distanceAlongTheEquator()
    {
        // One degree of the equator is a / 360 * 2 pi exactly.
        const double d = geodesicDistanceMeters({0, 0}, {1, 0});
        QVERIFY(std::abs(d - 6378137.0 * 2 * std::numbers::pi / 360) < 1e-6);
    }

    void areaOfOneDegreeSquare()
    {
        const double a = geodesicAreaSquareMeters(unitSquare());
        QVERIFY2(std::abs(a - kOneDegreeSquare) < 1.0, qPrintable(QString::number(a, 'f', 4)));
    }

    void windingDoesNotChangeTheArea()
    {
        QList<GeoPoint> ring = unitSquare();
        const double ccw = geodesicAreaSquareMeters(ring);
        std::reverse(ring.begin(), ring.end());
        const double cw = geodesicAreaSquareMeters(ring);
        QVERIFY(cw > 0);
        QVERIFY(std::abs(cw - ccw) < 1e-3);
    }

    void closedAndOpenRingsAgree()
    {
        QList<GeoPoint> ring = unitSquare();
        const double open = geodesicAreaSquareMeters(ring);
        ring << ring.first();
        QVERIFY(std::abs(geodesicAreaSquareMeters(ring) - open) < 1e-3);
    }

    void degenerateRingsHaveNoArea()
    {
        QCOMPARE(geodesicAreaSquareMeters({}), 0.0);
        QCOMPARE(geodesicAreaSquareMeters({tumangang}), 0.0);
        QCOMPARE(geodesicAreaSquareMeters({tumangang, khasan}), 0.0);
        QCOMPARE(geodesicAreaSquareMeters({tumangang, khasan, tumangang}), 0.0);
    }

    void lengthIsTheSumOfTheSegments()
    {
        const GeoPoint third{130.70, 42.50};
        const QList<GeoPoint> path{tumangang, khasan, third, tumangang};
        const double expected = geodesicDistanceMeters(tumangang, khasan) + geodesicDistanceMeters(khasan, third)
                                + geodesicDistanceMeters(third, tumangang);
        QVERIFY(std::abs(geodesicLengthMeters(path) - expected) < 1e-6);
        QVERIFY(std::abs(geodesicLengthMeters({tumangang, khasan}) - kTumangangToKhasan) < 1e-3);
        QCOMPARE(geodesicLengthMeters({}), 0.0);
        QCOMPARE(geodesicLengthMeters({tumangang}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGeoGeodesy)
#include "tst_geo_geodesy.moc"
