// The words of a count series: the baseline flag as the series view, the command line and a brief
// write it.
#include "sightline/present/serieswords.h"

#include <QTest>

using namespace sightline;
using namespace sightline::present;

class TestPresentSeries : public QObject
{
    Q_OBJECT

private slots:
    void flag()
    {
        Baseline b;
        b.maximum = 20;
        b.median = 13;
        b.values = 4;
        b.window = *TimeSpan::parse(QStringLiteral("2019-03-01/2023-06"));
        QCOMPARE(baselineFlagText(73, b), QStringLiteral("73 vs a baseline maximum of 20: 3.6×"));
        QCOMPARE(baselineFlagText(1500, b), QStringLiteral("1,500 vs a baseline maximum of 20: 75.0×"));
        QCOMPARE(baselineFlagText(21, b), QStringLiteral("21 vs a baseline maximum of 20: 1.0×"));
        b.maximum = 0;
        QCOMPARE(baselineFlagText(5, b), QStringLiteral("5 vs a baseline maximum of 0"));
    }

    void pointFlag()
    {
        Baseline b;
        b.maximum = 20;
        SeriesPoint p;
        p.value.value = 73;
        QCOMPARE(pointFlagText(p, b), QString()); // not flagged
        p.exceedsBaseline = true;
        QCOMPARE(pointFlagText(p, b), QStringLiteral("73 vs a baseline maximum of 20: 3.6×"));
        QCOMPARE(pointFlagText(p, std::nullopt), QString());
        QCOMPARE(pointOriginText(p), QStringLiteral("reported"));
        p.counted = true;
        QCOMPARE(pointOriginText(p), QStringLiteral("counted"));
    }

    void baseline()
    {
        Baseline b;
        b.maximum = 20;
        b.median = 12.5;
        b.values = 4;
        b.window = *TimeSpan::parse(QStringLiteral("2019-03-01/2023-06"));
        const QString text = baselineText(b);
        QVERIFY2(text.startsWith(QStringLiteral("baseline ")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(": median 12.5, maximum 20 (from 4 observations)")), qPrintable(text));
        QCOMPARE(countNumber(20000), QStringLiteral("20,000"));
    }
};

QTEST_GUILESS_MAIN(TestPresentSeries)
#include "tst_present_series.moc"
