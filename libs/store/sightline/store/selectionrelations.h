#pragma once

#include "sightline/core/geometry.h"
#include "sightline/core/link.h"

#include <QList>
#include <QSet>

namespace sightline {
class Project;
}

namespace sightline::store {

// What a selection means for the rest of a project, so that every view that follows the
// selection draws the same conclusions: the claims to show as selected, the sites and places
// to ring on the map and the scene footprints to outline.
struct SelectionRelations
{
    // The selected claims, the claims about the selected sites and the claims linked to the
    // selected scenes.
    QSet<QUuid> claims;
    // The selected sites and the sites of the selected claims.
    QSet<QUuid> sites;
    // Where the selection is on the map: those sites, and the places of other selected records
    // (placesOf).
    QList<GeoPoint> places;
    // The footprints of the selected scenes and of the scenes linked to the selected claims.
    QList<Geometry> footprints;
};

// Reads what it needs from the project (claims, links, sites, scenes); records that are gone
// are skipped. Any thread that may read the project.
SelectionRelations relationsOf(const Project &project, const QList<RecordRef> &selection);

// Where selected records other than sites are on the map: claims and events with a location,
// annotations, scene footprints (their centres). Records that are gone are skipped.
QList<GeoPoint> placesOf(const Project &project, const QList<RecordRef> &records);

} // namespace sightline::store
