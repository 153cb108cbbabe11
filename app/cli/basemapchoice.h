#pragma once

#include "sightline/geo/tileservice.h"
#include "sightline/render/mapmodel.h"

#include <QCommandLineParser>

namespace sightline::cli {

// The options every command that draws a map shares for its basemap: --basemap SOURCE,
// --attribution TEXT, --tile-cache DIR, --offline.
void addBasemapOptions(QCommandLineParser &p);
// --tile-cache DIR and --offline alone (commands that draw the project's own basemap).
void addTileOptions(QCommandLineParser &p);

// Tile service settings from those options: the cache in the same folder the window uses, the
// network on unless --offline.
geo::TileServiceSettings tileSettingsFrom(const QCommandLineParser &p);

// The Natural Earth file the map uses: --basemap when it names such a file, else the default.
QString naturalEarthPathFrom(const QCommandLineParser &p);

// Sets the model's basemap: --basemap as a saved source's name (any case), a URL or a file;
// without it the project's active source. False, with one line naming the source in *error,
// when it cannot be used; problems of the saved sources (left out, fallen back) go to *warnings.
bool applyBasemap(const QCommandLineParser &p, const Project &project, render::MapModel &model,
                  QStringList *warnings, QString *error);

} // namespace sightline::cli
