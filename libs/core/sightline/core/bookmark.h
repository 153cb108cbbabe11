#pragma once

#include "sightline/core/record.h"

#include <QString>

namespace sightline {

// A named map view saved in the project: where the map was centred, at what scale, in which
// CRS. The centre is in that CRS's units, so the view comes back exactly as it was.
struct Bookmark
{
    RecordMeta meta;
    QString name;
    QString crs; // "EPSG:32652"
    double centerX = 0;
    double centerY = 0;
    double mapUnitsPerPixel = 0;
    QString notes;
    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

} // namespace sightline
