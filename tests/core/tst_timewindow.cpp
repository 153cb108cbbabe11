// The one rule of what a time window shows: a record's uncertain span overlaps the window, either
// end of which may be open; precision is honoured (a month is the whole month); unknown shows.
#include "sightline/core/timespan.h"

#include <QTest>

using namespace sightline;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

TimeSpan span(const char *text)
{
    const auto t = TimeSpan::parse(QString::fromLatin1(text));
    if (!t)
        qFatal("test data error: %s", text);
    return *t;
}

} // namespace

class TestTimeWindow : public QObject
{
    Q_OBJECT

private slots:
    void shows_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<bool>("shows");
        const QDateTime open;
        // A day: the whole day, both ends included.
        QTest::newRow("day inside") << "2023-10-05" << utc(2023, 10, 1) << utc(2023, 10, 31) << true;
        QTest::newRow("day, window starts at its last moment") << "2023-10-05" << utc(2023, 10, 5, 23, 59, 59, 999) << open << true;
        QTest::newRow("day, window starts the next day") << "2023-10-05" << utc(2023, 10, 6) << open << false;
        QTest::newRow("day, window ends at its first moment") << "2023-10-05" << open << utc(2023, 10, 5) << true;
        QTest::newRow("day, window ends the moment before") << "2023-10-05" << open << utc(2023, 10, 4, 23, 59, 59, 999) << false;
        // A month: any window that meets the month, however short.
        QTest::newRow("month, a week inside it") << "2023-10" << utc(2023, 10, 20) << utc(2023, 10, 27) << true;
        QTest::newRow("month, its last millisecond") << "2023-10" << utc(2023, 10, 31, 23, 59, 59, 999) << utc(2023, 11, 5) << true;
        QTest::newRow("month, the week after") << "2023-10" << utc(2023, 11, 1) << utc(2023, 11, 7) << false;
        QTest::newRow("month, the week before") << "2023-10" << utc(2023, 9, 20) << utc(2023, 9, 30, 23, 59, 59, 999) << false;
        QTest::newRow("year, a day in it") << "2024" << utc(2024, 7, 1) << utc(2024, 7, 1, 23) << true;
        QTest::newRow("minute, a second inside it") << "2023-10-05T14:30Z" << utc(2023, 10, 5, 14, 30, 59) << utc(2023, 10, 5, 14, 31, 30) << true;
        QTest::newRow("minute, the next minute") << "2023-10-05T14:30Z" << utc(2023, 10, 5, 14, 31) << open << false;
        // A range overlaps when any part of it does.
        QTest::newRow("range, window over its end") << "2023-09-07/2023-10-01" << utc(2023, 10, 1, 12) << utc(2023, 12, 1) << true;
        QTest::newRow("range, window after it") << "2023-09-07/2023-10-01" << utc(2023, 10, 2) << open << false;
        QTest::newRow("range, window inside it") << "2023-09-07/2023-10-01" << utc(2023, 9, 10) << utc(2023, 9, 11) << true;
        // Open ends of the record: "no later than" reaches back for ever, "since" forward.
        QTest::newRow("no later than, window long before") << "../2024-12-23" << utc(1990, 1, 1) << utc(1990, 1, 2) << true;
        QTest::newRow("no later than, window on its day") << "../2024-12-23" << utc(2024, 12, 23, 18) << utc(2024, 12, 30) << true;
        QTest::newRow("no later than, window after") << "../2024-12-23" << utc(2024, 12, 24) << open << false;
        QTest::newRow("since, window long after") << "2024-03/.." << utc(2040, 1, 1) << utc(2040, 1, 2) << true;
        QTest::newRow("since, window ends as the month starts") << "2024-03/.." << open << utc(2024, 3, 1) << true;
        QTest::newRow("since, window ends before") << "2024-03/.." << open << utc(2024, 2, 29, 23, 59) << false;
        // Open ends of the window.
        QTest::newRow("open window shows a day") << "2023-10-05" << open << open << true;
        QTest::newRow("open window shows no later than") << "../2024-12-23" << open << open << true;
        QTest::newRow("window open at the start") << "2030-01-01" << open << utc(2031, 1, 1) << true;
        QTest::newRow("window open at the end") << "2010" << utc(2011, 1, 1) << open << false;
        // Nothing places an unknown time outside a window.
        QTest::newRow("unknown, closed window") << "" << utc(2023, 1, 1) << utc(2023, 1, 2) << true;
    }

    void shows()
    {
        QFETCH(QString, record);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(bool, shows);
        const TimeSpan when = span(record.toLatin1().constData());
        const TimeWindow window(from, to);
        QCOMPARE(window.shows(when), shows);
        // The precomputed moments layers use give the same answer.
        QCOMPARE(window.shows(TimeMoments::of(when)), shows);
    }

    void windowBetweenSpansTakesThemWhole()
    {
        const TimeWindow w = TimeWindow::between(span("2023-10"), span("2023-11"));
        QCOMPARE(w.from(), utc(2023, 10, 1));
        QCOMPARE(w.to(), utc(2023, 11, 30, 23, 59, 59, 999));
        QVERIFY(w.shows(span("2023-11-30")));
        QVERIFY(!w.shows(span("2023-12-01")));
        const TimeWindow openStart = TimeWindow::between(TimeSpan(), span("2023-10-05"));
        QVERIFY(openStart.from().isNull());
        QVERIFY(!openStart.isOpen());
        QVERIFY(TimeWindow().isOpen());
    }

    void shiftedByAWeek()
    {
        const TimeWindow w(utc(2023, 10, 1), utc(2023, 10, 7, 23, 59, 59, 999));
        const TimeWindow next = w.shiftedBy(7LL * 24 * 3600 * 1000);
        QCOMPARE(next.from(), utc(2023, 10, 8));
        QVERIFY(!w.shows(span("2023-10-10")));
        QVERIFY(next.shows(span("2023-10-10")));
        QVERIFY(next.shows(span("2023-10"))); // the month meets both weeks
        QVERIFY(w.shows(span("2023-10")));
        const TimeWindow sinceOnly(utc(2023, 1, 1), {});
        QVERIFY(sinceOnly.shiftedBy(1000).to().isNull());
        QVERIFY(!(w == next));
        QCOMPARE(qHash(w), qHash(TimeWindow(utc(2023, 10, 1), utc(2023, 10, 7, 23, 59, 59, 999))));
    }

    void parsesTheCommandLine_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<QDateTime>("last");
        QTest::newRow("days") << "2023-10-01" << "2023-10-07" << utc(2023, 10, 1) << utc(2023, 10, 7, 23, 59, 59, 999);
        QTest::newRow("months") << "2023-09" << "2023-10" << utc(2023, 9, 1) << utc(2023, 10, 31, 23, 59, 59, 999);
        QTest::newRow("year to minute") << "2023" << "2024-01-01T10:00Z" << utc(2023, 1, 1) << utc(2024, 1, 1, 10, 0, 59, 999);
        QTest::newRow("open start") << "" << "2023-10-05" << QDateTime() << utc(2023, 10, 5, 23, 59, 59, 999);
        QTest::newRow("open end") << "2023-10-05" << "" << utc(2023, 10, 5) << QDateTime();
        QTest::newRow("one day both ends") << "2023-10-05" << "2023-10-05" << utc(2023, 10, 5) << utc(2023, 10, 5, 23, 59, 59, 999);
    }

    void parsesTheCommandLine()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QDateTime, first);
        QFETCH(QDateTime, last);
        QString why;
        const auto w = TimeWindow::parse(from, to, &why);
        QVERIFY2(w, qPrintable(why));
        QCOMPARE(w->from(), first);
        QCOMPARE(w->to(), last);
    }

    void refusesImpossibleDates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("says");
        QTest::newRow("30 February") << "2023-02-30" << "" << "--from \"2023-02-30\" is not a date; accepted forms";
        QTest::newRow("ambiguous") << "" << "10/11/12" << "--to \"10/11/12\" is not a date; accepted forms";
        QTest::newRow("month 13") << "2023-13" << "" << "--from \"2023-13\" is not a date";
        QTest::newRow("a range is not a date") << "2023-09/2023-10" << "" << "--from \"2023-09/2023-10\" is not a date";
        QTest::newRow("hour 25") << "" << "2023-10-05T25:00Z" << "--to \"2023-10-05T25:00Z\" is not a date";
        QTest::newRow("words") << "last week" << "" << "--from \"last week\" is not a date";
        QTest::newRow("ends before it starts") << "2024" << "2023" << "--to \"2023\" ends before --from \"2024\" starts; accepted forms";
    }

    void refusesImpossibleDates()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, says);
        QString why;
        QVERIFY(!TimeWindow::parse(from, to, &why));
        QVERIFY2(why.startsWith(says), qPrintable(why));
        if (says.contains(QLatin1String("accepted forms")))
            QVERIFY2(why.contains(QLatin1String("2023-10-05T14:30Z")), qPrintable(why));
    }
};

QTEST_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
