#pragma once

#include "sightline/core/scene.h"
#include "sightline/render/timefilter.h"

#include <QList>
#include <QSet>

namespace sightline::render {

// Imagery footprints: the outline of every scene, labelled with its acquisition date, so an
// analyst sees which days of imagery cover a site before opening any of them. Only the scenes
// whose acquisition time the map's time window shows are drawn. A scene whose pixels the map draws gets an
// outline only (a fill would tint its imagery); others get a faint fill as well.
class FootprintLayer : public TimedLayer
{
public:
    explicit FootprintLayer(QList<ImageryScene> scenes, QSet<QUuid> withPixels = {});
    const QList<ImageryScene> &scenes() const { return m_scenes; }
    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<ImageryScene> m_scenes;
    QSet<QUuid> m_withPixels;
};

// The colour footprints are drawn in; the canvas rings selected scenes in the same.
QColor footprintColor();

} // namespace sightline::render
