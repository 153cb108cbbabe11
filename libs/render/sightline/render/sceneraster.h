#pragma once

#include "sightline/core/scene.h"
#include "sightline/render/maplayer.h"
#include "sightline/render/scenetone.h"

#include <QImage>
#include <QMutex>

#include <array>
#include <vector>

namespace sightline::render {

// One scene's pixels as the map draws them: which bands, which overviews, how values become
// colours (a lookup table built from the display settings and the image's statistics). Reads
// through a GDAL dataset of the calling thread's own, so any number of workers may draw at once.
class SceneRaster
{
public:
    SceneRaster(ImageryScene scene, QString file);

    const ImageryScene &scene() const { return m_scene; }
    const QString &file() const { return m_file; }

    // Opens the file once to learn its bands, overviews and no-data value and to compute the
    // stretch (on a small overview). Thread-safe; later calls return the first answer.
    bool load(QString *why);

    // Draws the scene's pixels that meet the tile into image (left transparent elsewhere),
    // reading from the overview just finer than the tile and reprojecting from the scene's
    // georeferencing into crs. Returns whether it drew anything. Worker threads.
    bool draw(QImage &image, const TileContext &tile, const QString &crs) const;

    // Why the last read failed (a file damaged after import), or empty.
    QString failure() const;
    // Overviews the file had when it was loaded.
    int overviewCount() const;

    // Makes every worker open image files afresh for its next tile, so that overviews built
    // since are used. GUI thread.
    static void reopenFiles();
    // How many times a band's statistics were computed from its pixels: they are kept per file
    // hash, band and stretch, so that rebuilding the layer after an unrelated edit costs nothing.
    static int statisticsComputed();

private:
    struct Level
    {
        int index; // -1: full resolution
        double factor;
        int width, height;
    };
    struct Grid
    {
        double x[81], y[81]; // 9 x 9 scene pixel positions over the tile
        bool axisAligned;
    };
    bool sourceGrid(const TileContext &tile, const QString &crs, int size, Grid &grid) const;
    void fail(const QString &why) const;

    ImageryScene m_scene;
    QString m_file;

    QMutex m_loadMutex;
    bool m_loaded = false;
    QString m_loadError;
    int m_width = 0, m_height = 0;
    std::array<int, 3> m_bands{1, 1, 1}; // red, green, blue (1-based)
    int m_alphaBand = 0;
    bool m_hasNoData = false;
    double m_noData = 0;
    bool m_hasGeoTransform = false;
    std::array<double, 6> m_inverse{}; // map units of the scene's CRS to pixels
    std::vector<Level> m_levels;        // finest first
    SceneTone m_tone;

    mutable QMutex m_failMutex;
    mutable QString m_failure;
};

} // namespace sightline::render
