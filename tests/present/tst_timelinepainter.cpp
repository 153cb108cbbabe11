// The timeline painter, drawn into images: a month-precision item covers its whole month and is
// labelled with it, an instant is a mark, an open end fades, lanes follow sites, sources or kinds,
// the window dims what lies outside it, hit tests find items and window edges, and a conflict
// draws a red line; an item about several sites is in each site's lane, and a site's count
// series is a small chart at the foot of its lane.
#include "sightline/present/timelinepainter.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>
#include <QTimeZone>

using namespace sightline;
using namespace sightline::present;

class TestTimelinePainter : public QObject
{
    Q_OBJECT

    static qint64 ms(int y, int m, int d, int h = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    static TimelineItem item(TimelineItem::Kind kind, const QString &title, const QString &time, const QUuid &site = {})
    {
        TimelineItem i;
        i.kind = kind;
        i.id = QUuid::createUuidV5(QUuid(), title);
        i.title = title;
        i.time = *TimeSpan::parse(time);
        i.moments = TimeMoments::of(i.time);
        if (!site.isNull())
            i.siteIds = {site};
        return i;
    }

    QUuid m_crossing = QUuid::createUuidV5(QUuid(), QStringLiteral("crossing"));
    QUuid m_port = QUuid::createUuidV5(QUuid(), QStringLiteral("port"));

    std::shared_ptr<Timeline> sample()
    {
        auto t = std::make_shared<Timeline>();
        t->siteNames = {{m_crossing, QStringLiteral("Tumangang")}, {m_port, QStringLiteral("Rajin")}};
        t->items << item(TimelineItem::Kind::Claim, QStringLiteral("railcars in October"), QStringLiteral("2023-10"), m_crossing)
                 << item(TimelineItem::Kind::Event, QStringLiteral("summit"), QStringLiteral("2023-09-13"))
                 << item(TimelineItem::Kind::Claim, QStringLiteral("no later than"), QStringLiteral("../2023-12-23"), m_port)
                 << item(TimelineItem::Kind::Claim, QStringLiteral("since"), QStringLiteral("2024-03/.."), m_crossing)
                 << item(TimelineItem::Kind::Observation, QStringLiteral("count"), QStringLiteral("2023-11-02T10:14Z"), m_crossing)
                 << item(TimelineItem::Kind::Judgment, QStringLiteral("period"), QStringLiteral("2023-08-15/2023-11-20"), m_port);
        t->items[4].counted = true;
        t->items[0].grade = QStringLiteral("B2");
        sortTimeline(t->items);
        return t;
    }

    static qsizetype indexOf(const Timeline &t, const QString &title)
    {
        for (qsizetype n = 0; n < t.items.size(); ++n)
            if (t.items[n].title == title)
                return n;
        return -1;
    }

    const QRectF m_rect{0, 0, 1200, 300};

private slots:
    void monthCoversItsWholeMonth()
    {
        TimelinePainter p;
        const auto t = sample();
        p.setTimeline(t);
        p.setView(ms(2023, 8, 1), ms(2024, 6, 1));
        const QRectF r = p.itemRect(indexOf(*t, QStringLiteral("railcars in October")), m_rect);
        QVERIFY(!r.isEmpty());
        QCOMPARE(qRound(r.left()), qRound(p.xOf(ms(2023, 10, 1), m_rect)));
        QCOMPARE(qRound(r.right()), qRound(p.xOf(ms(2023, 11, 1), m_rect)));
        // Drawn: the band's edge in the claim colour across the whole month, and nowhere before it.
        const QImage img = p.toImage(m_rect.size().toSize());
        const int y = qRound(r.top());
        const QColor claim = TimelinePainter::kindColor(TimelineItem::Kind::Claim);
        const auto bluish = [&](int x) {
            const QColor c = img.pixelColor(x, y);
            return c.blue() > c.red() + 30 && c.blue() > c.green() + 10;
        };
        QVERIFY(claim.blue() > claim.red());
        int covered = 0;
        for (int x = qRound(r.left()) + 1; x < qRound(r.right()) - 1; ++x)
            covered += bluish(x);
        QVERIFY2(covered > 0.95 * (r.width() - 3), qPrintable(QString::number(covered)));
        // Inside, the band is tinted with the claim colour too (below the edge, left of the label).
        const QColor inside = img.pixelColor(qRound(r.left()) + 2, qRound(r.bottom()) - 1);
        QVERIFY2(inside.blue() > inside.red() + 15, qPrintable(inside.name()));
        QVERIFY(!bluish(qRound(r.left()) - 4));
    }

    void instantIsAMarkUntilItsDayIsWide()
    {
        TimelinePainter p;
        const auto t = sample();
        p.setTimeline(t);
        const qsizetype summit = indexOf(*t, QStringLiteral("summit"));
        p.setView(ms(2023, 1, 1), ms(2025, 1, 1)); // a day is under 2 pixels: a mark 7 pixels wide
        QRectF r = p.itemRect(summit, m_rect);
        QCOMPARE(qRound(r.width()), 7);
        QVERIFY(qAbs(r.center().x() - p.xOf(ms(2023, 9, 13, 12), m_rect)) < 1.5);
        p.setView(ms(2023, 9, 12), ms(2023, 9, 15)); // zoomed to hours: the day's band, whole
        r = p.itemRect(summit, m_rect);
        QCOMPARE(qRound(r.left()), qRound(p.xOf(ms(2023, 9, 13), m_rect)));
        QCOMPARE(qRound(r.right()), qRound(p.xOf(ms(2023, 9, 14), m_rect)));
    }

    void openEndsFadeTowardTheOpenSide()
    {
        TimelinePainter p;
        const auto t = sample();
        p.setTimeline(t);
        p.setLanes(TimelinePainter::Lanes::ByKind);
        p.setView(ms(2023, 6, 1), ms(2024, 12, 1));
        const QImage img = p.toImage(m_rect.size().toSize());
        const QRectF until = p.itemRect(indexOf(*t, QStringLiteral("no later than")), m_rect);
        // Ends firmly at 23 December's end, fades out to the left.
        QVERIFY(qAbs(until.right() - p.xOf(ms(2023, 12, 24), m_rect)) < 1.5);
        const int y = qRound(until.center().y());
        const auto ink = [&](double x) { return 255 - qGray(img.pixel(qRound(x), y)); };
        QVERIFY2(ink(until.right() - 6) > ink(until.left() + 8) + 40,
                 qPrintable(QStringLiteral("%1 %2").arg(ink(until.right() - 6)).arg(ink(until.left() + 8))));
        const QRectF since = p.itemRect(indexOf(*t, QStringLiteral("since")), m_rect);
        QVERIFY(qAbs(since.left() - p.xOf(ms(2024, 3, 1), m_rect)) < 1.5);
        const int ys = qRound(since.center().y());
        const auto inks = [&](double x) { return 255 - qGray(img.pixel(qRound(x), ys)); };
        QVERIFY(inks(since.left() + 6) > inks(since.right() - 8) + 40);
    }

    void lanesBySiteSourceOrKind()
    {
        TimelinePainter p;
        p.setTimeline(sample());
        QCOMPARE(p.laneNames(), (QStringList{QStringLiteral("Rajin"), QStringLiteral("Tumangang"), QStringLiteral("No site")}));
        p.setLanes(TimelinePainter::Lanes::ByKind);
        QCOMPARE(p.laneNames(), (QStringList{QStringLiteral("Event"), QStringLiteral("Claim"), QStringLiteral("Observation"),
                                             QStringLiteral("Judgment")}));
        p.setLanes(TimelinePainter::Lanes::BySource);
        QCOMPARE(p.laneNames(), QStringList{QStringLiteral("No source")});
    }

    // An item about two sites is drawn in both lanes, and a click on either finds it.
    void itemOfSeveralSitesIsInEachLane()
    {
        TimelinePainter p;
        const auto t = sample();
        TimelineItem both = item(TimelineItem::Kind::Event, QStringLiteral("shipment"), QStringLiteral("2023-10-05"), m_crossing);
        both.siteIds << m_port << m_crossing; // a repeated site is one lane
        t->items << both;
        sortTimeline(t->items);
        p.setTimeline(t);
        p.setView(ms(2023, 8, 1), ms(2024, 6, 1));
        const qsizetype n = indexOf(*t, QStringLiteral("shipment"));
        const QList<int> lanes = p.lanesOf(n);
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(p.laneNames().value(lanes[0]), QStringLiteral("Tumangang"));
        QCOMPARE(p.laneNames().value(lanes[1]), QStringLiteral("Rajin"));
        const QList<QRectF> rects = p.itemRects(n, m_rect);
        QCOMPARE(rects.size(), 2);
        QVERIFY(std::abs(rects[0].top() - rects[1].top()) > 10); // one in each lane
        QCOMPARE(qRound(rects[0].center().x()), qRound(rects[1].center().x()));
        for (const QRectF &r : rects) {
            QCOMPARE(p.itemAt(r.center(), m_rect), n);
            // Drawn: the event's colour at both places.
            const QImage img = p.toImage(m_rect.size().toSize());
            const QColor c = img.pixelColor(r.center().toPoint());
            QVERIFY2(c.blue() > c.green() + 30, qPrintable(c.name())); // the event's purple, not the lane's grey
        }
        // Items of one site stay in that lane alone.
        QCOMPARE(p.lanesOf(indexOf(*t, QStringLiteral("railcars in October"))).size(), 1);
    }

    // A site's count series: a chart under its lane, its values placed at their moments on a scale
    // from 0 to the largest, counted ones as orange dots; the lanes grow by the chart.
    void countSeriesIsAChartInTheSiteLane()
    {
        TimelinePainter p;
        const auto t = sample();
        p.setTimeline(t);
        p.setView(ms(2023, 8, 1), ms(2024, 6, 1));
        const double before = p.lanesHeight();
        QVERIFY(p.laneSeries(0).isEmpty());

        auto withSeries = std::make_shared<Timeline>(*t);
        CountSeries railcars;
        railcars.siteId = m_crossing;
        railcars.objectKind = QStringLiteral("railcar");
        auto point = [](const QString &time, double value, bool counted) {
            SeriesPoint pt;
            pt.time = *TimeSpan::parse(time);
            pt.value.value = value;
            pt.counted = counted;
            return pt;
        };
        railcars.points << point(QStringLiteral("2023-09-01T10:00Z"), 20, true)
                        << point(QStringLiteral("2023-10-05T02:14Z"), 73, true)
                        << point(QStringLiteral("2023-10-02/2023-10-08"), 73, false);
        withSeries->series.insert(m_crossing, {railcars});
        withSeries->objectKindNames.insert(QStringLiteral("railcar"), QStringLiteral("Railcar"));
        p.setTimeline(withSeries);
        const int lane = int(p.laneNames().indexOf(QStringLiteral("Tumangang")));
        QVERIFY(lane >= 0);
        QCOMPARE(p.laneSeries(lane).size(), 1);
        QCOMPARE(p.laneSeries(int(p.laneNames().indexOf(QStringLiteral("Rajin")))).size(), 0);
        QVERIFY(p.lanesHeight() > before + 20);
        const QList<QRectF> charts = p.seriesRects(lane, m_rect);
        QCOMPARE(charts.size(), 1);
        // Below every item of the lane.
        for (qsizetype n = 0; n < withSeries->items.size(); ++n)
            if (p.lanesOf(n).contains(lane))
                QVERIFY(p.itemRect(n, m_rect).isNull() || p.itemRect(n, m_rect).bottom() <= charts[0].top() + 1);
        // The 73 counted on 5 October: an orange dot near the top of the chart at its moment; the 20
        // lower down, at its moment.
        const QImage img = p.toImage(m_rect.size().toSize());
        auto orangeNear = [&](double x, double yFrom, double yTo) {
            for (int y = int(yFrom); y <= int(yTo); ++y)
                for (int dx = -2; dx <= 2; ++dx) {
                    const QColor c = img.pixelColor(int(x) + dx, y);
                    if (c.red() > 190 && c.green() > 70 && c.green() < 130 && c.blue() < 60)
                        return y;
                }
            return -1;
        };
        const double x73 = p.xOf(ms(2023, 10, 5, 2), m_rect);
        const double x20 = p.xOf(ms(2023, 9, 1, 10), m_rect);
        const int y73 = orangeNear(x73, charts[0].top(), charts[0].bottom());
        const int y20 = orangeNear(x20, charts[0].top(), charts[0].bottom());
        QVERIFY2(y73 >= 0 && y20 >= 0, qPrintable(QStringLiteral("%1 %2").arg(y73).arg(y20)));
        QVERIFY(y73 < y20 - 8);
    }

    void hitTestsFindItemsAndWindowEdges()
    {
        TimelinePainter p;
        const auto t = sample();
        p.setTimeline(t);
        p.setView(ms(2023, 8, 1), ms(2024, 6, 1));
        const qsizetype count = indexOf(*t, QStringLiteral("count"));
        const QRectF r = p.itemRect(count, m_rect);
        QCOMPARE(p.itemAt(r.center(), m_rect), count);
        QCOMPARE(p.partAt(r.center(), m_rect), TimelinePainter::Part::Item);
        p.setWindow(TimeWindow(QDateTime(QDate(2023, 10, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2023, 11, 1), QTime(0, 0), Qt::UTC)));
        const double a = p.xOf(ms(2023, 10, 1), m_rect), b = p.xOf(ms(2023, 11, 1), m_rect);
        const double axisY = p.axisRect(m_rect).center().y();
        QCOMPARE(p.partAt({a + 1, axisY}, m_rect), TimelinePainter::Part::WindowStart);
        QCOMPARE(p.partAt({b - 2, axisY}, m_rect), TimelinePainter::Part::WindowEnd);
        QCOMPARE(p.partAt({(a + b) / 2, axisY}, m_rect), TimelinePainter::Part::WindowBody);
        QCOMPARE(p.partAt({5, 5}, m_rect), TimelinePainter::Part::Overview);
        // msAt undoes xOf.
        QVERIFY(qAbs(p.msAt(a, m_rect) - ms(2023, 10, 1)) < 60'000 * 60);
    }

    void windowDimsWhatLiesOutside()
    {
        TimelinePainter p;
        p.setTimeline(sample());
        p.setView(ms(2023, 8, 1), ms(2024, 6, 1));
        const QImage open = p.toImage(m_rect.size().toSize());
        p.setWindow(TimeWindow(QDateTime(QDate(2023, 10, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2023, 11, 1), QTime(0, 0), Qt::UTC)));
        const QImage windowed = p.toImage(m_rect.size().toSize());
        const int y = qRound(m_rect.bottom() - 5);
        const int outside = qRound(p.xOf(ms(2024, 3, 10), m_rect)), inside = qRound(p.xOf(ms(2023, 10, 15), m_rect));
        QVERIFY(qGray(windowed.pixel(outside, y)) < qGray(open.pixel(outside, y)) - 10);
        QCOMPARE(windowed.pixel(inside, y), open.pixel(inside, y));
    }

    void conflictDrawsARedLine()
    {
        TimelinePainter p;
        auto t = sample();
        const qsizetype a = indexOf(*t, QStringLiteral("railcars in October")), b = indexOf(*t, QStringLiteral("no later than"));
        p.setTimeline(t);
        p.setView(ms(2023, 8, 1), ms(2024, 6, 1));
        const QImage before = p.toImage(m_rect.size().toSize());
        t->conflicts << TimelineConflict{a, b};
        p.setTimeline(t);
        const QImage after = p.toImage(m_rect.size().toSize());
        const QPointF mid = (p.itemRect(a, m_rect).center() + p.itemRect(b, m_rect).center()) / 2;
        int red = 0;
        for (int dx = -3; dx <= 3; ++dx)
            for (int dy = -3; dy <= 3; ++dy) {
                const QColor c = after.pixelColor(qRound(mid.x()) + dx, qRound(mid.y()) + dy);
                red += c.red() > 150 && c.green() < 120 && c.blue() < 120 && before.pixelColor(qRound(mid.x()) + dx, qRound(mid.y()) + dy) != c;
            }
        QVERIFY(red > 0);
    }

    void localTimeKeepsDatesOnTheirDay()
    {
        TimelinePainter p;
        const auto t = sample();
        p.setTimeline(t);
        p.setView(ms(2023, 9, 12), ms(2023, 9, 15));
        const qsizetype summit = indexOf(*t, QStringLiteral("summit")); // 2023-09-13, a day
        const QRectF utcDay = p.itemRect(summit, m_rect);
        QCOMPARE(qRound(utcDay.left()), qRound(p.xOf(ms(2023, 9, 13), m_rect)));
        const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        QVERIFY(tokyo.isValid());
        p.setTimeZone(tokyo);
        // In Tokyo the day is 13 September there: from its midnight (15:00 UTC the day before)
        // to the next, not the UTC day that ends at 09:00 on the 14th there.
        const QRectF local = p.itemRect(summit, m_rect);
        const qint64 tokyoMidnight = QDateTime(QDate(2023, 9, 13), QTime(0, 0), tokyo).toMSecsSinceEpoch();
        QCOMPARE(qRound(local.left()), qRound(p.xOf(tokyoMidnight, m_rect)));
        QCOMPARE(qRound(local.right()), qRound(p.xOf(tokyoMidnight + 86'400'000, m_rect)));
        // A moment stays where it happened.
        p.setView(ms(2023, 11, 1), ms(2023, 11, 4));
        const qsizetype count = indexOf(*t, QStringLiteral("count")); // 2023-11-02T10:14Z
        const QRectF moment = p.itemRect(count, m_rect);
        p.setTimeZone(QTimeZone::utc());
        QCOMPARE(p.itemRect(count, m_rect), moment);
    }

    void axisAndLabelsAtEveryZoom()
    {
        // From decades to hours: always something drawn on the axis, never a crash or a hang.
        TimelinePainter p;
        p.setTimeline(sample());
        const qint64 mid = ms(2023, 10, 15);
        for (qint64 half : {qint64(20) * 365 * 86'400'000, qint64(365) * 86'400'000, qint64(30) * 86'400'000,
                            qint64(86'400'000), qint64(3'600'000)}) {
            p.setView(mid - half, mid + half);
            const QImage img = p.toImage(m_rect.size().toSize());
            const QRectF axis = p.axisRect(m_rect);
            int dark = 0;
            for (int x = 0; x < img.width(); ++x)
                dark += qGray(img.pixel(x, qRound(axis.top() + 8))) < 120;
            QVERIFY2(dark > 5, qPrintable(QString::number(half)));
        }
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
