#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

#include <optional>

namespace sightline {

// One satellite or aerial image: where its file is, what it covers, when it was taken and
// under which licence it may be shown.
struct ImageryScene
{
    RecordMeta meta;
    QString filePath;   // relative to the project file where possible
    bool embedded = false;
    QByteArray sha256;  // lowercase hex of the file
    Geometry footprint; // Polygon in WGS84
    double resolutionMeters = 0.0;
    QString crs;        // "EPSG:32652"
    int width = 0;
    int height = 0;
    int bandCount = 0;
    QString provider;
    QString providerSceneId;
    TimeSpan acquired;
    QString sensor;
    std::optional<double> offNadirDegrees;
    std::optional<double> cloudPercent;
    QString licence;
    QString notes;
    friend bool operator==(const ImageryScene &, const ImageryScene &) = default;
};

} // namespace sightline
