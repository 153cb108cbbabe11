#pragma once

#include "sightline/core/scene.h"
#include "sightline/render/maplayer.h"

#include <QList>

namespace sightline::render {

// Imagery footprints: the outline of every scene, labelled with its acquisition date, so an
// analyst sees which days of imagery cover a site before opening any of them. With a time set
// on the map, only scenes acquired by then are drawn.
class FootprintLayer : public MapLayer
{
public:
    explicit FootprintLayer(QList<ImageryScene> scenes);
    const QList<ImageryScene> &scenes() const { return m_scenes; }
    QList<RecordRef> recordsAt(const MapSettings &view, QPointF pixel, double tolerancePixels) const override;

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QList<ImageryScene> m_scenes;
};

// The colour footprints are drawn in; the canvas rings selected scenes in the same.
QColor footprintColor();

} // namespace sightline::render
