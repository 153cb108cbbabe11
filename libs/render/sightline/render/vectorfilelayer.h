#pragma once

#include "sightline/geo/vectorfile.h"
#include "sightline/render/maplayer.h"

#include <QColor>

namespace sightline::render {

// A reference layer from any vector file OGR reads (GeoPackage, GeoJSON, KML/KMZ, Shapefile,
// CSV with coordinates): drawn in one colour, under the project's own layers. The file is read
// on first use, on a worker thread; a file that cannot be read draws nothing and problem()
// says why, naming the file.
class VectorFileLayer : public MapLayer
{
public:
    VectorFileLayer(const QString &file, const QString &layerName, QColor color);
    // With the layer's shapes already read (geo::readVectorShapes): preparing it then reads
    // nothing again.
    VectorFileLayer(const QString &file, const QString &layerName, QColor color,
                    std::shared_ptr<const geo::VectorLayerData> shapes);
    QString problem() const override;
    const QString &file() const { return m_file; }
    const QString &layerName() const { return m_layerName; }
    // A colour for the n-th reference layer, distinct from the site kinds' colours.
    static QColor paletteColor(int n);

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    QString m_file;
    QString m_layerName;
    QColor m_color;
    std::shared_ptr<const geo::VectorLayerData> m_shapes;
    mutable QMutex m_problemMutex;
    mutable QString m_problem;
};

} // namespace sightline::render
