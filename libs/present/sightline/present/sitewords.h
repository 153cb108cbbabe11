#pragma once

#include "sightline/core/site.h"

#include <QString>

#include <optional>

namespace sightline::present {

// How precise a site's coordinate is, as far as the project says. Taken, in this order, from a
// distance its location note states ("within 50 m", "±50 m", "to about 50 m", "50 m accuracy"),
// from the precision the note names ("arc-second", "arc-minute", "town-level"), or from its area of
// interest (the farthest corner from the point: how far off the site may be, what a STIX location's
// `precision` carries). Free functions of values; any thread.
struct LocationPrecision
{
    enum class Basis
    {
        Stated,
        Named,
        AreaOfInterest,
        Unknown
    };
    Basis basis = Basis::Unknown;
    std::optional<double> meters; // how far off the point may be; none when unknown
};
LocationPrecision locationPrecision(const Site &site);

// The farthest corner of the site's area of interest from its point, in metres; none without one.
std::optional<double> areaReachMeters(const Site &site);

// The precision in the analyst's words: "located to about 50 m", "located to about 1 km
// (arc-minute coordinates)", "located only to the town (a few kilometres)", "located within its
// area of interest, at most about 850 m off", "how precisely it is located is not known".
QString locationPrecisionWords(const Site &site);
// The location note followed by those words ("From Wikipedia: station point. Located to about
// 50 m."), or the words alone when there is no note.
QString locationNoteWithPrecision(const Site &site);
// A distance as these words round it: "50 m", "120 m", "1.2 km", "12 km".
QString roundedDistance(double meters);

} // namespace sightline::present
