#include "sightline/core/timeline.h"

#include <algorithm>
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
