#pragma once

#include "sightline/core/confidence.h"
#include "sightline/core/geometry.h"
#include "sightline/core/record.h"
#include "sightline/core/timespan.h"

namespace sightline {

// How an annotation was drawn, so that it is reshaped as it was made: a box stays a box (stored
// as its polygon, which may be rotated), a callout is a point with text.
enum class AnnotationShape { Point, Box, Polygon, Line, Callout };

QString toKey(AnnotationShape v); // "point", "box", "polygon", "line", "callout"
template <> std::optional<AnnotationShape> fromKey<AnnotationShape>(const QString &key);
template <> QStringList allKeys<AnnotationShape>();

// A mark an analyst drew: a point on one railcar, a box around a container stack. Counting
// annotations of one object kind on one scene gives an observation.
struct Annotation
{
    RecordMeta meta;
    QUuid sceneId;
    QUuid siteId;
    QString objectKind; // a key of the project's vocabulary (objectkinds.h): "railcar"
    QString label;
    Geometry geometry;
    TimeSpan time;      // usually the scene's acquisition time
    QString notes;
    AnnotationShape shape = AnnotationShape::Point;
    int count = 1; // a point marks one object; a box or polygon carries the count of what it holds
    Confidence confidence = Confidence::High;
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace sightline
