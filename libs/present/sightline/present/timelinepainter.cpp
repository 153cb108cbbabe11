#include "sightline/present/timelinepainter.h"

#include "sightline/present/recordwords.h"
#include "sightline/present/serieswords.h"
#include "sightline/present/timewords.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QLinearGradient>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace sightline::present {
namespace {

constexpr double kOverviewHeight = 22;
constexpr double kAxisHeight = 24;
constexpr double kRowHeight = 18;
constexpr double kLaneHeader = 14;
constexpr double kLanePad = 4;
constexpr int kMaxRows = 8;
constexpr double kChartHeight = 30; // a count series' small chart under its site's lane
constexpr double kMarkWidth = 7;     // an instant too short to see drawn as a mark this wide
constexpr double kFadeWidth = 90;    // an open end fades over this many pixels
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kOpenFirst = std::numeric_limits<qint64>::min();
constexpr qint64 kOpenLast = std::numeric_limits<qint64>::max();

QFont smallFont(double px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(px));
    f.setBold(bold);
    return f;
}

// The tick unit of the axis: the first whose ticks are at least minPixels apart.
struct TickUnit
{
    enum Kind { Hour, Day, Month, Year } kind;
    int count;
    qint64 approxMs;
};

TickUnit tickUnit(double msPerPixel, double minPixels)
{
    static const TickUnit units[] = {{TickUnit::Hour, 1, 3'600'000},  {TickUnit::Hour, 3, 3 * 3'600'000},
                                     {TickUnit::Hour, 6, 6 * 3'600'000}, {TickUnit::Hour, 12, 12 * 3'600'000},
                                     {TickUnit::Day, 1, kDay},           {TickUnit::Day, 7, 7 * kDay},
                                     {TickUnit::Month, 1, 30 * kDay},    {TickUnit::Month, 3, 91 * kDay},
                                     {TickUnit::Year, 1, 365 * kDay},    {TickUnit::Year, 5, 5 * 365 * kDay},
                                     {TickUnit::Year, 10, 10 * 365 * kDay}, {TickUnit::Year, 50, 50 * 365 * kDay}};
    for (const TickUnit &u : units)
        if (u.approxMs / msPerPixel >= minPixels)
            return u;
    return units[std::size(units) - 1];
}

// The tick at or before t (a moment in the axis's zone), in that zone.
QDateTime floorTo(const QDateTime &t, const TickUnit &u)
{
    const QDate d = t.date();
    const QTimeZone zone = t.timeZone();
    switch (u.kind) {
    case TickUnit::Hour: return QDateTime(d, QTime(t.time().hour() / u.count * u.count, 0), zone);
    case TickUnit::Day:
        if (u.count == 7) // weeks start on Monday
            return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), zone);
        return QDateTime(d, QTime(0, 0), zone);
    case TickUnit::Month: return QDateTime(QDate(d.year(), (d.month() - 1) / u.count * u.count + 1, 1), QTime(0, 0), zone);
    case TickUnit::Year: return QDateTime(QDate(d.year() / u.count * u.count, 1, 1), QTime(0, 0), zone);
    }
    return t;
}

QDateTime nextTick(const QDateTime &t, const TickUnit &u)
{
    switch (u.kind) {
    case TickUnit::Hour: return t.addSecs(3600LL * u.count);
    case TickUnit::Day: return t.addDays(u.count);
    case TickUnit::Month: return t.addMonths(u.count);
    case TickUnit::Year: return t.addYears(u.count);
    }
    return t;
}

QString tickLabel(const QDateTime &t, const TickUnit &u)
{
    const QLocale c = QLocale::c();
    switch (u.kind) {
    case TickUnit::Hour: return c.toString(t, t.time() == QTime(0, 0) ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
    case TickUnit::Day: return c.toString(t, t.date().day() == 1 || u.count == 7 ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    case TickUnit::Month: return c.toString(t, t.date().month() == 1 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    case TickUnit::Year: return c.toString(t, QStringLiteral("yyyy"));
    }
    return {};
}

} // namespace

TimelinePainter::TimelinePainter() = default;
TimelinePainter::~TimelinePainter() = default;

QColor TimelinePainter::kindColor(TimelineItem::Kind kind)
{
    switch (kind) {
    case TimelineItem::Kind::Event: return QColor(0x6a, 0x3d, 0x9a);
    case TimelineItem::Kind::Claim: return QColor(0x1f, 0x78, 0xb4);
    case TimelineItem::Kind::Observation: return QColor(0x33, 0xa0, 0x2c);
    case TimelineItem::Kind::Scene: return QColor(0xe6, 0x6d, 0x00);
    case TimelineItem::Kind::Judgment: return QColor(0xb1, 0x59, 0x28);
    }
    return Qt::gray;
}

void TimelinePainter::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    m_timeline = std::move(timeline);
    m_dirty = true;
}

void TimelinePainter::setLanes(Lanes lanes)
{
    if (lanes != m_lanes)
        m_dirty = true;
    m_lanes = lanes;
}

void TimelinePainter::setView(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs - fromMs < kMinute) {
        const qint64 mid = fromMs / 2 + toMs / 2;
        fromMs = mid - kMinute / 2;
        toMs = fromMs + kMinute;
    }
    m_viewFrom = fromMs;
    m_viewTo = toMs;
}

std::pair<qint64, qint64> TimelinePainter::overviewSpan() const
{
    const auto [a, b] = m_timeline ? timelineExtent(m_timeline->items) : std::pair<QDateTime, QDateTime>();
    if (a.isNull())
        return {m_viewFrom, m_viewTo};
    qint64 from = a.toMSecsSinceEpoch(), to = b.toMSecsSinceEpoch();
    const qint64 margin = std::max<qint64>((to - from) / 20, kDay);
    // The overview always holds the view as well, so its box never leaves the strip.
    return {std::min(from - margin, m_viewFrom), std::max(to + margin, m_viewTo)};
}

void TimelinePainter::showAll()
{
    const auto [a, b] = m_timeline ? timelineExtent(m_timeline->items) : std::pair<QDateTime, QDateTime>();
    if (a.isNull()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        setView(now - 365 * kDay, now);
        return;
    }
    const qint64 from = a.toMSecsSinceEpoch(), to = b.toMSecsSinceEpoch();
    const qint64 margin = std::max<qint64>((to - from) / 20, kDay);
    setView(from - margin, to + margin);
}

void TimelinePainter::layout() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_laneNames.clear();
    m_laneOf.clear();
    m_rowOf.clear();
    m_rowCount.clear();
    m_laneOffset.clear();
    m_placed.clear();
    m_laneSite.clear();
    if (!m_timeline)
        return;
    const QList<TimelineItem> &items = m_timeline->items;
    // The lanes of each item by their keys (by site: every site the item is about); keys sorted by
    // name, the lane of items without one last.
    QList<QStringList> keysOf(items.size());
    QHash<QString, QUuid> siteOfKey;
    const QString none = m_lanes == Lanes::BySite ? QCoreApplication::translate("Timeline", "No site")
                                                  : QCoreApplication::translate("Timeline", "No source");
    for (qsizetype n = 0; n < items.size(); ++n) {
        const TimelineItem &i = items[n];
        switch (m_lanes) {
        case Lanes::BySite:
            for (const QUuid &site : i.siteIds) {
                const QString key = m_timeline->siteNames.value(site);
                if (!keysOf[n].contains(key)) {
                    keysOf[n] << key;
                    siteOfKey.insert(key, site);
                }
            }
            if (keysOf[n].isEmpty())
                keysOf[n] << QString();
            break;
        case Lanes::BySource: keysOf[n] << (i.sourceId.isNull() ? QString() : m_timeline->sourceNames.value(i.sourceId)); break;
        case Lanes::ByKind: keysOf[n] << QString::number(static_cast<int>(i.kind)); break;
        }
    }
    QSet<QString> keySet;
    for (const QStringList &k : std::as_const(keysOf))
        for (const QString &key : k)
            keySet.insert(key);
    // A site with a count series has a lane for its charts even when no item of the window is about it.
    if (m_lanes == Lanes::BySite)
        for (auto it = m_timeline->series.cbegin(); it != m_timeline->series.cend(); ++it)
            if (!it.value().isEmpty() && m_timeline->siteNames.contains(it.key())) {
                const QString key = m_timeline->siteNames.value(it.key());
                keySet.insert(key);
                siteOfKey.insert(key, it.key());
            }
    QStringList keys = keySet.values();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return a.localeAwareCompare(b) < 0;
    });
    QHash<QString, int> laneIndex;
    for (const QString &k : std::as_const(keys)) {
        laneIndex.insert(k, int(m_laneNames.size()));
        m_laneSite << (m_lanes == Lanes::BySite ? siteOfKey.value(k) : QUuid());
        if (m_lanes == Lanes::ByKind) {
            TimelineItem probe;
            probe.kind = static_cast<TimelineItem::Kind>(k.toInt());
            m_laneNames << recordKindLabel(probe.record().type);
        } else
            m_laneNames << (k.isEmpty() ? none : k);
    }
    m_rowCount = QList<int>(m_laneNames.size(), 1);
    // Rows: each item in the first row of its lane where the last item ended before it starts
    // (open ends counted as a month), so items stay apart however far one zooms in; a lane has
    // at most kMaxRows rows, the rest share the row that frees first.
    QList<std::array<qint64, kMaxRows>> rowEnd(m_laneNames.size());
    for (auto &r : rowEnd)
        r.fill(kOpenFirst);
    m_laneOf.resize(items.size());
    m_rowOf.resize(items.size());
    for (qsizetype n = 0; n < items.size(); ++n) {
        const TimelineItem &i = items[n];
        bool first = true;
        for (const QString &key : std::as_const(keysOf[n])) {
            const int lane = laneIndex.value(key);
            int row = 0;
            if (!i.moments.unknown) {
                qint64 from = i.moments.first, to = i.moments.last;
                if (from == kOpenFirst)
                    from = to - 30 * kDay;
                if (to == kOpenLast)
                    to = from + 30 * kDay;
                to = std::max(to, from + kDay); // a mark and its label take room too
                auto &ends = rowEnd[lane];
                row = -1;
                for (int r = 0; r < kMaxRows && row < 0; ++r)
                    if (ends[r] < from)
                        row = r;
                if (row < 0)
                    row = int(std::min_element(ends.begin(), ends.end()) - ends.begin());
                ends[row] = std::max(ends[row], to);
                m_rowCount[lane] = std::max(m_rowCount[lane], row + 1);
            }
            if (first) {
                m_laneOf[n] = lane;
                m_rowOf[n] = row;
                first = false;
            }
            m_placed << Placed{n, lane, row};
        }
    }
    m_laneOffset = QList<double>(m_laneNames.size(), 0.0);
    for (int l = 1; l < m_laneNames.size(); ++l)
        m_laneOffset[l] = m_laneOffset[l - 1] + laneTotalHeight(l - 1);
}

double TimelinePainter::laneTotalHeight(int lane) const
{
    return kLaneHeader + m_rowCount.value(lane) * kRowHeight + laneSeries(lane).size() * kChartHeight + kLanePad;
}

QList<CountSeries> TimelinePainter::laneSeries(int lane) const
{
    layout();
    if (!m_timeline || lane < 0 || lane >= m_laneSite.size() || m_laneSite[lane].isNull())
        return {};
    return m_timeline->series.value(m_laneSite[lane]);
}

QList<QRectF> TimelinePainter::seriesRects(int lane, const QRectF &rect) const
{
    QList<QRectF> out;
    const qsizetype n = laneSeries(lane).size();
    const double top = rowTop(lane, m_rowCount.value(lane), rect);
    for (qsizetype i = 0; i < n; ++i)
        out << QRectF(rect.left(), top + i * kChartHeight, rect.width(), kChartHeight);
    return out;
}

QList<int> TimelinePainter::lanesOf(qsizetype n) const
{
    layout();
    QList<int> out;
    for (const Placed &p : std::as_const(m_placed))
        if (p.item == n)
            out << p.lane;
    return out;
}

QStringList TimelinePainter::laneNames() const
{
    layout();
    return m_laneNames;
}

QRectF TimelinePainter::overviewRect(const QRectF &rect) const
{
    return QRectF(rect.left(), rect.top(), rect.width(), kOverviewHeight);
}

QRectF TimelinePainter::axisRect(const QRectF &rect) const
{
    return QRectF(rect.left(), rect.top() + kOverviewHeight, rect.width(), kAxisHeight);
}

QRectF TimelinePainter::lanesRect(const QRectF &rect) const
{
    const double top = rect.top() + kOverviewHeight + kAxisHeight;
    return QRectF(rect.left(), top, rect.width(), std::max(0.0, rect.bottom() - top));
}

double TimelinePainter::xOf(qint64 ms, const QRectF &rect) const
{
    return rect.left() + double(ms - m_viewFrom) / double(m_viewTo - m_viewFrom) * rect.width();
}

qint64 TimelinePainter::msAt(double x, const QRectF &rect) const
{
    return m_viewFrom + qint64(std::llround((x - rect.left()) / rect.width() * double(m_viewTo - m_viewFrom)));
}

qint64 TimelinePainter::overviewMsAt(double x, const QRectF &rect) const
{
    const auto [from, to] = overviewSpan();
    return from + qint64(std::llround((x - rect.left()) / rect.width() * double(to - from)));
}

double TimelinePainter::lanesHeight() const
{
    layout();
    double h = 0;
    for (int l = 0; l < m_rowCount.size(); ++l)
        h += laneTotalHeight(l);
    return h;
}

double TimelinePainter::rowTop(int lane, int row, const QRectF &rect) const
{
    return rect.top() + kOverviewHeight + kAxisHeight - m_scroll + m_laneOffset.value(lane) + kLaneHeader + row * kRowHeight;
}

// Where an item's time is drawn on a row: its band or bar from its first to its last moment
// (open ends reach kFadeWidth toward the open side), or a mark when it would be too narrow to see.
QRectF TimelinePainter::spanRect(const TimelineItem &item, double top, double height, const QRectF &rect, bool *isMark) const
{
    *isMark = false;
    // A day, month or year is the same calendar period in every zone: shown in another zone it
    // covers that zone's day, never the neighbouring one. Minutes and seconds are moments.
    const qint64 shift = item.time.precision() <= TimeSpan::Precision::Day ? dateShift(item) : 0;
    double x0, x1;
    if (item.moments.first == kOpenFirst) {
        x1 = xOf(item.moments.last + shift, rect);
        x0 = x1 - kFadeWidth;
    } else if (item.moments.last == kOpenLast) {
        x0 = xOf(item.moments.first + shift, rect);
        x1 = x0 + kFadeWidth;
    } else {
        x0 = xOf(item.moments.first + shift, rect);
        x1 = xOf(item.moments.last + 1 + shift, rect);
    }
    const bool coarse = item.time.kind() == TimeSpan::Kind::Instant && item.time.precision() <= TimeSpan::Precision::Month;
    if (x1 - x0 < (coarse ? 2.0 : kMarkWidth) && item.time.kind() == TimeSpan::Kind::Instant) {
        if (!coarse) {
            *isMark = true;
            const double mid = (x0 + x1) / 2;
            return QRectF(mid - kMarkWidth / 2, top, kMarkWidth, height);
        }
        x1 = x0 + 2.0;
    }
    return QRectF(x0, top, std::max(x1 - x0, 1.0), height);
}

void TimelinePainter::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_zoneIsUtc = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0 && !m_zone.hasDaylightTime();
}

qint64 TimelinePainter::dateShift(const TimelineItem &item) const
{
    if (m_zoneIsUtc)
        return 0;
    const qint64 at = item.moments.first != kOpenFirst ? item.moments.first : item.moments.last;
    // The zone's offset at the date's start: its local midnight is that much before UTC's.
    return -qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC))) * 1000;
}

QRectF TimelinePainter::placedRect(const Placed &p, const QRectF &rect) const
{
    const TimelineItem &item = m_timeline->items[p.item];
    if (item.moments.unknown)
        return {};
    const QRectF lanes = lanesRect(rect);
    bool mark = false;
    const QRectF r = spanRect(item, rowTop(p.lane, p.row, rect) + 2, kRowHeight - 4, rect, &mark);
    if (r.right() < lanes.left() || r.left() > lanes.right() || r.bottom() < lanes.top() || r.top() > lanes.bottom())
        return {};
    return r;
}

QList<QRectF> TimelinePainter::itemRects(qsizetype n, const QRectF &rect) const
{
    layout();
    QList<QRectF> out;
    if (!m_timeline || n < 0 || n >= m_timeline->items.size())
        return out;
    for (const Placed &p : std::as_const(m_placed))
        if (p.item == n)
            if (const QRectF r = placedRect(p, rect); !r.isNull())
                out << r;
    return out;
}

QRectF TimelinePainter::itemRect(qsizetype n, const QRectF &rect) const
{
    return itemRects(n, rect).value(0);
}

qsizetype TimelinePainter::itemAt(QPointF point, const QRectF &rect) const
{
    layout();
    if (!m_timeline || !lanesRect(rect).contains(point))
        return -1;
    // Topmost: the last drawn; a mark is easier to hit than a long bar under it.
    qsizetype best = -1;
    double bestWidth = 0;
    for (qsizetype k = m_placed.size() - 1; k >= 0; --k) {
        const QRectF r = placedRect(m_placed[k], rect).adjusted(-2, 0, 2, 0);
        if (r.contains(point) && (best < 0 || r.width() < bestWidth)) {
            best = m_placed[k].item;
            bestWidth = r.width();
        }
    }
    return best;
}

TimelinePainter::Part TimelinePainter::partAt(QPointF point, const QRectF &rect) const
{
    if (!rect.contains(point))
        return Part::Nothing;
    if (overviewRect(rect).contains(point))
        return Part::Overview;
    const bool inAxis = axisRect(rect).contains(point);
    if (!m_window.isOpen()) {
        const double a = m_window.from().isNull() ? -1e9 : xOf(m_window.from().toMSecsSinceEpoch(), rect);
        const double b = m_window.to().isNull() ? 1e9 : xOf(m_window.to().toMSecsSinceEpoch(), rect);
        if (std::abs(point.x() - a) <= 5)
            return Part::WindowStart;
        if (std::abs(point.x() - b) <= 5)
            return Part::WindowEnd;
        if (inAxis && point.x() > a && point.x() < b)
            return Part::WindowBody;
    }
    if (inAxis)
        return Part::Axis;
    const qsizetype n = itemAt(point, rect);
    if (n < 0)
        return Part::Lanes;
    for (const QRectF &r : itemRects(n, rect))
        if (r.adjusted(-2, 0, 2, 0).contains(point) && r.width() >= 12) {
            if (point.x() <= r.left() + 4)
                return Part::ItemStart;
            if (point.x() >= r.right() - 4)
                return Part::ItemEnd;
        }
    return Part::Item;
}

void TimelinePainter::paint(QPainter &painter, const QRectF &rect) const
{
    layout();
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, QColor(0xfb, 0xfb, 0xfb));
    const QRectF lanes = lanesRect(rect);
    // Lane backgrounds, alternating, with their names; lanes scroll under the axis.
    painter.setClipRect(lanes);
    painter.setFont(smallFont(10));
    const QFontMetricsF fm(painter.font());
    for (int l = 0; l < m_laneNames.size(); ++l) {
        const double top = rowTop(l, 0, rect) - kLaneHeader;
        const double h = laneTotalHeight(l);
        if (top > lanes.bottom())
            break;
        painter.fillRect(QRectF(rect.left(), top, rect.width(), h), l % 2 ? QColor(0xf1, 0xf3, 0xf6) : QColor(0xfb, 0xfb, 0xfb));
    }
    painter.setClipRect(rect);
    paintAxis(painter, axisRect(rect), lanes);
    painter.setClipRect(lanes);
    // The lanes' names over the axis's grid lines, under the items.
    painter.setPen(QColor(0x55, 0x55, 0x55));
    for (int l = 0; l < m_laneNames.size(); ++l) {
        const double top = rowTop(l, 0, rect) - kLaneHeader;
        if (top > lanes.bottom())
            break;
        const QString name = fm.elidedText(m_laneNames[l], Qt::ElideRight, 220);
        const QColor background = l % 2 ? QColor(0xf1, 0xf3, 0xf6) : QColor(0xfb, 0xfb, 0xfb);
        painter.fillRect(QRectF(rect.left() + 2, top + 1, fm.horizontalAdvance(name) + 4, fm.height()), background);
        painter.drawText(QPointF(rect.left() + 4, top + fm.ascent() + 1), name);
    }
    paintSeries(painter, rect);
    paintItems(painter, rect);
    painter.setClipRect(rect);
    paintWindow(painter, rect);
    paintOverview(painter, overviewRect(rect));
    painter.restore();
}

QImage TimelinePainter::toImage(QSize size) const
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return img;
}

void TimelinePainter::paintAxis(QPainter &painter, const QRectF &r, const QRectF &lanes) const
{
    painter.fillRect(r, QColor(0xe9, 0xec, 0xf0));
    painter.setPen(QColor(0xbb, 0xbb, 0xbb));
    painter.drawLine(r.bottomLeft(), r.bottomRight());
    const double msPerPixel = double(m_viewTo - m_viewFrom) / std::max(1.0, r.width());
    const TickUnit unit = tickUnit(msPerPixel, 80);
    painter.setFont(smallFont(10));
    const QFontMetricsF fm(painter.font());
    QDateTime t = floorTo(QDateTime::fromMSecsSinceEpoch(m_viewFrom, m_zone), unit);
    for (int guard = 0; guard < 1000 && t.toMSecsSinceEpoch() <= m_viewTo; ++guard, t = nextTick(t, unit)) {
        const double x = xOf(t.toMSecsSinceEpoch(), r);
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()));
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawLine(QPointF(x, r.bottom() - 6), QPointF(x, r.bottom()));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QPointF(x + 3, r.top() + fm.ascent() + 3), tickLabel(t, unit));
    }
}

void TimelinePainter::paintItems(QPainter &painter, const QRectF &rect) const
{
    if (!m_timeline)
        return;
    const QList<TimelineItem> &items = m_timeline->items;
    const QRectF lanes = lanesRect(rect);
    const int width = std::max(1, int(std::ceil(rect.width())));
    // Marks too many to tell apart: one a pixel column of a row and kind.
    int totalRows = 0;
    QList<int> firstRow(m_laneNames.size());
    for (int l = 0; l < m_laneNames.size(); ++l) {
        firstRow[l] = totalRows;
        totalRows += m_rowCount[l];
    }
    QList<quint16> drawn(qsizetype(totalRows) * width, 0);
    // The items drawn in each row, left to right, for their labels.
    QList<QList<qsizetype>> rowItems(totalRows);
    QHash<QRgb, QList<QRectF>> bars; // plain bars and bands, drawn at the end a colour at a time
    const QFont labelFont = smallFont(10);
    const QFontMetricsF lfm(labelFont);
    QList<QRectF> selectedRects;
    QList<QRectF> shown(m_placed.size()); // by placement
    std::array<QImage, 5> marks;
    // On a vector device (a brief's PDF) marks are drawn as shapes; on pixels, copied from one drawn once.
    const bool vectors = painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster;
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype k = 0; k < m_placed.size(); ++k) {
        const qsizetype n = m_placed[k].item;
        const TimelineItem &item = items[n];
        if (item.moments.unknown)
            continue;
        if (item.moments.last != kOpenLast && xOf(item.moments.last, rect) < rect.left() - kMarkWidth)
            continue;
        if (item.moments.first != kOpenFirst && xOf(item.moments.first, rect) > rect.right() + kMarkWidth)
            continue;
        const int lane = m_placed[k].lane, row = m_placed[k].row;
        const double top = rowTop(lane, row, rect);
        if (top > lanes.bottom() || top + kRowHeight < lanes.top())
            continue;
        bool mark = false;
        const QRectF r = spanRect(item, top + 2, kRowHeight - 4, rect, &mark);
        if (r.right() < rect.left() || r.left() > rect.right())
            continue;
        shown[k] = r;
        const QColor color = kindColor(item.kind);
        const int rowIndex = firstRow[lane] + row;
        if (m_selected.contains(item.id))
            selectedRects << r;
        // Marks, and open ends, of one kind whose centre (firm end) falls in a pixel column of a row
        // already drawn add nothing to see: each is drawn once.
        const TimeSpan::Kind kind = item.time.kind();
        const bool open = kind == TimeSpan::Kind::NoLaterThan || kind == TimeSpan::Kind::NoEarlierThan;
        const double key = kind == TimeSpan::Kind::NoLaterThan     ? r.right()
                           : kind == TimeSpan::Kind::NoEarlierThan ? r.left()
                                                                   : r.center().x();
        const int col = std::clamp(int(key - rect.left()), 0, width - 1);
        quint16 &seen = drawn[qsizetype(rowIndex) * width + col];
        const quint16 bit = quint16(1u << (static_cast<int>(item.kind) + (open ? 5 : 0)));
        const bool narrow = r.width() <= kMarkWidth + 0.5;
        if ((narrow || open) && (seen & bit) && !m_selected.contains(item.id))
            continue; // the same kind already drawn in this pixel column of this row
        seen |= bit;
        rowItems[rowIndex] << k;
        if (mark) {
            // An instant: a diamond, drawn once a kind and copied.
            if (vectors) { // a PDF: a shape, not a picture of one
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.setPen(QPen(color.darker(130), 1));
                painter.setBrush(color);
                const double s = kMarkWidth / 2, h = r.height();
                const QPointF shape[] = {{r.left() + s + 0.5, r.top() + 0.5}, {r.left() + 2 * s, r.top() + h / 2},
                                         {r.left() + s + 0.5, r.top() + h - 0.5}, {r.left() + 1, r.top() + h / 2}};
                painter.drawPolygon(shape, 4);
                painter.setRenderHint(QPainter::Antialiasing, false);
                continue;
            }
            QImage &diamond = marks[static_cast<int>(item.kind)];
            if (diamond.isNull()) {
                diamond = QImage(int(kMarkWidth) + 1, int(r.height()) + 1, QImage::Format_ARGB32_Premultiplied);
                diamond.fill(Qt::transparent);
                QPainter dp(&diamond);
                dp.setRenderHint(QPainter::Antialiasing, true);
                dp.setPen(QPen(color.darker(130), 1));
                dp.setBrush(color);
                const double s = kMarkWidth / 2, h = r.height();
                const QPointF shape[] = {{s + 0.5, 0.5}, {2 * s, h / 2}, {s + 0.5, h - 0.5}, {1, h / 2}};
                dp.drawPolygon(shape, 4);
            }
            painter.drawImage(QPointF(std::round(r.left()), std::round(r.top())), diamond);
        } else if (kind == TimeSpan::Kind::NoLaterThan || kind == TimeSpan::Kind::NoEarlierThan) {
            // An open end fades toward the open side; the known end is a firm edge.
            QLinearGradient g(r.topLeft(), r.topRight());
            QColor clear = color;
            clear.setAlpha(0);
            QColor solid = color;
            solid.setAlpha(200);
            g.setColorAt(kind == TimeSpan::Kind::NoLaterThan ? 0.0 : 1.0, clear);
            g.setColorAt(kind == TimeSpan::Kind::NoLaterThan ? 1.0 : 0.0, solid);
            painter.fillRect(r, g);
            painter.setPen(QPen(color.darker(130), 2));
            const double edge = kind == TimeSpan::Kind::NoLaterThan ? r.right() : r.left();
            painter.drawLine(QPointF(edge, r.top()), QPointF(edge, r.bottom()));
        } else if (kind == TimeSpan::Kind::Instant) {
            // An instant as long as its precision: a light band over the whole period.
            QColor band = color;
            band.setAlpha(70);
            bars[band.rgba()] << r;
            painter.setPen(QPen(color, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(0, 0, -1, -1));
        } else {
            // A range: a bar, firm at both ends.
            QColor bar = color;
            bar.setAlpha(150);
            bars[bar.rgba()] << r;
            painter.setPen(QPen(color.darker(120), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(0, 0, -1, -1));
        }
    }
    painter.setPen(Qt::NoPen);
    for (auto it = bars.cbegin(); it != bars.cend(); ++it) {
        painter.setBrush(QColor::fromRgba(it.key()));
        painter.drawRects(it.value().constData(), int(it.value().size()));
    }
    paintLabels(painter, rect, rowItems, shown);
    // Conflicts: a red dashed line between the two claims.
    QHash<qsizetype, QList<qsizetype>> placementsOf; // item → its placements, for the claims in conflict
    for (const TimelineConflict &c : m_timeline->conflicts)
        for (const qsizetype n : {c.first, c.second})
            if (!placementsOf.contains(n))
                placementsOf.insert(n, {});
    for (qsizetype k = 0; k < m_placed.size(); ++k)
        if (const auto it = placementsOf.find(m_placed[k].item); it != placementsOf.end())
            it->append(k);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), 1.5, Qt::DashLine));
    for (const TimelineConflict &c : m_timeline->conflicts) {
        if (c.first < 0 || c.second < 0)
            continue;
        // Between the two in the same lane when they share one, else their first shown places.
        QRectF a, b;
        for (const qsizetype i : placementsOf.value(c.first)) {
            if (shown[i].isNull())
                continue;
            for (const qsizetype j : placementsOf.value(c.second)) {
                if (shown[j].isNull())
                    continue;
                if (a.isNull() || m_placed[i].lane == m_placed[j].lane) {
                    a = shown[i];
                    b = shown[j];
                }
            }
        }
        if (a.isNull() || b.isNull())
            continue;
        painter.drawLine(a.center(), b.center());
    }
    painter.setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF &r : std::as_const(selectedRects))
        painter.drawRect(r.adjusted(-2, -2, 2, 2));
}

// Each item's label where its row has room, never over the next item of the row: for a band the
// period it stands for ("Oct 2023 · "), then the title, the grade and how an observation was
// counted. Inside a band or bar wide enough to hold it, else right of the item; right of the firm
// end for an open one. Rows hold placements (indexes into m_placed), shown is by placement.
void TimelinePainter::paintLabels(QPainter &painter, const QRectF &rect, const QList<QList<qsizetype>> &rowItems,
                                  const QList<QRectF> &shown) const
{
    const QFont font = smallFont(10);
    const QFontMetricsF fm(font);
    painter.setFont(font);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const QList<qsizetype> &row : rowItems) {
        double labelEnd = -1e9;
        for (qsizetype k = 0; k < row.size(); ++k) {
            const TimelineItem &item = m_timeline->items[m_placed[row[k]].item];
            const QRectF r = shown[row[k]];
            const TimeSpan::Kind kind = item.time.kind();
            const bool open = kind == TimeSpan::Kind::NoLaterThan || kind == TimeSpan::Kind::NoEarlierThan;
            const double floor = std::max(rect.left() + 2, labelEnd + 6);
            // Room up to the next item of the row that starts after the label would.
            const auto roomFrom = [&](double x) {
                double room = rect.right() - x;
                for (qsizetype m = k + 1; m < row.size(); ++m)
                    if (const double next = shown[row[m]].left(); next > x) {
                        room = std::min(room, next - x - 4);
                        break;
                    }
                return room;
            };
            double lx = std::max(!open && r.width() >= 40 ? r.left() + 4 : r.right() + 3, floor);
            double room = roomFrom(lx);
            if (room < 24 || lx > r.right() + 40)
                continue; // no room, or pushed too far from its item to be read as its label
            // Grade and counted/reported first, so that an elided title never hides them.
            QString label;
            const bool band = kind == TimeSpan::Kind::Instant && item.time.precision() <= TimeSpan::Precision::Month;
            if (band || item.time.zoneUnknown()) // a month, or a reading in no known zone, says so first
                label = timeText(item.time) + QStringLiteral(" · ");
            QStringList marks;
            if (!item.grade.isEmpty())
                marks << item.grade;
            if (item.counted)
                marks << QCoreApplication::translate("Timeline", "counted");
            if (item.reported)
                marks << QCoreApplication::translate("Timeline", "reported");
            if (!marks.isEmpty())
                label += QStringLiteral("[%1] ").arg(marks.join(QStringLiteral(", ")));
            label += item.title;
            if (lx < r.right() && fm.horizontalAdvance(label) + 8 > r.width() && !band) {
                // A bar too short for its label: the label goes beside it.
                lx = std::max(r.right() + 3, floor);
                room = roomFrom(lx);
                if (room < 24)
                    continue;
            }
            const QString text = fm.elidedText(label, Qt::ElideRight, std::min(280.0, room));
            if (text.size() < 3)
                continue;
            painter.drawText(QPointF(lx, r.top() + (r.height() + fm.ascent() - fm.descent()) / 2), text);
            labelEnd = lx + fm.horizontalAdvance(text);
        }
    }
}

// Each count series of a site as a small chart under the site's lane: the values on a scale from
// 0 to the series' largest, joined in time order; a counted value a filled dot, a reported one a
// hollow diamond, a value known only within a period a bar across it; the kind's name and the
// largest value at the left.
void TimelinePainter::paintSeries(QPainter &painter, const QRectF &rect) const
{
    const QRectF lanes = lanesRect(rect);
    const QFont font = smallFont(9);
    const QFontMetricsF fm(font);
    painter.setFont(font);
    for (int l = 0; l < m_laneNames.size(); ++l) {
        const QList<CountSeries> series = laneSeries(l);
        const QList<QRectF> boxes = seriesRects(l, rect);
        for (qsizetype i = 0; i < series.size(); ++i) {
            const QRectF box = boxes[i];
            if (box.bottom() < lanes.top() || box.top() > lanes.bottom())
                continue;
            const CountSeries &cs = series[i];
            double top = 0;
            for (const SeriesPoint &p : cs.points)
                if (const auto v = seriesValue(p))
                    top = std::max(top, *v);
            if (top <= 0)
                top = 1;
            const QRectF plot = box.adjusted(0, 4, 0, -4);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 1, Qt::DotLine));
            painter.drawLine(QPointF(box.left(), plot.bottom()), QPointF(box.right(), plot.bottom()));
            const auto yOf = [&](double v) { return plot.bottom() - v / top * plot.height(); };
            QPolygonF line;
            struct Mark
            {
                QPointF at;
                double x0, x1;
                bool counted;
            };
            QList<Mark> marks;
            for (const SeriesPoint &p : cs.points) {
                const auto v = seriesValue(p);
                const TimeMoments m = TimeMoments::of(p.time);
                if (!v || m.unknown)
                    continue;
                const qint64 first = m.first == kOpenFirst ? m.last : m.first;
                const qint64 last = m.last == kOpenLast ? m.first : m.last;
                const double x0 = xOf(first, rect), x1 = xOf(last, rect);
                const QPointF at((x0 + x1) / 2, yOf(*v));
                line << at;
                marks << Mark{at, x0, x1, p.counted};
            }
            std::sort(line.begin(), line.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            // Counted values over reported ones: a count on imagery is never hidden by a report of it.
            std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return !a.counted && b.counted; });
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
            painter.drawPolyline(line);
            for (const Mark &m : std::as_const(marks)) {
                const QColor c = m.counted ? QColor(0xd9, 0x5f, 0x02) : QColor(0x1f, 0x66, 0xa8);
                if (m.x1 - m.x0 > 4) { // known only within a period: a bar across it
                    painter.setPen(QPen(c, 2));
                    painter.drawLine(QPointF(m.x0, m.at.y()), QPointF(m.x1, m.at.y()));
                }
                if (m.counted) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(c);
                    painter.drawEllipse(m.at, 3, 3);
                } else {
                    painter.setPen(QPen(c, 1.5));
                    painter.setBrush(Qt::white);
                    const QPointF d[] = {{m.at.x(), m.at.y() - 4}, {m.at.x() + 4, m.at.y()}, {m.at.x(), m.at.y() + 4},
                                         {m.at.x() - 4, m.at.y()}};
                    painter.drawPolygon(d, 4);
                }
            }
            painter.setBrush(Qt::NoBrush);
            const QString name = m_timeline->objectKindNames.value(cs.objectKind, cs.objectKind);
            const QString label = QCoreApplication::translate("Timeline", "%1 (up to %2)").arg(name, countNumber(top));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QPointF(box.left() + 14, box.top() + fm.ascent() + 1), label);
        }
    }
}

void TimelinePainter::paintWindow(QPainter &painter, const QRectF &rect) const
{
    if (m_window.isOpen())
        return;
    const QRectF lanes = lanesRect(rect).united(axisRect(rect));
    const double a = m_window.from().isNull() ? rect.left() - 10 : xOf(m_window.from().toMSecsSinceEpoch(), rect);
    const double b = m_window.to().isNull() ? rect.right() + 10 : xOf(m_window.to().toMSecsSinceEpoch(), rect);
    const QColor dim(0x30, 0x30, 0x40, 60);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (a > lanes.left())
        painter.fillRect(QRectF(lanes.left(), lanes.top(), a - lanes.left(), lanes.height()), dim);
    if (b < lanes.right())
        painter.fillRect(QRectF(b, lanes.top(), lanes.right() - b, lanes.height()), dim);
    const QColor edge(0x11, 0x55, 0xcc);
    painter.setPen(QPen(edge, 2));
    for (double x : {a, b})
        if (x >= lanes.left() && x <= lanes.right())
            painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()));
    // The body in the axis: a handle to drag the whole window.
    const QRectF ax = axisRect(rect);
    const QRectF body(QPointF(std::max(a, ax.left()), ax.bottom() - 6), QPointF(std::min(b, ax.right()), ax.bottom()));
    if (body.width() > 0)
        painter.fillRect(body, QColor(0x11, 0x55, 0xcc, 160));
}

void TimelinePainter::paintOverview(QPainter &painter, const QRectF &r) const
{
    painter.fillRect(r, QColor(0xdd, 0xe2, 0xe8));
    if (!m_timeline)
        return;
    // Plain variables, not a structured binding: the lambda below captures them (clang 14).
    const std::pair<qint64, qint64> span = overviewSpan();
    const qint64 from = span.first, to = span.second;
    const int bins = std::max(1, int(r.width()));
    QList<int> count(bins, 0);
    for (const TimelineItem &i : m_timeline->items) {
        if (i.moments.unknown)
            continue;
        const qint64 m = i.orderMoment();
        const int b = int(double(m - from) / double(to - from) * bins);
        if (b >= 0 && b < bins)
            ++count[b];
    }
    const int most = *std::max_element(count.cbegin(), count.cend());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x55, 0x66, 0x77));
    const double h = r.height() - 4;
    for (int b = 0; b < bins; ++b)
        if (count[b])
            painter.drawRect(QRectF(r.left() + b, r.bottom() - 2 - h * std::log1p(count[b]) / std::log1p(most), 1, h * std::log1p(count[b]) / std::log1p(most)));
    const auto ox = [&](qint64 ms) { return r.left() + double(ms - from) / double(to - from) * r.width(); };
    if (!m_window.isOpen()) {
        const double a = m_window.from().isNull() ? r.left() : ox(m_window.from().toMSecsSinceEpoch());
        const double b = m_window.to().isNull() ? r.right() : ox(m_window.to().toMSecsSinceEpoch());
        painter.fillRect(QRectF(a, r.top(), std::max(2.0, b - a), r.height()), QColor(0x11, 0x55, 0xcc, 90));
    }
    painter.setPen(QPen(QColor(0x11, 0x11, 0x11), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(QPointF(ox(m_viewFrom), r.top() + 1), QPointF(ox(m_viewTo), r.bottom() - 1)));
}

} // namespace sightline::present
