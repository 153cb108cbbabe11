// MGRS grid references, checked against GeographicLib's own GeoConvert.
#include "sightline/geo/mgrs.h"

#include <QTest>

using namespace sightline;

class TestMgrs : public QObject
{
    Q_OBJECT

private slots:
    void references_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        // echo "42.4217 130.6026" | GeoConvert -m -p 0   ->  52TFM3184597842
        QTest::newRow("Tumangang, 1 m") << 42.4217 << 130.6026 << 5 << QStringLiteral("52TFM 31845 97842");
        QTest::newRow("Tumangang, 10 m") << 42.4217 << 130.6026 << 4 << QStringLiteral("52TFM 3184 9784");
        QTest::newRow("southern hemisphere") << -33.8568 << 151.2153 << 5 << QStringLiteral("56HLH 34900 52288");
        QTest::newRow("polar (UPS)") << 89.5 << 0.0 << 5 << QStringLiteral("ZAG 00000 44487");
    }

    void references()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        QCOMPARE(geo::mgrs({lon, lat}, digits), expected);
    }

    void outsideTheWorldIsEmpty()
    {
        QVERIFY(geo::mgrs({200.0, 10.0}).isEmpty());
        QVERIFY(geo::mgrs({10.0, 95.0}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMgrs)
#include "tst_geo_mgrs.moc"
