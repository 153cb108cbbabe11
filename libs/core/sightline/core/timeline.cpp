#include "sightline/core/timeline.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace sightline {

RecordRef TimelineItem::record() const
{
    switch (kind) {
    case Kind::Event: return {RecordType::Event, id};
    case Kind::Claim: return {RecordType::Claim, id};
    case Kind::Observation: return {RecordType::Observation, id};
    case Kind::Scene: return {RecordType::Scene, id};
    case Kind::Judgment: return {RecordType::Judgment, id};
    }
    return {RecordType::Event, id};
}

qint64 TimelineItem::orderMoment() const
{
    return orderedByLatest() ? moments.last : moments.first;
}

QString toKey(TimelineItem::Kind kind)
{
    switch (kind) {
    case TimelineItem::Kind::Event: return QStringLiteral("event");
    case TimelineItem::Kind::Claim: return QStringLiteral("claim");
    case TimelineItem::Kind::Observation: return QStringLiteral("observation");
    case TimelineItem::Kind::Scene: return QStringLiteral("scene");
    case TimelineItem::Kind::Judgment: return QStringLiteral("judgment");
    }
    return {};
}

std::optional<TimelineItem::Kind> timelineKindFromKey(const QString &key)
{
    using K = TimelineItem::Kind;
    for (K k : {K::Event, K::Claim, K::Observation, K::Scene, K::Judgment})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

bool timelineBefore(const TimelineItem &a, const TimelineItem &b)
{
    if (a.moments.unknown != b.moments.unknown)
        return b.moments.unknown;
    // The longer span first at the same moment: a month before a day within it. An open end is
    // the longest of all.
    const auto key = [](const TimelineItem &i) {
        return std::make_tuple(i.moments.unknown ? 0 : i.orderMoment(), i.moments.unknown ? 0 : -i.moments.last,
                               static_cast<int>(i.kind), i.title, i.id.toString());
    };
    return key(a) < key(b);
}

void sortTimeline(QList<TimelineItem> &items)
{
    std::stable_sort(items.begin(), items.end(), timelineBefore);
}

namespace {

// One bound ("2023-10", "2023-10-05T14:30Z") moved by about ms at its own precision.
TimeSpan shiftedBound(const QString &text, qint64 ms)
{
    const auto bound = TimeSpan::parse(text);
    if (!bound || bound->kind() != TimeSpan::Kind::Instant)
        return {};
    const QDateTime start = bound->earliest();
    constexpr double kDay = 86'400'000.0;
    QDateTime moved;
    switch (bound->precision()) {
    case TimeSpan::Precision::Year: moved = start.addYears(int(std::lround(ms / (365.2425 * kDay)))); break;
    case TimeSpan::Precision::Month: moved = start.addMonths(int(std::lround(ms / (30.436875 * kDay)))); break;
    case TimeSpan::Precision::Day: moved = start.addDays(std::llround(ms / kDay)); break;
    case TimeSpan::Precision::Minute: moved = start.addSecs(60 * std::llround(ms / 60'000.0)); break;
    case TimeSpan::Precision::Second: moved = start.addSecs(std::llround(ms / 1000.0)); break;
    }
    return TimeSpan::instant(moved, bound->precision());
}

} // namespace

TimeSpan shiftedSpan(const TimeSpan &span, qint64 ms)
{
    const QString text = span.toText();
    switch (span.kind()) {
    case TimeSpan::Kind::Unknown: return span;
    case TimeSpan::Kind::Instant: return shiftedBound(text, ms);
    case TimeSpan::Kind::Range: {
        const qsizetype slash = text.indexOf(u'/');
        return TimeSpan::range(shiftedBound(text.left(slash), ms), shiftedBound(text.mid(slash + 1), ms));
    }
    case TimeSpan::Kind::NoLaterThan: return TimeSpan::noLaterThan(shiftedBound(text.mid(3), ms));
    case TimeSpan::Kind::NoEarlierThan: return TimeSpan::noEarlierThan(shiftedBound(text.left(text.size() - 3), ms));
    }
    return span;
}

std::optional<TimeSpan> stretchedSpan(const TimeSpan &span, qint64 ms, bool end)
{
    const QString text = span.toText();
    const qsizetype slash = text.indexOf(u'/');
    QString from, to; // the two ends as written; ".." open
    switch (span.kind()) {
    case TimeSpan::Kind::Unknown: return std::nullopt;
    case TimeSpan::Kind::Instant: from = to = text; break;
    case TimeSpan::Kind::Range:
    case TimeSpan::Kind::NoLaterThan:
    case TimeSpan::Kind::NoEarlierThan:
        from = text.left(slash);
        to = text.mid(slash + 1);
        break;
    }
    QString &moved = end ? to : from;
    if (moved == QLatin1String(".."))
        return std::nullopt;
    const TimeSpan shifted = shiftedBound(moved, ms);
    if (shifted.isUnknown())
        return std::nullopt;
    moved = shifted.toText();
    if (from == to)
        return TimeSpan::parse(from);
    return TimeSpan::parse(from + u'/' + to); // nothing when it would end before it starts
}

std::pair<QDateTime, QDateTime> timelineExtent(const QList<TimelineItem> &items)
{
    constexpr qint64 kOpenFirst = std::numeric_limits<qint64>::min(), kOpenLast = std::numeric_limits<qint64>::max();
    qint64 lo = kOpenLast, hi = kOpenFirst;
    for (const TimelineItem &i : items) {
        if (i.moments.unknown)
            continue;
        for (qint64 m : {i.moments.first, i.moments.last})
            if (m != kOpenFirst && m != kOpenLast) {
                lo = std::min(lo, m);
                hi = std::max(hi, m);
            }
    }
    if (lo > hi)
        return {};
    return {QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC), QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC)};
}

} // namespace sightline
