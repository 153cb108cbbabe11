#pragma once

#include <QDateTime>
#include <QString>

#include <limits>
#include <optional>

namespace sightline {

// When something happened, as precisely as the evidence says and no more precisely: an instant
// at year, month, day, minute or second precision, a range, or an open bound ("no later than",
// "since"). All in UTC, except a time read without a zone (imagery metadata such as a TIFF's
// "2023:10:05 02:14:31"): that keeps its wall-clock reading as written, says so ("local time,
// zone unknown"), and covers every moment it may stand for (the reading from UTC−12 to UTC+14),
// so that it is never taken for UTC.
//
// Text form (EDTF-like, what the project file and case files store):
//   "2023-10-05"               a day           "2023-10-05T14:30Z"   a minute
//   "2023-09-07/2023-10-01"    a range          "../2024-12-23"       no later than
//   "2024-03/.."               since            ""                    unknown
//   "2023-10-05T02:14:31 local"  a second, local time of an unrecorded zone (a minute: "T02:14 local")
class TimeSpan
{
public:
    enum class Kind { Unknown, Instant, Range, NoLaterThan, NoEarlierThan };
    enum class Precision { Year, Month, Day, Minute, Second };

    TimeSpan() = default;
    static TimeSpan instant(const QDateTime &startUtc, Precision p);
    static TimeSpan day(int year, int month, int day);
    static TimeSpan range(const TimeSpan &from, const TimeSpan &to);
    static TimeSpan noLaterThan(const TimeSpan &bound);
    static TimeSpan noEarlierThan(const TimeSpan &bound);
    // A time read without a zone: wallClock's date and time as written (its time spec ignored), to
    // the minute or second (a coarser precision has no zone to lose and makes a plain instant).
    static TimeSpan localInstant(const QDateTime &wallClock, Precision p);

    // Parses the text form; on failure returns nothing and says why in *error.
    static std::optional<TimeSpan> parse(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    bool isUnknown() const { return m_kind == Kind::Unknown; }
    // The coarsest precision of the bounds this span has.
    Precision precision() const;

    // The first and last moment the span may cover; null where the span is open. For a time
    // without a zone: 14 hours before its reading to 12 hours after it.
    QDateTime earliest() const;
    QDateTime latest() const;
    // Whether a bound of the span was read without a zone (local time of an unrecorded zone).
    bool zoneUnknown() const;
    // The start as written: earliest() for times in UTC; for a time without a zone, its wall-clock
    // reading (held in a UTC QDateTime, to be shown as it is and never converted). Null when open.
    QDateTime reading() const;

    bool overlaps(const TimeSpan &other) const;
    bool contains(const QDateTime &utc) const;

    QString toText() const;
    // For people: "5 Oct 2023", "7 Sep 2023 – 1 Oct 2023", "no later than 23 Dec 2024".
    QString toDisplayString() const;

    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;

private:
    struct Bound
    {
        QDateTime start; // first moment of the period, UTC (without a zone: the reading as written)
        Precision precision = Precision::Day;
        bool zoneUnknown = false; // a minute or second read without a zone
        bool isNull() const { return start.isNull(); }
        QDateTime last() const;
        QDateTime firstMoment() const; // start, allowing for every zone when it has none
        QDateTime lastMoment() const;  // last(), the same
        QString text() const;
        QString display() const;
        friend bool operator==(const Bound &, const Bound &) = default;
    };
    static std::optional<Bound> parseBound(const QString &text);

    Kind m_kind = Kind::Unknown;
    Bound m_from; // Instant, Range, NoEarlierThan
    Bound m_to;   // Range, NoLaterThan
};

// The first and last moment a span may cover, in milliseconds since the epoch (UTC), with an open
// end at the limit of the type: what the window rule compares, computed once per record by layers
// that test many records a frame.
struct TimeMoments
{
    qint64 first = std::numeric_limits<qint64>::min();
    qint64 last = std::numeric_limits<qint64>::max();
    bool unknown = true; // the span is unknown: nothing says when
    static TimeMoments of(const TimeSpan &span);
    friend bool operator==(const TimeMoments &, const TimeMoments &) = default;
};

// The stretch of time the map shows: [from, to], both ends included, either end open (null). The
// default window is open at both ends and shows everything.
//
// The one rule of what shows in a window (every layer, the ledger and the brief ask it here): a
// record shows when its uncertain span (earliest .. latest moment it may cover) overlaps the window,
// so "2023-10" (a month) shows in any window that meets October 2023 and "../2024-12-23" in any
// window that starts by then. A scene is asked by its acquisition time, an annotation by its own
// time. A record of unknown time shows in every window: nothing places it outside. Any thread.
class TimeWindow
{
public:
    TimeWindow() = default;
    TimeWindow(const QDateTime &fromUtc, const QDateTime &toUtc);
    // From the first moment of from to the last moment of to ("2023-10" .. "2023-11": 1 October to
    // 30 November, whole); an unknown span leaves that end open.
    static TimeWindow between(const TimeSpan &from, const TimeSpan &to);
    // The command line's --from and --to (either may be empty: open). Each is a date as TimeSpan
    // writes one (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MMZ, YYYY-MM-DDTHH:MM:SSZ); an impossible
    // date, a range or a window that ends before it starts is refused with a message that names the
    // value and shows the accepted forms.
    // The message names the values as fromName and toName ("--from" and "--to" by default; the
    // window's fields give their own labels).
    static std::optional<TimeWindow> parse(const QString &from, const QString &to, QString *error,
                                           const QString &fromName = QStringLiteral("--from"),
                                           const QString &toName = QStringLiteral("--to"));
    static QString acceptedForms();

    const QDateTime &from() const { return m_from; }
    const QDateTime &to() const { return m_to; }
    bool isOpen() const { return m_from.isNull() && m_to.isNull(); }
    // The same window moved by ms milliseconds (open ends stay open).
    TimeWindow shiftedBy(qint64 ms) const;

    bool shows(const TimeSpan &when) const { return shows(TimeMoments::of(when)); }
    bool shows(const TimeMoments &when) const
    {
        return when.unknown || (when.first <= m_toMs && when.last >= m_fromMs);
    }

    // "2023-10-01 .. 2023-10-31", with ".." for an open end.
    QString toText() const;
    // For people: "1 Oct 2023 – 31 Oct 2023" (an end on a day's first or last moment reads as
    // that day), "2 Mar 2024 10:14 – 12:00 UTC"-like minutes otherwise, "since …", "until …".
    QString toDisplayString() const;
    friend bool operator==(const TimeWindow &a, const TimeWindow &b) { return a.m_fromMs == b.m_fromMs && a.m_toMs == b.m_toMs; }

private:
    QDateTime m_from, m_to;
    qint64 m_fromMs = std::numeric_limits<qint64>::min();
    qint64 m_toMs = std::numeric_limits<qint64>::max();
};
size_t qHash(const TimeWindow &w, size_t seed = 0);

QString toKey(TimeSpan::Precision p);
std::optional<TimeSpan::Precision> precisionFromKey(const QString &key);

} // namespace sightline
