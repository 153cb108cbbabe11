#pragma once

#include "sightline/core/timespan.h"

#include <QList>

#include <optional>

namespace sightline {

// How far a time window moves in one step: a number of days, weeks, calendar months or calendar
// years ("1d", "1w", "3m", "1y"). A month step keeps the day of the month where it can (31 Jan
// + 1m is 29 Feb in a leap year), as a calendar does. Any thread.
struct TimeStep
{
    enum class Unit { Day, Week, Month, Year };
    int count = 1;
    Unit unit = Unit::Week;

    // "1d", "2w", "1m", "1y" (count 1 to 1000); on failure returns nothing and says why, with the
    // accepted forms, in *error.
    static std::optional<TimeStep> parse(const QString &text, QString *error);
    // The moment n steps after t (n may be negative).
    QDateTime advance(const QDateTime &t, int n = 1) const;
    QString toText() const;
    friend bool operator==(const TimeStep &, const TimeStep &) = default;
};

// The windows one step long from the window's start to its end (both ends must be closed), the
// last cut at the window's end: what an animation of the map shows, frame by frame. At most
// maxFrames; more refused with a message in *error.
std::optional<QList<TimeWindow>> steppedWindows(const TimeWindow &window, const TimeStep &step, int maxFrames, QString *error);

} // namespace sightline
