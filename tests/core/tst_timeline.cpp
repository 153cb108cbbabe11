// The timeline's order (earliest moment first, an open start by its latest moment, the longer
// span first at the same moment, unknown time last), its extent, and the helpers it uses to name
// a scene's sites and to find a site by a typed name.
#include "sightline/core/scene.h"
#include "sightline/core/sitelookup.h"
#include "sightline/core/timeline.h"
#include "sightline/core/timestep.h"

#include <QTest>

using namespace sightline;

class TestTimeline : public QObject
{
    Q_OBJECT

    static TimelineItem item(const QString &title, const QString &time, TimelineItem::Kind kind = TimelineItem::Kind::Event)
    {
        TimelineItem i;
        i.kind = kind;
        i.id = QUuid::createUuidV5(QUuid(), title);
        i.title = title;
        i.time = *TimeSpan::parse(time);
        i.moments = TimeMoments::of(i.time);
        return i;
    }

    static QStringList titles(const QList<TimelineItem> &items)
    {
        QStringList t;
        for (const TimelineItem &i : items)
            t << i.title;
        return t;
    }

private slots:
    void orderedByEarliestMoment()
    {
        QList<TimelineItem> items{item(QStringLiteral("treaty"), QStringLiteral("2024-06-19")),
                                  item(QStringLiteral("railcars"), QStringLiteral("2023-10-05")),
                                  item(QStringLiteral("summit"), QStringLiteral("2023-09-13")),
                                  item(QStringLiteral("containers"), QStringLiteral("2023-09-07/2023-10-01"))};
        sortTimeline(items);
        QCOMPARE(titles(items), (QStringList{QStringLiteral("containers"), QStringLiteral("summit"), QStringLiteral("railcars"),
                                             QStringLiteral("treaty")}));
    }

    void openStartIsOrderedByItsLatestMoment()
    {
        // "no later than 23 December" sits at 23 December, after a day in November, not first.
        QList<TimelineItem> items{item(QStringLiteral("until"), QStringLiteral("../2023-12-23")),
                                  item(QStringLiteral("november"), QStringLiteral("2023-11-10")),
                                  item(QStringLiteral("january"), QStringLiteral("2024-01-02"))};
        sortTimeline(items);
        QCOMPARE(titles(items), (QStringList{QStringLiteral("november"), QStringLiteral("until"), QStringLiteral("january")}));
        QVERIFY(items[1].orderedByLatest());
        QVERIFY(!items[0].orderedByLatest());
        QCOMPARE(items[1].orderMoment(), QDateTime(QDate(2023, 12, 23), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch());
        // "since" is ordered by its start, like any other.
        const TimelineItem since = item(QStringLiteral("since"), QStringLiteral("2024-03/.."));
        QVERIFY(!since.orderedByLatest());
        QCOMPARE(since.orderMoment(), QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void longerSpanFirstAtTheSameMomentAndUnknownLast()
    {
        QList<TimelineItem> items{item(QStringLiteral("unknown"), QString()),
                                  item(QStringLiteral("first of October"), QStringLiteral("2023-10-01")),
                                  item(QStringLiteral("October"), QStringLiteral("2023-10")),
                                  item(QStringLiteral("2023"), QStringLiteral("2023"))};
        sortTimeline(items);
        QCOMPARE(titles(items), (QStringList{QStringLiteral("2023"), QStringLiteral("October"), QStringLiteral("first of October"),
                                             QStringLiteral("unknown")}));
    }

    void orderDoesNotDependOnReadingOrder()
    {
        QList<TimelineItem> a{item(QStringLiteral("b"), QStringLiteral("2023-10-05"), TimelineItem::Kind::Claim),
                              item(QStringLiteral("a"), QStringLiteral("2023-10-05"), TimelineItem::Kind::Claim),
                              item(QStringLiteral("e"), QStringLiteral("2023-10-05"), TimelineItem::Kind::Event)};
        QList<TimelineItem> b{a[2], a[0], a[1]};
        sortTimeline(a);
        sortTimeline(b);
        QCOMPARE(titles(a), titles(b));
        QCOMPARE(titles(a), (QStringList{QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("b")}));
    }

    void precisionIsKept()
    {
        QCOMPARE(item(QStringLiteral("m"), QStringLiteral("2023-10")).time.precision(), TimeSpan::Precision::Month);
        QCOMPARE(item(QStringLiteral("y"), QStringLiteral("2018/2023")).time.precision(), TimeSpan::Precision::Year);
        QCOMPARE(item(QStringLiteral("s"), QStringLiteral("2023-10-05T14:30:15Z")).time.precision(), TimeSpan::Precision::Second);
    }

    void spansMoveAtTheirOwnPrecision()
    {
        const auto moved = [](const char *text, double days) {
            return shiftedSpan(*TimeSpan::parse(QLatin1String(text)), qint64(days * 86'400'000)).toText();
        };
        QCOMPARE(moved("2023-09-13", 10.4), QStringLiteral("2023-09-23"));
        QCOMPARE(moved("2023-09-13", -13), QStringLiteral("2023-08-31"));
        QCOMPARE(moved("2023-10", 20), QStringLiteral("2023-11")); // about a month: a month, no day invented
        QCOMPARE(moved("2023-10", 10), QStringLiteral("2023-10")); // under half a month: stays
        QCOMPARE(moved("2023", 400), QStringLiteral("2024"));
        QCOMPARE(moved("2023-10-05T14:30Z", 1.0 / 24), QStringLiteral("2023-10-05T15:30Z"));
        QCOMPARE(moved("2023-09-07/2023-10-01", 7), QStringLiteral("2023-09-14/2023-10-08"));
        QCOMPARE(moved("../2024-12-23", 2), QStringLiteral("../2024-12-25"));
        QCOMPARE(moved("2024-03/..", -31), QStringLiteral("2024-02/.."));
        QCOMPARE(shiftedSpan(TimeSpan(), 1000).isUnknown(), true);
    }

    // Stretching moves one end at its own precision and keeps the other; an instant becomes a
    // range; a stretch past the other end, or of an open end, is nothing.
    void spansStretchByOneEnd()
    {
        const auto stretched = [](const char *text, double days, bool end) {
            const auto s = stretchedSpan(*TimeSpan::parse(QLatin1String(text)), qint64(days * 86'400'000), end);
            return s ? s->toText() : QStringLiteral("none");
        };
        QCOMPARE(stretched("2023-09-13", 3, true), QStringLiteral("2023-09-13/2023-09-16"));
        QCOMPARE(stretched("2023-09-13", -2, false), QStringLiteral("2023-09-11/2023-09-13"));
        QCOMPARE(stretched("2023-09-07/2023-10-01", 7, true), QStringLiteral("2023-09-07/2023-10-08"));
        QCOMPARE(stretched("2023-09-07/2023-10-01", 7, false), QStringLiteral("2023-09-14/2023-10-01"));
        QCOMPARE(stretched("2023-09-07/2023-09-10", -3, true), QStringLiteral("2023-09-07")); // one day left: an instant
        QCOMPARE(stretched("2023-09-07/2023-09-10", -5, true), QStringLiteral("none"));        // would end before it starts
        QCOMPARE(stretched("2023-10", 40, true), QStringLiteral("2023-10/2023-11"));           // months stay months
        QCOMPARE(stretched("../2024-12-23", 2, true), QStringLiteral("../2024-12-25"));
        QCOMPARE(stretched("../2024-12-23", 2, false), QStringLiteral("none")); // the open end has nothing to move
        QCOMPARE(stretched("2024-03/..", -31, false), QStringLiteral("2024-02/.."));
        QVERIFY(!stretchedSpan(TimeSpan(), 1000, true));
    }

    void kindKeys()
    {
        using K = TimelineItem::Kind;
        for (K k : {K::Event, K::Claim, K::Observation, K::Scene, K::Judgment})
            QCOMPARE(timelineKindFromKey(toKey(k)), k);
        QCOMPARE(toKey(K::Scene), QStringLiteral("scene"));
        QVERIFY(!timelineKindFromKey(QStringLiteral("site")));
        QCOMPARE(item(QStringLiteral("s"), QStringLiteral("2023"), K::Scene).record().type, RecordType::Scene);
    }

    void extentIgnoresOpenEnds()
    {
        const QList<TimelineItem> items{item(QStringLiteral("since"), QStringLiteral("2023-08/..")),
                                        item(QStringLiteral("until"), QStringLiteral("../2024-12-23")),
                                        item(QStringLiteral("unknown"), QString())};
        const auto [from, to] = timelineExtent(items);
        QCOMPARE(from, QDateTime(QDate(2023, 8, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(to, QDateTime(QDate(2024, 12, 23), QTime(23, 59, 59, 999), Qt::UTC));
        QVERIFY(timelineExtent({item(QStringLiteral("unknown"), QString())}).first.isNull());
    }

    void siteFoundByNameAliasAnyCaseAndHyphen()
    {
        Site s;
        s.name = QStringLiteral("Tumangang–Khasan crossing");
        s.aliases = {QStringLiteral("Friendship Bridge")};
        QVERIFY(siteAnswersTo(s, QStringLiteral("tumangang-khasan CROSSING")));
        QVERIFY(siteAnswersTo(s, QStringLiteral(" friendship bridge ")));
        QVERIFY(!siteAnswersTo(s, QStringLiteral("Tumangang")));
        QVERIFY(!siteAnswersTo(s, QString()));
        Site other;
        other.name = QStringLiteral("Rajin");
        QCOMPARE(sitesNamed({other, s}, QStringLiteral("friendship bridge")).size(), 1);
    }

    void stepsParseAndRefuse()
    {
        QString why;
        QCOMPARE(TimeStep::parse(QStringLiteral("1w"), &why), (TimeStep{1, TimeStep::Unit::Week}));
        QCOMPARE(TimeStep::parse(QStringLiteral("3M"), &why), (TimeStep{3, TimeStep::Unit::Month}));
        QCOMPARE(TimeStep::parse(QStringLiteral("1y"), &why)->toText(), QStringLiteral("1y"));
        for (const char *bad : {"", "w", "0d", "1 week", "1h", "-1d", "1001d"}) {
            QVERIFY2(!TimeStep::parse(QLatin1String(bad), &why), bad);
            QVERIFY(why.contains(QStringLiteral("accepted forms: 1d, 1w, 1m, 1y")));
        }
    }

    void steppedWindowsCoverTheWindowOnceEach()
    {
        QString why;
        const auto w = TimeWindow::parse(QStringLiteral("2023-08"), QStringLiteral("2023-10"), &why);
        const auto weeks = steppedWindows(*w, {1, TimeStep::Unit::Week}, 100, &why);
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 14); // 92 days: 13 whole weeks and one day
        QCOMPARE(weeks->first().from(), QDateTime(QDate(2023, 8, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(weeks->first().to(), QDateTime(QDate(2023, 8, 7), QTime(23, 59, 59, 999), Qt::UTC));
        QCOMPARE(weeks->last().to(), w->to());
        for (qsizetype i = 1; i < weeks->size(); ++i)
            QCOMPARE((*weeks)[i].from(), (*weeks)[i - 1].to().addMSecs(1));
        // Calendar months do not drift: from 31 January, each frame starts on its month's last day.
        const auto m = steppedWindows(TimeWindow(QDateTime(QDate(2024, 1, 31), QTime(0, 0), Qt::UTC),
                                                 QDateTime(QDate(2024, 4, 29), QTime(0, 0), Qt::UTC)),
                                      {1, TimeStep::Unit::Month}, 100, &why);
        QCOMPARE(m->size(), 3);
        QCOMPARE((*m)[1].from().date(), QDate(2024, 2, 29));
        QCOMPARE((*m)[2].from().date(), QDate(2024, 3, 31));
        // Too many frames, or an open end, are refused with a reason.
        QVERIFY(!steppedWindows(*w, {1, TimeStep::Unit::Day}, 10, &why));
        QVERIFY(why.contains(QStringLiteral("more than 10 frames")));
        QVERIFY(!steppedWindows(TimeWindow(), {1, TimeStep::Unit::Day}, 10, &why));
        QVERIFY(why.contains(QStringLiteral("both --from and --to")));
    }

    void windowReadsForPeople()
    {
        QString why;
        QCOMPARE(TimeWindow::parse(QStringLiteral("2023-10"), QStringLiteral("2023-10"), &why)->toDisplayString(),
                 QStringLiteral("1 Oct 2023 – 31 Oct 2023"));
        QCOMPARE(TimeWindow::parse(QStringLiteral("2023-10-05"), QString(), &why)->toDisplayString(), QStringLiteral("since 5 Oct 2023"));
        QCOMPARE(TimeWindow::parse(QStringLiteral("2023-10-05"), QStringLiteral("2023-10-05"), &why)->toDisplayString(),
                 QStringLiteral("5 Oct 2023"));
        QCOMPARE(TimeWindow::parse(QStringLiteral("2023-10-05T10:00Z"), QStringLiteral("2023-10-05T12:00Z"), &why)->toDisplayString(),
                 QStringLiteral("5 Oct 2023 10:00 – 5 Oct 2023 12:00 UTC"));
        QCOMPARE(TimeWindow().toDisplayString(), QStringLiteral("all time"));
    }

    void footprintCoversAPointButNotItsHoles()
    {
        ImageryScene scene;
        scene.footprint = Geometry::polygon({{130, 42}, {131, 42}, {131, 43}, {130, 43}, {130, 42}});
        QVERIFY(footprintContains(scene, {130.5, 42.5}));
        QVERIFY(!footprintContains(scene, {131.5, 42.5}));
        scene.footprint.parts << QList<GeoPoint>{{130.4, 42.4}, {130.6, 42.4}, {130.6, 42.6}, {130.4, 42.6}, {130.4, 42.4}};
        QVERIFY(!footprintContains(scene, {130.5, 42.5}));
        QVERIFY(footprintContains(scene, {130.2, 42.2}));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
