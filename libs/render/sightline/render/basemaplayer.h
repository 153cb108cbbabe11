#pragma once

#include "sightline/render/maplayer.h"

namespace sightline::render {

// Natural Earth countries, provinces and disputed borders from QGIS's world_map.gpkg, drawn
// quietly so that the evidence on top stands out. Provinces appear when zoomed in. Without the
// file the layer draws nothing and problem() says why.
class BasemapLayer : public MapLayer
{
public:
    // Where Debian's qgis-common package installs the file.
    static QString defaultPath();
    explicit BasemapLayer(const QString &path = defaultPath());
    // Starts reading the file in the background (once per process; a layer made for it later
    // finds it read, or waits less). A caller that will most likely draw it (the CLI, before it
    // opens the project that says which basemap it has) starts it as early as it can.
    static void startLoading(const QString &path = defaultPath());
    QString problem() const override;
    // How many times this process has projected a basemap into a CRS (for tests: once per file
    // and CRS, however many layers and models draw it).
    static int preparations();

protected:
    std::shared_ptr<const PreparedLayer> prepare(const QString &crs, QString *error) const override;

private:
    static std::shared_ptr<const PreparedLayer> prepareFor(const QString &path, const QString &crs, QString *error);

    QString m_path;
};

} // namespace sightline::render
