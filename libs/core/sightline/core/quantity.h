#pragma once

#include <QString>

#include <optional>

namespace sightline {

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
