#pragma once

#include "sightline/store/project.h"

namespace sightline {

// The demo's synthetic scenes: a manifest (synthetic-scenes.json, written with the images by
// resources/demo/make_synthetic_scenes.py at build time) naming each image file, its time,
// provider, licence and notes, and the railcars drawn on it as points and boxes with a count.
// Each image is imported as an embedded scene, labelled as the manifest says (synthetic, never
// passed off as imagery of the site), and its railcars become annotations at the manifest's site,
// so that their counted observations follow. One transaction: all or nothing.
struct SyntheticScenesReport
{
    int scenes = 0;
    int annotations = 0;
};

// Throws ImportError naming the manifest for malformed input, StoreError for a file that cannot
// be imported.
SyntheticScenesReport importSyntheticScenes(Project &project, const QString &manifestFile);

} // namespace sightline
