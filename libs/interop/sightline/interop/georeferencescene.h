#pragma once

#include "sightline/geo/georeferencer.h"
#include "sightline/store/project.h"

#include <functional>

namespace sightline::interop {

// What may happen to a file already at the output path. Replace is for a caller whose user said
// so (a save dialog that asked, `--force`); a scene's own file is never replaced.
enum class ExistingOutput { Refuse, Replace };

struct GeoreferencedScene
{
    ImageryScene scene; // as saved
    geo::GeoreferenceFit fit;
};

// Saves the scene record the routine made: the command line saves it, the window pushes an
// undoable command. Returns the record as saved; throws StoreError when the project refuses it.
using SaveScene = std::function<ImageryScene(const ImageryScene &scene)>;

// The one way an image placed from ground control points becomes a scene, for the window's
// Georeference dialog and `sightline-cli georeference` alike: fit the points, write the warped
// GeoTIFF to outPath (under a temporary name, renamed into place when complete), read it as a
// scene record whose notes say how it was made (the original file and its SHA-256, the method,
// the points and their residuals) and hand that to save.
//
// Refused, with nothing written: an outPath that is the image itself or the file of a scene in
// the project, and an existing file unless existing is Replace. When the fit fails, GDAL cannot
// write, or the scene cannot be read or saved, nothing is left behind. Throws ImportError naming
// the file (StoreError from save, after cleaning up). Any thread that owns the project.
GeoreferencedScene georeferenceToScene(const Project &project, const geo::Georeferencer &georeferencer,
                                       const QString &outPath, ExistingOutput existing, const SaveScene &save);

} // namespace sightline::interop
