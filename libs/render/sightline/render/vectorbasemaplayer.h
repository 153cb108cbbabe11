#pragma once

#include "sightline/render/maplayer.h"

#include <QMutex>

namespace sightline::render {

// A street-level basemap from an OpenStreetMap extract (.osm, .osm.pbf, through OGR's OSM
// driver) or any vector file OGR reads, over Natural Earth (which fills the world beyond the
// extract). Features are sorted by their tags into water, coastline, rail, roads (major and
// minor), buildings and places, and drawn in pale, thin colours that read under site symbols and
// over imagery footprints; place names are offered as labels of low priority, so that site
// labels win where they meet. Features with no tag Sightline knows are drawn as faint grey lines.
// The file is read on first use (on a worker thread); one that cannot be read draws only
// Natural Earth, and problem() names it.
class VectorBasemapLayer : public MapLayer
{
  public:
    VectorBasemapLayer(const QString &file, const QString &sourceName, const QString &attribution,
                       std::shared_ptr<const MapLayer> under);
    QString problem() const override;
    QString attribution() const override { return m_attribution; }
    const QString &file() const { return m_file; }

    // What a feature is drawn as, from its OSM tags (or attribute columns of the same names).
    enum class Class
    {
        Water,
        Coastline,
        Rail,
        MajorRoad,
        MinorRoad,
        Building,
        Place,
        Other
    };
    static Class classify(const QVariantMap &attributes);

  protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

  private:
    QString m_file;
    QString m_attribution;
    std::shared_ptr<const MapLayer> m_under;
    mutable QMutex m_problemMutex;
    mutable QString m_problem;
};

} // namespace sightline::render
