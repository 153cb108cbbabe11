// MGRS grid references, checked against GeographicLib's own GeoConvert.
#include "sightline/geo/mgrs.h"

#include <QTest>

#include <cmath>

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

    void referencesRead()
    {
        // The centre of the 1 m square: within a metre of the position it was made from.
        const auto p = geo::lonLatFromMgrs(QStringLiteral("52TFM 31845 97842"));
        QVERIFY(p);
        QVERIFY2(std::abs(p->lat - 42.4217) < 1e-5 && std::abs(p->lon - 130.6026) < 1.5e-5,
                 qPrintable(QStringLiteral("%1 %2").arg(p->lon, 0, 'f', 7).arg(p->lat, 0, 'f', 7)));
        QCOMPARE(geo::mgrs(*p), QStringLiteral("52TFM 31845 97842"));
        const auto south = geo::lonLatFromMgrs(QStringLiteral("56hlh3490052288"));
        QVERIFY(south && std::abs(south->lat + 33.8568) < 1e-5);
        // 10 km squares read to their centre.
        const auto coarse = geo::lonLatFromMgrs(QStringLiteral("52TFM39"));
        QVERIFY(coarse);
        QCOMPARE(geo::mgrs(*coarse, 1), QStringLiteral("52TFM 3 9"));
        QString why;
        QVERIFY(!geo::lonLatFromMgrs(QStringLiteral("52TFM 3184 978"), &why));
        QVERIFY2(why.contains(QStringLiteral("52TFM 3184 978")), qPrintable(why));
        QVERIFY(!geo::lonLatFromMgrs(QStringLiteral("hello"), &why));
    }

    void outsideTheWorldIsEmpty()
    {
        QVERIFY(geo::mgrs({200.0, 10.0}).isEmpty());
        QVERIFY(geo::mgrs({10.0, 95.0}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMgrs)
#include "tst_geo_mgrs.moc"
