#pragma once

#include "sightline/core/kinds.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

// What a figure measures. Two figures are comparable only when they measure the same thing:
// "up to 1,000 containers" over three weeks (a total over its window) says nothing against
// "about 20,000 containers" by December 2024 (a running total to that date).
enum class Measure {
    Unstated,
    Count,        // objects present at a moment: "73 railcars on 5 October"
    Total,        // a flow summed over the window: "1,000 containers between 7 September and 1 October"
    RunningTotal, // everything to date, never falling: "20,000 containers by 23 December"
    Maximum,      // the most at any moment in the window: "at most about 20 railcars in five years"
};

QString toKey(Measure v); // "", "count", "total", "running_total", "maximum"
template <> std::optional<Measure> fromKey<Measure>(const QString &key); // "" is Unstated
template <> QStringList allKeys<Measure>();                              // without Unstated

// A figure as a source gave it: a value, a range or a bound, with its unit and the kind of
// object counted. Never converted between units: 1,000 containers and 73 railcars stay apart.
struct Quantity
{
    std::optional<double> value; // best estimate
    std::optional<double> min;   // "more than", "at least"
    std::optional<double> max;   // "up to", "at most"
    bool approximate = false;    // "about", "some", "roughly"
    QString unit;                // "containers", "USD", "barrels"
    QString objectKind;          // "container", "usd", "barrel_of_oil"
    Measure measure = Measure::Unstated;

    bool isEmpty() const { return !value && !min && !max; }
    // A point to plot or sort by: the value, else the middle of the range, else the bound.
    std::optional<double> representative() const;
    // Empty when sound, else what is wrong.
    QString problem() const;
    // "about 73 railcars", "up to 1,000 containers", "more than 1,000,000 barrels".
    QString toDisplayString() const;
    friend bool operator==(const Quantity &, const Quantity &) = default;
};

} // namespace sightline
