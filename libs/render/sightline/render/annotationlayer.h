#pragma once

#include "sightline/core/annotation.h"
#include "sightline/core/objectkinds.h"
#include "sightline/render/timefilter.h"

#include <QColor>
#include <QList>

namespace sightline::render {

// Objects marked on imagery (railcars, containers, vessels): points as small squares, boxes and
// polygons as outlines with a light fill, lines and callouts as drawn, each object kind in its
// vocabulary colour over a dark halo, so that it reads on bright and on dark imagery. Boxes,
// polygons, lines and callouts are labelled with their count and kind ("12 railcars") or text,
// placed beside the object rather than over it. Only the marks the map's time window shows.
class AnnotationLayer : public TimedLayer
{
public:
    // vocabulary: the project's object kinds (objectKindVocabulary), for colours and names.
    explicit AnnotationLayer(QList<Annotation> annotations, QList<ObjectKind> vocabulary = builtInObjectKinds());
    const QList<Annotation> &annotations() const { return m_annotations; }
    const QList<ObjectKind> &vocabulary() const { return m_vocabulary; }
    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<Annotation> m_annotations;
    QList<ObjectKind> m_vocabulary;
};

// The colour of an object kind: its colour in the vocabulary, else one derived from its key, so
// that the same kind has the same colour in every view and every briefing.
QColor objectKindColor(const QString &objectKind, const QList<ObjectKind> &vocabulary = builtInObjectKinds());
// The dark halo drawn under every annotation.
QColor annotationHaloColor();

} // namespace sightline::render
