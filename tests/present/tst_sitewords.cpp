// How precise a site's coordinate is, in the analyst's words: from a distance its note states,
// a precision it names, or its area of interest; and said plainly when nothing tells.
#include "sightline/present/sitewords.h"

#include <QTest>

using namespace sightline;
using namespace sightline::present;

namespace {
Site siteWith(const QString &note, Geometry aoi = {})
{
    Site s;
    s.name = QStringLiteral("Khasan station");
    s.location = {130.6449, 42.4301};
    s.locationNote = note;
    s.aoi = std::move(aoi);
    return s;
}
} // namespace

class TestSiteWords : public QObject
{
    Q_OBJECT
  private slots:
    void statedDistances_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("words");
        QTest::newRow("within") << QStringLiteral("within 50 m") << QStringLiteral("located to about 50 m");
        QTest::newRow("plus-minus") << QStringLiteral("GPS fix ±12 m")
                                    << QStringLiteral("located to about 10 m");
        QTest::newRow("km") << QStringLiteral("accurate to 1.2 km")
                            << QStringLiteral("located to about 1.2 km");
        QTest::newRow("after") << QStringLiteral("from imagery, 30 metres accuracy")
                               << QStringLiteral("located to about 30 m");
        QTest::newRow("STIX import") << QStringLiteral("within 848 m")
                                     << QStringLiteral("located to about 850 m");
    }
    void statedDistances()
    {
        QFETCH(QString, note);
        QFETCH(QString, words);
        QCOMPARE(locationPrecisionWords(siteWith(note)), words);
        QCOMPARE(locationPrecision(siteWith(note)).basis, LocationPrecision::Basis::Stated);
    }

    void namedPrecisions()
    {
        // Half an arc-minute each way at 42.4° N: about 1.2 km off at most.
        const QString arcMinute = locationPrecisionWords(
            siteWith(QStringLiteral("Weak: harbour point at arc-minute precision from a port directory")));
        QCOMPARE(arcMinute, QStringLiteral("located to about 1.2 km (rounded coordinates)"));
        QCOMPARE(locationPrecisionWords(siteWith(QStringLiteral("to the arc-second"))),
                 QStringLiteral("located to about 20 m (rounded coordinates)"));
        QCOMPARE(locationPrecisionWords(siteWith(QStringLiteral("Town-level: the gazetteer point"))),
                 QStringLiteral("located only to the town (a few kilometres)"));
    }

    void areaOfInterest()
    {
        // A box about 1.2 km square centred on the point: its corners about 850 m away.
        const Geometry box = Geometry::polygon({{130.6376, 42.4247},
                                                {130.6522, 42.4247},
                                                {130.6522, 42.4355},
                                                {130.6376, 42.4355},
                                                {130.6376, 42.4247}});
        const Site s = siteWith(QStringLiteral("From Wikipedia: station point"), box);
        const auto reach = areaReachMeters(s);
        QVERIFY(reach);
        QVERIFY2(*reach > 800 && *reach < 900, qPrintable(QString::number(*reach)));
        QCOMPARE(locationPrecisionWords(s),
                 QStringLiteral("located within its area of interest, at most about 850 m off"));
        // A stated distance wins over the area.
        QCOMPARE(locationPrecisionWords(siteWith(QStringLiteral("within 40 m"), box)),
                 QStringLiteral("located to about 40 m"));
    }

    void unknownIsSaidSo()
    {
        const Site s = siteWith(QStringLiteral("From Wikipedia: station point, not verified on imagery."));
        QCOMPARE(locationPrecision(s).basis, LocationPrecision::Basis::Unknown);
        QCOMPARE(locationNoteWithPrecision(s),
                 QStringLiteral("From Wikipedia: station point, not verified on imagery. "
                                "How precisely it is located is not known."));
        QCOMPARE(locationNoteWithPrecision(siteWith({})),
                 QStringLiteral("How precisely it is located is not known."));
        QCOMPARE(locationNoteWithPrecision(siteWith(QStringLiteral("within 50 m"))),
                 QStringLiteral("within 50 m. Located to about 50 m."));
    }

    void roundedDistances()
    {
        QCOMPARE(roundedDistance(3.2), QStringLiteral("3 m"));
        QCOMPARE(roundedDistance(47), QStringLiteral("45 m"));
        QCOMPARE(roundedDistance(123), QStringLiteral("120 m"));
        QCOMPARE(roundedDistance(1234), QStringLiteral("1.2 km"));
        QCOMPARE(roundedDistance(12345), QStringLiteral("12 km"));
    }
};

QTEST_GUILESS_MAIN(TestSiteWords)
#include "tst_sitewords.moc"
