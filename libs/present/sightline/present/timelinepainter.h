#pragma once

#include "sightline/present/timelineitems.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSet>
#include <QTimeZone>

#include <memory>

class QPainter;

namespace sightline::present {

// Draws a timeline: an overview strip of the whole span, a time axis, and one lane per site,
// source or kind, with each item drawn as honestly as its time is known: an instant as a mark
// (a band over its day, minute or second once that is wide enough to see); a range as a bar; a
// "no later than" or "since" as a bar that fades toward its open end; a month or a year as a
// band over the whole month or year labelled "Oct 2023", never a mark on a made-up day. Claims
// and what claims report carry their grade ("B2"), observations say counted or reported, and
// conflicting claims are joined by a red line. An item about several sites is drawn in the lane of
// each of them (lanes by site). A site's lane ends with a small chart of each of its count
// series (counted values filled dots, reported ones hollow diamonds, a value known within a
// period a bar across it). The time window is drawn over the lanes (outside it dimmed) with its
// two edges as handles.
//
// No widgets: the timeline dock paints through it, and so can a brief or a test into a QImage.
// Geometry is in the painter's logical pixels within the rectangle given. One thread at a time.
class TimelinePainter
{
public:
    enum class Lanes { BySite, BySource, ByKind };
    // What a point of the drawing is over, for a widget that lets people drag and click.
    // ItemStart and ItemEnd: the first or last few pixels of an item drawn wide enough to have ends
    // (a bar or band at least 12 pixels wide), where a drag stretches it.
    enum class Part { Nothing, Overview, Axis, Item, WindowBody, WindowStart, WindowEnd, Lanes, ItemStart, ItemEnd };

    TimelinePainter();
    ~TimelinePainter();

    void setTimeline(std::shared_ptr<const Timeline> timeline);
    const Timeline *timeline() const { return m_timeline.get(); }
    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanes; }
    // The stretch of time the lanes show, in ms since the epoch (UTC); at least one minute.
    void setView(qint64 fromMs, qint64 toMs);
    qint64 viewFrom() const { return m_viewFrom; }
    qint64 viewTo() const { return m_viewTo; }
    // The view of every item's known moments with a margin (a year when there are none).
    void showAll();
    void setWindow(const TimeWindow &window) { m_window = window; }
    const TimeWindow &window() const { return m_window; }
    void setSelection(const QSet<QUuid> &ids) { m_selected = ids; }
    // The zone the axis is read in (UTC by default; local time as an option). Moments (minutes,
    // seconds) stay where they happened; a day, month or year covers that calendar period in the
    // zone, never shifted to a neighbouring day.
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }
    // The lanes scrolled up by this many pixels (the overview and the axis stay); the height of all
    // lanes, for a scroll bar.
    void setScroll(double pixels) { m_scroll = std::max(0.0, pixels); }
    double scroll() const { return m_scroll; }
    double lanesHeight() const;

    void paint(QPainter &painter, const QRectF &rect) const;
    // The whole drawing into an image of this size (white background), device pixel ratio 1.
    QImage toImage(QSize size) const;

    // Geometry within rect.
    QRectF overviewRect(const QRectF &rect) const;
    QRectF axisRect(const QRectF &rect) const;
    QRectF lanesRect(const QRectF &rect) const;
    double xOf(qint64 ms, const QRectF &rect) const;
    qint64 msAt(double x, const QRectF &rect) const;
    // Where item n of the timeline is drawn (its band, bar or mark), in its first lane shown; empty
    // when out of view.
    QRectF itemRect(qsizetype n, const QRectF &rect) const;
    // Where item n is drawn in each of its lanes (an item about several sites is in each of theirs).
    QList<QRectF> itemRects(qsizetype n, const QRectF &rect) const;
    // The lanes (indexes into laneNames) item n is drawn in.
    QList<int> lanesOf(qsizetype n) const;
    // The count series charted in a lane (by site), and where their charts are drawn.
    QList<CountSeries> laneSeries(int lane) const;
    QList<QRectF> seriesRects(int lane, const QRectF &rect) const;
    // The item under a point, the topmost; -1 for none.
    qsizetype itemAt(QPointF point, const QRectF &rect) const;
    Part partAt(QPointF point, const QRectF &rect) const;
    // The lanes' names, top first, as drawn.
    QStringList laneNames() const;
    // In the overview strip: the moment at x over the whole span.
    qint64 overviewMsAt(double x, const QRectF &rect) const;

    static QColor kindColor(TimelineItem::Kind kind);

private:
    struct Placed
    {
        qsizetype item;
        int lane;
        int row;
    };
    void layout() const;
    double laneHeight() const;
    double laneTotalHeight(int lane) const; // header, rows, series charts and the gap below
    double rowTop(int lane, int row, const QRectF &rect) const;
    QRectF spanRect(const TimelineItem &item, double top, double height, const QRectF &rect, bool *isMark) const;
    void paintOverview(QPainter &painter, const QRectF &r) const;
    void paintAxis(QPainter &painter, const QRectF &r, const QRectF &lanes) const;
    void paintItems(QPainter &painter, const QRectF &rect) const;
    void paintLabels(QPainter &painter, const QRectF &rect, const QList<QList<qsizetype>> &rowItems,
                     const QList<QRectF> &shown) const;
    void paintWindow(QPainter &painter, const QRectF &rect) const;
    void paintSeries(QPainter &painter, const QRectF &rect) const;
    QRectF placedRect(const Placed &p, const QRectF &rect) const;
    std::pair<qint64, qint64> overviewSpan() const;
    qint64 dateShift(const TimelineItem &item) const;

    std::shared_ptr<const Timeline> m_timeline;
    Lanes m_lanes = Lanes::BySite;
    qint64 m_viewFrom = 0, m_viewTo = 1;
    TimeWindow m_window;
    QSet<QUuid> m_selected;
    double m_scroll = 0;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_zoneIsUtc = true;

    // Lanes and rows: which lane each item is in and the row within it (rows keep items of a
    // lane from covering each other at the layout's zoom). Made again when the timeline or the
    // lanes change.
    mutable bool m_dirty = true;
    mutable QStringList m_laneNames;
    mutable QList<int> m_laneOf;  // by item
    mutable QList<int> m_rowOf;   // by item
    mutable QList<int> m_rowCount; // by lane
    mutable QList<Placed> m_placed; // every placement of every item: an item about several sites has several
    mutable QList<QUuid> m_laneSite; // by lane, lanes by site: the site (null for "No site")
    mutable QList<double> m_laneOffset; // by lane: pixels from the top of the lanes
};

} // namespace sightline::present
