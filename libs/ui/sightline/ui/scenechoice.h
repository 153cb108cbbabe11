#pragma once

#include "sightline/core/scene.h"
#include "sightline/core/site.h"

#include <QList>

#include <optional>
#include <utility>

namespace sightline::ui {

// Which scenes to put side by side: the choices behind flicker, the comparison window and the
// list of a site's scenes. Footprints are compared in lon/lat, which is close enough for
// deciding whether two scenes show the same place.

// How scenes are named and ordered (libs/core, shared with the map model and print).
using sightline::sceneLabel;
using sightline::sortedByDate;
using sightline::footprintContains;
bool footprintsOverlap(const ImageryScene &a, const ImageryScene &b);
// The scenes whose footprint covers the site's position, oldest first.
QList<ImageryScene> scenesCovering(const QList<ImageryScene> &scenes, const Site &site);
// The newest scene acquired before the one with this id whose footprint overlaps it.
std::optional<ImageryScene> previousOverlapping(const QList<ImageryScene> &scenes, const QUuid &id);
// The two scenes to flicker between, older first: the selected scene and the one before it of
// the same place, or, with nothing selected, the two newest scenes whose footprints meet view.
std::optional<std::pair<ImageryScene, ImageryScene>> flickerPair(const QList<ImageryScene> &scenes,
                                                                 const QUuid &selected, const GeoBounds &view);

} // namespace sightline::ui
