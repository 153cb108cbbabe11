// What PROJ's database says about a CRS, and which UTM zone a position falls in (with the
// Norway and Svalbard exceptions of the UTM grid).
#include "sightline/geo/crs.h"

#include <QTest>

using namespace sightline;
using namespace sightline::geo;

class TestGeoCrs : public QObject
{
    Q_OBJECT

private slots:
    void webMercatorIsProjected()
    {
        QString error;
        const auto info = crsInfo(QStringLiteral("EPSG:3857"), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->id, QStringLiteral("EPSG:3857"));
        QVERIFY2(info->name.contains(QStringLiteral("Pseudo-Mercator")), qPrintable(info->name));
        QVERIFY(!info->geographic);
        QCOMPARE(info->areaOfUse, (GeoBounds{-180, -85.06, 180, 85.06}));
    }

    void wgs84IsGeographic()
    {
        const auto info = crsInfo(QStringLiteral("EPSG:4326"));
        QVERIFY(info);
        QCOMPARE(info->name, QStringLiteral("WGS 84"));
        QVERIFY(info->geographic);
        QCOMPARE(info->areaOfUse, (GeoBounds{-180, -90, 180, 90}));
        QVERIFY(crsInfo(QStringLiteral("EPSG:4979"))->geographic); // WGS 84 with heights
        // A PROJ string with +towgs84 is a bound CRS wrapping a geographic one.
        const auto bound = crsInfo(QStringLiteral("+proj=longlat +ellps=intl +towgs84=-87,-98,-121 +type=crs"));
        QVERIFY(bound);
        QVERIFY(bound->geographic);
        QVERIFY(bound->areaOfUse.isEmpty()); // PROJ knows no area for an ad hoc definition
    }

    void utmZoneAreaOfUse()
    {
        const auto info = crsInfo(QStringLiteral("EPSG:32652"));
        QVERIFY(info);
        QCOMPARE(info->name, QStringLiteral("WGS 84 / UTM zone 52N"));
        QVERIFY(!info->geographic);
        QCOMPARE(info->areaOfUse, (GeoBounds{126, 0, 132, 84}));
    }

    void antimeridianAreaBecomesAllLongitudes()
    {
        // PDC Mercator: PROJ gives west 98.69 > east -68.
        const auto info = crsInfo(QStringLiteral("EPSG:3832"));
        QVERIFY(info);
        QCOMPARE(info->areaOfUse.minLon, -180.0);
        QCOMPARE(info->areaOfUse.maxLon, 180.0);
        QCOMPARE(info->areaOfUse.minLat, -60.0);
        QCOMPARE(info->areaOfUse.maxLat, 66.67);
    }

    void unknownCrs()
    {
        QString error;
        QVERIFY(!crsInfo(QStringLiteral("EPSG:999999"), &error));
        QCOMPARE(error, QStringLiteral("unknown CRS \"EPSG:999999\""));
        QVERIFY(!crsInfo(QStringLiteral("+proj=merc"), &error)); // an operation, not a CRS
        QVERIFY(!crsInfo(QString(), nullptr));
    }

    void epsgHelpers()
    {
        QCOMPARE(nameForEpsg(4326), QStringLiteral("WGS 84"));
        QVERIFY(wktForEpsg(32652).contains(QStringLiteral("UTM zone 52N")));
        QVERIFY(nameForEpsg(999999).isEmpty());
        QVERIFY(wktForEpsg(999999).isEmpty());
    }

    void utmZones_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("crs");
        QTest::newRow("Tumangang") << 130.6026 << 42.4217 << QStringLiteral("EPSG:32652");
        QTest::newRow("Sydney (south)") << 151.21 << -33.87 << QStringLiteral("EPSG:32756");
        QTest::newRow("equator is north") << 0.5 << 0.0 << QStringLiteral("EPSG:32631");
        QTest::newRow("west edge") << -180.0 << 10.0 << QStringLiteral("EPSG:32601");
        QTest::newRow("east edge") << 180.0 << 10.0 << QStringLiteral("EPSG:32660");
        QTest::newRow("wrapped longitude") << 190.0 << 10.0 << QStringLiteral("EPSG:32602");
        QTest::newRow("Bergen (Norway exception)") << 5.32 << 60.39 << QStringLiteral("EPSG:32632");
        QTest::newRow("North Sea west of Norway") << 2.5 << 60.39 << QStringLiteral("EPSG:32631");
        QTest::newRow("Oslo") << 10.75 << 59.91 << QStringLiteral("EPSG:32632");
        QTest::newRow("Svalbard 5E") << 5.0 << 78.0 << QStringLiteral("EPSG:32631");
        QTest::newRow("Svalbard 10E") << 10.0 << 78.0 << QStringLiteral("EPSG:32633");
        QTest::newRow("Longyearbyen") << 15.65 << 78.22 << QStringLiteral("EPSG:32633");
        QTest::newRow("Svalbard 30E") << 30.0 << 78.0 << QStringLiteral("EPSG:32635");
        QTest::newRow("Svalbard 35E") << 35.0 << 78.0 << QStringLiteral("EPSG:32637");
        QTest::newRow("Franz Josef Land 45E") << 45.0 << 80.0 << QStringLiteral("EPSG:32638");
        QTest::newRow("Svalbard band west") << -5.0 << 78.0 << QStringLiteral("EPSG:32630");
    }

    void utmZones()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, crs);
        QCOMPARE(utmZoneCrs(GeoPoint{lon, lat}), crs);
        QVERIFY(crsInfo(crs)); // PROJ knows every zone we name
    }
};

QTEST_GUILESS_MAIN(TestGeoCrs)
#include "tst_geo_crs.moc"
