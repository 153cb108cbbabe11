// The series chart as the dock and the brief draw it: counted values as filled dots, reported
// ones as hollow diamonds, a reported time range as a bar across it, the baseline as a band from
// its median to its maximum over its window, and a value above it ringed with its flag text.
#include "sightline/present/serieschart.h"
#include "sightline/present/serieswords.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sightline;
using namespace sightline::present;

namespace {

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

SeriesPoint point(const TimeSpan &when, double value, bool counted)
{
    SeriesPoint p;
    p.observationId = QUuid::createUuid();
    p.time = when;
    p.value.value = value;
    p.value.measure = counted ? Measure::Count : Measure::Maximum;
    p.counted = counted;
    return p;
}

} // namespace

class TestSeriesChart : public QObject
{
    Q_OBJECT

private:
    CountSeries m_series;
    const QRectF m_rect{0, 0, 800, 360};

    // Whether any pixel within r of c is near colour.
    static bool around(const QImage &img, QPointF c, int r, QColor colour, int tolerance = 40)
    {
        for (int dy = -r; dy <= r; ++dy)
            for (int dx = -r; dx <= r; ++dx) {
                const QPoint q = c.toPoint() + QPoint(dx, dy);
                if (img.rect().contains(q) && near(img.pixelColor(q), colour, tolerance))
                    return true;
            }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_series.objectKind = QStringLiteral("railcar");
        m_series.points << point(TimeSpan::day(2019, 6, 1), 14, true) << point(TimeSpan::day(2020, 8, 12), 20, true);
        // "at most about 20 railcars" over five years: a range, reported.
        SeriesPoint range = point(TimeSpan::range(TimeSpan::day(2018, 10, 1), TimeSpan::day(2023, 10, 4)), 20, false);
        m_series.points << range;
        SeriesPoint now = point(TimeSpan::day(2023, 10, 5), 73, true);
        now.exceedsBaseline = true;
        m_series.points << now;
        Baseline b;
        b.window = TimeSpan::range(TimeSpan::day(2018, 10, 1), TimeSpan::day(2023, 10, 4));
        b.median = 14;
        b.maximum = 20;
        b.values = 3;
        m_series.baseline = b;
    }

    void flagSaysHowFarAbove()
    {
        QCOMPARE(pointFlagText(m_series.points[3], m_series.baseline),
                 QStringLiteral("73 vs a baseline maximum of 20: 3.6×"));
        QVERIFY(pointFlagText(m_series.points[0], m_series.baseline).isEmpty());
    }

    void drawsEachKindOfValueDifferently()
    {
        const SeriesChart chart(m_series, QStringLiteral("Railcars at Tumangang"));
        QImage img(m_rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            chart.paint(p, m_rect);
        }
        // With SIGHTLINE_SCREENSHOT_DIR set, saves the chart, to look at.
        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            img.save(dir + QStringLiteral("/serieschart.png"));
        const QRectF plot = chart.plotArea(m_rect);
        // Counted: a filled dot of the counted colour at its place.
        const QPointF counted = chart.positionOf(0, plot);
        QVERIFY(near(img.pixelColor(counted.toPoint()), SeriesChart::countedColor(), 30));
        // Reported over a range: a bar across its window (both ends), not a point.
        const auto [x0, x1] = chart.spanOf(2, plot);
        QVERIFY(x1 - x0 > plot.width() / 2);
        const double y = chart.yOf(20, plot);
        QVERIFY(around(img, QPointF(x0 + 10, y), 2, SeriesChart::reportedColor(), 90));
        QVERIFY(around(img, QPointF(x1 - 10, y), 2, SeriesChart::reportedColor(), 90));
        // The reported mark is hollow: white inside, its colour on its outline.
        const QPointF diamond = chart.positionOf(2, plot);
        QVERIFY(around(img, diamond, 7, SeriesChart::reportedColor(), 40));
        // The counted and reported colours differ plainly.
        QVERIFY(!near(SeriesChart::countedColor(), SeriesChart::reportedColor(), 60));
        // The baseline band: tinted between median and maximum inside its window, white above it.
        const double bandY = (chart.yOf(14, plot) + chart.yOf(20, plot)) / 2;
        const QColor band = img.pixelColor(QPointF(chart.spanOf(1, plot).first - 30, bandY).toPoint());
        QVERIFY2(band.red() < 245 && near(band, QColor(band.red(), band.red(), band.red()), 6), qPrintable(band.name()));
        QCOMPARE(img.pixelColor(QPointF(chart.spanOf(1, plot).first - 30, chart.yOf(45, plot)).toPoint()), QColor(Qt::white));
        // The flagged value: ringed in the flag colour, far above the band.
        const QPointF flagged = chart.positionOf(3, plot);
        QVERIFY(flagged.y() < chart.yOf(60, plot));
        QVERIFY(around(img, flagged + QPointF(0, -8.5), 2, SeriesChart::flagColor(), 60));
    }

    void emptySeriesDrawsAxesOnly()
    {
        const SeriesChart chart(CountSeries{}, QStringLiteral("nothing"));
        QImage img(400, 200, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        chart.paint(p, QRectF(0, 0, 400, 200)); // no crash, no division by zero
        p.end();
        QVERIFY(!img.isNull());
    }
};

QTEST_MAIN(TestSeriesChart)
#include "tst_serieschart.moc"
