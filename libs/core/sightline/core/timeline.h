#pragma once

#include "sightline/core/link.h"
#include "sightline/core/timespan.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

namespace sightline {

// One thing on the time axis: an event, a claim, an observation, a scene's acquisition or the
// period a judgment covers, with the words and links the timeline, the command line and the
// brief show beside it. A value; any thread.
struct TimelineItem
{
    enum class Kind { Event, Claim, Observation, Scene, Judgment };
    Kind kind = Kind::Event;
    QUuid id;
    QString title;
    TimeSpan time;
    TimeMoments moments;   // time's first and last moment, computed once
    QList<QUuid> siteIds;  // the sites it is about (a scene: those its footprint covers)
    QUuid sourceId;        // a claim's source; an observation's claim's source; else null
    QString grade;         // "B2" for a claim and what a claim reports; else empty
    QString figure;        // a claim's or observation's count as people read it; else empty
    bool counted = false;  // an observation counted on a scene by an analyst
    bool reported = false; // an observation someone else reported (from a claim)
    RecordRef record() const;
    // An open start: the item says only "no later than"; it is ordered by its latest moment.
    bool orderedByLatest() const { return !moments.unknown && time.earliest().isNull(); }
    // The moment the item is ordered by: its earliest, else (an open start) its latest.
    qint64 orderMoment() const;
};

// "event", "claim", "observation", "scene", "judgment": the command line's and JSON's word.
QString toKey(TimelineItem::Kind kind);
std::optional<TimelineItem::Kind> timelineKindFromKey(const QString &key);

// The timeline's order: by earliest moment; an item with an open start by its latest moment;
// at the same moment the coarser (longer) span first, then by kind, title and id, so the order
// never depends on how the records were read. Items of unknown time come last.
bool timelineBefore(const TimelineItem &a, const TimelineItem &b);
void sortTimeline(QList<TimelineItem> &items);

// The pairs of items linked as contradicting (claims whose figures cannot both be true, or a
// link that says so), as indexes into items: the timeline draws a line between each pair.
struct TimelineConflict
{
    qsizetype first = -1;
    qsizetype second = -1;
};

// A span moved by about ms milliseconds, each bound keeping its precision: a day moves by whole
// days, a month by whole months, a year by whole years, a minute by whole minutes (each rounded
// to the nearest), so moving a "2023-10" event never invents a day. Unknown stays unknown.
TimeSpan shiftedSpan(const TimeSpan &span, qint64 ms);
// A span stretched by moving one end (end: its last moment, else its first) by about ms, at that
// end's precision as shiftedSpan moves it: an instant becomes a range from it or to it, a range
// keeps its other end, an open side stays open. Nothing when the span would end before it starts
// or the end to move is open or unknown.
std::optional<TimeSpan> stretchedSpan(const TimeSpan &span, qint64 ms, bool end);

// The span of time the items cover, from the first known moment to the last (open ends ignored;
// null when no item has a known moment).
std::pair<QDateTime, QDateTime> timelineExtent(const QList<TimelineItem> &items);

} // namespace sightline
