#pragma once

#include "sightline/render/maplayer.h"

#include <QMutex>

namespace sightline::render {

// A basemap of pixels GDAL reads: a tile service (its XML description, tiles fetched and kept in
// the disk cache by GDAL's WMS driver), an MBTiles or GeoPackage tile package, or any raster.
// Each worker thread reads through its own dataset (GDAL handles are not thread-safe), from the
// zoom level or overview that matches the tile, reprojected by a warped dataset when the map's
// CRS is not the source's. A source that cannot be read (no answer, garbage, a damaged package)
// draws nothing where it fails: problem() names the source and says why, and the other layers
// (and tiles already cached) go on drawing.
class TileBasemapLayer : public MapLayer
{
  public:
    // dataset: what GDAL opens (a file path or a service's XML); sourceName: how messages name it.
    TileBasemapLayer(const QString &dataset, const QString &sourceName, const QString &attribution);
    ~TileBasemapLayer() override;
    QString problem() const override;
    QString attribution() const override { return m_attribution; }
    bool slowToDraw() const override { return true; }
    const QString &dataset() const { return m_dataset; }

    // Whether GDAL reads pixels from path (a tile package or raster, as opposed to vector data).
    static bool isRasterFile(const QString &path);

  protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

  private:
    friend class PreparedTiles;
    void fail(const QString &why) const;

    QString m_dataset;
    QString m_sourceName;
    QString m_attribution;
    mutable QMutex m_problemMutex;
    mutable QString m_problem;
};

} // namespace sightline::render
