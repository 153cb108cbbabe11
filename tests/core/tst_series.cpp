// A count series of one kind at one site, and its baseline: the median and maximum of the values
// in an earlier window, with the newer values above that maximum flagged.
#include "sightline/core/series.h"

#include <QTest>

using namespace sightline;

namespace {

const QUuid kYard = QUuid::fromString(QStringLiteral("{f3fe160b-e423-5ad3-9fd8-ca12849514fc}"));
const QUuid kOther = QUuid::createUuid();

Observation counted(const QString &time, double value, const QUuid &site = kYard,
                    const QString &kind = QStringLiteral("railcar"))
{
    Observation o;
    o.meta.id = QUuid::createUuid();
    o.siteId = site;
    o.objectKind = kind;
    o.count.value = value;
    o.count.measure = Measure::Count;
    o.time = *TimeSpan::parse(time);
    o.sceneId = QUuid::createUuid();
    return o;
}

Observation reported(const QString &time, Quantity q)
{
    Observation o = counted(time, 0);
    o.count = q;
    o.sceneId = QUuid();
    o.claimId = QUuid::createUuid();
    return o;
}

QStringList times(const CountSeries &s)
{
    QStringList out;
    for (const SeriesPoint &p : s.points)
        out << p.time.toText();
    return out;
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private slots:
    void buildsOneSiteAndKindOldestFirst()
    {
        Quantity atMost;
        atMost.max = 20;
        atMost.approximate = true;
        atMost.measure = Measure::Maximum;
        const QList<Observation> obs{
            counted(QStringLiteral("2023-10-05"), 73),
            counted(QStringLiteral("2021-05-01"), 12),
            counted(QStringLiteral("2022-01-01"), 99, kOther),
            counted(QStringLiteral("2022-02-01"), 5, kYard, QStringLiteral("container")),
            reported(QStringLiteral("2018-10/2023-10-04"), atMost),
            counted(QString(), 40), // unknown time: not on a time axis
            reported(QStringLiteral("2022-03-01"), Quantity()), // no figure
        };
        const CountSeries s = buildCountSeries(obs, kYard, QStringLiteral("railcar"));
        QCOMPARE(s.siteId, kYard);
        QCOMPARE(s.objectKind, QStringLiteral("railcar"));
        QCOMPARE(times(s), (QStringList{QStringLiteral("2018-10/2023-10-04"), QStringLiteral("2021-05-01"),
                                        QStringLiteral("2023-10-05")}));
        QVERIFY(!s.points[0].counted);
        QCOMPARE(s.points[0].claimId, obs[4].claimId);
        QVERIFY(s.points[1].counted);
        QCOMPARE(s.points[1].sceneId, obs[1].sceneId);
        QCOMPARE(s.points[2].observationId, obs[0].meta.id);
        QCOMPARE(*seriesValue(s.points[0]), 20.0);
        QVERIFY(!s.baseline);
    }

    void windowKeepsWhatItShows()
    {
        const QList<Observation> obs{counted(QStringLiteral("2021-05-01"), 12),
                                     counted(QStringLiteral("2023-10-05"), 73),
                                     counted(QStringLiteral("2023"), 30)}; // a year meets the window
        QString error;
        const auto window = TimeWindow::parse(QStringLiteral("2023-06"), QStringLiteral("2023-12"), &error);
        QVERIFY(window);
        const CountSeries s = buildCountSeries(obs, kYard, QStringLiteral("railcar"), *window);
        QCOMPARE(times(s), (QStringList{QStringLiteral("2023"), QStringLiteral("2023-10-05")}));
    }

    void baselineMedianMaximumAndFlag()
    {
        QList<Observation> obs;
        for (const auto &[t, v] : QList<std::pair<QString, double>>{{QStringLiteral("2019-03-01"), 8},
                                                                    {QStringLiteral("2020-04-01"), 20},
                                                                    {QStringLiteral("2021-05-01"), 12},
                                                                    {QStringLiteral("2022-06-01"), 14},
                                                                    {QStringLiteral("2023-10-05"), 73},
                                                                    {QStringLiteral("2023-11-01"), 19}})
            obs << counted(t, v);
        CountSeries s = buildCountSeries(obs, kYard, QStringLiteral("railcar"));
        applyBaseline(s, *TimeSpan::parse(QStringLiteral("2023-06")));
        QVERIFY(s.baseline);
        QCOMPARE(s.baseline->values, 4);
        QCOMPARE(s.baseline->maximum, 20.0);
        QCOMPARE(s.baseline->median, 13.0); // 8 12 | 14 20
        QCOMPARE(s.baseline->window.toText(), QStringLiteral("2019-03-01/2023-06"));
        QList<bool> flags;
        for (const SeriesPoint &p : s.points)
            flags << p.exceedsBaseline;
        QCOMPARE(flags, (QList<bool>{false, false, false, false, true, false})); // 19 is within it

        // An odd number of values: the middle one. A later end takes the 73 in: nothing exceeds.
        applyBaseline(s, *TimeSpan::parse(QStringLiteral("2023-10-05")));
        QCOMPARE(s.baseline->values, 5);
        QCOMPARE(s.baseline->median, 14.0);
        QCOMPARE(s.baseline->maximum, 73.0);
        for (const SeriesPoint &p : s.points)
            QVERIFY(!p.exceedsBaseline);
    }

    void rangeCountsOnlyWhenWhollyInside()
    {
        Quantity atMost;
        atMost.max = 20;
        atMost.measure = Measure::Maximum;
        QList<Observation> obs{reported(QStringLiteral("2018-10/2023-10-04"), atMost),
                               counted(QStringLiteral("2023-10-05"), 73)};
        CountSeries s = buildCountSeries(obs, kYard, QStringLiteral("railcar"));
        applyBaseline(s, *TimeSpan::parse(QStringLiteral("2023-09")));
        QVERIFY(!s.baseline); // the five years run past September
        applyBaseline(s, *TimeSpan::parse(QStringLiteral("2023-10-04")));
        QVERIFY(s.baseline);
        QCOMPARE(s.baseline->maximum, 20.0);
        QCOMPARE(s.baseline->values, 1);
        QVERIFY(s.points[1].exceedsBaseline);
        QVERIFY(!s.points[0].exceedsBaseline);
    }

    void noBaselineWithoutEarlierValues()
    {
        CountSeries s = buildCountSeries({counted(QStringLiteral("2023-10-05"), 73)}, kYard, QStringLiteral("railcar"));
        s.points[0].exceedsBaseline = true;
        applyBaseline(s, *TimeSpan::parse(QStringLiteral("2020")));
        QVERIFY(!s.baseline);
        QVERIFY(!s.points[0].exceedsBaseline);
        applyBaseline(s, TimeSpan());
        QVERIFY(!s.baseline);
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
