#pragma once

#include "sightline/geo/vectorfile.h"
#include "sightline/render/maplayer.h"
#include "sightline/render/preparedshapes.h"

#include <QColor>

namespace sightline::render {

// A reference layer from any vector file OGR reads (GeoPackage, GeoJSON, KML/KMZ, Shapefile,
// CSV with coordinates): drawn in one colour, under the project's own layers. The file is read
// on first use, on a worker thread; a file that cannot be read draws nothing and problem()
// says why, naming the file.
class VectorFileLayer : public MapLayer
{
public:
    // A file's shapes projected into one CRS and indexed: what preparing the layer for that CRS
    // costs. Made ahead, on the thread that read the file, by a caller that knows the map's CRS
    // (the CLI); nothing when the shapes cannot be projected (preparing then says why).
    struct Projected
    {
        QString crs;
        ShapeIndex polygons, lines, points;
    };
    static std::shared_ptr<const Projected> project(const geo::VectorLayerData &shapes, const QString &crs);

    VectorFileLayer(const QString &file, const QString &layerName, QColor color);
    // With the layer's shapes already read (geo::readVectorShapes): preparing it then reads
    // nothing again.
    VectorFileLayer(const QString &file, const QString &layerName, QColor color,
                    std::shared_ptr<const geo::VectorLayerData> shapes,
                    std::shared_ptr<const Projected> projected = nullptr);
    QString problem() const override;
    const QString &file() const { return m_file; }
    const QString &layerName() const { return m_layerName; }
    // A colour for the n-th reference layer, distinct from the site kinds' colours.
    static QColor paletteColor(int n);

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    static bool projectInto(const geo::VectorLayerData &shapes, const QString &crs, Projected *out, QString *error);

    QString m_file;
    QString m_layerName;
    QColor m_color;
    std::shared_ptr<const geo::VectorLayerData> m_shapes;
    std::shared_ptr<const Projected> m_projected;
    mutable QMutex m_problemMutex;
    mutable QString m_problem;
};

} // namespace sightline::render
