#include "sightline/present/serieschart.h"

#include "sightline/present/serieswords.h"
#include "sightline/present/timewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sightline::present {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

bool finite(qint64 ms)
{
    return ms != std::numeric_limits<qint64>::min() && ms != std::numeric_limits<qint64>::max();
}

// Written as the class's own tr() would be, so that lupdate files the texts under its name.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("sightline::present::SeriesChart", text, comment, n);
}

// A round step for an axis from 0 to top with about n ticks: 1, 2 or 5 times a power of ten.
double niceStep(double top, int n)
{
    const double raw = std::max(top / n, 1e-9);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (raw <= f * magnitude)
            return f * magnitude;
    return 10 * magnitude;
}

QString number(double v)
{
    return wordsLocale().toString(v, 'g', 6);
}

} // namespace

SeriesChart::SeriesChart(CountSeries series, QString kindName) : m_series(std::move(series)), m_kindName(std::move(kindName))
{
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    auto include = [&](qint64 ms) {
        if (finite(ms)) {
            first = std::min(first, ms);
            last = std::max(last, ms);
        }
    };
    double top = 0;
    for (const SeriesPoint &p : std::as_const(m_series.points)) {
        const TimeMoments m = TimeMoments::of(p.time);
        include(m.first);
        include(m.last);
        for (const auto &v : {p.value.value, p.value.min, p.value.max})
            if (v)
                top = std::max(top, *v);
    }
    if (m_series.baseline) {
        const TimeMoments m = TimeMoments::of(m_series.baseline->window);
        include(m.first);
        include(m.last);
        top = std::max(top, m_series.baseline->maximum);
    }
    if (first > last) { // nothing dated: a year around now
        last = QDateTime::currentMSecsSinceEpoch();
        first = last - 365 * kDayMs;
    }
    const qint64 margin = std::max<qint64>((last - first) / 20, 15 * kDayMs);
    m_first = first - margin;
    m_last = last + margin;
    const double step = niceStep(std::max(top, 1.0) * 1.1, 5);
    m_top = std::ceil(std::max(top, 1.0) * 1.1 / step) * step;
}

QRectF SeriesChart::plotArea(const QRectF &rect, double scale) const
{
    return rect.adjusted(48 * scale, 28 * scale, -14 * scale, -40 * scale);
}

double SeriesChart::xOf(qint64 msecs, const QRectF &plot) const
{
    return plot.left() + plot.width() * double(msecs - m_first) / double(m_last - m_first);
}

double SeriesChart::yOf(double value, const QRectF &plot) const
{
    return plot.bottom() - plot.height() * value / m_top;
}

std::pair<qint64, qint64> SeriesChart::momentsOf(const TimeSpan &span) const
{
    const TimeMoments m = TimeMoments::of(span);
    return {finite(m.first) ? m.first : m_first, finite(m.last) ? m.last : m_last};
}

std::pair<double, double> SeriesChart::spanOf(int i, const QRectF &plot) const
{
    const auto [first, last] = momentsOf(m_series.points.at(i).time);
    // Spans shorter than two days (a scene's moment, a day) are dots, not bars.
    if (last - first < 2 * kDayMs) {
        const double x = xOf(first + (last - first) / 2, plot);
        return {x, x};
    }
    return {xOf(first, plot), xOf(last, plot)};
}

QPointF SeriesChart::positionOf(int i, const QRectF &plot) const
{
    const auto [x0, x1] = spanOf(i, plot);
    return {(x0 + x1) / 2, yOf(m_series.points.at(i).value.representative().value_or(0), plot)};
}

void SeriesChart::paint(QPainter &p, const QRectF &rect, double scale) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect, Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, qRound(11 * scale)));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF plot = plotArea(rect, scale);

    // Axes: values on the left, years (or months) below.
    const QColor axis(0x55, 0x55, 0x55), grid(0xe4, 0xe4, 0xe4);
    const double step = niceStep(m_top, 5);
    for (double v = 0; v <= m_top + step / 2; v += step) {
        const double y = yOf(v, plot);
        p.setPen(QPen(grid, scale));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(axis);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - 6 * scale, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, number(v));
    }
    p.setPen(QPen(axis, scale));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(m_first, Qt::UTC).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(m_last, Qt::UTC).date();
    const int years = lastDay.year() - firstDay.year();
    const int monthStep = years >= 3 ? 12 * std::max(1, years / 8) : (years >= 1 ? 3 : 1);
    QDate tick(firstDay.year(), 1, 1);
    while (tick <= lastDay) {
        const qint64 ms = QDateTime(tick, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (ms >= m_first) {
            const double x = xOf(ms, plot);
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4 * scale));
            const QString text = monthStep >= 12 ? QString::number(tick.year()) : wordsLocale().toString(tick, QStringLiteral("MMM yyyy"));
            p.drawText(QRectF(x - 60 * scale, plot.bottom() + 5 * scale, 120 * scale, fm.height()), Qt::AlignHCenter, text);
        }
        tick = tick.addMonths(monthStep);
    }

    // The baseline: its band over its window, then a faint continuation.
    if (const auto &b = m_series.baseline) {
        const auto [first, last] = momentsOf(b->window);
        const double x0 = xOf(first, plot), x1 = xOf(last, plot);
        const double yMax = yOf(b->maximum, plot), yMedian = yOf(b->median, plot);
        QColor band = baselineColor();
        band.setAlpha(60);
        p.fillRect(QRectF(QPointF(x0, yMax), QPointF(x1, yMedian)), band);
        band.setAlpha(22);
        p.fillRect(QRectF(QPointF(x1, yMax), QPointF(plot.right(), yMedian)), band);
        p.setPen(QPen(baselineColor(), 1.2 * scale, Qt::DashLine));
        p.drawLine(QPointF(x0, yMax), QPointF(plot.right(), yMax));
        p.setPen(QPen(baselineColor(), 1.2 * scale, Qt::DotLine));
        p.drawLine(QPointF(x0, yMedian), QPointF(plot.right(), yMedian));
        p.setPen(baselineColor());
        //: Over the baseline band of a series chart (%1 its maximum, %2 its median, %n how many values)
        p.drawText(QPointF(x0 + 3 * scale, yMax - 3 * scale),
                   tr("baseline: max %1, median %2 (%n value(s))", nullptr, b->values)
                       .arg(number(b->maximum), number(b->median)));
    }

    // Values: bars and whiskers first, then marks, then flags on top.
    const double r = 4.5 * scale;
    for (int i = 0; i < m_series.points.size(); ++i) {
        const SeriesPoint &pt = m_series.points[i];
        if (!pt.value.representative())
            continue;
        const QColor c = pt.counted ? countedColor() : reportedColor();
        const auto [x0, x1] = spanOf(i, plot);
        const QPointF at = positionOf(i, plot);
        if (x1 > x0) {
            p.setPen(Qt::NoPen);
            QColor fill = c;
            fill.setAlpha(pt.counted ? 170 : 110);
            p.setBrush(fill);
            p.drawRect(QRectF(x0, at.y() - 2.5 * scale, x1 - x0, 5 * scale));
        }
        if (pt.value.min || pt.value.max) {
            const double lo = yOf(pt.value.min.value_or(*pt.value.representative()), plot);
            const double hi = yOf(pt.value.max.value_or(*pt.value.representative()), plot);
            p.setPen(QPen(c, 1.3 * scale));
            p.drawLine(QPointF(at.x(), lo), QPointF(at.x(), hi));
            p.drawLine(QPointF(at.x() - r, lo), QPointF(at.x() + r, lo));
            p.drawLine(QPointF(at.x() - r, hi), QPointF(at.x() + r, hi));
        }
        if (pt.counted) {
            p.setPen(QPen(Qt::white, 1.2 * scale));
            p.setBrush(c);
            p.drawEllipse(at, r, r);
        } else {
            QPolygonF diamond{{at.x(), at.y() - r * 1.3}, {at.x() + r * 1.3, at.y()}, {at.x(), at.y() + r * 1.3}, {at.x() - r * 1.3, at.y()}};
            p.setPen(QPen(c, 1.8 * scale));
            p.setBrush(Qt::white);
            p.drawPolygon(diamond);
        }
    }
    if (const auto &b = m_series.baseline) {
        for (int i = 0; i < m_series.points.size(); ++i) {
            const QString text = pointFlagText(m_series.points[i], *b);
            if (text.isEmpty())
                continue;
            const QPointF at = positionOf(i, plot);
            p.setPen(QPen(flagColor(), 2 * scale));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, r + 4 * scale, r + 4 * scale);
            QFont bold = font;
            bold.setBold(true);
            p.setFont(bold);
            const double w = QFontMetricsF(bold).horizontalAdvance(text);
            double x = at.x() + r + 8 * scale;
            if (x + w > rect.right() - 4 * scale)
                x = at.x() - r - 8 * scale - w; // to the left when there is no room on the right
            const double y = std::max(at.y() - 2 * scale, plot.top() + fm.ascent());
            p.drawText(QPointF(x, y), text);
            p.setFont(font);
        }
    }

    // The time window: what lies outside it veiled, its edges marked.
    if (!m_window.isOpen()) {
        const double from = m_window.from().isNull() ? plot.left()
                                                     : std::clamp(xOf(m_window.from().toMSecsSinceEpoch(), plot), plot.left(), plot.right());
        const double to = m_window.to().isNull() ? plot.right()
                                                 : std::clamp(xOf(m_window.to().toMSecsSinceEpoch(), plot), plot.left(), plot.right());
        const QColor veil(255, 255, 255, 170);
        p.fillRect(QRectF(QPointF(plot.left(), plot.top()), QPointF(from, plot.bottom())), veil);
        p.fillRect(QRectF(QPointF(to, plot.top()), QPointF(plot.right(), plot.bottom())), veil);
        p.setPen(QPen(QColor(0x1f, 0x66, 0xa8), scale, Qt::DashLine));
        for (const double x : {from, to})
            if (x > plot.left() && x < plot.right())
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    // Title and legend in the top margin.
    p.setPen(Qt::black);
    const QString title = m_kindName.isEmpty() ? m_series.objectKind : m_kindName;
    p.drawText(QPointF(plot.left(), rect.top() + fm.ascent() + 4 * scale), title);
    // The legend, right-aligned: each entry's mark, then its words.
    const QString countedText = tr("counted on imagery"), reportedText = tr("reported");
    const double gap = 14 * scale;
    const double width = 4 * r + fm.horizontalAdvance(countedText) + gap + 4 * r + fm.horizontalAdvance(reportedText);
    double lx = plot.right() - width + r;
    const double ly = rect.top() + fm.height() / 2 + 4 * scale;
    p.setPen(QPen(Qt::white, 1.2 * scale));
    p.setBrush(countedColor());
    p.drawEllipse(QPointF(lx, ly), r, r);
    p.setPen(Qt::black);
    p.drawText(QPointF(lx + 2 * r, ly + fm.ascent() / 2 - 1), countedText);
    lx += 4 * r + fm.horizontalAdvance(countedText) + gap;
    p.setPen(QPen(reportedColor(), 1.8 * scale));
    p.setBrush(Qt::white);
    p.drawPolygon(QPolygonF{{lx, ly - r}, {lx + r, ly}, {lx, ly + r}, {lx - r, ly}});
    p.setPen(Qt::black);
    p.drawText(QPointF(lx + 2 * r, ly + fm.ascent() / 2 - 1), reportedText);
    p.restore();
}

} // namespace sightline::present
