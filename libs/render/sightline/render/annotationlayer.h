#pragma once

#include "sightline/core/annotation.h"
#include "sightline/render/timefilter.h"

#include <QColor>
#include <QList>

namespace sightline::render {

// Objects marked on imagery (railcars, containers, vessels): points as small squares, boxes and
// outlines as drawn, each object kind in its own colour; only the marks the map's time window
// shows.
class AnnotationLayer : public TimedLayer
{
public:
    explicit AnnotationLayer(QList<Annotation> annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<Annotation> m_annotations;
};

// One colour per object kind: the common kinds fixed, any other derived from its name, so that
// the same kind has the same colour in every view and every briefing.
QColor objectKindColor(const QString &objectKind);

} // namespace sightline::render
