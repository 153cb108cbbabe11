#pragma once

#include "sightline/render/maplayer.h"

#include <QMutex>

#include <functional>
#include <mutex>

namespace sightline::render {

// A basemap of pixels GDAL reads: a tile service (its XML description, tiles fetched and kept in
// the disk cache by GDAL's WMS driver), an MBTiles or GeoPackage tile package, or any raster.
// Each worker thread reads through its own dataset (GDAL handles are not thread-safe), from the
// zoom level or overview that matches the tile. When the map's CRS is not the source's, each tile
// is warped from the source level that matches the view (the coarsest at least as fine, as
// gdalwarp's -ovr AUTO), reading the source only where the tile shows it. A source that cannot be
// read (no answer, garbage, a damaged package) draws nothing where it fails: problem() names the
// source and says why, and the other layers (and tiles already cached) go on drawing; so does a
// service read from the cache alone where the cache holds nothing. Made on the GUI thread; drawn
// by any number of workers at once.
class TileBasemapLayer : public MapLayer
{
  public:
    // What GDAL opens for the layer.
    struct Opening
    {
        QString dataset; // a file path or a service's XML; empty: nothing can be drawn
        // Not empty for a service whose tiles come from the disk cache alone, saying why (the
        // network is off): a view the cache does not hold is then said to stay empty.
        QString cacheOnlyWhy;
    };
    // Decides the opening when the first tile is drawn, on that worker thread and once for the
    // layer (it may ask the network: a WMTS service's capabilities). *notice: what the layer
    // then says (its problem()), also when it opens something.
    using Resolver = std::function<Opening(QString *notice)>;

    // dataset: what GDAL opens (a file path or a service's XML) unless resolve decides otherwise;
    // sourceName: how messages name it.
    TileBasemapLayer(const QString &dataset, const QString &sourceName, const QString &attribution,
                     const QString &cacheOnlyWhy = {}, Resolver resolve = {});
    ~TileBasemapLayer() override;
    QString problem() const override;
    QString attribution() const override { return m_attribution; }
    bool slowToDraw() const override { return true; }
    // What GDAL opens when nothing goes wrong (the resolver, if any, may open another).
    const QString &dataset() const { return m_dataset; }

    // Whether GDAL reads pixels from path (a tile package or raster, as opposed to vector data).
    static bool isRasterFile(const QString &path);

  protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

  private:
    friend class PreparedTiles;
    void fail(const QString &why) const;
    const Opening &opening() const; // any worker thread

    QString m_dataset;
    QString m_sourceName;
    QString m_attribution;
    QString m_cacheOnlyWhy;
    Resolver m_resolve;
    mutable std::once_flag m_resolved;
    mutable Opening m_opening; // written once, under m_resolved
    mutable QMutex m_problemMutex;
    mutable QString m_problem;
};

} // namespace sightline::render
