#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sightline {

// When something happened, as precisely as the evidence says and no more precisely: an instant
// at year, month, day, minute or second precision, a range, or an open bound ("no later than",
// "since"). All in UTC.
//
// Text form (EDTF-like, what the project file and case files store):
//   "2023-10-05"               a day           "2023-10-05T14:30Z"   a minute
//   "2023-09-07/2023-10-01"    a range          "../2024-12-23"       no later than
//   "2024-03/.."               since            ""                    unknown
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

    // Parses the text form; on failure returns nothing and says why in *error.
    static std::optional<TimeSpan> parse(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    bool isUnknown() const { return m_kind == Kind::Unknown; }
    // The coarsest precision of the bounds this span has.
    Precision precision() const;

    // The first and last moment the span may cover; null where the span is open.
    QDateTime earliest() const;
    QDateTime latest() const;

    bool overlaps(const TimeSpan &other) const;
    bool contains(const QDateTime &utc) const;

    QString toText() const;
    // For people: "5 Oct 2023", "7 Sep 2023 – 1 Oct 2023", "no later than 23 Dec 2024".
    QString toDisplayString() const;

    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;

private:
    struct Bound
    {
        QDateTime start; // first moment of the period, UTC
        Precision precision = Precision::Day;
        bool isNull() const { return start.isNull(); }
        QDateTime last() const;
        QString text() const;
        QString display() const;
        friend bool operator==(const Bound &, const Bound &) = default;
    };
    static std::optional<Bound> parseBound(const QString &text);

    Kind m_kind = Kind::Unknown;
    Bound m_from; // Instant, Range, NoEarlierThan
    Bound m_to;   // Range, NoLaterThan
};

QString toKey(TimeSpan::Precision p);
std::optional<TimeSpan::Precision> precisionFromKey(const QString &key);

} // namespace sightline
